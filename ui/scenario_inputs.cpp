#include "scenario_inputs.h"

#include <nlohmann/json.hpp>

namespace inmail_ui {
namespace {

nlohmann::json group_to_json(const GroupInputs& group) {
  return {{"name", group.name},
          {"seats", group.seats},
          {"sends_per_month", group.sends_per_month},
          {"response_rate", group.response_rate},
          {"response_days", group.response_days}};
}

}  // namespace

std::string inputs_to_json(const ScenarioInputs& inputs) {
  nlohmann::json groups = nlohmann::json::array();
  for (const GroupInputs& group : inputs.groups) groups.push_back(group_to_json(group));

  nlohmann::json scenario = {
      {"policy", std::string(inmail::policy_name(inputs.policy))},
      {"plan", std::string(inmail::plan_info(inputs.plan).name)},
      {"start", inputs.start},
      {"months", inputs.months},
      {"pooled", inputs.pooled},
      {"groups", std::move(groups)},
      {"opening_balance", inputs.opening_balance},
      {"launch_bonus", inputs.launch_bonus},
      {"expiry_days", inputs.expiry_days},
      {"balance_cap", nullptr},
      {"refresh_day", inputs.refresh_day},
      {"trials", inputs.trials},
      {"seed", inputs.seed},
  };
  // Without an override the engine takes the plan's allotment for the policy.
  if (inputs.allotment_overridden) scenario["allotment"] = inputs.allotment;
  if (inputs.balance_capped) scenario["balance_cap"] = inputs.balance_cap;
  return scenario.dump();
}

inmail::ParseResult parse_inputs(const ScenarioInputs& inputs) {
  return inmail::parse_scenario(inputs_to_json(inputs), kToday);
}

ScenarioInputs inputs_from_scenario(const inmail::Scenario& scenario) {
  ScenarioInputs inputs;
  inputs.policy = scenario.policy;
  inputs.plan = scenario.plan;
  inputs.allotment_overridden = scenario.given.allotment.has_value();
  inputs.allotment = scenario.allotment;
  inputs.start = inmail::format_year_month(scenario.start);
  inputs.months = scenario.months;
  inputs.pooled = scenario.pooled;
  inputs.groups.clear();
  for (const inmail::Group& group : scenario.groups) {
    inputs.groups.push_back(GroupInputs{group.name, group.seats, group.sends_per_month,
                                        static_cast<double>(group.response_bp) / 100.0,
                                        group.response_days});
  }
  inputs.opening_balance = scenario.opening_balance;
  inputs.launch_bonus = scenario.launch_bonus;
  inputs.expiry_days = scenario.expiry_days.value_or(inmail::limits::kMaxExpiryDays);
  inputs.balance_capped = scenario.balance_cap.has_value();
  inputs.balance_cap = scenario.balance_cap.value_or(0);
  inputs.refresh_day = scenario.refresh_day;
  inputs.trials = scenario.trials;
  inputs.seed = scenario.seed;
  return inputs;
}

std::string default_group_name(std::size_t index) { return "Group " + std::to_string(index + 1); }

void select_plan(ScenarioInputs& inputs, inmail::Plan plan) {
  const inmail::PlanInfo& info = inmail::plan_info(plan);
  inputs.plan = plan;
  inputs.pooled = info.pools_default;
  // A custom plan has no allotment of its own: keep the figure on screen as its override.
  if (plan == inmail::Plan::kCustom) inputs.allotment_overridden = true;
}

}  // namespace inmail_ui
