// The comparisons of spec section 4c: the same team under each policy, and
// on each plan of its policy.
#include "inmail/projection.h"

namespace inmail {
namespace {

// The order of the policy rows.
constexpr Policy kPolicyRows[] = {Policy::kLegacy, Policy::k2015, Policy::kCurrent};

ComparisonRow row_of(const Scenario& scenario, const Totals& totals) {
  return {scenario.policy, scenario.plan,        scenario.allotment,
          scenario.pooled, scenario.balance_cap, totals};
}

// A row's scenario is projected deterministically: no solvers, Monte Carlo
// or comparisons of its own.
ComparisonRow projected_row(Scenario variant) {
  // The start is always given by now, so `today` plays no part.
  resolve_defaults(variant, variant.start);
  return row_of(variant, project_deterministic(variant).totals);
}

// What the user gave stays; what they left out takes the policy's defaults.
ComparisonRow under_policy(const Scenario& scenario, Policy policy) {
  Scenario variant = scenario;
  variant.policy = policy;
  variant.given.start = scenario.start;
  return projected_row(variant);
}

// The plan's own allotment and cap; the user's pooling only where it pools.
ComparisonRow on_plan(const Scenario& scenario, Plan plan) {
  Scenario variant = scenario;
  variant.plan = plan;
  variant.given.start = scenario.start;
  variant.given.allotment.reset();
  variant.given.balance_cap.reset();
  if (!plan_info(plan).pools) variant.given.pooled.reset();
  return projected_row(variant);
}

}  // namespace

Comparisons compare(const Scenario& scenario, const Totals& own_totals) {
  Comparisons comparisons;
  for (Policy policy : kPolicyRows) {
    if (policy == scenario.policy) {
      comparisons.policies.push_back(row_of(scenario, own_totals));
    } else if (policy_offers(policy, scenario.plan)) {
      comparisons.policies.push_back(under_policy(scenario, policy));
    }
  }
  for (const PlanInfo& plan : all_plans()) {
    if (plan.plan == scenario.plan) {
      comparisons.plans.push_back(row_of(scenario, own_totals));
    } else if (plan.plan != Plan::kCustom && policy_offers(scenario.policy, plan.plan)) {
      comparisons.plans.push_back(on_plan(scenario, plan.plan));
    }
  }
  return comparisons;
}

}  // namespace inmail
