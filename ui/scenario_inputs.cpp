#include "scenario_inputs.h"

#include <cmath>
#include <utility>

#include "inmail/explain.h"
#include "inmail/json_value.h"
#include "inmail/link.h"

namespace inmail_ui {
namespace {

using Json = inmail::JsonValue;

// A typed number as the JSON the engine reads: whole numbers as integers
// (so that links read "25", not "25.0"), and a value that is not finite as
// its text, which the engine reports as not a number at its field.
Json number_json(double value) {
  constexpr double kExactIntegers = 9007199254740992.0;  // 2^53
  if (!std::isfinite(value)) return std::to_string(value);
  if (std::trunc(value) == value && std::fabs(value) < kExactIntegers) {
    return static_cast<std::int64_t>(value);
  }
  return value;
}

Json limit_json(const inmail::Limit& limit) {
  return limit ? Json(*limit) : Json(inmail::kNoLimit);
}

Json group_json(const GroupInputs& group) {
  return Json::object({{"name", group.name},
                       {"seats", group.seats},
                       {"sends_per_month", group.sends_per_month},
                       {"response_rate", number_json(group.response_rate)},
                       {"response_days", group.response_days}});
}

Json seat_prices_json(const ScenarioInputs& inputs) {
  Json prices = Json::object();
  for (const inmail::PlanInfo& info : inmail::all_plans()) {
    const auto& price = inputs.seat_prices[static_cast<std::size_t>(info.plan)];
    if (price) prices[info.name] = number_json(*price);
  }
  return prices;
}

GroupInputs group_inputs(const inmail::Group& group) {
  return GroupInputs{group.name,
                     group.seats,
                     group.sends_per_month,
                     static_cast<double>(group.response_bp) / 100.0,
                     group.response_days,
                     {}};
}

}  // namespace

std::string inputs_to_json(const ScenarioInputs& inputs) {
  Json scenario = Json::object({{"policy", inmail::policy_name(inputs.policy)},
                                {"plan", inmail::plan_info(inputs.plan).name}});
  if (inputs.allotment) scenario["allotment"] = *inputs.allotment;
  if (inputs.start) scenario["start"] = *inputs.start;
  scenario["months"] = inputs.months;
  if (inputs.pooled) scenario["pooled"] = *inputs.pooled;
  Json groups = Json::array();
  for (const GroupInputs& group : inputs.groups) groups.push_back(group_json(group));
  scenario["groups"] = std::move(groups);
  scenario["opening_balance"] = inputs.opening_balance;
  scenario["launch_bonus"] = inputs.launch_bonus;
  if (inputs.expiry_days) scenario["expiry_days"] = limit_json(*inputs.expiry_days);
  if (inputs.balance_cap) scenario["balance_cap"] = limit_json(*inputs.balance_cap);
  scenario["refresh_day"] = inputs.refresh_day;
  scenario["trials"] = inputs.trials;
  scenario["seed"] = inputs.seed;
  scenario["seat_prices"] = seat_prices_json(inputs);
  scenario["compare"] = inputs.compare;
  return scenario.dump();
}

ScenarioInputs inputs_from_scenario(const inmail::Scenario& scenario, std::string currency) {
  ScenarioInputs inputs;
  inputs.policy = scenario.policy;
  inputs.plan = scenario.plan;
  const inmail::GivenKeys& given = scenario.given;
  inputs.allotment = given.allotment;
  if (given.start) inputs.start = inmail::format_year_month(*given.start);
  inputs.pooled = given.pooled;
  inputs.expiry_days = given.expiry_days;
  inputs.balance_cap = given.balance_cap;
  inputs.months = scenario.months;
  for (const inmail::Group& group : scenario.groups) inputs.groups.push_back(group_inputs(group));
  inputs.opening_balance = scenario.opening_balance;
  inputs.launch_bonus = scenario.launch_bonus;
  inputs.refresh_day = scenario.refresh_day;
  inputs.trials = scenario.trials;
  inputs.seed = scenario.seed;
  for (std::size_t plan = 0; plan < inmail::kPlanCount; ++plan) {
    const auto& cents = scenario.seat_price_cents[plan];
    if (cents) inputs.seat_prices[plan] = static_cast<double>(*cents) / 100.0;
  }
  inputs.compare = scenario.compare;
  inputs.currency = std::move(currency);
  return inputs;
}

ScenarioInputs default_inputs(inmail::YearMonth today) {
  const inmail::LinkContents visit = inmail::decode_link("");
  return inputs_from_scenario(inmail::read_leniently(visit.scenario_json, today), visit.currency);
}

void add_group(ScenarioInputs& inputs) {
  inmail::Group group;
  group.name = inmail::default_group_name(inputs.groups.size());
  inputs.groups.push_back(group_inputs(group));
}

bool use_report_rate(GroupInputs& group) {
  const ReportCounts& counts = group.report;
  const inmail::ReportRate rate =
      inmail::response_rate_from_report(counts.sent, counts.accepted, counts.declined);
  if (!rate.response_bp) return false;
  group.response_rate = static_cast<double>(*rate.response_bp) / 100.0;
  return true;
}

void select_plan(ScenarioInputs& inputs, inmail::Plan plan, std::int64_t allotment_in_use) {
  inputs.plan = plan;
  if (inputs.pooled == true && !inmail::plan_info(plan).pools) inputs.pooled.reset();
  if (!inputs.allotment && !inmail::plan_allotment(plan, inputs.policy)) {
    inputs.allotment = allotment_in_use;
  }
}

}  // namespace inmail_ui
