// The comparisons a sales rep shows: the same team under each policy, and
// under each plan. Each entry is a label and the scenario to project; Monte
// Carlo is left out, since the comparisons show deterministic totals.

const POLICIES = [
  ['legacy', 'Before 2015 (legacy)'],
  ['2015', '2015'],
];

export function policyScenarios(scenario) {
  return POLICIES.map(([policy, label]) => ({
    label,
    scenario: { ...scenario, policy, trials: 0 },
  }));
}

// Another plan keeps the team but not the plan-specific choices: an allotment
// override only carries over to custom (which needs one), and pooling only to
// plans that pool.
function scenarioForPlan(scenario, plan) {
  const adapted = { ...scenario, plan: plan.name, trials: 0 };
  if (plan.name !== 'custom') delete adapted.allotment;
  if (!plan.pools) delete adapted.pooled;
  return adapted;
}

export function planScenarios(scenario, plans) {
  return plans.map((plan) => ({
    label: plan.display_name,
    scenario: scenarioForPlan(scenario, plan),
  }));
}
