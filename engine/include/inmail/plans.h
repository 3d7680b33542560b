// Plans and policies of the InMail credit model (spec section 1).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace inmail {

enum class Policy { k2015, kLegacy };

enum class Plan {
  kRecruiter,
  kRecruiterProfessionalServices,
  kRecruiterLite,
  kTalentFinder,
  kCustom,
  kSalesNavigator,
  kPremiumCareer,
  kPremiumBusiness,
};

// Everything the model knows about one plan.
struct PlanInfo {
  Plan plan;
  std::string_view name;          // the spec's key, e.g. "recruiter_lite"
  std::string_view display_name;  // e.g. "Recruiter Lite"
  // Credits per seat and month; nullopt where the plan has none under that
  // policy (custom always, help-page plans under legacy).
  std::optional<std::int64_t> allotment_2015;
  std::optional<std::int64_t> allotment_legacy;
  bool pools;            // may share one balance across the team
  bool pools_default;    // `pooled` when the scenario does not say
  bool launch_bonus;     // +100 per seat in January 2015 under policy 2015
  bool from_help_pages;  // allotment from LinkedIn's later help pages, not the 2015 announcement
};

// Every plan, in the order front ends list them.
const std::vector<PlanInfo>& all_plans();
const PlanInfo& plan_info(Plan plan);
std::optional<Plan> plan_from_name(std::string_view name);

std::string_view policy_name(Policy policy);
std::optional<Policy> policy_from_name(std::string_view name);

// The plan's allotment per seat and month under `policy`, if it has one.
std::optional<std::int64_t> plan_allotment(Plan plan, Policy policy);

inline constexpr std::int64_t kLaunchBonusPerSeat = 100;

}  // namespace inmail
