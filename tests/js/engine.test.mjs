// build/site/inmail.js under Node: the spec's results, the CLI's results,
// links, CSV and errors through the module's whole surface (project, page,
// openLink, csv, reportRate, schema).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import {
  CLI_MISSING,
  cliBuilt,
  cliLink,
  cliProject,
  cliProjectQuery,
  cliSchema,
  loadSiteEngine,
  loadSiteModule,
  specExamples,
} from './site.mjs';

// A fixed month for `today`, so that today's rules start on a known month
// whatever the clock says.
const TODAY = '2026-11';

// Scenarios beyond the spec's examples: Monte Carlo, legacy, several unpooled
// groups, a cap, a late refresh day, help-page plans, today's rules with
// "none", prices and the 13 % rule.
const EXTRA_SCENARIOS = [
  { seats: 2, sends_per_month: 180, response_rate: 22.5, trials: 200, seed: 7 },
  // About 240 responses a day: the sampler's normal approximation, not inversion.
  { seats: 20, sends_per_month: 1000, response_rate: 25, months: 6, trials: 40, seed: 11 },
  {
    policy: 'legacy',
    plan: 'recruiter_lite',
    months: 24,
    seats: 4,
    sends_per_month: 40,
    response_rate: 10,
    response_days: 9,
  },
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
  {
    plan: 'custom',
    allotment: 400,
    balance_cap: 600,
    refresh_day: 28,
    opening_balance: 250,
    expiry_days: 45,
    seats: 5,
    sends_per_month: 500,
    response_rate: 35,
  },
  { plan: 'sales_navigator', months: 36, seats: 1, sends_per_month: 70, response_rate: 18 },
  { plan: 'premium_career', launch_bonus: false, seats: 1, sends_per_month: 8, response_rate: 60, response_days: 30 },
  {
    policy: 'current',
    plan: 'recruiter_lite',
    seats: 3,
    sends_per_month: 45,
    response_rate: 20,
    seat_prices: { recruiter_lite: 170, recruiter: 825.5 },
  },
  {
    policy: 'current',
    plan: 'recruiter',
    balance_cap: 'none',
    expiry_days: 'none',
    seats: 2,
    sends_per_month: 260,
    response_rate: 9,
  },
  {
    policy: 'current',
    plan: 'sales_navigator',
    compare: true,
    seat_prices: { sales_navigator: 99.99, recruiter_lite: 170 },
    sends_per_month: 30,
    response_rate: 25,
  },
];

const BAD_SCENARIOS = [
  [{ months: 0 }, 'months'],
  [{ plan: 'sales_navigator', policy: 'legacy' }, 'plan'],
  [{ plan: 'talent_finder', policy: 'current' }, 'plan'],
  [{ plan: 'recruiter_lite', pooled: true }, 'pooled'],
  [{ groups: [{ seats: 1, response_rate: 101 }] }, 'groups[0].response_rate'],
  [{ start: '2015-13' }, 'start'],
  [{ colour: 'blue' }, 'colour'],
  [{ plan: 'custom' }, 'allotment'],
  [{ balance_cap: 'never' }, 'balance_cap'],
  [{ seat_prices: { recruiter: 10.005 } }, 'seat_prices.recruiter'],
  [{ seat_prices: { gold: 10 } }, 'seat_prices.gold'],
];

// Links of every kind: old ones (no policy), today's, hostile ones.
const LINKS = [
  '',
  '?seats=3&sends_per_month=45&response_rate=20&plan=recruiter_lite',
  'v=2&plan=recruiter_lite&seats=2&seat_prices=%7B%22recruiter_lite%22%3A170%7D&currency=EUR',
  'policy=legacy&months=6&balance_cap=none',
  'plan=%ff',
  'name=%c3%28',
  'months=999999',
  'seats=2&seats=3',
  'months=twelve&colour=%22blue%22',
  'v=3',
  `currency=${'X'.repeat(13)}`,
  `months=6&note=${'a'.repeat(100 * 1024)}`,
];

let engine;
before(async () => {
  engine = await loadSiteEngine();
});

describe('the spec examples', () => {
  test('are there, with the v2 ones', () => {
    const names = specExamples().map((example) => example.name);
    assert.ok(names.length >= 7, names.join());
    assert.ok(names.some((name) => name.startsWith('today-')));
  });
  for (const example of specExamples()) {
    test(example.name, () => {
      const today = example.today ?? TODAY;
      assert.equal(JSON.stringify(engine.project(example.scenario, { today })), JSON.stringify(example.result));
    });
  }
  test("an example's `today` decides the start of today's rules", () => {
    const example = specExamples().find((candidate) => candidate.today);
    const later = engine.project(example.scenario, { today: '2030-01' });
    assert.equal(later.months[0].month, '2030-01');
    assert.equal(engine.project(example.scenario, { today: example.today }).months[0].month, example.today);
  });
});

describe('the same JSON as the CLI', { skip: !cliBuilt() && CLI_MISSING }, () => {
  const cases = [
    ...specExamples().map((example) => [example.scenario, example.today ?? TODAY]),
    ...EXTRA_SCENARIOS.map((scenario) => [scenario, TODAY]),
    [{ policy: 'current', seats: 2, sends_per_month: 100 }, '2031-05'],
  ];
  cases.forEach(([scenario, today], index) => {
    test(`scenario ${index + 1} (today ${today}): ${JSON.stringify(scenario).slice(0, 120)}`, () => {
      assert.equal(
        JSON.stringify(engine.project(scenario, { today })),
        JSON.stringify(cliProject(scenario, 'json', { today })),
      );
    });
  });
  for (const [scenario] of BAD_SCENARIOS) {
    test(`errors for ${JSON.stringify(scenario)}`, () => {
      assert.deepEqual(engine.project(scenario, { today: TODAY }), cliProject(scenario, 'json', { today: TODAY }));
    });
  }
  test('projectJson: JSON text in, the same result as compact JSON text out', () => {
    for (const [scenario, today] of [...cases, [BAD_SCENARIOS[0][0], TODAY]]) {
      const text = engine.projectJson(JSON.stringify(scenario), { today });
      assert.doesNotMatch(text, /\n/);
      assert.deepEqual(JSON.parse(text), cliProject(scenario, 'json', { today }));
    }
  });
  test("the schema is the CLI's", () => {
    assert.deepEqual(engine.schema, cliSchema());
  });
  test('page().query is the link the CLI writes', () => {
    for (const scenario of [
      { policy: 'current' },
      ...EXTRA_SCENARIOS,
      ...specExamples().map((example) => example.scenario),
    ]) {
      for (const currency of ['', 'EUR']) {
        assert.equal(
          engine.page(scenario, { today: TODAY, currency }).query,
          cliLink(scenario, { today: TODAY, currency }),
        );
      }
    }
  });
  test('openLink() gives the figures and errors of `inmail-calc project --query`', () => {
    for (const link of LINKS) {
      const opened = engine.openLink(link, { today: TODAY });
      const cli = cliProjectQuery(link.replace(/^\?/, ''), { today: TODAY });
      if (cli.errors) {
        assert.equal(opened.result, null, link.slice(0, 80));
        assert.deepEqual(opened.errors, cli.errors, link.slice(0, 80));
      } else {
        assert.deepEqual(opened.errors, [], link);
        assert.deepEqual(opened.result, cli, link);
      }
    }
  });
  test("csv() is the CLI's --format csv, with the currency", () => {
    for (const scenario of [...EXTRA_SCENARIOS, ...specExamples().map((example) => example.scenario)]) {
      for (const currency of ['', 'EUR']) {
        const { csv } = engine.csv(scenario, { today: TODAY, currency });
        assert.equal(csv, cliProject(scenario, 'csv', { today: TODAY, currency }));
      }
    }
  });
});

describe('the schema', () => {
  test('every field with its label, hint, section, kind and limits', () => {
    const { fields } = engine.schema;
    for (const field of fields) {
      for (const key of ['key', 'label', 'hint', 'section', 'kind', 'min', 'max', 'in_group', 'default']) {
        assert.ok(key in field, `${field.key} lacks ${key}`);
      }
      assert.ok(field.label.length > 0 && field.hint.length > 0, field.key);
    }
    const keys = fields.filter((field) => !field.in_group).map((field) => field.key);
    for (const key of [
      'policy',
      'plan',
      'allotment',
      'start',
      'months',
      'pooled',
      'groups',
      'balance_cap',
      'seat_prices',
    ]) {
      assert.ok(keys.includes(key), key);
    }
    assert.deepEqual(
      fields.filter((field) => field.in_group).map((field) => field.key),
      ['name', 'seats', 'sends_per_month', 'response_rate', 'response_days'],
    );
    // Defaults that depend on the policy, plan or month are null.
    for (const key of ['allotment', 'start', 'pooled', 'expiry_days', 'balance_cap']) {
      assert.equal(fields.find((field) => field.key === key).default, null, key);
    }
    assert.equal(fields.find((field) => field.key === 'months').default, 12);
    assert.deepEqual(
      engine.schema.link_fields.map((field) => field.key),
      ['currency'],
    );
  });

  test("policies in list order, today's first, with the spec's display names and a source", () => {
    assert.deepEqual(
      engine.schema.policies.map((policy) => [policy.name, policy.display_name]),
      [
        ['current', 'Today (LinkedIn help pages)'],
        ['2015', '2015 policy'],
        ['legacy', 'Before 2015'],
      ],
    );
    for (const policy of engine.schema.policies) assert.ok(policy.source.length > 0);
  });

  test('plans with allotments by policy', () => {
    const plans = Object.fromEntries(engine.schema.plans.map((plan) => [plan.name, plan]));
    assert.deepEqual(plans.recruiter.allotments, { current: 150, 2015: 150, legacy: 50 });
    assert.equal(plans.talent_finder.allotments.current, null);
    assert.equal(plans.sales_navigator.allotments.legacy, null);
    assert.equal(plans.recruiter.rate_rule, true);
    assert.equal(plans.recruiter_lite.rate_rule, false);
    for (const plan of engine.schema.plans) {
      for (const key of ['display_name', 'source', 'pools', 'pools_default', 'from_help_pages']) assert.ok(key in plan);
    }
  });

  test('columns name the keys of the result', () => {
    const result = engine.project({ policy: 'current', groups: [{ seats: 1 }] }, { today: TODAY });
    assert.deepEqual(
      ['month', ...engine.schema.month_columns.map((column) => column.key)],
      Object.keys(result.months[0]),
    );
    assert.deepEqual(
      ['month', ...engine.schema.group_month_columns.map((column) => column.key)],
      Object.keys(result.groups[0].months[0]),
    );
    for (const column of engine.schema.total_columns) assert.ok(column.key in result.totals, column.key);
  });

  test('rules and solver notes with codes, titles, texts and sources', () => {
    const { rate_warning: rate, report_helper: report } = engine.schema.rules;
    assert.match(rate.text, /13 %/);
    assert.match(rate.source, /help pages/);
    assert.match(report.text, /30 days/);
    assert.deepEqual(
      engine.schema.solver_notes.map((note) => note.code),
      ['several_groups', 'legacy', 'unreachable'],
    );
  });
});

describe('page()', () => {
  const team = { policy: 'current', plan: 'recruiter_lite', seats: 3, sends_per_month: 45, response_rate: 20 };

  test("today's rules with every default: the empty link, this month, the cap in words", () => {
    const page = engine.page({ policy: 'current' }, { today: TODAY });
    assert.equal(page.query, '');
    assert.deepEqual(page.errors, []);
    assert.equal(page.result.months.length, 12);
    assert.equal(page.result.months[0].month, TODAY);
    assert.equal(page.result.resolved.balance_cap, 600);
    assert.equal(page.notes.defaults.balance_cap, '600 = 4 x 150 (help pages)');
    assert.match(page.notes.defaults.start, new RegExp(TODAY));
  });

  test("the figures are project()'s; comparisons and Monte Carlo only when asked", () => {
    const scenario = { ...team, trials: 100, seed: 5 };
    const page = engine.page(scenario, { today: TODAY });
    assert.deepEqual(page.result, engine.project({ ...scenario, trials: 0 }, { today: TODAY }));
    assert.equal(page.result.comparisons, null);
    assert.equal(page.result.monte_carlo, null);
    const compared = engine.page(scenario, { today: TODAY, comparisons: true });
    assert.deepEqual(compared.result, engine.project({ ...scenario, trials: 0, compare: true }, { today: TODAY }));
    const random = engine.page(scenario, { today: TODAY, monteCarlo: true });
    assert.deepEqual(random.result, engine.project(scenario, { today: TODAY }));
  });

  test('the currency goes into the link, not into the figures', () => {
    const scenario = { ...team, seat_prices: { recruiter_lite: 170 } };
    const plain = engine.page(scenario, { today: TODAY });
    const euro = engine.page(scenario, { today: TODAY, currency: 'EUR' });
    assert.equal(new URLSearchParams(euro.query).get('currency'), 'EUR');
    assert.equal(new URLSearchParams(plain.query).get('currency'), null);
    assert.deepEqual(euro.result, plain.result);
    assert.equal(euro.result.totals.cost.total_cents, 17000 * 3 * 12);
  });

  test('errors: the link is still written, no figures, the defaults still told', () => {
    const page = engine.page({ ...team, months: 0 }, { today: TODAY });
    assert.deepEqual(
      page.errors.map((error) => error.field),
      ['months'],
    );
    assert.equal(page.result, null);
    assert.equal(new URLSearchParams(page.query).get('months'), '0');
    assert.equal(page.notes.defaults.balance_cap, '120 = 4 x 30 (help pages)');
  });

  test('the 13 % rule: warning days per group, one warning text per group that trips it', () => {
    const example = specExamples().find((candidate) => candidate.name === 'today-recruiter-13-percent-rule.json');
    const page = engine.page(example.scenario, { today: TODAY });
    const tripping = page.result.groups.filter((group) => group.rate_warning_days > 0);
    assert.ok(tripping.length > 0);
    assert.equal(page.notes.rate_warnings.length, tripping.length);
    for (const warning of page.notes.rate_warnings) {
      const group = page.result.groups[warning.group];
      assert.equal(warning.days, group.rate_warning_days);
      assert.ok(warning.text.startsWith(group.name));
      assert.ok(warning.text.includes(String(group.rate_warning_days)));
    }
  });

  test('the cheapest plan per response among plans with no InMail unsent', () => {
    const example = specExamples().find((candidate) => candidate.name === 'today-lite-compare-prices.json');
    const page = engine.page(example.scenario, { today: TODAY, comparisons: true });
    const eligible = page.result.comparisons.plans.filter(
      (row) => row.totals.unsent === 0 && row.totals.cost?.per_response_cents != null,
    );
    assert.ok(eligible.length > 0);
    const lowest = Math.min(...eligible.map((row) => row.totals.cost.per_response_cents));
    assert.equal(page.notes.cheapest_plan, eligible.find((row) => row.totals.cost.per_response_cents === lowest).plan);
    assert.equal(engine.page(example.scenario, { today: TODAY }).notes.cheapest_plan, null);
  });

  test('why a solver has no answer', () => {
    const two = engine.page({ policy: 'current', groups: [{}, {}] }, { today: TODAY });
    assert.equal(two.notes.solvers.max_sustainable_sends.code, 'several_groups');
    const legacy = engine.page({ policy: 'legacy', seats: 1 }, { today: TODAY });
    assert.equal(legacy.notes.solvers.break_even_response_rate.code, 'legacy');
    assert.equal(engine.page(team, { today: TODAY }).notes.solvers.max_sustainable_sends, null);
  });
});

describe('openLink()', () => {
  test("the empty link is today's rules, starting this month", () => {
    const opened = engine.openLink('', { today: TODAY });
    assert.deepEqual(opened.scenario, { policy: 'current' });
    assert.equal(opened.result.months[0].month, TODAY);
  });

  test("a link made before today's rules (no policy) keeps its 2015 figures", () => {
    const example = specExamples().find((candidate) => candidate.name === 'basic-2015.json');
    const query = new URLSearchParams(
      Object.entries(example.scenario).map(([key, value]) => [
        key,
        typeof value === 'string' ? value : JSON.stringify(value),
      ]),
    ).toString();
    const opened = engine.openLink(`?${query}`, { today: TODAY });
    assert.equal(opened.scenario.policy, '2015');
    assert.deepEqual(opened.errors, []);
    for (const key of ['months', 'groups', 'totals', 'solvers']) {
      assert.deepEqual(opened.result[key], example.result[key], key);
    }
  });

  test('what a page writes, it reads back', () => {
    const scenarios = [
      { policy: 'current' },
      { policy: '2015', plan: 'recruiter_lite', seats: 3, sends_per_month: 45, response_rate: 20 },
      {
        policy: 'current',
        balance_cap: 'none',
        groups: [{ name: 'Équipe 日本', seats: 2 }, { seats: 3 }],
        seat_prices: { recruiter: 825.5 },
      },
      { policy: 'legacy', months: 'twelve', colour: 'blue' },
    ];
    for (const scenario of scenarios) {
      const { query } = engine.page(scenario, { today: TODAY, currency: 'CHF' });
      const opened = engine.openLink(`?${query}`, { today: TODAY });
      assert.deepEqual(opened.scenario, scenario, query);
      assert.equal(opened.currency, 'CHF');
    }
  });

  test('malformed links give field errors, never an exception, and the module goes on', () => {
    const cases = [
      ['plan=%ff', 'plan'],
      ['name=%c3%28', 'name'],
      ['months=999999', 'months'],
      ['seats=2&seats=3', 'seats'],
      [`months=6&note=${'a'.repeat(100 * 1024)}`, ''],
      ['%ff=1', ''],
    ];
    for (const [link, field] of cases) {
      const opened = engine.openLink(link, { today: TODAY });
      assert.equal(opened.result, null, link.slice(0, 40));
      assert.ok(
        opened.errors.some((error) => error.field === field),
        JSON.stringify(opened.errors),
      );
      assert.equal(typeof opened.scenario.policy, 'string');
    }
    assert.equal(engine.openLink('seats=2', { today: TODAY }).result.months.length, 12);
  });
});

describe('csv()', () => {
  test('the month table, the groups and the costs in the currency', () => {
    const { csv } = engine.csv(
      { policy: 'current', plan: 'recruiter_lite', seats: 2, seat_prices: { recruiter_lite: 170 } },
      { today: TODAY, currency: 'EUR' },
    );
    const lines = csv.split('\n');
    assert.equal(lines[0], ['Month', ...engine.schema.month_columns.map((column) => column.label)].join(','));
    assert.equal(lines[1].split(',')[0], TODAY);
    assert.ok(lines.includes('Total cost (EUR),4080.00'), csv);
  });

  test('errors instead of a CSV for bad input', () => {
    assert.deepEqual(
      engine.csv({ months: 0 }, { today: TODAY }).errors.map((error) => error.field),
      ['months'],
    );
  });
});

describe('reportRate()', () => {
  test('(accepted + declined) / sent, 2 decimals, rounded half up', () => {
    assert.deepEqual(engine.reportRate({ sent: 300, accepted: 20, declined: 5 }), { response_rate: 8.33, errors: [] });
    assert.equal(engine.reportRate({ sent: 3, accepted: 2, declined: 0 }).response_rate, 66.67);
    assert.equal(engine.reportRate({ sent: 8, accepted: 0, declined: 1 }).response_rate, 12.5);
    assert.equal(engine.reportRate({ sent: 20000, accepted: 1, declined: 0 }).response_rate, 0.01);
    assert.equal(engine.reportRate({ sent: 20001, accepted: 1, declined: 0 }).response_rate, 0);
    assert.equal(engine.reportRate({ sent: 10, accepted: 6, declined: 4 }).response_rate, 100);
  });

  test('problems are errors at the count they concern', () => {
    const fields = (counts) => engine.reportRate(counts).errors.map((error) => error.field);
    assert.deepEqual(fields({ sent: 0, accepted: 0, declined: 0 }), ['sent']);
    assert.deepEqual(fields({ sent: 10, accepted: 8, declined: 5 }), ['declined']);
    assert.deepEqual(fields({ sent: '', accepted: 1.5, declined: -1 }), ['sent', 'accepted']);
    assert.deepEqual(fields({ sent: 10, accepted: 1, declined: -1 }), ['declined']);
    assert.equal(engine.reportRate({ sent: 0, accepted: 0, declined: 0 }).response_rate, null);
    assert.deepEqual(fields([1, 2]), ['']);
  });
});

describe('errors are values', () => {
  for (const [scenario, field] of BAD_SCENARIOS) {
    test(`${JSON.stringify(scenario)} names ${field}`, () => {
      const { errors } = engine.project(scenario, { today: TODAY });
      assert.ok(
        errors.some((error) => error.field === field && error.message.length > 0),
        JSON.stringify(errors),
      );
      assert.deepEqual(engine.validate(scenario, { today: TODAY }), { errors });
      assert.deepEqual(engine.page(scenario, { today: TODAY }).errors, errors);
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
    assert.ok(engine.page('{"months": ').errors.length > 0);
  });

  test('a bad `today` is an error of its own', () => {
    assert.deepEqual(
      engine.project({}, { today: '2026-13' }).errors.map((error) => error.field),
      ['today'],
    );
  });

  test('a clock outside 2000-2100 gives a page and an opened link their usual shape, without figures', () => {
    const message = 'must be a month YYYY-MM from 2000-01 to 2100-12';
    const page = engine.page({ policy: 'current', seats: 2 }, { today: '1999-06' });
    assert.deepEqual(page.errors, [{ field: 'today', message }]);
    assert.equal(page.result, null);
    assert.equal(page.query, 'v=2&seats=2');
    assert.equal(typeof page.notes.defaults, 'object');
    const opened = engine.openLink('?months=0', { today: '2101-01' });
    assert.deepEqual(
      opened.errors.map((error) => error.field),
      ['today', 'months'],
    );
    assert.deepEqual(opened.scenario, { policy: '2015', months: 0 }); // an old link
    assert.equal(opened.result, null);
    assert.equal(typeof opened.notes.defaults, 'object');
  });

  test('the module keeps working after bad input', () => {
    engine.project('\u0000not json');
    engine.openLink('%ff=%ff&%ff=%fe');
    assert.equal(engine.project({ seats: 1 }).months.length, 12);
  });

  test('a valid scenario validates clean', () => {
    assert.deepEqual(engine.validate({}), { errors: [] });
    assert.deepEqual(engine.validate(specExamples()[0].scenario), { errors: [] });
  });
});

describe('module surface', () => {
  test('version, and `today` defaults to the local month', async () => {
    assert.match(engine.version, /^\d+\.\d+\.\d+$/);
    assert.equal(engine.schema.version, engine.version);
    const { localMonth } = await loadSiteModule();
    const month = localMonth();
    assert.match(month, /^\d{4}-\d{2}$/);
    assert.equal(engine.project({ policy: 'current' }).months[0].month, month);
    assert.equal(localMonth(new Date(2027, 0, 31, 23, 59)), '2027-01');
  });

  test('a scenario larger than the first buffer leaves later projections intact', () => {
    const small = { seats: 3, sends_per_month: 90, response_rate: 15 };
    const before = engine.project(small);
    // About 5 KB of JSON: past the first scenario buffer of 4 KB.
    const groups = Array.from({ length: 50 }, (unused, index) => ({
      name: `Group ${index} ${'x'.repeat(40)}`,
      seats: 100,
      sends_per_month: 500,
      response_rate: 20,
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
