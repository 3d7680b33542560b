#include "inmail/schema.h"

#include "inmail/explain.h"
#include "inmail/json_value.h"
#include "inmail/link.h"
#include "inmail/version.h"

namespace inmail {
namespace {

using Json = JsonValue;

// Fixed defaults come from the initializers of Scenario and Group, so they
// are written down once.
const Scenario kDefaults;
const Group kGroupDefaults;

std::string json_text(const Json& value) { return value.dump(); }
constexpr const char* kResolved = "null";

std::vector<FieldInfo> make_scenario_fields() {
  using K = FieldKind;
  const std::string plan_default(plan_info(kDefaults.plan).name);
  const std::string policy_default(policy_name(kDefaults.policy));
  return {
      {"policy", "Policy",
       "Whose rules: LinkedIn's help pages today, the 2015 announcement, or the rule before it.",
       "Plan", K::kChoice, 0, 0, false, json_text(policy_default)},
      {"plan", "Plan", "Each plan has its own allotment per seat; Custom takes yours.", "Plan",
       K::kChoice, 0, 0, false, json_text(plan_default)},
      {"allotment", "Monthly allotment",
       "Credits per seat and month. Leave empty for the plan's; Custom needs one.", "Plan",
       K::kInteger, 0, limits::kMaxAllotment, false, kResolved},
      {"start", "Start month", "The first month projected, YYYY-MM (2000-01 to 2100-12).",
       "Calendar", K::kMonth, 0, 0, false, kResolved},
      {"months", "Months", "How many months to project.", "Calendar", K::kInteger, 1,
       limits::kMaxMonths, false, json_text(kDefaults.months)},
      {"pooled", "Pool credits across the team",
       "One shared balance for every seat; only Recruiter plans and Custom pool.", "Plan",
       K::kBoolean, 0, 0, false, kResolved},
      {"groups", "Groups of seats",
       "Seats that send alike: sourcers, hiring managers... Their InMails are sent in this order.",
       "Team", K::kGroups, 1, static_cast<std::int64_t>(limits::kMaxGroups), false, kResolved},
      {"name", "Group name", "Up to 64 characters.", "Team", K::kText, 0,
       static_cast<std::int64_t>(limits::kMaxGroupNameChars), true, kResolved},
      {"seats", "Seats", "Seats in the group.", "Team", K::kInteger, 1, limits::kMaxSeats, true,
       json_text(kGroupDefaults.seats)},
      {"sends_per_month", "InMails per seat per month", "Spread over the month's weekdays.", "Team",
       K::kInteger, 0, limits::kMaxSendsPerMonth, true, json_text(kGroupDefaults.sends_per_month)},
      {"response_rate", "Response rate (%)",
       "Share of InMails answered (a reply or \"not interested\") within 90 days; up to 2 "
       "decimals.",
       "Team", K::kHundredths, 0, 10000, true, json_text(kGroupDefaults.response_bp / 100)},
      {"response_days", "Days to a response", "Days from sending to the response.", "Team",
       K::kInteger, 1, limits::kMaxResponseDays, true, json_text(kGroupDefaults.response_days)},
      {"opening_balance", "Opening balance", "Credits each seat holds when the projection starts.",
       "Balances", K::kInteger, 0, limits::kMaxOpeningBalance, false,
       json_text(kDefaults.opening_balance)},
      {"launch_bonus", "January 2015 bonus",
       "+100 credits per seat for Recruiter plans in January 2015, under the 2015 policy.", "Plan",
       K::kBoolean, 0, 0, false, json_text(kDefaults.launch_bonus)},
      {"expiry_days", "Credit life in days",
       "Days a credit lasts, or \"none\": credits then lapse only through the cap.", "Balances",
       K::kLimit, 1, limits::kMaxExpiryDays, false, kResolved},
      {"balance_cap", "Balance cap", "Most credits a seat may hold after a refresh, or \"none\".",
       "Balances", K::kLimit, 0, limits::kMaxBalanceCap, false, kResolved},
      {"refresh_day", "Refresh day", "Day of the month (1 to 28) on which allotments arrive.",
       "Calendar", K::kInteger, 1, limits::kMaxRefreshDay, false, json_text(kDefaults.refresh_day)},
      {"trials", "Monte Carlo trials", "0 turns it off; responses then follow the rate exactly.",
       "Monte Carlo", K::kInteger, 0, limits::kMaxTrials, false, json_text(kDefaults.trials)},
      {"seed", "Seed", "The same seed gives the same Monte Carlo figures.", "Monte Carlo", K::kSeed,
       0, 0, false, json_text(kDefaults.seed)},
      {"seat_prices", "Seat price per month",
       "What one seat of a plan costs per month, up to 2 decimals.", "Costs", K::kPrices, 0,
       limits::kMaxSeatPriceCents, false, json_text(Json::object())},
      {"compare", "Compare policies and plans", "Adds the same team under every policy and plan.",
       "Costs", K::kBoolean, 0, 0, false, json_text(kDefaults.compare)},
  };
}

const char* kind_name(FieldKind kind) {
  switch (kind) {
    case FieldKind::kChoice:
      return "choice";
    case FieldKind::kInteger:
      return "integer";
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

Json field_json(const FieldInfo& field) {
  return Json::object({{"key", field.key},
                       {"label", field.label},
                       {"hint", field.hint},
                       {"section", field.section},
                       {"kind", kind_name(field.kind)},
                       {"min", field.min},
                       {"max", field.max},
                       {"in_group", field.in_group},
                       {"default", parse_json(field.default_json, 1).value.value_or(Json())}});
}

template <class Figures, std::size_t N>
Json columns_json(const std::array<Column<Figures>, N>& columns) {
  Json list = Json::array();
  for (const Column<Figures>& column : columns) {
    list.push_back(Json::object({{"key", column.key}, {"label", column.label}}));
  }
  return list;
}

Json policies_json() {
  Json list = Json::array();
  for (const PolicyInfo& policy : all_policies()) {
    const std::optional<YearMonth>& start = policy.default_start;
    list.push_back(
        Json::object({{"name", policy.name},
                      {"display_name", policy.display_name},
                      {"source", policy.source},
                      {"default_start", start ? Json(format_year_month(*start)) : Json()}}));
  }
  return list;
}

Json plans_json() {
  Json list = Json::array();
  for (const PlanInfo& plan : all_plans()) {
    Json allotments = Json::object();
    for (const PolicyInfo& policy : all_policies()) {
      const auto allotment = plan_allotment(plan.plan, policy.policy);
      allotments[policy.name] = allotment ? Json(*allotment) : Json();
    }
    Json offered_by = Json::array();
    for (const PolicyInfo& policy : all_policies()) {
      if (policy_offers(policy.policy, plan.plan)) offered_by.push_back(policy.name);
    }
    list.push_back(Json::object({{"name", plan.name},
                                 {"display_name", plan.display_name},
                                 {"source", plan.source},
                                 {"allotments", allotments},
                                 {"offered_by", offered_by},
                                 {"pools", plan.pools},
                                 {"pools_default", plan.pools_default},
                                 {"from_help_pages", plan.from_help_pages},
                                 {"rate_rule", plan.rate_rule}}));
  }
  return list;
}

Json labels_json() {
  const FigureLabels& labels = kFigureLabels;
  return Json::object({{"month", labels.month},
                       {"group", labels.group},
                       {"closing_at_end", labels.closing_at_end},
                       {"max_sustainable_sends", labels.max_sustainable_sends},
                       {"break_even_response_rate", labels.break_even_response_rate},
                       {"total_cost", labels.total_cost},
                       {"cost_per_sent", labels.cost_per_sent},
                       {"cost_per_response", labels.cost_per_response},
                       {"cheapest_per_response", labels.cheapest_per_response},
                       {"no_limit", labels.no_limit}});
}

// The group keys a scenario may hold at its top for its single group.
Json shorthand_keys_json() {
  Json keys = Json::array();
  for (const FieldInfo& field : scenario_fields()) {
    if (is_shorthand_key(field)) keys.push_back(field.key);
  }
  return keys;
}

Json text_json(const Explanation& text) {
  return Json::object(
      {{"code", text.code}, {"title", text.title}, {"text", text.text}, {"source", text.source}});
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

const std::array<Column<MonthFigures>, 9>& month_columns() {
  static constexpr std::array<Column<MonthFigures>, 9> columns = {{
      {"opening", "Opening", &MonthFigures::opening},
      {"granted", "Granted", &MonthFigures::granted},
      {"bonus", "Bonus", &MonthFigures::bonus},
      {"refunded", "Refunded", &MonthFigures::refunded},
      {"sent", "Sent", &MonthFigures::sent},
      {"unsent", "Unsent", &MonthFigures::unsent},
      {"responses", "Responses", &MonthFigures::responses},
      {"expired", "Expired", &MonthFigures::expired},
      {"closing", "Closing", &MonthFigures::closing},
  }};
  return columns;
}

const std::array<Column<GroupMonthFigures>, 5>& group_month_columns() {
  static constexpr std::array<Column<GroupMonthFigures>, 5> columns = {{
      {"sent", "Sent", &GroupMonthFigures::sent},
      {"unsent", "Unsent", &GroupMonthFigures::unsent},
      {"responses", "Responses", &GroupMonthFigures::responses},
      {"refunded", "Refunded", &GroupMonthFigures::refunded},
      {"rate_warning_days", "13 % rule warning days", &GroupMonthFigures::rate_warning_days},
  }};
  return columns;
}

const std::array<Column<Totals>, 8>& total_columns() {
  static constexpr std::array<Column<Totals>, 8> columns = {{
      {"granted", "Credits granted", &Totals::granted},
      {"bonus", "Launch bonus", &Totals::bonus},
      {"refunded", "Credited back", &Totals::refunded},
      {"sent", "InMails sent", &Totals::sent},
      {"unsent", "InMails not sent for lack of credits", &Totals::unsent},
      {"responses", "Responses", &Totals::responses},
      {"expired", "Credits expired", &Totals::expired},
      {"pending_refunds", "Refunds due after the last month", &Totals::pending_refunds},
  }};
  return columns;
}

std::string schema_json() {
  Json fields = Json::array();
  for (const FieldInfo& field : scenario_fields()) fields.push_back(field_json(field));
  Json extra_fields = Json::array();
  for (const FieldInfo& field : link_fields()) extra_fields.push_back(field_json(field));
  Json solver_notes = Json::array();
  for (const Explanation& note : all_solver_notes()) solver_notes.push_back(text_json(note));
  const Json schema = Json::object({
      {"version", kVersion},
      {"spec_version", kSpecVersion},
      {"fields", fields},
      {"link_fields", extra_fields},
      {"policies", policies_json()},
      {"plans", plans_json()},
      {"labels", labels_json()},
      {"shorthand_keys", shorthand_keys_json()},
      {"month_columns", columns_json(month_columns())},
      {"group_month_columns", columns_json(group_month_columns())},
      {"total_columns", columns_json(total_columns())},
      {"solver_notes", solver_notes},
      {"rules", Json::object({{"rate_warning", text_json(rate_rule_explanation())},
                              {"report_helper", text_json(report_helper_explanation())}})},
  });
  return schema.dump();
}

}  // namespace inmail
