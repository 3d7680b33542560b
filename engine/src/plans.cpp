#include "inmail/plans.h"

namespace inmail {

const std::vector<PlanInfo>& all_plans() {
  // Allotments from the 2015 announcement (seed text), legacy ones from the
  // same text's "up from"; the last three from LinkedIn's later help pages.
  static const std::vector<PlanInfo> plans = {
      {Plan::kRecruiter, "recruiter", "Recruiter", 150, 50, true, true, true, false},
      {Plan::kRecruiterProfessionalServices, "recruiter_professional_services",
       "Recruiter Professional Services", 100, 50, true, true, true, false},
      {Plan::kRecruiterLite, "recruiter_lite", "Recruiter Lite", 30, 25, false, false, false,
       false},
      {Plan::kTalentFinder, "talent_finder", "Talent Finder", 25, 25, false, false, false, false},
      {Plan::kCustom, "custom", "Custom", std::nullopt, std::nullopt, true, false, false, false},
      {Plan::kSalesNavigator, "sales_navigator", "Sales Navigator", 50, std::nullopt, false, false,
       false, true},
      {Plan::kPremiumCareer, "premium_career", "Premium Career", 5, std::nullopt, false, false,
       false, true},
      {Plan::kPremiumBusiness, "premium_business", "Premium Business", 15, std::nullopt, false,
       false, false, true},
  };
  return plans;
}

const PlanInfo& plan_info(Plan plan) {
  for (const PlanInfo& info : all_plans()) {
    if (info.plan == plan) return info;
  }
  return all_plans().front();  // unreachable: every enumerator is listed
}

std::optional<Plan> plan_from_name(std::string_view name) {
  for (const PlanInfo& info : all_plans()) {
    if (info.name == name) return info.plan;
  }
  return std::nullopt;
}

std::string_view policy_name(Policy policy) { return policy == Policy::k2015 ? "2015" : "legacy"; }

std::optional<Policy> policy_from_name(std::string_view name) {
  if (name == "2015") return Policy::k2015;
  if (name == "legacy") return Policy::kLegacy;
  return std::nullopt;
}

std::optional<std::int64_t> plan_allotment(Plan plan, Policy policy) {
  const PlanInfo& info = plan_info(plan);
  return policy == Policy::k2015 ? info.allotment_2015 : info.allotment_legacy;
}

}  // namespace inmail
