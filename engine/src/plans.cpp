#include "inmail/plans.h"

namespace inmail {
namespace {

constexpr std::size_t index_of(Policy policy) { return static_cast<std::size_t>(policy); }

// The entry of `infos` whose `member` is `value`, if any.
template <class Info, class Value>
const Info* find_info(const std::vector<Info>& infos, Value Info::*member, const Value& value) {
  for (const Info& info : infos) {
    if (info.*member == value) return &info;
  }
  return nullptr;
}

}  // namespace

const std::vector<PolicyInfo>& all_policies() {
  static const std::vector<PolicyInfo> policies = {
      {Policy::kCurrent, "current", "Today (LinkedIn help pages)",
       "LinkedIn's help pages today: a response within 90 days earns the credit back; credits "
       "refresh monthly and roll over up to a cap (4x the allotment for Recruiter and Recruiter "
       "Lite, 3x for Sales Navigator and Premium).",
       std::nullopt},
      {Policy::k2015, "2015", "2015 policy",
       "LinkedIn's 2015 announcement: an InMail answered within 90 days (a reply or \"not "
       "interested\") is credited back; credits accrue for 90 days.",
       YearMonth{2015, 1}},
      {Policy::kLegacy, "legacy", "Before 2015",
       "The rule before 2015: an InMail with no response within 7 days was credited back a week "
       "after it was sent.",
       YearMonth{2015, 1}},
  };
  return policies;
}

const PolicyInfo& policy_info(Policy policy) {
  // Every enumerator is listed, so there is always one.
  return *find_info(all_policies(), &PolicyInfo::policy, policy);
}

std::string_view policy_name(Policy policy) { return policy_info(policy).name; }

std::optional<Policy> policy_from_name(std::string_view name) {
  const PolicyInfo* info = find_info(all_policies(), &PolicyInfo::name, name);
  return info ? std::optional(info->policy) : std::nullopt;
}

const std::vector<PlanInfo>& all_plans() {
  // Allotments by policy: {2015, legacy, current}. 2015 ones from the 2015
  // announcement (seed text), legacy ones from its "up from"; the
  // help-page plans and every `current` figure from LinkedIn's later help
  // pages (Recruiter's `current` allotments are the 2015 figures: no newer
  // public figure was found).
  // Columns: plan, name, display name, allotments {2015, legacy, current},
  // pools, pools by default, launch bonus, from help pages, 13 % rule,
  // `current` cap multiple, `current` credits never lapse, source.
  static const std::vector<PlanInfo> plans = {
      {Plan::kRecruiter,
       "recruiter",
       "Recruiter",
       {150, 50, 150},
       true,
       true,
       true,
       false,
       true,
       4,
       true,
       "2015 announcement: 150 a seat (50 before 2015). Help pages: credits roll over up to 4x."},
      {Plan::kRecruiterProfessionalServices,
       "recruiter_professional_services",
       "Recruiter Professional Services",
       {100, 50, 100},
       true,
       true,
       true,
       false,
       true,
       4,
       true,
       "2015 announcement: 100 a seat (50 before 2015). Help pages: credits roll over up to 4x."},
      {Plan::kRecruiterLite,
       "recruiter_lite",
       "Recruiter Lite",
       {30, 25, 30},
       false,
       false,
       false,
       false,
       false,
       4,
       true,
       "2015 announcement: 30 a seat (25 before 2015). Help pages: 30 a month, 120 at most."},
      {Plan::kTalentFinder,
       "talent_finder",
       "Talent Finder",
       {25, 25, std::nullopt},
       false,
       false,
       false,
       false,
       false,
       0,
       false,
       "2015 announcement: 25 a seat. No longer sold."},
      {Plan::kSalesNavigator,
       "sales_navigator",
       "Sales Navigator",
       {50, std::nullopt, 50},
       false,
       false,
       false,
       true,
       false,
       3,
       false,
       "Help pages: 50 a month, 150 at most (Core, Advanced and Advanced Plus); credits last 90 "
       "days."},
      {Plan::kPremiumCareer,
       "premium_career",
       "Premium Career",
       {5, std::nullopt, 5},
       false,
       false,
       false,
       true,
       false,
       3,
       false,
       "Help pages: 5 a month, 15 at most; credits last 90 days."},
      {Plan::kPremiumBusiness,
       "premium_business",
       "Premium Business",
       {15, std::nullopt, 15},
       false,
       false,
       false,
       true,
       false,
       3,
       false,
       "Help pages: 15 a month, 45 at most; credits last 90 days."},
      {Plan::kCustom,
       "custom",
       "Custom",
       {std::nullopt, std::nullopt, std::nullopt},
       true,
       false,
       false,
       false,
       false,
       0,
       false,
       "Your own allotment per seat and month."},
  };
  return plans;
}

const PlanInfo& plan_info(Plan plan) {
  // Every enumerator is listed, so there is always one.
  return *find_info(all_plans(), &PlanInfo::plan, plan);
}

std::optional<Plan> plan_from_name(std::string_view name) {
  const PlanInfo* info = find_info(all_plans(), &PlanInfo::name, name);
  return info ? std::optional(info->plan) : std::nullopt;
}

std::optional<std::int64_t> plan_allotment(Plan plan, Policy policy) {
  return plan_info(plan).allotments[index_of(policy)];
}

bool policy_offers(Policy policy, Plan plan) {
  return plan == Plan::kCustom || plan_allotment(plan, policy).has_value();
}

Limit default_balance_cap(Policy policy, Plan plan, std::int64_t allotment) {
  const std::int64_t multiple = plan_info(plan).current_cap_multiple;
  if (policy != Policy::kCurrent || multiple == 0) return std::nullopt;
  return multiple * allotment;
}

Limit default_expiry_days(Policy policy, Plan plan) {
  if (policy == Policy::kCurrent && plan_info(plan).current_credits_never_lapse) {
    return std::nullopt;
  }
  return kDefaultExpiryDays;
}

}  // namespace inmail
