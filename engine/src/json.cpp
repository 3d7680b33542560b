#include "inmail/json.h"

#include <nlohmann/json.hpp>

namespace inmail {
namespace {

// ordered_json keeps the spec's key order, so output reads like the spec.
using nlohmann::ordered_json;

std::string dump(const ordered_json& value, int indent) {
  // Replace, never throw, on invalid UTF-8 (parsing already rejects it).
  return value.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

ordered_json month_json(const MonthFigures& month) {
  return {{"month", format_year_month(month.month)},
          {"opening", month.opening},
          {"granted", month.granted},
          {"bonus", month.bonus},
          {"refunded", month.refunded},
          {"sent", month.sent},
          {"unsent", month.unsent},
          {"responses", month.responses},
          {"expired", month.expired},
          {"closing", month.closing}};
}

ordered_json group_json(const GroupFigures& group) {
  ordered_json months = ordered_json::array();
  for (const GroupMonthFigures& month : group.months) {
    months.push_back({{"month", format_year_month(month.month)},
                      {"sent", month.sent},
                      {"unsent", month.unsent},
                      {"responses", month.responses},
                      {"refunded", month.refunded}});
  }
  return {{"name", group.name}, {"months", months}};
}

ordered_json totals_json(const Totals& totals) {
  return {{"granted", totals.granted},   {"bonus", totals.bonus},
          {"refunded", totals.refunded}, {"sent", totals.sent},
          {"unsent", totals.unsent},     {"responses", totals.responses},
          {"expired", totals.expired},   {"pending_refunds", totals.pending_refunds}};
}

template <class T>
ordered_json or_null(const std::optional<T>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json solvers_json(const Solvers& solvers) {
  ordered_json break_even = nullptr;
  if (solvers.break_even_response_bp) {
    break_even = static_cast<double>(*solvers.break_even_response_bp) / 100.0;
  }
  return {{"max_sustainable_sends", or_null(solvers.max_sustainable_sends)},
          {"break_even_response_rate", break_even}};
}

ordered_json monte_carlo_json(const std::optional<MonteCarlo>& monte_carlo) {
  if (!monte_carlo) return nullptr;
  ordered_json months = ordered_json::array();
  for (const MonteCarloMonth& month : monte_carlo->months) {
    months.push_back({{"month", format_year_month(month.month)},
                      {"closing_p10", month.closing_p10},
                      {"closing_p50", month.closing_p50},
                      {"closing_p90", month.closing_p90},
                      {"shortfall_probability", static_cast<double>(month.trials_with_unsent) /
                                                    static_cast<double>(monte_carlo->trials)}});
  }
  return {{"trials", monte_carlo->trials}, {"seed", monte_carlo->seed}, {"months", months}};
}

ordered_json errors_value(const std::vector<FieldError>& errors) {
  ordered_json list = ordered_json::array();
  for (const FieldError& error : errors) {
    list.push_back({{"field", error.field}, {"message", error.message}});
  }
  return {{"errors", list}};
}

// Percent from basis points as the shortest decimal: 2550 -> 25.5, 3000 -> 30.
ordered_json percent_json(std::int64_t bp) {
  if (bp % 100 == 0) return bp / 100;
  return static_cast<double>(bp) / 100.0;
}

}  // namespace

std::string result_to_json(const Result& result, int indent) {
  ordered_json months = ordered_json::array();
  for (const MonthFigures& month : result.months) months.push_back(month_json(month));
  ordered_json groups = ordered_json::array();
  for (const GroupFigures& group : result.groups) groups.push_back(group_json(group));
  const ordered_json document = {{"months", months},
                                 {"groups", groups},
                                 {"totals", totals_json(result.totals)},
                                 {"solvers", solvers_json(result.solvers)},
                                 {"monte_carlo", monte_carlo_json(result.monte_carlo)}};
  return dump(document, indent);
}

std::string errors_to_json(const std::vector<FieldError>& errors, int indent) {
  return dump(errors_value(errors), indent);
}

std::string scenario_to_json(const Scenario& scenario, int indent) {
  ordered_json groups = ordered_json::array();
  for (const Group& group : scenario.groups) {
    groups.push_back({{"name", group.name},
                      {"seats", group.seats},
                      {"sends_per_month", group.sends_per_month},
                      {"response_rate", percent_json(group.response_bp)},
                      {"response_days", group.response_days}});
  }
  const ordered_json document = {
      {"policy", policy_name(scenario.policy)},
      {"plan", plan_info(scenario.plan).name},
      {"allotment", scenario.allotment_overridden ? ordered_json(scenario.allotment) : nullptr},
      {"start", format_year_month(scenario.start)},
      {"months", scenario.months},
      {"pooled", scenario.pooled},
      {"groups", groups},
      {"opening_balance", scenario.opening_balance},
      {"launch_bonus", scenario.launch_bonus},
      {"expiry_days", scenario.expiry_days},
      {"balance_cap", or_null(scenario.balance_cap)},
      {"refresh_day", scenario.refresh_day},
      {"trials", scenario.trials},
      {"seed", scenario.seed}};
  return dump(document, indent);
}

JsonOutcome project_json(std::string_view scenario_json, int indent) {
  const ParseResult parsed = parse_scenario(scenario_json);
  if (!parsed.ok()) return {false, errors_to_json(parsed.errors, indent)};
  return {true, result_to_json(project(*parsed.scenario), indent)};
}

std::string validate_json(std::string_view scenario_json) {
  return errors_to_json(parse_scenario(scenario_json).errors);
}

}  // namespace inmail
