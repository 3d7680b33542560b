// The site's budgets, measured in one run in headless Chromium on this
// machine; every figure is a median:
//   first figures   index.html over a bare page, each from navigation start
//                   to its first figures, in fresh contexts (empty caches),
//                   the two pages interleaved round by round            <= 1.3
//                   The bare page is built here from the site's own
//                   inmail.js: it loads the engine, projects the scenario
//                   of index.html's first visit (the worked example) and
//                   prints the month table.
//   wasm/native     one projection, JSON text in and out: projectJson of
//                   inmail.js in Chromium over `inmail-calc bench`, after a
//                   warm-up, alternating, for 1 group x 12 months, 1 group x
//                   36 months and 10 groups x 120 months unpooled         <= 1.5
//                   Shown, not budgeted: the spec's 4-month examples (their
//                   10-25 us projections are mostly fixed costs), and
//                   project(), whose objects add JSON.stringify and JSON.parse
//   ImGui page      imgui.html and every file it loads up to its first
//                   frame, gzip -9                                    <= 220 KB
//   JS page         index.html and every file it loads, gzip -9       <= 150 KB
//   keystroke       an input event to the new month table, 1 group x 36
//                   months                                              <= 16 ms
//
//   node scripts/web-budgets.mjs [--rounds N] [--write docs/performance.md]
//
// Needs build/site (wasm preset) and build/native/bin/inmail-calc. Exits 1
// when a budget is missed. --write puts the report into that file, between
// `<!-- web-budgets -->` and `<!-- /web-budgets -->`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import { openSite, serve } from '../tests/js/browser.mjs';
import { CLI_PATH, SITE_DIR, loadSiteModule, requireCli, specExamples } from '../tests/js/site.mjs';
import { median, option, pageTransfer, writeReport } from './budget-support.mjs';

const RESULTS_MARK = 'inmail:results-shown';
const KEYSTROKE_QUERY = '?v=2&months=36&sends_per_month=200&response_rate=20';
// The input the keystrokes go to, "InMails per seat per month" (its id is form-view.js's).
const KEYSTROKE_INPUT = '#groups-0-sends-per-month';
const PROJECTION_ITERATIONS = 200;
const PROJECTION_ROUNDS = 11;
// As in the engine's benchmarks (bench/engine_bench.cpp).
const YEAR_SCENARIO = {
  plan: 'recruiter',
  months: 12,
  seats: 1,
  sends_per_month: 300,
  response_rate: 30,
  response_days: 3,
};
const KEYSTROKE_SCENARIO = { months: 36, seats: 1, sends_per_month: 200, response_rate: 20 };
const LARGE_SCENARIO = {
  months: 120,
  pooled: false,
  groups: Array.from({ length: 10 }, (unused, index) => ({
    seats: 1 + (index % 4),
    sends_per_month: 120 + 20 * index,
    response_rate: 20 + index,
    response_days: 2 + (index % 7),
  })),
};

const BUDGETS = {
  firstFiguresOverBare: 1.3,
  wasmOverNative: 1.5,
  imguiTransferKb: 220,
  transferKb: 150,
  keystrokeMs: 16,
};

// The bare page: the site's inmail.js, one projection of `scenario` (the
// worked example index.html opens with), its months as a table.
const BARE_HTML = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Bare page</title>
<table id="months"></table>
<script type="module" src="bare.js"></script>
</html>
`;
const bareJs = (scenario) => `import { loadEngine } from './inmail.js';

const engine = await loadEngine();
const { months } = engine.project(${JSON.stringify(scenario)});
const columns = ['month', 'opening', 'granted', 'refunded', 'sent', 'unsent', 'expired', 'closing'];
const row = (cells, tag) => '<tr>' + cells.map((cell) => '<' + tag + '>' + cell + '</' + tag + '>').join('') + '</tr>';
document.querySelector('#months').innerHTML =
  row(columns, 'th') + months.map((month) => row(columns.map((column) => month[column]), 'td')).join('');
performance.mark('${RESULTS_MARK}');
`;

// The site with the bare page beside index.html, served on a port of its own.
async function serveWithBarePage() {
  const root = mkdtempSync(join(tmpdir(), 'inmail-bare-'));
  cpSync(SITE_DIR, root, { recursive: true });
  const { loadEngine } = await loadSiteModule();
  const example = (await loadEngine()).openPage('').state.scenario;
  writeFileSync(join(root, 'bare.html'), BARE_HTML);
  writeFileSync(join(root, 'bare.js'), bareJs(example));
  const server = await serve(root);
  return {
    url: server.url,
    async close() {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

// When the page's first figures were on it, from the navigation's start.
async function waitForFirstFigures(page) {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, RESULTS_MARK);
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, RESULTS_MARK);
}

// Opens `url` in a fresh context (empty cache, a new renderer process, like
// a new tab) and resolves to the milliseconds to its first figures.
async function firstFiguresMs(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const ms = await waitForFirstFigures(page);
  await context.close();
  return ms;
}

// index.html and the bare page, one after the other in each round (which
// goes first alternates), so that both share whatever else the machine does.
async function measureFirstFigures(browser, rounds) {
  const bareSite = await serveWithBarePage();
  const bare = [];
  const index = [];
  try {
    for (let round = 0; round < rounds; round += 1) {
      const pages = [
        [bare, `${bareSite.url}bare.html`],
        [index, bareSite.url],
      ];
      if (round % 2) pages.reverse();
      for (const [times, url] of pages) times.push(await firstFiguresMs(browser, url));
    }
  } finally {
    await bareSite.close();
  }
  return { bareMs: median(bare), indexMs: median(index) };
}

// Times input events on "InMails per seat per month" until the table has
// been rebuilt, in the page's own clock; a pause between keystrokes lets the
// comparisons of the previous one finish, as between a person's keystrokes.
async function measureKeystrokes(site, count) {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}${KEYSTROKE_QUERY}`);
  await page.waitForFunction(() => window.inmailPage && !window.inmailPage.pending());
  const times = await page.evaluate(
    async ({ count, mark, selector }) => {
      const input = document.querySelector(selector);
      const measured = [];
      for (let index = 0; index < count; index += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const shown = new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error('no new figures 5 s after a keystroke')), 5000);
          const observer = new PerformanceObserver((list) => {
            const entry = list.getEntries().find((candidate) => candidate.name === mark);
            if (!entry) return;
            observer.disconnect();
            resolve(entry.startTime);
          });
          observer.observe({ entryTypes: ['mark'] });
        });
        const start = performance.now();
        input.value = String(201 + index); // never the value before: an unchanged one shows nothing new
        input.dispatchEvent(new Event('input', { bubbles: true }));
        measured.push((await shown) - start);
      }
      return measured;
    },
    { count, mark: RESULTS_MARK, selector: KEYSTROKE_INPUT },
  );
  await context.close();
  return median(times);
}

// A page with the engine loaded from inmail.js, as a caller of the module
// would load it. Two ways in: projectJson() takes and returns JSON text as
// the native CLI does; project() takes and returns objects.
async function openEnginePage(site) {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url);
  await page.evaluate(async () => {
    const { loadEngine } = await import('./inmail.js');
    const engine = await loadEngine();
    window.budgetProjections = { text: engine.projectJson, objects: engine.project };
  });
  return { page, close: () => context.close() };
}

// Nanoseconds per projection in the page, one way in: median of five
// batches after a warm-up long enough for V8 to tier the WebAssembly up to
// optimized code. For 'objects' the scenario is parsed once, outside the
// timing, so the timing holds JSON.stringify and JSON.parse as a caller of
// inmail.js pays them.
async function wasmNsPerProjection(page, scenario, way) {
  return page.evaluate(
    ({ text, way, iterations }) => {
      const project = window.budgetProjections[way];
      const input = way === 'text' ? text : JSON.parse(text);
      for (let index = 0; index < iterations * 5; index += 1) project(input);
      const batches = [];
      for (let batch = 0; batch < 5; batch += 1) {
        const start = performance.now();
        for (let index = 0; index < iterations; index += 1) project(input);
        batches.push(((performance.now() - start) * 1e6) / iterations);
      }
      return batches.sort((a, b) => a - b)[2];
    },
    { text: JSON.stringify(scenario), way, iterations: PROJECTION_ITERATIONS },
  );
}

function nativeNsPerProjection(scenarioFile) {
  const output = execFileSync(CLI_PATH, ['bench', scenarioFile, '--iterations', String(PROJECTION_ITERATIONS)], {
    encoding: 'utf8',
  });
  return JSON.parse(output).ns_per_projection;
}

// Native and both ways into WASM alternate, PROJECTION_ROUNDS rounds per
// scenario, so that all three share whatever else the machine is doing; each
// figure is the median round, and each ratio the median of the rounds' own
// ratios (this machine switches between a fast and a slow pace for seconds
// at a time; a round's two sides almost always share one).
async function measureProjections(site) {
  const scenarios = [
    ['1 group × 12 months', YEAR_SCENARIO, true],
    ['1 group × 36 months', KEYSTROKE_SCENARIO, true],
    ['10 groups × 120 months, unpooled', LARGE_SCENARIO, true],
  ];
  for (const example of specExamples()) scenarios.push([example.name, example.scenario, false]);
  const folder = mkdtempSync(join(tmpdir(), 'inmail-budget-'));
  const enginePage = await openEnginePage(site);
  const rows = [];
  for (const [name, scenario, budgeted] of scenarios) {
    const scenarioFile = join(folder, 'scenario.json');
    writeFileSync(scenarioFile, JSON.stringify(scenario));
    const native = [];
    const text = [];
    const objects = [];
    for (let round = 0; round < PROJECTION_ROUNDS; round += 1) {
      native.push(nativeNsPerProjection(scenarioFile));
      text.push(await wasmNsPerProjection(enginePage.page, scenario, 'text'));
      objects.push(await wasmNsPerProjection(enginePage.page, scenario, 'objects'));
    }
    const ratio = (wasm) => median(wasm.map((value, round) => value / native[round]));
    rows.push({
      name,
      budgeted,
      native: median(native),
      text: median(text),
      objects: median(objects),
      textRatio: ratio(text),
      objectsRatio: ratio(objects),
    });
  }
  await enginePage.close();
  rmSync(folder, { recursive: true, force: true });
  return rows;
}

// The first frame: the ImGui page has drawn once (ui/main.cpp's frame stats).
const imguiFirstFrame = (page) => page.waitForFunction(() => window.inmailUi?.frameStats().first_frame_ms > 0);
const indexFigures = (page) => page.waitForFunction(() => document.querySelector('#plan-comparison tbody tr'));

const microseconds = (nanoseconds) => `${(nanoseconds / 1000).toFixed(0)} µs`;
const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

function checks({ firstFigures, projections, imguiTransfer, transfer, keystrokeMs }) {
  const figuresRatio = firstFigures.indexMs / firstFigures.bareMs;
  const budgeted = projections.filter((row) => row.budgeted);
  const ratioCheck = (row) => [
    `WASM / native, ${row.name} (\`projectJson\` in Chromium / \`inmail-calc bench\`)`,
    row.textRatio.toFixed(2),
    `≤ ${BUDGETS.wasmOverNative}`,
    row.textRatio <= BUDGETS.wasmOverNative,
  ];
  return [
    [
      `First figures, \`index.html\` / bare page (${firstFigures.indexMs.toFixed(0)} ms / ${firstFigures.bareMs.toFixed(0)} ms)`,
      figuresRatio.toFixed(2),
      `≤ ${BUDGETS.firstFiguresOverBare}`,
      figuresRatio <= BUDGETS.firstFiguresOverBare,
    ],
    ...budgeted.map(ratioCheck),
    [
      'ImGui page transfer (gzip -9, up to its first frame)',
      kilobytes(imguiTransfer.total),
      `≤ ${BUDGETS.imguiTransferKb} KB`,
      imguiTransfer.total <= BUDGETS.imguiTransferKb * 1000,
    ],
    [
      'JS page transfer (gzip -9, everything `index.html` loads)',
      kilobytes(transfer.total),
      `≤ ${BUDGETS.transferKb} KB`,
      transfer.total <= BUDGETS.transferKb * 1000,
    ],
    [
      'Recompute after a keystroke, 1 group × 36 months',
      `${keystrokeMs.toFixed(1)} ms`,
      `≤ ${BUDGETS.keystrokeMs} ms`,
      keystrokeMs <= BUDGETS.keystrokeMs,
    ],
  ];
}

function fileTable(transfer) {
  return [
    '| File | Bytes | gzip -9 |',
    '| --- | ---: | ---: |',
    ...transfer.files.map(({ file, raw, gzip }) => `| \`${file}\` | ${raw} | ${gzip} |`),
    `| total | | ${transfer.total} |`,
  ];
}

function report(measured, rounds) {
  const rows = checks(measured);
  const lines = [
    '| Budget | Measured | Limit | |',
    '| --- | --- | --- | --- |',
    ...rows.map(([name, value, limit, ok]) => `| ${name} | ${value} | ${limit} | ${ok ? 'holds' : 'MISSED'} |`),
    '',
    `First figures: medians of ${rounds} rounds, each loading both pages in fresh contexts. ` +
      `Projections: medians of ${PROJECTION_ROUNDS} rounds, each the median of five batches of ` +
      `${PROJECTION_ITERATIONS} after ${5 * PROJECTION_ITERATIONS} warm-up calls; native and WASM take and return ` +
      "JSON text, `project` objects; ratios are medians of each round's own ratio:",
    '',
    '| Scenario | Native (`inmail-calc bench`) | WASM in Chromium, `projectJson` | Ratio | `project` | Ratio |',
    '| --- | --- | --- | --- | --- | --- |',
    ...measured.projections.map(
      ({ name, budgeted, native, text, objects, textRatio, objectsRatio }) =>
        `| ${name}${budgeted ? '' : ' (not budgeted)'} | ${microseconds(native)} | ${microseconds(text)} | ` +
        `${textRatio.toFixed(2)} | ${microseconds(objects)} | ${objectsRatio.toFixed(2)} |`,
    ),
    '',
    'What `imgui.html` loads up to its first frame:',
    '',
    ...fileTable(measured.imguiTransfer),
    '',
    'What `index.html` loads:',
    '',
    ...fileTable(measured.transfer),
    '',
    `Load average when done: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.`,
  ];
  return { text: lines.join('\n'), ok: rows.every((row) => row[3]) };
}

const rounds = Number(option('--rounds', 11));
requireCli();
const site = await openSite();
try {
  const measured = {
    firstFigures: await measureFirstFigures(site.browser, rounds),
    projections: await measureProjections(site),
    imguiTransfer: await pageTransfer(site.browser, `${site.url}imgui.html`, imguiFirstFrame),
    transfer: await pageTransfer(site.browser, site.url, indexFigures),
    keystrokeMs: await measureKeystrokes(site, rounds * 3),
  };
  const { text, ok } = report(measured, rounds);
  console.log(text);
  const target = option('--write');
  if (target) writeReport(target, 'web-budgets', text);
  process.exitCode = ok ? 0 : 1;
} finally {
  await site.close();
}
