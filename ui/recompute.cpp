#include "recompute.h"

#include "inmail/monte_carlo.h"
#include "url_query.h"

namespace inmail_ui {
namespace {

// What project() gives, minus Monte Carlo, which runs later.
inmail::Result project_without_monte_carlo(const inmail::Scenario& scenario) {
  inmail::Result result = inmail::project_deterministic(scenario);
  result.solvers = inmail::solve(scenario);
  return result;
}

PolicyColumn project_under_policy(const inmail::Scenario& scenario, inmail::Policy policy) {
  PolicyColumn column;
  column.policy = policy;
  inmail::Scenario variant = scenario;
  variant.policy = policy;
  if (!variant.given.allotment) {
    const auto allotment = inmail::plan_allotment(variant.plan, policy);
    if (!allotment) {
      column.unavailable = "plan not offered under this policy";
      return column;
    }
    variant.allotment = *allotment;
  }
  const std::vector<inmail::FieldError> errors = inmail::validate_scenario(variant);
  if (!errors.empty()) {
    column.unavailable = errors.front().field + ": " + errors.front().message;
    return column;
  }
  column.result = project_without_monte_carlo(variant);
  return column;
}

// The current policy's column is the main result; only the other is computed.
std::array<PolicyColumn, 2> compare_policies(const inmail::Scenario& scenario,
                                             const inmail::Result& result) {
  std::array<PolicyColumn, 2> columns;
  const inmail::Policy policies[] = {inmail::Policy::kLegacy, inmail::Policy::k2015};
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (policies[i] == scenario.policy) {
      columns[i] = PolicyColumn{policies[i], result, {}};
    } else {
      columns[i] = project_under_policy(scenario, policies[i]);
    }
  }
  return columns;
}

// Every plan the policy offers with its own allotment and pooling; the team,
// dates and the rest stay. Deterministic figures only, to stay cheap per frame.
std::vector<PlanRow> compare_plans(const inmail::Scenario& scenario) {
  std::vector<PlanRow> rows;
  for (const inmail::PlanInfo& info : inmail::all_plans()) {
    const auto allotment = inmail::plan_allotment(info.plan, scenario.policy);
    if (!allotment) continue;
    inmail::Scenario variant = scenario;
    variant.plan = info.plan;
    variant.allotment = *allotment;
    variant.given.allotment.reset();
    variant.pooled = info.pools_default;
    if (!inmail::validate_scenario(variant).empty()) continue;
    const inmail::Result result = inmail::project_deterministic(variant);
    rows.push_back(PlanRow{info.plan, *allotment, variant.pooled, result.totals,
                           result.months.empty() ? 0 : result.months.back().closing});
  }
  return rows;
}

void show_scenario(AppState& state, const inmail::Scenario& scenario, double now_ms) {
  state.result = project_without_monte_carlo(scenario);
  state.policies.reset();
  state.plans.reset();
  state.url_query = scenario_to_query(scenario);
  state.monte_carlo = MonteCarloSchedule{scenario.trials > 0, now_ms + kMonteCarloSettleMs};
  state.scenario = scenario;
}

}  // namespace

void load_query(AppState& state, std::string_view query, double now_ms) {
  inmail::ParseResult parsed = inmail::parse_scenario(query_to_scenario_json(query), kToday);
  state.link_errors = parsed.errors;
  if (!parsed.ok()) parsed = inmail::parse_scenario("{}", kToday);
  state.inputs = inputs_from_scenario(*parsed.scenario);
  on_inputs_changed(state, now_ms);
}

void on_inputs_changed(AppState& state, double now_ms) {
  inmail::ParseResult parsed = parse_inputs(state.inputs);
  state.errors = FieldErrors(std::move(parsed.errors));
  if (parsed.ok()) show_scenario(state, *parsed.scenario, now_ms);
}

const std::array<PolicyColumn, 2>& policy_comparison(AppState& state) {
  if (!state.policies) state.policies = compare_policies(*state.scenario, state.result);
  return *state.policies;
}

const std::vector<PlanRow>& plan_comparison(AppState& state) {
  if (!state.plans) state.plans = compare_plans(*state.scenario);
  return *state.plans;
}

bool run_due_monte_carlo(AppState& state, double now_ms, bool widget_held) {
  if (!state.monte_carlo.pending || widget_held || now_ms < state.monte_carlo.due_ms) return false;
  state.result.monte_carlo = inmail::run_monte_carlo(*state.scenario);
  state.monte_carlo.pending = false;
  return true;
}

}  // namespace inmail_ui
