// Drift between web/inmail.d.ts and what the engine really returns: real
// outputs of openPage, update, view, project, pageCsv and the schema, each
// written as a TypeScript object literal assigned to the type its function
// declares, then compiled. An object literal is checked in full: a field
// the engine renamed or added, or a value outside a declared union (a
// verdict's tone, a plan's name), is a compile error. (Importing the
// outputs as JSON modules would check less: TypeScript widens their strings
// to `string` and does not look for fields the type lacks.)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES_DIR = fileURLToPath(new URL('.', import.meta.url));
const REPO_ROOT = join(TYPES_DIR, '../..');
const TSC = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
const TODAY = '2026-12';
const DATE = '2026-12-02';

// The Recruiter Lite scenario of issue 14, with prices, a goal, Monte Carlo
// trials and a comparison: every optional part of a view and a result.
const LITE = 'v=2&plan=recruiter_lite&start=2027-01&sends_per_month=40&response_rate=25';
const EVERYTHING =
  `${LITE}&goal_responses=20&trials=60&seed=3&compare=true&currency=EUR` +
  '&seat_prices=%7B%22recruiter_lite%22%3A170%2C%22recruiter%22%3A825.5%7D';

/**
 * [name, the declared type of the output, the output] for a handful of
 * states: the worked example, a shared link, errors, link errors, a clock
 * set wrong, typed numbers, schedules, groups, the report helper, a goal,
 * Monte Carlo and comparisons.
 */
export function engineOutputs(engine) {
  const options = { today: TODAY };
  const heavy = { today: TODAY, comparisons: true, goal: true, monteCarlo: true };
  const opened = (query) => engine.openPage(query, options);
  const edited = (state, edit) => engine.update(state, edit, options);
  const lite = opened(LITE).state;
  const everything = engine.openPage(EVERYTHING, heavy);
  let reporting = lite;
  for (const [count, text] of [
    ['sent', '200'],
    ['accepted', '41'],
    ['declined', '10'],
  ])
    reporting = edited(reporting, { kind: 'set', field: `groups[0].report.${count}`, text }).state;
  const twoGroups = edited(lite, { kind: 'add_group' }).state;
  return [
    ['openPage_example', 'OpenPage', opened('')],
    ['openPage_sharedLink', 'OpenPage', opened(`${LITE}&utm_source=linkedin&fbclid=x&colour=red`)],
    ['openPage_errors', 'OpenPage', opened('months=0&seats=2%2C5')],
    ['openPage_linkErrors', 'OpenPage', opened('plan=%ff&seats=2&seats=3&v=3')],
    ['openPage_clockWrong', 'OpenPage', engine.openPage(LITE, { today: '1999-06' })],
    ['openPage_everything', 'OpenPage', everything],
    ['update_typedPrice', 'Update', edited(lite, { kind: 'set', field: 'seat_prices.recruiter_lite', text: '1,250' })],
    [
      'update_schedule',
      'Update',
      edited(lite, { kind: 'set', field: 'sends_per_month', text: '40, 40, 120, 120, 20' }),
    ],
    [
      'update_dragged',
      'Update',
      edited(lite, { kind: 'set_month', field: 'groups[0].sends_per_month', month: 2, value: 9 }),
    ],
    ['update_clearExample', 'Update', edited(opened('').state, { kind: 'clear_example' })],
    ['update_adoptGoal', 'Update', edited(everything.state, { kind: 'adopt_goal', text: 'sales_navigator' })],
    ['view_everything', 'View', engine.view(everything.state, heavy)],
    ['view_twoGroups', 'View', engine.view(twoGroups, heavy)],
    ['view_reportHelper', 'View', engine.view(reporting, options)],
    ['view_rateRule', 'View', engine.view(opened('v=2&seats=2&sends_per_month=300&response_rate=8').state, heavy)],
    ['project_everything', 'Project', engine.project({ ...everything.state.scenario }, options)],
    ['project_schedule', 'Project', engine.project({ groups: [{ sends_per_month: [40, 120] }, {}] }, options)],
    ['project_errors', 'Project', engine.project({ months: 0, colour: 'red' }, options)],
    ['validate_errors', 'Validate', engine.validate({ months: 0 }, options)],
    ['pageCsv_file', 'PageCsv', engine.pageCsv(everything.state, { today: TODAY, date: DATE })],
    ['pageCsv_errors', 'PageCsv', engine.pageCsv(opened('months=0').state, { today: TODAY, date: DATE })],
    ['schema', 'Schema', engine.schema],
    ['version', 'Version', engine.version],
  ];
}

// The declared type of each kind of output, as the Engine interface says.
const DECLARATIONS = `
type OpenPage = ReturnType<Engine['openPage']>;
type Update = ReturnType<Engine['update']>;
type View = ReturnType<Engine['view']>;
type Project = ReturnType<Engine['project']>;
type Validate = ReturnType<Engine['validate']>;
type PageCsv = ReturnType<Engine['pageCsv']>;
type Schema = Engine['schema'];
type Version = Engine['version'];
`;

/**
 * Writes `outputs` ([name, type, value]) into `dir` as outputs.ts (each a
 * literal of its type) and the tsconfig that checks it; returns the
 * tsconfig's path.
 */
export function writeConformanceProject(dir, outputs) {
  const lines = [
    `import type { Engine } from ${JSON.stringify(join(REPO_ROOT, 'web/inmail.js'))};`,
    DECLARATIONS,
    ...outputs.map(([name, type, value]) => `export const ${name}: ${type} = ${JSON.stringify(value, null, 1)};\n`),
  ];
  writeFileSync(join(dir, 'outputs.ts'), lines.join('\n'));
  const config = join(dir, 'tsconfig.json');
  writeFileSync(config, JSON.stringify({ extends: join(TYPES_DIR, 'tsconfig.json'), files: ['outputs.ts'] }, null, 2));
  return config;
}

/** Runs tsc on a project; resolves to { ok, output } (its diagnostics). */
export function typeCheck(config) {
  try {
    return { ok: true, output: execFileSync(process.execPath, [TSC, '-p', config], { encoding: 'utf8' }) };
  } catch (failure) {
    if (failure.status === null || failure.stdout === undefined) throw failure;
    return { ok: false, output: failure.stdout + failure.stderr };
  }
}

/** The usage file's project: tests/types/usage.ts against web/inmail.d.ts. */
export const USAGE_PROJECT = join(TYPES_DIR, 'tsconfig.json');
