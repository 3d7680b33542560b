// The page's pure helpers: derived figures, CSV and the comparison scenarios.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { planScenarios, policyScenarios } from '../../public/comparisons.js';
import { monthsToCsv, netCreditsPerResponse, worstShortfall } from '../../public/figures.js';
import { cliBuilt, CLI_MISSING, cliProject, loadSiteEngine } from './site.mjs';

describe('figures', () => {
  test('net credits per response is (sent - refunded) / responses', () => {
    assert.equal(netCreditsPerResponse({ sent: 300, refunded: 81, responses: 81 }), '2.70');
    assert.equal(netCreditsPerResponse({ sent: 300, refunded: 0, responses: 0 }), '—');
  });

  test('the worst Monte Carlo month', () => {
    const months = [
      { month: '2015-01', shortfall_probability: 0.1 },
      { month: '2015-02', shortfall_probability: 0.4 },
      { month: '2015-03', shortfall_probability: 0.4 },
    ];
    assert.equal(worstShortfall({ months }).month, '2015-02');
  });

  test('the CSV equals the CLI\'s', { skip: !cliBuilt() && CLI_MISSING }, async () => {
    const scenario = { plan: 'recruiter_lite', months: 7, seats: 3, sends_per_month: 45, response_rate: 20 };
    const engine = await loadSiteEngine();
    assert.equal(monthsToCsv(engine.project(scenario)), cliProject(scenario, 'csv'));
  });
});

describe('comparisons', () => {
  const plans = [
    { name: 'recruiter', display_name: 'Recruiter', pools: true },
    { name: 'recruiter_lite', display_name: 'Recruiter Lite', pools: false },
    { name: 'custom', display_name: 'Custom', pools: true },
  ];
  const scenario = { plan: 'recruiter', allotment: 400, pooled: false, trials: 500, seats: 2 };

  test('each policy, without Monte Carlo', () => {
    assert.deepEqual(
      policyScenarios(scenario).map((entry) => [entry.label, entry.scenario.policy, entry.scenario.trials]),
      [['Before 2015 (legacy)', 'legacy', 0], ['2015', '2015', 0]],
    );
  });

  test('each plan keeps the team, not the plan-specific choices', () => {
    const [recruiter, lite, custom] = planScenarios(scenario, plans).map((entry) => entry.scenario);
    assert.deepEqual(recruiter, { plan: 'recruiter', pooled: false, trials: 0, seats: 2 });
    assert.deepEqual(lite, { plan: 'recruiter_lite', trials: 0, seats: 2 });
    assert.deepEqual(custom, { plan: 'custom', allotment: 400, pooled: false, trials: 0, seats: 2 });
  });
});
