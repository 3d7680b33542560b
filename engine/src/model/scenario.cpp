#include "inmail/scenario.h"

#include <algorithm>
#include <string>

#include "inmail/monte_carlo.h"

namespace inmail {
namespace {

bool in_range(YearMonth month) {
  return month.year >= limits::kMinYear && month.year <= limits::kMaxYear && month.month >= 1 &&
         month.month <= 12;
}

}  // namespace

std::string default_group_name(std::size_t index) { return "Group " + std::to_string(index + 1); }

void resolve_defaults(Scenario& scenario, YearMonth today) {
  const GivenKeys& given = scenario.given;
  scenario.allotment =
      given.allotment.value_or(plan_allotment(scenario.plan, scenario.policy).value_or(0));
  scenario.start = given.start.value_or(policy_info(scenario.policy).default_start.value_or(today));
  scenario.pooled = given.pooled.value_or(plan_info(scenario.plan).pools_default);
  scenario.expiry_days =
      given.expiry_days.value_or(default_expiry_days(scenario.policy, scenario.plan));
  scenario.balance_cap = given.balance_cap.value_or(
      default_balance_cap(scenario.policy, scenario.plan, scenario.allotment));
}

std::optional<YearMonth> parse_scenario_month(std::string_view text) {
  const auto month = parse_year_month(text);
  if (!month || !in_range(*month)) return std::nullopt;
  return month;
}

std::vector<FieldError> combination_errors(const Scenario& scenario) {
  std::vector<FieldError> errors;
  const PlanInfo& plan = plan_info(scenario.plan);
  if (!policy_offers(scenario.policy, scenario.plan)) {
    errors.push_back({"plan", std::string(plan.display_name) + " is not offered under " +
                                  std::string(policy_info(scenario.policy).display_name)});
  }
  if (scenario.plan == Plan::kCustom && !scenario.given.allotment) {
    errors.push_back({"allotment", "is required for the custom plan"});
  }
  if (scenario.pooled && !plan.pools) {
    errors.push_back({"pooled", std::string(plan.display_name) + " does not pool credits"});
  }
  if (monte_carlo_work(scenario) > limits::kMaxMonteCarloWork) {
    errors.push_back({"trials",
                      "too much Monte Carlo work for this team: lower trials, months "
                      "or seats (trials x ledgers x days must stay under " +
                          std::to_string(limits::kMaxMonteCarloWork) + ")"});
  }
  return errors;
}

std::int64_t Scenario::total_seats() const {
  std::int64_t seats = 0;
  for (const Group& group : groups) seats += group.seats;
  return seats;
}

bool Scenario::has_schedule() const {
  return std::any_of(groups.begin(), groups.end(),
                     [](const Group& group) { return group.sends_per_month.is_schedule(); });
}

}  // namespace inmail
