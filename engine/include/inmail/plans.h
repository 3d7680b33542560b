// Plans and policies of the InMail credit model (spec section 1): what each
// policy grants, credits back and limits, with the names front ends show.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "inmail/calendar.h"

namespace inmail {

enum class Policy { k2015, kLegacy, kCurrent };
inline constexpr std::size_t kPolicyCount = 3;

enum class Plan {
  kRecruiter,
  kRecruiterProfessionalServices,
  kRecruiterLite,
  kTalentFinder,
  kSalesNavigator,
  kPremiumCareer,
  kPremiumBusiness,
  kCustom,
};
inline constexpr std::size_t kPlanCount = 8;

// A limit that may be switched off: a number, or nullopt for "none".
using Limit = std::optional<std::int64_t>;
// How a scenario, a link and every label write a limit that is off.
inline constexpr std::string_view kNoLimit = "none";

// How a policy credits InMails back (spec section 3, "Refunds").
enum class RefundRule {
  kAnswered,              // each response, on the day it arrives
  kUnansweredAfterAWeek,  // what got no response within kLegacyRefundDays, a week after sending
};

// Everything the model knows about one policy: its rules as traits, so that
// no rule asks which policy it is.
struct PolicyInfo {
  Policy policy = Policy::k2015;
  std::string_view name;          // the spec's key, e.g. "legacy"
  std::string_view display_name;  // e.g. "Before 2015"
  std::string_view source;        // one line: where its rules come from
  // The first month projected when the scenario names none; nullopt: the
  // caller's `today`.
  std::optional<YearMonth> default_start;
  RefundRule refund_rule = RefundRule::kAnswered;
  // The month of the launch bonus for the plans that have one; nullopt: none.
  std::optional<YearMonth> launch_bonus_month;
  // The plans' caps and credit lives are today's help pages' (spec section
  // 1: `current`), not the 2015 announcement's 90 days without a cap.
  bool help_page_limits = false;
};

// Everything the model knows about one plan.
struct PlanInfo {
  Plan plan = Plan::kRecruiter;
  std::string_view name;          // the spec's key, e.g. "recruiter_lite"
  std::string_view display_name;  // e.g. "Recruiter Lite"
  // Credits per seat and month under each policy (indexed by Policy);
  // nullopt where the policy has none for it (custom never has one).
  std::array<std::optional<std::int64_t>, kPolicyCount> allotments{};
  bool pools = false;          // may share one balance across the team
  bool pools_default = false;  // `pooled` when the scenario does not say
  bool launch_bonus = false;   // +100 per seat in the policy's launch bonus month
  bool from_help_pages =
      false;               // figures from LinkedIn's later help pages, not the 2015 announcement
  bool rate_rule = false;  // LinkedIn Recruiter's 13 % response-rate rule applies (spec 3b)
  // Where the policy has help-page limits: the default cap as a multiple of
  // the allotment (0: no cap), and whether credits then last until the cap
  // removes them.
  std::int64_t help_page_cap_multiple = 0;
  bool help_page_credits_never_lapse = false;
  std::string_view source;  // where its figures come from, for the front ends
};

// Every policy, in the order front ends list them (today's rules first).
const std::vector<PolicyInfo>& all_policies();
const PolicyInfo& policy_info(Policy policy);
std::string_view policy_name(Policy policy);
std::optional<Policy> policy_from_name(std::string_view name);

// Every plan, in the spec's order (section 4c), which front ends list too.
const std::vector<PlanInfo>& all_plans();
const PlanInfo& plan_info(Plan plan);
std::optional<Plan> plan_from_name(std::string_view name);

// The plan's allotment per seat and month under `policy`, if it has one.
std::optional<std::int64_t> plan_allotment(Plan plan, Policy policy);

// Whether `policy` offers `plan` at all (custom everywhere, with the user's
// allotment; every other plan where it has an allotment).
bool policy_offers(Policy policy, Plan plan);

// The defaults of spec section 1 that depend on the policy and the plan.
// `allotment` is the allotment in use (an override included).
Limit default_balance_cap(Policy policy, Plan plan, std::int64_t allotment);
Limit default_expiry_days(Policy policy, Plan plan);

// Whether `plan` gets a launch bonus under `policy` (in the policy's
// launch_bonus_month, when the scenario asks for it).
bool has_launch_bonus(Policy policy, Plan plan);

inline constexpr std::int64_t kLaunchBonusPerSeat = 100;
// Before 2015 an InMail unanswered after this many days was credited back.
inline constexpr int kLegacyRefundDays = 7;
// The 13 % rule (spec section 3b): a group that sends at least
// kRateRuleSendsPerSeat x seats InMails within kRateRuleWindowDays days at a
// response rate below kRateRuleMinBp is warned.
inline constexpr int kRateRuleWindowDays = 14;
inline constexpr std::int64_t kRateRuleSendsPerSeat = 100;
inline constexpr std::int64_t kRateRuleMinBp = 1300;
inline constexpr YearMonth kLaunchBonusMonth{2015, 1};
inline constexpr std::int64_t kDefaultExpiryDays = 90;

}  // namespace inmail
