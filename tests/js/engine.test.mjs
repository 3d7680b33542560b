// build/site/inmail.js under Node: the spec's results, the CLI's results,
// links, CSV and errors through the module's whole surface: the pure engine
// (project, projectJson, validate, schema, version) and the page model
// (openPage, update, view, pageCsv).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import {
  cliLink,
  cliProject,
  cliProjectQuery,
  cliSchema,
  loadSiteEngine,
  loadSiteModule,
  requireCli,
  specExamples,
  stateFor,
} from './site.mjs';

// A fixed month for `today`, so that today's rules start on a known month
// whatever the clock says.
const TODAY = '2026-11';
// The day a CSV is made, as a page passes it.
const DATE = '2026-11-30';

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

// Links of every kind: old ones (no policy), today's, shared ones with
// tracking and unknown keys, hostile ones.
const LINKS = [
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
  'v=2&plan=recruiter_lite&sends_per_month=40&response_rate=25&utm_source=linkedin&fbclid=x&colour=red',
  'v=2&plan=recruiter_lite&sends_per_month=40,40,120,120,20&response_rate=25',
  'v=2&plan=recruiter_lite&sends_per_month=40&response_rate=25&goal_responses=20',
  'v=2&seats=2&sends_per_month=180&response_rate=22.5&trials=200&seed=7',
  'v=2&plan=sales_navigator&compare=true&sends_per_month=30',
  '=1',
  '%',
  'name=%00',
  'seats=2&%ff=1',
];

// What a page must ask view() for to get every part of the result the CLI
// gives for a link: the comparisons, the goal and Monte Carlo are the
// heavy parts, computed only when asked.
function heavyPartsOf(query) {
  const keys = new URLSearchParams(query);
  return {
    comparisons: keys.get('compare') === 'true',
    goal: keys.has('goal_responses'),
    monteCarlo: Number(keys.get('trials')) > 0,
  };
}

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

describe('the same JSON as the CLI', () => {
  // Fails, with the command that builds it, when the CLI is missing.
  before(requireCli);
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

  test('openPage(link) shows the figures of `inmail-calc project --query`, or its errors and no figures of its own', () => {
    for (const link of LINKS) {
      const query = link.replace(/^\?/, '');
      const { view } = engine.openPage(link, { today: TODAY, ...heavyPartsOf(query) });
      const cli = cliProjectQuery(query, { today: TODAY });
      const name = link.slice(0, 80);
      if (cli.errors) {
        assert.deepEqual(view.errors, cli.errors, name);
        // At most an earlier input's figures, marked as such.
        assert.ok(view.figures === null || view.figures_stale, name);
      } else {
        assert.deepEqual(view.errors, [], name);
        assert.equal(view.figures_stale, false, name);
        assert.deepEqual(view.figures.result, cli, name);
      }
    }
  });

  test('view(state).query is the link `inmail-calc link` writes for the scenario', () => {
    for (const scenario of [
      { policy: 'current' },
      ...EXTRA_SCENARIOS,
      ...specExamples().map(({ scenario }) => scenario),
    ]) {
      for (const currency of ['', 'EUR']) {
        assert.equal(
          engine.view(stateFor(scenario, currency), { today: TODAY }).query,
          cliLink(scenario, { today: TODAY, currency }),
          JSON.stringify(scenario),
        );
      }
    }
  });

  test("pageCsv(state).csv ends with the CLI's `--format csv --currency`", () => {
    for (const scenario of [...EXTRA_SCENARIOS, ...specExamples().map(({ scenario }) => scenario)]) {
      for (const currency of ['', 'EUR']) {
        const { csv } = engine.pageCsv(stateFor(scenario, currency), { today: TODAY, date: DATE });
        const cli = cliProject(scenario, 'csv', { today: TODAY, currency });
        assert.ok(csv.endsWith(cli), `${JSON.stringify(scenario)} ${currency}:\n${csv.slice(0, 400)}`);
        assert.ok(csv.length > cli.length);
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
      ['several_groups', 'schedule', 'legacy', 'unreachable'],
    );
  });
});

// The Recruiter Lite scenario of issue 14: 40 InMails a month at 25 %,
// two short in the first month.
// Its first month is pinned, as its shortfall depends on the month's days.
const LITE = 'v=2&plan=recruiter_lite&start=2027-01&sends_per_month=40&response_rate=25';

const opened = (query, options = {}) => engine.openPage(query, { today: TODAY, ...options });
const edited = (state, edit, options = {}) => engine.update(state, edit, { today: TODAY, ...options });
const set = (state, field, text) => edited(state, { kind: 'set', field, text });

// Every input of a view, by path.
function fieldsOf(view) {
  const fields = new Map();
  for (const section of view.sections) {
    for (const field of section.fields) fields.set(field.path, field);
    for (const group of section.groups) for (const field of group.fields) fields.set(field.path, field);
  }
  return fields;
}

describe('openPage()', () => {
  test('a first visit shows the worked example, labelled, with the figures of its scenario', () => {
    const { state, view } = opened('');
    assert.equal(view.query, '');
    assert.match(view.example.text, /example/i);
    assert.equal(view.example.clear, 'Clear the example');
    assert.deepEqual(view.errors, []);
    assert.deepEqual(view.figures.result, engine.project(state.scenario, { today: TODAY }));
    assert.equal(view.currency, state.currency);
    // Tracking parameters alone are a first visit too.
    assert.deepEqual(opened('?utm_source=linkedin&fbclid=abc').state, state);
  });

  test("the 2015 bonus is not offered under today's rules", () => {
    const bonus = (query) => fieldsOf(opened(query).view).get('launch_bonus');
    assert.equal(bonus('').applies, false);
    assert.equal(bonus('v=2&seats=2').applies, false);
    assert.equal(bonus('policy=2015&start=2014-12').applies, true);
  });

  test('a shared link: tracking parameters dropped, another unknown key a notice naming it, figures shown', () => {
    const { view } = opened(`${LITE}&utm_source=linkedin&fbclid=x&gclid=y&msclkid=z&mc_cid=1&mc_eid=2&colour=red`);
    assert.equal(view.query, `${LITE}&colour=red`);
    assert.deepEqual(view.errors, []);
    assert.deepEqual(
      view.notices.map((notice) => [notice.field, notice.droppable]),
      [['colour', true]],
    );
    assert.match(view.notices[0].text, /colour/);
    assert.equal(view.figures_stale, false);
    assert.equal(view.figures.result.totals.unsent, 2);
  });

  test('the verdict answers in words: when it falls short, by how much, and the smallest fix', () => {
    const { verdict } = opened(LITE).view.figures;
    assert.equal(verdict.tone, 'short');
    assert.match(verdict.headline, /falls short, by 2 InMails/);
    assert.match(verdict.detail, /opening balance/);
    assert.match(verdict.detail, /38 a month/);
    assert.equal(opened('v=2&sends_per_month=10').view.figures.verdict.tone, 'enough');
  });

  test("a link made before today's rules (no policy) keeps its 2015 figures", () => {
    const example = specExamples().find((candidate) => candidate.name === 'basic-2015.json');
    const pairs = Object.entries(example.scenario).map(([key, value]) => [
      key,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]);
    const { state, view } = opened(`?${new URLSearchParams(pairs)}`);
    assert.equal(state.scenario.policy, '2015');
    assert.deepEqual(view.errors, []);
    for (const key of ['months', 'groups', 'totals', 'solvers']) {
      assert.deepEqual(view.figures.result[key], example.result[key], key);
    }
  });

  test('what a page writes, it reads back', () => {
    const scenarios = [
      { policy: 'current' },
      { policy: '2015', plan: 'recruiter_lite', seats: 3, sends_per_month: 45, response_rate: 20 },
      {
        policy: 'current',
        balance_cap: 'none',
        groups: [{ name: 'Équipe 日本', seats: 2, sends_per_month: [40, 120] }, { seats: 3 }],
        seat_prices: { recruiter: 825.5 },
        goal_responses: 12,
      },
      { policy: 'legacy', months: 'twelve' },
    ];
    for (const scenario of scenarios) {
      const { query } = engine.view(stateFor(scenario, 'CHF'), { today: TODAY });
      const { state } = opened(`?${query}`);
      assert.deepEqual(state.scenario, scenario, query);
      assert.equal(state.currency, 'CHF');
    }
  });

  test('malformed links give field errors and no figures of their own, never an exception', () => {
    const cases = [
      ['plan=%ff', 'plan'],
      ['name=%c3%28', 'name'],
      ['months=999999', 'months'],
      ['seats=2&seats=3', 'seats'],
      ['seats=2&%ff=1', ''],
    ];
    for (const [link, field] of cases) {
      const { state, view } = opened(link);
      assert.ok(view.figures === null || view.figures_stale, link.slice(0, 40));
      assert.ok(
        view.errors.some((error) => error.field === field),
        JSON.stringify(view.errors),
      );
      assert.equal(typeof state.scenario.policy, 'string');
    }
    assert.equal(opened('v=2&seats=2').view.figures.result.months.length, 12);
  });

  test('a link too long to be ours, or whose only key is not UTF-8, is an error, as the CLI says', () => {
    for (const link of [`months=6&note=${'a'.repeat(100 * 1024)}`, '%ff=1']) {
      const { view } = opened(link);
      assert.deepEqual(view.errors, cliProjectQuery(link, { today: TODAY }).errors, link.slice(0, 40));
    }
  });
});

describe('update()', () => {
  test('one click clears the example: today\'s rules with every default, the link "v=2"', () => {
    const { state, view } = edited(opened('').state, { kind: 'clear_example' });
    assert.deepEqual(state.scenario, { policy: 'current' });
    assert.equal(view.query, 'v=2');
    assert.equal(view.example, null);
  });

  test('numbers as people write them: "170,50" is 170.50, kept as typed', () => {
    const { state, view } = set(opened(LITE).state, 'seat_prices.recruiter_lite', '170,50');
    assert.equal(state.scenario.seat_prices.recruiter_lite, 170.5);
    assert.equal(fieldsOf(view).get('seat_prices.recruiter_lite').text, '170,50');
    assert.equal(view.figures.result.totals.cost.total_cents, 17050 * 1 * 12);
  });

  test('"1,250" as a price is an error that says both readings; the figures are the last good ones', () => {
    const { view } = set(opened(LITE).state, 'seat_prices.recruiter_lite', '1,250');
    assert.deepEqual(
      view.errors.map((error) => error.field),
      ['seat_prices.recruiter_lite'],
    );
    const { error, text } = fieldsOf(view).get('seat_prices.recruiter_lite');
    assert.match(error, /1250/);
    assert.match(error, /1\.25/);
    assert.equal(text, '1,250');
    assert.equal(view.figures_stale, true);
  });

  test('"2,5" seats are no whole number', () => {
    const { view } = set(opened(LITE).state, 'groups[0].seats', '2,5');
    assert.equal(fieldsOf(view).get('groups[0].seats').error, 'must be a whole number');
    assert.equal(view.figures_stale, true);
  });

  test('"10.005" as a price: the error offers only readings the field accepts', () => {
    const { view } = set(opened(LITE).state, 'seat_prices.recruiter_lite', '10.005');
    const { error } = fieldsOf(view).get('seat_prices.recruiter_lite');
    assert.doesNotMatch(error, /type .*10\.005/);
  });

  test('unknown link keys stay in the link through edits; tracking parameters do not come back', () => {
    const { state } = opened(`${LITE}&utm_source=linkedin&colour=red`);
    const { view } = set(state, 'groups[0].seats', '2');
    assert.equal(view.query, `${LITE.replace('&sends', '&seats=2&sends')}&colour=red`);
    const dropped = edited(state, { kind: 'drop', field: 'colour' });
    assert.equal(dropped.view.query, LITE);
    assert.deepEqual(dropped.view.notices, []);
  });

  test('a sending plan typed as a list: the link carries it, the solvers say why they have no answer', () => {
    const { state, view } = set(opened(LITE).state, 'groups[0].sends_per_month', '40, 40, 120, 120, 20');
    assert.deepEqual(state.scenario.sends_per_month, [40, 40, 120, 120, 20]);
    assert.match(view.query, /&sends_per_month=40,40,120,120,20&/);
    assert.equal(view.figures.result.solvers.max_sustainable_sends, null);
    const notes = view.figures.summary.filter(
      (item) => item.key.startsWith('break_even') || item.key.startsWith('max_'),
    );
    assert.ok(
      notes.every((item) => item.note !== ''),
      JSON.stringify(notes),
    );
    assert.equal(view.figures.notes.length, 1);
    // One month of the plan, as a bar dragged on a chart.
    const dragged = edited(state, { kind: 'set_month', field: 'groups[0].sends_per_month', month: 1, value: 10 });
    assert.deepEqual(dragged.state.scenario.sends_per_month, [40, 10, 120, 120, 20]);
  });

  test('groups are added and removed; the last one stays', () => {
    let { state, view } = edited(opened(LITE).state, { kind: 'add_group' });
    assert.equal(state.scenario.groups.length, 2);
    assert.equal(view.sections.find((section) => section.groups.length > 0).groups[1].title, 'Group 2');
    ({ state } = edited(state, { kind: 'remove_group', group: 0 }));
    ({ state } = edited(state, { kind: 'remove_group', group: 0 }));
    assert.equal(state.scenario.groups.length, 1);
  });

  test("the report helper's counts give the response rate", () => {
    let { state } = opened(LITE);
    for (const [count, text] of [
      ['sent', '200'],
      ['accepted', '41'],
      ['declined', '10'],
    ])
      ({ state } = set(state, `groups[0].report.${count}`, text));
    ({ state } = edited(state, { kind: 'use_report', group: 0 }));
    assert.equal(state.scenario.response_rate, 25.5);
  });

  test('a goal row is adopted: its plan, seats and volume', () => {
    const { state } = set(opened(LITE).state, 'goal_responses', '20');
    const { goal } = engine.view(state, { today: TODAY, goal: true });
    const row = goal.rows.find((candidate) => candidate.plan === 'sales_navigator');
    const adopted = edited(state, { kind: 'adopt_goal', text: 'sales_navigator' }).state.scenario;
    assert.equal(adopted.plan, 'sales_navigator');
    assert.equal(String(adopted.seats), row.cells[1]);
    assert.equal(String(adopted.sends_per_month), row.cells[2]);
  });

  // Edits a page never sends, or that name what is not there.
  const HOSTILE_EDITS = [
    null,
    undefined,
    'set',
    42,
    [],
    {},
    { kind: 'nonsense', field: 'months', text: '6' },
    { kind: 'set' },
    { kind: 'remove_group', group: 99 },
    { kind: 'remove_group', group: -1 },
    { kind: 'use_report', group: 5 },
    { kind: 'adopt_goal', text: 'gold' },
    { kind: 'drop', field: 'nothing' },
    { kind: 'set', field: 'seat_prices.gold', text: '1' },
    { kind: 'set_month', field: 'groups[0].sends_per_month', month: 500, value: 3 },
    { kind: 'set_month', field: 'groups[0].sends_per_month', month: -1, value: 3 },
    { kind: 'set_month', field: 'months', month: 1, value: 3 },
  ];

  test('a hostile edit never throws and changes nothing', () => {
    const { state, view } = opened(`${LITE}&colour=red`);
    for (const edit of HOSTILE_EDITS) {
      const next = edited(state, edit);
      assert.deepEqual(next.state, state, JSON.stringify(edit));
      assert.equal(next.view.query, view.query, JSON.stringify(edit));
    }
  });

  test('an edit of a group that is not there, or with a number for its text, changes nothing', () => {
    const { state } = opened(LITE);
    for (const edit of [
      { kind: 'set', field: 'groups[99].seats', text: '3' },
      { kind: 'set', field: 'groups[0].seats', text: 7 },
    ]) {
      assert.deepEqual(edited(state, edit).state, state, JSON.stringify(edit));
    }
  });

  test('a hostile state never throws: what cannot be read is left at its default', () => {
    const edit = { kind: 'set', field: 'months', text: '6' };
    const fresh = edited({}, edit);
    for (const state of [null, 'not json', 5, [1], { scenario: 5 }, { scenario: [1], typed: 5, report: 'x' }]) {
      assert.deepEqual(edited(state, edit), fresh, JSON.stringify(state));
      assert.deepEqual(engine.view(state, { today: TODAY }), engine.view({}, { today: TODAY }));
    }
    const partlyBad = {
      scenario: { months: 6 },
      typed: 5,
      report: { '-1': 3 },
      last_good: 3,
      unknown_link_keys: [[1, 2], ['a']],
    };
    assert.deepEqual(
      engine.view(partlyBad, { today: TODAY }),
      engine.view({ scenario: { months: 6 } }, { today: TODAY }),
    );
  });
});

describe('view()', () => {
  test('the comparisons, the goal and Monte Carlo only when asked', () => {
    const { state } = opened(`${LITE}&goal_responses=20&trials=100&seed=3`);
    const light = engine.view(state, { today: TODAY });
    assert.equal(light.comparisons, null);
    assert.equal(light.goal, null);
    assert.equal(light.monte_carlo, null);
    assert.equal(light.monte_carlo_asked, true);
    const heavy = engine.view(state, { today: TODAY, comparisons: true, goal: true, monteCarlo: true });
    const { result } = heavy.figures;
    assert.deepEqual(
      heavy.comparisons.plans.rows.map((row) => row[0]),
      result.comparisons.plans.map((row) => engine.schema.plans.find((plan) => plan.name === row.plan).display_name),
    );
    assert.equal(heavy.goal.rows.length, result.goal.rows.length);
    assert.equal(result.monte_carlo.trials, 100);
    assert.ok(heavy.monte_carlo.lines.length > 0);
    assert.ok(heavy.figures.chart.band);
  });

  test('the chart has the InMails not sent, a labelled y axis and the latest month in its legend', () => {
    const { chart } = opened(LITE).view.figures;
    const unsent = chart.series.find((series) => series.key === 'unsent');
    assert.deepEqual(unsent.values.slice(0, 2), [2, 0]);
    assert.equal(unsent.latest, unsent.texts.at(-1));
    assert.ok(chart.y_label.length > 0);
    assert.equal(chart.y_ticks.length, chart.y_tick_texts.length);
  });

  test('counts with thousands separators, money in cents for the page to write, one word for credits back', () => {
    const { figures } = opened(
      'v=2&seats=10&sends_per_month=1272&response_rate=10&seat_prices=%7B%22recruiter%22%3A825%7D',
    ).view;
    const sent = figures.summary.find((item) => item.key === 'sent').value;
    assert.match(sent, /^\d{1,3}(,\d{3})+$/);
    const cost = figures.summary.find((item) => item.key === 'cost_total').value;
    assert.equal(cost.cents, 82500 * 10 * 12);
    const words = JSON.stringify(figures);
    assert.doesNotMatch(words, /Refunded/);
    assert.match(words, /Credited back/);
  });
});

describe('pageCsv()', () => {
  test('a header block (the scenario in words, the date) and a name that says what it is', () => {
    const { state, view } = opened(`${LITE}&currency=EUR`);
    const { name, csv } = engine.pageCsv(state, { today: TODAY, date: DATE });
    assert.equal(name, 'inmail-credits-recruiter_lite-2027-01-12-months.csv');
    const lines = csv.split('\n');
    assert.equal(lines[0], `InMail credit calculator: projection made ${DATE}`);
    for (const words of view.scenario_words) assert.ok(csv.includes(words.replaceAll('"', '""')), words);
  });

  test('errors instead of a CSV while the input has errors', () => {
    const { state } = set(opened(LITE).state, 'months', '0');
    assert.ok(engine.pageCsv(state, { today: TODAY, date: DATE }).errors.length > 0);
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
      // A page names the same fields; its words may say more (what a typed number could mean).
      assert.deepEqual(
        engine.view(stateFor(scenario), { today: TODAY }).errors.map((error) => error.field),
        errors.map((error) => error.field),
      );
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

  test('text past the input limit is refused at once, whatever its size, and the module goes on', () => {
    const LIMIT = 1 << 20;
    const larger = `scenario is larger than ${LIMIT} bytes`;
    const refusal = (text) => engine.project(text).errors.map((error) => error.message);
    // The engine's memory grew by three bytes a character, 300 MB here, before
    // it refused the text; a few hundred million characters ran it out.
    const huge = `{"plan": "${'x'.repeat(100_000_000)}"}`;
    huge.indexOf('}'); // one flat string now, so that only the engine's copy counts
    const before = process.memoryUsage().rss;
    assert.deepEqual(refusal(huge), [larger]);
    assert.ok(process.memoryUsage().rss - before < 100e6, 'no copy past the limit');
    // Two bytes a character: the text fits the limit by its length, not by its bytes.
    assert.deepEqual(refusal(`{"plan": "${'é'.repeat(LIMIT / 2)}"}`), [larger]);
    // Up to the limit itself, the text is read.
    const months = '{"months": 1}';
    assert.equal(engine.project(months + ' '.repeat(LIMIT - months.length), { today: TODAY }).errors, undefined);
    assert.deepEqual(refusal(months + ' '.repeat(LIMIT + 1 - months.length)), [larger]);
    assert.equal(engine.project(months, { today: TODAY }).months.length, 1);
  });

  test('a bad `today` is an error of its own', () => {
    assert.deepEqual(
      engine.project({}, { today: '2026-13' }).errors.map((error) => error.field),
      ['today'],
    );
  });

  test('a clock outside 2000-2100 gives a view with an error of `today` first and no figures', () => {
    const today = { field: 'today', message: 'must be a month YYYY-MM from 2000-01 to 2100-12' };
    const { state, view } = engine.openPage('?v=2&seats=2', { today: '1999-06' });
    assert.deepEqual(view.errors, [today]);
    assert.equal(view.figures, null);
    assert.equal(view.query, 'v=2&seats=2');
    assert.ok(view.sections.length > 0);
    const edited = engine.update(state, { kind: 'set', field: 'months', text: '0' }, { today: '2101-01' });
    assert.deepEqual(
      edited.view.errors.map((error) => error.field),
      ['today', 'months'],
    );
    assert.equal(edited.view.figures, null);
    assert.deepEqual(engine.view(state, { today: '2101-01', comparisons: true }).errors, [today]);
    assert.equal(engine.view(state, { today: '2101-01' }).figures, null);
    assert.deepEqual(engine.pageCsv(state, { today: '1999-12', date: DATE }), { errors: [today] });
  });

  test('the module keeps working after bad input', () => {
    engine.project('\u0000not json');
    engine.openPage('%ff=%ff&%ff=%fe');
    engine.update('\u0000', '\u0000');
    engine.view('{"scenario": ');
    engine.pageCsv(undefined);
    assert.equal(engine.project({ seats: 1 }).months.length, 12);
    assert.equal(engine.openPage('v=2&seats=2', { today: TODAY }).view.figures.result.months.length, 12);
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
