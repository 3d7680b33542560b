#include "inmail/schema.h"

#include "inmail/explain.h"
#include "inmail/json_value.h"
#include "inmail/link.h"
#include "inmail/version.h"

namespace inmail {
namespace {

using Json = JsonValue;

Json field_json(const FieldInfo& field) {
  return Json::object({{"key", field.key},
                       {"label", field.label},
                       {"hint", field.hint},
                       {"section", field.section},
                       {"kind", field_kind_name(field.kind)},
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
                       {"sending_plan", labels.sending_plan},
                       {"goal_team_sends", labels.goal_team_sends},
                       {"goal_sends_per_seat", labels.goal_sends_per_seat},
                       {"seats", labels.seats},
                       {"plan", labels.plan},
                       {"cheapest", labels.cheapest},
                       {"in_use", labels.in_use},
                       {"allotment_short", labels.allotment_short},
                       {"pooled_short", labels.pooled_short},
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

const std::array<Column<MonthFigures>, 9>& month_columns() {
  static constexpr std::array<Column<MonthFigures>, 9> columns = {{
      {"opening", "Opening", &MonthFigures::opening},
      {"granted", "Granted", &MonthFigures::granted},
      {"bonus", "Bonus", &MonthFigures::bonus},
      {"refunded", "Credited back", &MonthFigures::refunded},
      {"sent", "Sent", &MonthFigures::sent},
      {"unsent", "Not sent", &MonthFigures::unsent},
      {"responses", "Responses", &MonthFigures::responses},
      {"expired", "Expired", &MonthFigures::expired},
      {"closing", "Closing", &MonthFigures::closing},
  }};
  return columns;
}

const std::array<Column<GroupMonthFigures>, 5>& group_month_columns() {
  static constexpr std::array<Column<GroupMonthFigures>, 5> columns = {{
      {"sent", "Sent", &GroupMonthFigures::sent},
      {"unsent", "Not sent", &GroupMonthFigures::unsent},
      {"responses", "Responses", &GroupMonthFigures::responses},
      {"refunded", "Credited back", &GroupMonthFigures::refunded},
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
      {"unsent", "InMails not sent", &Totals::unsent},
      {"responses", "Responses", &Totals::responses},
      {"expired", "Credits expired", &Totals::expired},
      {"pending_refunds", "Credited back after the last month", &Totals::pending_refunds},
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
  Json goal_notes = Json::array();
  for (const Explanation& note : all_goal_notes()) goal_notes.push_back(text_json(note));
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
      {"goal_notes", goal_notes},
      {"rules", Json::object({{"rate_warning", text_json(rate_rule_explanation())},
                              {"report_helper", text_json(report_helper_explanation())}})},
  });
  return schema.dump();
}

}  // namespace inmail
