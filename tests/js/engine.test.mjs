// build/site/inmail.js under Node: the spec's results, the CLI's results, and
// errors as values.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { CLI_MISSING, cliBuilt, cliProject, loadSiteEngine, specExamples } from './site.mjs';

// Scenarios beyond the spec's examples: Monte Carlo, legacy, several unpooled
// groups, a cap, a late refresh day, help-page plans.
const EXTRA_SCENARIOS = [
  { seats: 2, sends_per_month: 180, response_rate: 22.5, trials: 200, seed: 7 },
  // About 240 responses a day: the sampler's normal approximation, not inversion.
  { seats: 20, sends_per_month: 1000, response_rate: 25, months: 6, trials: 40, seed: 11 },
  { policy: 'legacy', plan: 'recruiter_lite', months: 24, seats: 4, sends_per_month: 40, response_rate: 10, response_days: 9 },
  {
    plan: 'talent_finder',
    start: '2014-11',
    groups: [
      { name: 'Sourcers', seats: 3, sends_per_month: 60, response_rate: 30, response_days: 2 },
      { name: 'Managers', seats: 2, sends_per_month: 10, response_rate: 50, response_days: 12 },
    ],
    trials: 50,
    seed: 3,
  },
  { plan: 'custom', allotment: 400, balance_cap: 600, refresh_day: 28, opening_balance: 250, expiry_days: 45, seats: 5, sends_per_month: 500, response_rate: 35 },
  { plan: 'sales_navigator', months: 36, seats: 1, sends_per_month: 70, response_rate: 18 },
  { plan: 'premium_career', launch_bonus: false, seats: 1, sends_per_month: 8, response_rate: 60, response_days: 30 },
];

const BAD_SCENARIOS = [
  [{ months: 0 }, 'months'],
  [{ plan: 'sales_navigator', policy: 'legacy' }, 'plan'],
  [{ plan: 'recruiter_lite', pooled: true }, 'pooled'],
  [{ groups: [{ seats: 1, response_rate: 101 }] }, 'groups[0].response_rate'],
  [{ start: '2015-13' }, 'start'],
  [{ colour: 'blue' }, 'colour'],
  [{ plan: 'custom' }, 'allotment'],
];

let engine;
before(async () => {
  engine = await loadSiteEngine();
});

describe('the spec examples', () => {
  test('are there', () => assert.ok(specExamples().length >= 4));
  for (const example of specExamples()) {
    test(example.name, () => {
      assert.equal(JSON.stringify(engine.project(example.scenario)), JSON.stringify(example.result));
    });
  }
});

describe('the same JSON as the CLI', { skip: !cliBuilt() && CLI_MISSING }, () => {
  const scenarios = [...specExamples().map((example) => example.scenario), ...EXTRA_SCENARIOS];
  scenarios.forEach((scenario, index) => {
    test(`scenario ${index + 1}: ${JSON.stringify(scenario)}`, () => {
      assert.equal(JSON.stringify(engine.project(scenario)), JSON.stringify(cliProject(scenario)));
    });
  });
  for (const [scenario] of BAD_SCENARIOS) {
    test(`errors for ${JSON.stringify(scenario)}`, () => {
      assert.deepEqual(engine.project(scenario), cliProject(scenario));
    });
  }
  test('projectJson: JSON text in, the same result as compact JSON text out', () => {
    for (const scenario of [...scenarios, BAD_SCENARIOS[0][0]]) {
      const text = engine.projectJson(JSON.stringify(scenario));
      assert.doesNotMatch(text, /\n/);
      assert.deepEqual(JSON.parse(text), cliProject(scenario));
    }
  });
});

describe('errors are values', () => {
  for (const [scenario, field] of BAD_SCENARIOS) {
    test(`${JSON.stringify(scenario)} names ${field}`, () => {
      const { errors } = engine.project(scenario);
      assert.ok(errors.some((error) => error.field === field && error.message.length > 0), JSON.stringify(errors));
      assert.deepEqual(engine.validate(scenario), { errors });
    });
  }

  test('every problem is reported together', () => {
    const { errors } = engine.project({ months: 500, refresh_day: 0, seats: -1 });
    assert.deepEqual(errors.map((error) => error.field).sort(), ['months', 'refresh_day', 'seats']);
  });

  test('malformed JSON text and values JSON cannot hold', () => {
    assert.ok(engine.project('{"months": ').errors.length > 0);
    assert.ok(engine.project(undefined).errors.length > 0);
    assert.ok(engine.project([1, 2]).errors.length > 0);
  });

  test('the module keeps working after bad input', () => {
    engine.project('\u0000not json');
    assert.equal(engine.project({ seats: 1 }).months.length, 12);
  });

  test('a valid scenario validates clean', () => {
    assert.deepEqual(engine.validate({}), { errors: [] });
    assert.deepEqual(engine.validate(specExamples()[0].scenario), { errors: [] });
  });
});

describe('module surface', () => {
  test('version and plans', () => {
    assert.match(engine.version, /^\d+\.\d+\.\d+$/);
    assert.deepEqual(
      engine.plans.map((plan) => plan.name),
      ['recruiter', 'recruiter_professional_services', 'recruiter_lite', 'talent_finder', 'custom',
        'sales_navigator', 'premium_career', 'premium_business'],
    );
    assert.deepEqual(
      engine.plans.filter((plan) => plan.from_help_pages).map((plan) => plan.allotment_legacy),
      [null, null, null],
    );
  });

  test('a scenario larger than the first buffer leaves later projections intact', () => {
    const small = { seats: 3, sends_per_month: 90, response_rate: 15 };
    const before = engine.project(small);
    // About 5 KB of JSON: past the first scenario buffer of 4 KB.
    const groups = Array.from({ length: 50 }, (unused, index) => ({
      name: `Group ${index} ${'x'.repeat(40)}`, seats: 100, sends_per_month: 500, response_rate: 20,
    }));
    const large = engine.project({ months: 120, pooled: false, groups });
    assert.equal(large.groups.length, 50);
    assert.deepEqual(engine.project(small), before);
    assert.deepEqual(JSON.parse(engine.projectJson(JSON.stringify(small))), before);
  });

  test('unicode group names survive the round trip', () => {
    const result = engine.project({ groups: [{ name: 'Équipe 日本 🚀', seats: 1 }] });
    assert.equal(result.groups[0].name, 'Équipe 日本 🚀');
  });
});
