#include "inmail/json.h"

#include "inmail/json_value.h"
#include "json/json_writer.h"

namespace inmail {
namespace {

using detail::hundredths_json;
using detail::JsonWriter;

std::string json_string(std::string_view text) {
  std::string quoted;
  append_json_string(quoted, text);
  return quoted;
}

template <class T>
JsonValue or_null(const std::optional<T>& value) {
  return value ? JsonValue(*value) : JsonValue();
}

void write_month(JsonWriter& out, const MonthFigures& month) {
  out.begin_object().key("month").plain_string(format_year_month(month.month));
  out.key("opening").number(month.opening).key("granted").number(month.granted);
  out.key("bonus").number(month.bonus).key("refunded").number(month.refunded);
  out.key("sent").number(month.sent).key("unsent").number(month.unsent);
  out.key("responses").number(month.responses).key("expired").number(month.expired);
  out.key("closing").number(month.closing).end_object();
}

// `write(*value)`, or null for an absent value.
template <class T, class Write>
void write_or_null(JsonWriter& out, const std::optional<T>& value, Write write) {
  if (value) {
    write(*value);
  } else {
    out.raw("null");
  }
}

template <class Integer>
void write_optional(JsonWriter& out, const std::optional<Integer>& value) {
  write_or_null(out, value, [&](Integer number) { out.number(number); });
}

void write_group(JsonWriter& out, const GroupFigures& group) {
  out.begin_object().key("name").raw(json_string(group.name));
  out.key("rate_warning_days").number(group.rate_warning_days).key("months").begin_array();
  for (const GroupMonthFigures& month : group.months) {
    out.begin_object().key("month").plain_string(format_year_month(month.month));
    out.key("sent").number(month.sent).key("unsent").number(month.unsent);
    out.key("responses").number(month.responses).key("refunded").number(month.refunded);
    out.key("rate_warning_days").number(month.rate_warning_days).end_object();
  }
  out.end_array().end_object();
}

void write_cost(JsonWriter& out, const std::optional<Cost>& cost) {
  if (!cost) {
    out.raw("null");
    return;
  }
  out.begin_object().key("total_cents").number(cost->total_cents).key("per_sent_cents");
  write_optional(out, cost->per_sent_cents);
  out.key("per_response_cents");
  write_optional(out, cost->per_response_cents);
  out.end_object();
}

void write_totals(JsonWriter& out, const Totals& totals) {
  out.begin_object().key("granted").number(totals.granted).key("bonus").number(totals.bonus);
  out.key("refunded").number(totals.refunded).key("sent").number(totals.sent);
  out.key("unsent").number(totals.unsent).key("responses").number(totals.responses);
  out.key("expired").number(totals.expired);
  out.key("pending_refunds").number(totals.pending_refunds).key("cost");
  write_cost(out, totals.cost);
  out.end_object();
}

void write_comparison_rows(JsonWriter& out, const std::vector<ComparisonRow>& rows) {
  out.begin_array();
  for (const ComparisonRow& row : rows) {
    out.begin_object().key("policy").plain_string(policy_name(row.policy));
    out.key("plan").plain_string(plan_info(row.plan).name);
    out.key("allotment").number(row.allotment).key("pooled").raw(row.pooled ? "true" : "false");
    out.key("balance_cap");
    write_optional(out, row.balance_cap);
    out.key("totals");
    write_totals(out, row.totals);
    out.end_object();
  }
  out.end_array();
}

void write_comparisons(JsonWriter& out, const std::optional<Comparisons>& comparisons) {
  if (!comparisons) {
    out.raw("null");
    return;
  }
  out.begin_object().key("policies");
  write_comparison_rows(out, comparisons->policies);
  out.key("plans");
  write_comparison_rows(out, comparisons->plans);
  out.end_object();
}

const char* goal_reason_code(GoalReason reason) {
  switch (reason) {
    case GoalReason::kSeveralGroups:
      return "several_groups";
    case GoalReason::kZeroResponseRate:
      return "zero_response_rate";
  }
  return "";
}

void write_goal_row(JsonWriter& out, const GoalRow& row) {
  out.begin_object().key("plan").plain_string(plan_info(row.plan).name);
  out.key("allotment").number(row.allotment).key("pooled").raw(row.pooled ? "true" : "false");
  out.key("balance_cap");
  write_optional(out, row.balance_cap);
  out.key("seats");
  write_optional(out, row.seats);
  out.key("sends_per_seat");
  write_optional(out, row.sends_per_seat);
  out.key("totals");
  write_or_null(out, row.totals, [&](const Totals& totals) { write_totals(out, totals); });
  out.end_object();
}

void write_goal(JsonWriter& out, const std::optional<Goal>& goal) {
  if (!goal) {
    out.raw("null");
    return;
  }
  out.begin_object().key("responses_per_month").number(goal->responses_per_month);
  out.key("sends_per_month");
  write_optional(out, goal->sends_per_month);
  out.key("reason");
  write_or_null(out, goal->reason,
                [&](GoalReason reason) { out.plain_string(goal_reason_code(reason)); });
  out.key("cheapest");
  write_or_null(out, goal->cheapest, [&](Plan plan) { out.plain_string(plan_info(plan).name); });
  out.key("rows").begin_array();
  for (const GoalRow& row : goal->rows) write_goal_row(out, row);
  out.end_array().end_object();
}

void write_resolved(JsonWriter& out, const Resolved& resolved) {
  out.begin_object().key("policy").plain_string(policy_name(resolved.policy));
  out.key("plan").plain_string(plan_info(resolved.plan).name);
  out.key("allotment").number(resolved.allotment);
  out.key("start").plain_string(format_year_month(resolved.start));
  out.key("months").number(resolved.months);
  out.key("pooled").raw(resolved.pooled ? "true" : "false").key("balance_cap");
  write_optional(out, resolved.balance_cap);
  out.key("expiry_days");
  write_optional(out, resolved.expiry_days);
  out.end_object();
}

void write_solvers(JsonWriter& out, const Solvers& solvers) {
  out.begin_object().key("max_sustainable_sends");
  write_optional(out, solvers.max_sustainable_sends);
  out.key("break_even_response_rate");
  write_or_null(out, solvers.break_even_response_bp,
                [&](std::int64_t bp) { out.raw(detail::hundredths_double_text(bp)); });
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
    out.key("shortfall_probability").raw(json_double_text(shortfall)).end_object();
  }
  out.end_array().end_object();
}

// About what the compact result takes: a month row is under 150 bytes, a
// group's month under 130, and comparisons under 3 KB.
std::size_t expected_json_size(const Result& result) {
  const std::size_t comparisons = result.comparisons ? 3072 : 0;
  const std::size_t goal = result.goal ? 3072 : 0;
  return 768 + comparisons + goal + result.months.size() * (150 + 130 * result.groups.size());
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
  out.key("comparisons");
  write_comparisons(out, result.comparisons);
  out.key("goal");
  write_goal(out, result.goal);
  out.key("resolved");
  write_resolved(out, result.resolved);
  out.end_object();
  return out.take();
}

std::string errors_to_json(const std::vector<FieldError>& errors, int indent) {
  JsonWriter out(indent);
  out.begin_object().key("errors").begin_array();
  for (const FieldError& error : errors) {
    out.begin_object().key("field").raw(json_string(error.field));
    out.key("message").raw(json_string(error.message)).end_object();
  }
  out.end_array().end_object();
  return out.take();
}

JsonValue limit_json(const std::optional<Limit>& given) {
  if (!given) return nullptr;
  return *given ? JsonValue(**given) : JsonValue(kNoLimit);
}

JsonValue seat_prices_json(const Scenario& scenario) {
  JsonValue prices = JsonValue::object();
  for (const PlanInfo& plan : all_plans()) {
    if (const auto cents = scenario.seat_price(plan.plan)) {
      prices[plan.name] = hundredths_json(*cents);
    }
  }
  return prices;
}

JsonValue sends_json(const MonthlySends& sends) {
  if (!sends.is_schedule()) return sends.by_month()[0];
  JsonValue schedule = JsonValue::array();
  for (std::int64_t month : sends.by_month()) schedule.push_back(month);
  return schedule;
}

JsonValue group_json(const Group& group) {
  JsonValue json = JsonValue::object();
  json["name"] = group.name;
  json["seats"] = group.seats;
  json["sends_per_month"] = sends_json(group.sends_per_month);
  json["response_rate"] = hundredths_json(group.response_bp);
  json["response_days"] = group.response_days;
  return json;
}

std::string scenario_to_json(const Scenario& scenario) {
  JsonValue groups = JsonValue::array();
  for (const Group& group : scenario.groups) groups.push_back(group_json(group));
  const GivenKeys& given = scenario.given;
  JsonValue document = JsonValue::object();
  document["policy"] = policy_name(scenario.policy);
  document["plan"] = plan_info(scenario.plan).name;
  document["allotment"] = or_null(given.allotment);
  document["start"] = given.start ? JsonValue(format_year_month(*given.start)) : JsonValue();
  document["months"] = scenario.months;
  document["pooled"] = or_null(given.pooled);
  document["groups"] = std::move(groups);
  document["opening_balance"] = scenario.opening_balance;
  document["launch_bonus"] = scenario.launch_bonus;
  document["expiry_days"] = limit_json(given.expiry_days);
  document["balance_cap"] = limit_json(given.balance_cap);
  document["refresh_day"] = scenario.refresh_day;
  document["trials"] = scenario.trials;
  document["seed"] = scenario.seed;
  document["seat_prices"] = seat_prices_json(scenario);
  document["compare"] = scenario.compare;
  document["goal_responses"] = or_null(scenario.goal_responses);
  return document.dump();
}

JsonOutcome project_json(std::string_view scenario_json, YearMonth today, int indent) {
  const ParseResult parsed = parse_scenario(scenario_json, today);
  if (!parsed.ok()) return {false, errors_to_json(parsed.errors, indent)};
  return {true, result_to_json(project(*parsed.scenario), indent)};
}

std::string validate_json(std::string_view scenario_json, YearMonth today) {
  return errors_to_json(parse_scenario(scenario_json, today).errors);
}

}  // namespace inmail
