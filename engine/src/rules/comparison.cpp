// The comparisons of spec section 4c: the same team under each policy, and
// on each plan of its policy.
#include "rules/comparison.h"

#include "inmail/projection.h"

namespace inmail {
namespace detail {
namespace {

// A variant's defaults follow its own policy and plan; its start is always
// given by now, so `today` plays no part.
Scenario resolved(Scenario variant) {
  resolve_defaults(variant, variant.start);
  return variant;
}

// The plan's own allotment and cap; the user's pooling only where it pools.
Scenario on_plan(const Scenario& scenario, Plan plan) {
  Scenario variant = scenario;
  variant.plan = plan;
  variant.given.start = scenario.start;
  variant.given.allotment.reset();
  variant.given.balance_cap.reset();
  if (!plan_info(plan).pools) variant.given.pooled.reset();
  return resolved(std::move(variant));
}

}  // namespace

Scenario under_policy(const Scenario& scenario, Policy policy) {
  Scenario variant = scenario;
  variant.policy = policy;
  variant.given.start = scenario.start;
  return resolved(std::move(variant));
}

std::vector<Scenario> plan_row_scenarios(const Scenario& scenario) {
  std::vector<Scenario> rows;
  for (const PlanInfo& plan : all_plans()) {
    if (plan.plan == scenario.plan) {
      rows.push_back(scenario);
    } else if (plan.plan != Plan::kCustom && policy_offers(scenario.policy, plan.plan)) {
      rows.push_back(on_plan(scenario, plan.plan));
    }
  }
  return rows;
}

}  // namespace detail

namespace {

// The order of the policy rows.
constexpr Policy kPolicyRows[] = {Policy::kLegacy, Policy::k2015, Policy::kCurrent};

ComparisonRow row_of(const Scenario& scenario, const Totals& totals) {
  return {scenario.policy, scenario.plan,        scenario.allotment,
          scenario.pooled, scenario.balance_cap, totals};
}

// A row of another policy or plan is projected deterministically: no
// solvers, Monte Carlo or comparisons of its own.
ComparisonRow projected_row(const Scenario& variant) {
  return row_of(variant, project_deterministic(variant).totals);
}

}  // namespace

Comparisons compare(const Scenario& scenario, const Totals& own_totals) {
  Comparisons comparisons;
  for (Policy policy : kPolicyRows) {
    if (policy == scenario.policy) {
      comparisons.policies.push_back(row_of(scenario, own_totals));
    } else if (policy_offers(policy, scenario.plan)) {
      comparisons.policies.push_back(projected_row(detail::under_policy(scenario, policy)));
    }
  }
  for (const Scenario& variant : detail::plan_row_scenarios(scenario)) {
    const bool own = variant.plan == scenario.plan;
    comparisons.plans.push_back(own ? row_of(scenario, own_totals) : projected_row(variant));
  }
  return comparisons;
}

}  // namespace inmail
