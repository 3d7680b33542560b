#include "inmail/fields.h"

#include "inmail/json_value.h"
#include "inmail/link.h"
#include "inmail/scenario.h"

#include <cstdlib>

namespace inmail {
namespace {

// Fixed defaults come from the initializers of Scenario and Group, so they
// are written down once.
const Scenario kDefaults;
const Group kGroupDefaults;

std::string json_text(const JsonValue& value) { return value.dump(); }
constexpr const char* kResolved = "null";

std::vector<FieldInfo> make_scenario_fields() {
  using K = FieldKind;
  const std::string plan_default(plan_info(kDefaults.plan).name);
  const std::string policy_default(policy_name(kDefaults.policy));
  return {
      {"policy", "Policy",
       "Whose rules: LinkedIn's help pages today, the 2015 announcement, or the rule before it.",
       "Rules and plan", K::kChoice, 0, 0, false, json_text(policy_default)},
      {"plan", "Plan", "Each plan has its own allotment per seat; Custom takes yours.",
       "Rules and plan", K::kChoice, 0, 0, false, json_text(plan_default)},
      {"allotment", "Monthly allotment",
       "Credits per seat and month. Leave empty for the plan's; Custom needs one.",
       "Rules and plan", K::kInteger, 0, limits::kMaxAllotment, false, kResolved},
      {"start", "Start month", "The first month projected, YYYY-MM (2000-01 to 2100-12).", "Months",
       K::kMonth, 0, 0, false, kResolved},
      {"months", "Months", "How many months to project.", "Months", K::kInteger, 1,
       limits::kMaxMonths, false, json_text(kDefaults.months)},
      {"pooled", "Pool credits across the team",
       "One shared balance for every seat; only Recruiter plans and Custom pool.", "Rules and plan",
       K::kBoolean, 0, 0, false, kResolved},
      {"groups", "Groups of seats",
       "Seats that send alike: sourcers, hiring managers... Their InMails are sent in this order.",
       "Team", K::kGroups, 1, static_cast<std::int64_t>(limits::kMaxGroups), false, kResolved},
      {"name", "Group name", "Up to 64 characters.", "Team", K::kText, 0,
       static_cast<std::int64_t>(limits::kMaxGroupNameChars), true, kResolved},
      {"seats", "Seats", "Seats in the group.", "Team", K::kInteger, 1, limits::kMaxSeats, true,
       json_text(kGroupDefaults.seats)},
      {"sends_per_month", "InMails per seat per month",
       "Spread over the month's weekdays. One number, or a sending plan by month (40, 40, 120): "
       "its last month repeats.",
       "Team", K::kSchedule, 0, limits::kMaxSendsPerMonth, true,
       json_text(kGroupDefaults.sends_per_month.by_month()[0]),
       static_cast<std::int64_t>(limits::kMaxScheduleEntries)},
      {"response_rate", "Response rate (%)",
       "Share of InMails answered (a reply or \"not interested\") within 90 days; up to 2 "
       "decimals.",
       "Team", K::kHundredths, 0, 10000, true, json_text(kGroupDefaults.response_bp / 100)},
      {"response_days", "Days to a response", "Days from sending to the response.", "Team",
       K::kInteger, 1, limits::kMaxResponseDays, true, json_text(kGroupDefaults.response_days)},
      {"opening_balance", "Opening balance", "Credits each seat holds when the projection starts.",
       "Credits", K::kInteger, 0, limits::kMaxOpeningBalance, false,
       json_text(kDefaults.opening_balance)},
      {"launch_bonus", "January 2015 bonus",
       "+100 credits per seat for Recruiter plans in January 2015, under the 2015 policy.",
       "Rules and plan", K::kBoolean, 0, 0, false, json_text(kDefaults.launch_bonus)},
      {"expiry_days", "Credit life in days",
       "Days a credit lasts, or \"none\": credits then lapse only through the cap.", "Credits",
       K::kLimit, 1, limits::kMaxExpiryDays, false, kResolved},
      {"balance_cap", "Balance cap", "Most credits a seat may hold after a refresh, or \"none\".",
       "Credits", K::kLimit, 0, limits::kMaxBalanceCap, false, kResolved},
      {"refresh_day", "Refresh day", "Day of the month (1 to 28) on which allotments arrive.",
       "Months", K::kInteger, 1, limits::kMaxRefreshDay, false, json_text(kDefaults.refresh_day)},
      {"trials", "Monte Carlo trials", "0 turns it off; responses then follow the rate exactly.",
       "Monte Carlo", K::kInteger, 0, limits::kMaxTrials, false, json_text(kDefaults.trials)},
      {"seed", "Seed", "The same seed gives the same Monte Carlo figures.", "Monte Carlo", K::kSeed,
       0, 0, false, json_text(kDefaults.seed)},
      {"seat_prices", "Seat price per month",
       "What one seat of a plan costs per month, up to 2 decimals.", "Costs", K::kPrices, 0,
       limits::kMaxSeatPriceCents, false, json_text(JsonValue::object())},
      {"compare", "Compare policies and plans", "Adds the same team under every policy and plan.",
       "Costs", K::kBoolean, 0, 0, false, json_text(kDefaults.compare)},
      {"goal_responses", "Responses wanted per month",
       "The goal: how many seats, on each plan, send enough InMails at your response rate.", "Goal",
       K::kInteger, 1, limits::kMaxGoalResponses, false, kResolved},
  };
}

// "100" for 10000 hundredths, "12.5" for 1250: a limit as people read it.
std::string limit_text(const FieldInfo& field, std::int64_t value) {
  const bool hundredths = field.kind == FieldKind::kHundredths || field.kind == FieldKind::kPrices;
  if (!hundredths) return std::to_string(value);
  std::string text = std::to_string(value / 100);
  if (value % 100 != 0)
    text += "." + std::to_string(value % 100 / 10) +
            (value % 10 != 0 ? std::to_string(value % 10) : "");
  return text;
}

}  // namespace

const std::vector<FieldInfo>& scenario_fields() {
  static const std::vector<FieldInfo> fields = make_scenario_fields();
  return fields;
}

const FieldInfo* find_field(std::string_view key, bool in_group) {
  for (const FieldInfo& field : scenario_fields()) {
    if (field.key == key && field.in_group == in_group) return &field;
  }
  return nullptr;
}

bool is_shorthand_key(const FieldInfo& field) { return field.in_group && field.key != "name"; }

bool is_top_level_key(std::string_view key) {
  const FieldInfo* group_field = find_field(key, true);
  return find_field(key, false) != nullptr ||
         (group_field != nullptr && is_shorthand_key(*group_field));
}

const std::vector<FieldInfo>& link_fields() {
  static const std::vector<FieldInfo> fields = {
      {"currency", "Currency", "A label for the costs, such as USD or EUR; it changes no figure.",
       "Costs", FieldKind::kText, 0, static_cast<std::int64_t>(limits::kMaxCurrencyChars), false,
       "\"\""},
  };
  return fields;
}

const char* field_kind_name(FieldKind kind) {
  switch (kind) {
    case FieldKind::kChoice:
      return "choice";
    case FieldKind::kInteger:
      return "integer";
    case FieldKind::kSchedule:
      return "schedule";
    case FieldKind::kHundredths:
      return "hundredths";
    case FieldKind::kLimit:
      return "limit";
    case FieldKind::kMonth:
      return "month";
    case FieldKind::kText:
      return "text";
    case FieldKind::kBoolean:
      return "boolean";
    case FieldKind::kSeed:
      return "seed";
    case FieldKind::kGroups:
      return "groups";
    case FieldKind::kPrices:
      return "prices";
  }
  return "text";
}

const FieldInfo& field_named(std::string_view key, bool in_group) {
  const FieldInfo* field = find_field(key, in_group);
  if (field == nullptr) std::abort();
  return *field;
}

std::string range_message(const FieldInfo& field) {
  if (field.kind == FieldKind::kText) {
    return "must be at most " + std::to_string(field.max) + " characters";
  }
  return "must be between " + limit_text(field, field.min) + " and " + limit_text(field, field.max);
}

std::string count_message(const FieldInfo& field) {
  if (field.kind == FieldKind::kGroups) {
    return "must hold " + std::to_string(field.min) + " to " + std::to_string(field.max) +
           " groups";
  }
  return "must hold 1 to " + std::to_string(field.max_entries) + " months (one number each)";
}

}  // namespace inmail
