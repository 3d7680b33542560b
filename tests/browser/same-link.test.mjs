// One link, one answer: the JS page, the ImGui page and the CLI open the
// same links (generated scenarios as the engine's codec writes them, and
// malformed links as people paste them) and must give the same result,
// comparisons and Monte Carlo included, and the same field errors.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { openSite } from '../js/browser.mjs';
import { CLI_MISSING, cliBuilt, cliLink, cliProjectQuery, loadSiteEngine, loadSiteModule } from '../js/site.mjs';

const SCENARIOS = 12;
const SEED = 20261130;

// Malformed links: bad escapes, text that is not UTF-8, huge and repeated
// values, unknown formats and plans, broken JSON, a 100 KB query.
const MALFORMED = [
  'plan=%ff',
  'name=%c3%28',
  'v=2&months=999999',
  'months=3&months=4',
  'seats=1e999&response_rate=abc',
  'v=3&plan=recruiter',
  'colour=red&groups=[',
  'balance_cap=None&expiry_days=never',
  'seat_prices=%7B%22gold%22%3A1%7D&currency=' + 'x'.repeat(20),
  'policy=current&plan=talent_finder',
  '%zz=1&=&&months=0',
  'plan=' + 'a'.repeat(100 * 1024),
];

// A small seeded generator (mulberry32), so a failure names its scenario.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Scenarios as a user gives them, drawn from the engine's own schema: its
// policies and plans, and values inside its limits.
function scenarios(schema, count) {
  const next = random(SEED);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const between = (low, high) => low + Math.floor(next() * (high - low + 1));
  const made = [];
  while (made.length < count) {
    const policy = pick(schema.policies).name;
    const plan = pick(schema.plans.filter((candidate) => candidate.allotments[policy] !== null));
    const scenario = { policy, plan: plan.name, months: between(1, 18) };
    if (next() < 0.5) scenario.start = `20${between(15, 30)}-${String(between(1, 12)).padStart(2, '0')}`;
    const groups = Array.from({ length: between(1, 3) }, (unused, index) => ({
      name: `Team ${index + 1}`,
      seats: between(1, 4),
      sends_per_month: between(0, 400),
      response_rate: between(500, 3000) / 100,
      response_days: between(1, 20),
    }));
    if (groups.length === 1 && next() < 0.5) Object.assign(scenario, groups[0], { name: undefined });
    else scenario.groups = groups;
    delete scenario.name;
    if (next() < 0.3) scenario.balance_cap = next() < 0.5 ? 'none' : between(0, 800);
    if (next() < 0.3) scenario.seat_prices = { [plan.name]: between(0, 90000) / 100, recruiter: 825.5 };
    if (next() < 0.25) scenario.trials = between(10, 60);
    made.push(scenario);
  }
  return made;
}

async function snapshotOf(browser, url, hook) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  await page.waitForFunction((name) => window[name] && !window[name].pending(), hook, { timeout: 60000 });
  const snapshot = await page.evaluate((name) => window[name].snapshot(), hook);
  await page.close();
  assert.deepEqual(problems, [], `${url}: uncaught errors`);
  return snapshot;
}

describe('the same link on both pages', { timeout: 600000 }, () => {
  let site;
  let engine;
  let localMonth; // the browser's month: the pages and the test share the machine

  before(async () => {
    if (!cliBuilt()) throw new Error(CLI_MISSING);
    ({ localMonth } = await loadSiteModule());
    engine = await loadSiteEngine();
    site = await openSite();
  });
  after(() => site?.close());

  test('generated scenarios: equal results, comparisons and Monte Carlo included', async () => {
    for (const scenario of scenarios(engine.schema, SCENARIOS)) {
      const query = cliLink(scenario);
      const js = await snapshotOf(site.browser, `${site.url}index.html?${query}`, 'inmailPage');
      const imgui = await snapshotOf(site.browser, `${site.url}imgui.html?${query}`, 'inmailUi');
      assert.deepEqual(js.errors, [], query);
      assert.ok(js.result.comparisons, `${query}: comparisons on the JS page`);
      assert.deepEqual(imgui.result, js.result, query);
      assert.deepEqual(imgui.errors, js.errors, query);
      // And the CLI agrees, in the month the pages are in.
      const expected = cliProjectQuery(query, { today: localMonth() });
      assert.deepEqual(js.result.months, expected.months, query);
      assert.deepEqual(js.result.totals, expected.totals, query);
    }
  });

  test('malformed links: the same field errors, no figures, pages alive', async () => {
    for (const query of MALFORMED) {
      const js = await snapshotOf(site.browser, `${site.url}index.html?${query}`, 'inmailPage');
      const imgui = await snapshotOf(site.browser, `${site.url}imgui.html?${query}`, 'inmailUi');
      assert.notDeepEqual(js.errors, [], query.slice(0, 80));
      assert.deepEqual(imgui.errors, js.errors, query.slice(0, 80));
      assert.equal(js.result, null, query.slice(0, 80));
      assert.equal(imgui.result, null, query.slice(0, 80));
    }
  });
});
