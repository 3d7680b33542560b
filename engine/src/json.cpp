#include "inmail/json.h"

#include <nlohmann/json.hpp>

#include "json_writer.h"

namespace inmail {
namespace {

// ordered_json keeps the spec's key order, so output reads like the spec.
using detail::JsonWriter;
using nlohmann::ordered_json;

std::string dump(const ordered_json& value, int indent) {
  // Replace, never throw, on invalid UTF-8 (parsing already rejects it).
  return value.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

// A JSON number or string as nlohmann formats it: doubles in their shortest
// round-trip form (45.15, 0.0), strings escaped.
template <class T>
std::string json_text(const T& value) {
  return dump(ordered_json(value), -1);
}

template <class T>
ordered_json or_null(const std::optional<T>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

void write_month(JsonWriter& out, const MonthFigures& month) {
  out.begin_object().key("month").plain_string(format_year_month(month.month));
  out.key("opening").number(month.opening).key("granted").number(month.granted);
  out.key("bonus").number(month.bonus).key("refunded").number(month.refunded);
  out.key("sent").number(month.sent).key("unsent").number(month.unsent);
  out.key("responses").number(month.responses).key("expired").number(month.expired);
  out.key("closing").number(month.closing).end_object();
}

void write_group(JsonWriter& out, const GroupFigures& group) {
  out.begin_object().key("name").raw(json_text(group.name)).key("months").begin_array();
  for (const GroupMonthFigures& month : group.months) {
    out.begin_object().key("month").plain_string(format_year_month(month.month));
    out.key("sent").number(month.sent).key("unsent").number(month.unsent);
    out.key("responses").number(month.responses).key("refunded").number(month.refunded);
    out.end_object();
  }
  out.end_array().end_object();
}

void write_totals(JsonWriter& out, const Totals& totals) {
  out.begin_object().key("granted").number(totals.granted).key("bonus").number(totals.bonus);
  out.key("refunded").number(totals.refunded).key("sent").number(totals.sent);
  out.key("unsent").number(totals.unsent).key("responses").number(totals.responses);
  out.key("expired").number(totals.expired);
  out.key("pending_refunds").number(totals.pending_refunds).end_object();
}

void write_solvers(JsonWriter& out, const Solvers& solvers) {
  out.begin_object().key("max_sustainable_sends");
  if (solvers.max_sustainable_sends) {
    out.number(*solvers.max_sustainable_sends);
  } else {
    out.raw("null");
  }
  out.key("break_even_response_rate");
  if (solvers.break_even_response_bp) {
    out.raw(json_text(static_cast<double>(*solvers.break_even_response_bp) / 100.0));
  } else {
    out.raw("null");
  }
  out.end_object();
}

void write_monte_carlo(JsonWriter& out, const std::optional<MonteCarlo>& monte_carlo) {
  if (!monte_carlo) {
    out.raw("null");
    return;
  }
  out.begin_object().key("trials").number(monte_carlo->trials);
  out.key("seed").number(monte_carlo->seed).key("months").begin_array();
  for (const MonteCarloMonth& month : monte_carlo->months) {
    const double shortfall =
        static_cast<double>(month.trials_with_unsent) / static_cast<double>(monte_carlo->trials);
    out.begin_object().key("month").plain_string(format_year_month(month.month));
    out.key("closing_p10").number(month.closing_p10);
    out.key("closing_p50").number(month.closing_p50);
    out.key("closing_p90").number(month.closing_p90);
    out.key("shortfall_probability").raw(json_text(shortfall)).end_object();
  }
  out.end_array().end_object();
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

// About what the compact result takes: a month row is under 150 bytes and a
// group's month under 100.
std::size_t expected_json_size(const Result& result) {
  return 512 + result.months.size() * (150 + 100 * result.groups.size());
}

}  // namespace

std::string result_to_json(const Result& result, int indent) {
  JsonWriter out(indent, expected_json_size(result));
  out.begin_object().key("months").begin_array();
  for (const MonthFigures& month : result.months) write_month(out, month);
  out.end_array().key("groups").begin_array();
  for (const GroupFigures& group : result.groups) write_group(out, group);
  out.end_array().key("totals");
  write_totals(out, result.totals);
  out.key("solvers");
  write_solvers(out, result.solvers);
  out.key("monte_carlo");
  write_monte_carlo(out, result.monte_carlo);
  out.end_object();
  return out.take();
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
