// The calculator page in headless Chromium: today's rules on a fresh visit,
// old links, costs, the 13 % rule, the report helper, hostile links, shared
// links, history, CSV, comparisons, Monte Carlo, keyboard, print, themes,
// small screens and axe-core; every test also fails on a console error or
// warning, an uncaught exception, or a request to another origin. Expected
// figures come from the same engine under Node (and the spec's examples);
// the page's own hook (window.inmailPage) tells what it shows.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';

import { openSite, seriousAxeViolations, settledSnapshot, watchProblems } from '../js/browser.mjs';
import { SITE_DIR, loadSiteModule, siteFile, specExamples } from '../js/site.mjs';

const TEAM = { plan: 'recruiter_lite', seats: 3, sends_per_month: 45, response_rate: 20 };
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let site;
let engine;
let today;
let page;
let problems;

// A link for a scenario as a calculator before today's rules wrote it: every
// key as text (docs/url-query.md), no policy.
function oldLink(scenario) {
  const pairs = Object.entries(scenario).map(([key, value]) => [
    key,
    typeof value === 'string' ? value : JSON.stringify(value),
  ]);
  return `?${new URLSearchParams(pairs)}`;
}

// What the engine says for a scenario, as the page should show it.
function expected(scenario, { currency = '', comparisons = true } = {}) {
  const monteCarlo = typeof scenario.trials === 'number' && scenario.trials > 0;
  return engine.page(scenario, { today, currency, comparisons, monteCarlo });
}

function expectedRows(result) {
  const keys = ['month', ...engine.schema.month_columns.map((column) => column.key)];
  return result.months.map((month) => keys.map((key) => String(month[key])));
}

async function tableRows(target = page) {
  return target.$$eval('#months-table tbody tr', (rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent)),
  );
}

// Waits until the page has shown everything for its input.
const settled = (target = page) => settledSnapshot(target);

// A page that records console errors, uncaught exceptions and requests that
// leave the site's origin.
async function newPage(
  query = '',
  { viewport = DESKTOP, colorScheme = 'light', bypassCSP = false, clockAt = null } = {},
) {
  const context = await site.browser.newContext({ viewport, colorScheme, bypassCSP });
  if (clockAt) await context.clock.setFixedTime(clockAt);
  // The test server (Node's http) refuses request lines over 16 KB; a browser
  // does not, so the page itself is served for such a link.
  await context.route(
    (url) => url.search.length > 8000,
    (route) => route.fulfill({ path: join(SITE_DIR, 'index.html'), contentType: 'text/html; charset=utf-8' }),
  );
  const opened = await context.newPage();
  const origin = new URL(site.url).origin;
  opened.requestUrls = [];
  context.on('request', (request) => opened.requestUrls.push(request.url()));
  watchProblems(opened, problems);
  opened.on('request', (request) => {
    const url = request.url();
    const local = url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`) || url.startsWith('data:');
    if (!local) problems.push(`request to another origin: ${url}`);
  });
  await opened.goto(`${site.url}${query}`);
  await opened.waitForFunction(() => window.inmailPage !== undefined);
  return opened;
}

const field = (label, target = page) => target.getByLabel(label, { exact: true });

async function summary(key, target = page) {
  return target.locator(`[data-summary="${key}"]`).textContent();
}

async function downloadCsv(target = page) {
  const [download] = await Promise.all([
    target.waitForEvent('download'),
    target.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

before(async () => {
  const module = await loadSiteModule();
  engine = await module.loadEngine();
  today = module.localMonth();
  site = await openSite();
});

after(async () => {
  await site?.close();
});

beforeEach(() => {
  problems = [];
});

afterEach(async () => {
  for (const context of site.browser.contexts()) await context.close();
  assert.deepEqual(problems, []);
});

describe('a fresh visit', () => {
  test("opens today's rules, starting this month, for 12 months", async () => {
    page = await newPage();
    const shown = await settled();
    assert.deepEqual(shown.scenario, { policy: 'current' });
    assert.equal(shown.query, '');
    assert.equal(new URL(page.url()).search, '');
    assert.equal(await page.getByRole('radio', { name: 'Today (LinkedIn help pages)' }).isChecked(), true);
    const rows = await tableRows();
    assert.equal(rows.length, 12);
    assert.equal(rows[0][0], today);
    assert.deepEqual(shown.result, expected({ policy: 'current' }).result);
    assert.deepEqual(rows, expectedRows(shown.result));
  });

  test("lists the policies in the engine's order, each with where its rules come from", async () => {
    page = await newPage();
    await settled();
    const radios = page.getByRole('radio');
    assert.deepEqual(await radios.evaluateAll((inputs) => inputs.map((input) => input.labels[0].textContent)), [
      'Today (LinkedIn help pages)',
      '2015 policy',
      'Before 2015',
    ]);
    for (const policy of engine.schema.policies) {
      const radio = page.getByRole('radio', { name: policy.display_name });
      const description = await radio.evaluate((input) =>
        input
          .getAttribute('aria-describedby')
          .split(' ')
          .map((id) => document.getElementById(id).textContent)
          .join(' '),
      );
      assert.ok(description.includes(policy.source), policy.name);
      assert.equal(await page.getByText(policy.source, { exact: true }).isVisible(), true);
    }
  });

  test('shows the defaults in force the engine reports, as placeholders and hints', async () => {
    page = await newPage();
    const shown = await settled();
    const { notes } = expected(shown.scenario);
    const cap = field('Balance cap');
    assert.equal(await cap.inputValue(), '');
    assert.equal(await cap.getAttribute('placeholder'), '600 = 4 x 150 (help pages)');
    assert.equal(await field('Start month').getAttribute('placeholder'), notes.defaults.start);
    assert.equal(await field('Monthly allotment').getAttribute('placeholder'), notes.defaults.allotment);
    assert.match(await page.locator('#balance_cap-default').textContent(), /600 = 4 x 150/);
    // Limits from the schema as input attributes.
    assert.equal(await field('Months').getAttribute('min'), '1');
    assert.equal(await field('Months').getAttribute('max'), '120');
  });

  test('the cap accepts "none" and a number; empty is the default again', async () => {
    page = await newPage();
    await settled();
    await field('Balance cap').fill('none');
    let shown = await settled();
    assert.equal(shown.scenario.balance_cap, 'none');
    assert.equal(shown.result.resolved.balance_cap, null);
    await field('Balance cap').fill('300');
    shown = await settled();
    assert.equal(shown.result.resolved.balance_cap, 300);
    await field('Balance cap').fill('');
    shown = await settled();
    assert.equal('balance_cap' in shown.scenario, false);
    assert.equal(shown.result.resolved.balance_cap, 600);
  });
});

describe('links', () => {
  test('an old link (no policy) opens as 2015 with the figures it always had', async () => {
    const example = specExamples().find((candidate) => candidate.name === 'basic-2015.json');
    assert.equal('policy' in example.scenario, false);
    page = await newPage(oldLink(example.scenario));
    const shown = await settled();
    assert.equal(shown.scenario.policy, '2015');
    assert.equal(await page.getByRole('radio', { name: '2015 policy' }).isChecked(), true);
    assert.deepEqual(await tableRows(), expectedRows(example.result));
    assert.deepEqual(shown.result.totals, example.result.totals);
  });

  test('a copied link reproduces the page: groups, policy, prices and currency', async () => {
    page = await newPage();
    await settled();
    await page.getByRole('radio', { name: 'Before 2015' }).check();
    await field('Plan').selectOption('recruiter_lite');
    await field('Seats').fill('3');
    await field('InMails per seat per month').fill('45');
    await field('Response rate (%)').fill('20');
    await page.getByRole('button', { name: 'Add group' }).click();
    await field('Group name').nth(1).fill('Hiring managers');
    await field('Seats').nth(1).fill('2');
    await field('Seat price per month').fill('99.5');
    await field('Currency').fill('CHF');
    const shown = await settled();
    const scenario = {
      policy: 'legacy',
      plan: 'recruiter_lite',
      groups: [
        { seats: 3, sends_per_month: 45, response_rate: 20 },
        { name: 'Hiring managers', seats: 2 },
      ],
      seat_prices: { recruiter_lite: 99.5 },
    };
    assert.deepEqual(shown.scenario, scenario);
    assert.equal(shown.query, engine.page(scenario, { today, currency: 'CHF' }).query);
    assert.equal(new URL(page.url()).search, `?${shown.query}`);
    const copy = await newPage(new URL(page.url()).search);
    const reopened = await settled(copy);
    assert.deepEqual(reopened.scenario, scenario);
    assert.deepEqual(reopened.result, shown.result);
    assert.equal(await field('Group name', copy).nth(1).inputValue(), 'Hiring managers');
    assert.equal(await field('Currency', copy).inputValue(), 'CHF');
    assert.equal(await copy.getByRole('radio', { name: 'Before 2015' }).isChecked(), true);
    const imguiLink = await copy.getByRole('link', { name: /Dear ImGui/ }).getAttribute('href');
    assert.equal(new URL(imguiLink, site.url).search, new URL(page.url()).search);
  });

  const HOSTILE = [
    ['plan=%ff', 'plan'],
    ['name=%c3%28', 'name'],
    ['months=999999', 'months'],
    ['seats=2&seats=3', 'seats'],
    [`months=6&note=${'a'.repeat(100 * 1024)}`, ''],
  ];
  for (const [query, errorField] of HOSTILE) {
    test(`a malformed link (${query.slice(0, 24)}…) shows its errors, no figures, and the page lives on`, async () => {
      page = await newPage(`?${query}`);
      const shown = await settled();
      const opened = engine.openLink(`?${query}`, { today });
      assert.deepEqual(shown.errors, opened.errors);
      assert.ok(
        shown.errors.some((error) => error.field === errorField),
        JSON.stringify(shown.errors),
      );
      assert.equal(shown.result, null);
      assert.deepEqual(await tableRows(), []);
      assert.match(await page.locator('#status').textContent(), /Fix the marked input/);
      // Shown at its field, or listed at the top when it has none.
      const input = ['months', 'seats', 'plan'].includes(errorField)
        ? page.locator(errorField === 'seats' ? '#group-0-seats' : `#${errorField}`)
        : null;
      if (input) {
        assert.equal(await input.getAttribute('aria-invalid'), 'true');
        const describedBy = (await input.getAttribute('aria-describedby')).split(' ');
        const texts = await Promise.all(describedBy.map((id) => page.locator(`#${id}`).textContent()));
        const message = shown.errors.find((error) => error.field === errorField).message;
        assert.ok(texts.includes(message), texts.join(' | '));
      } else {
        assert.equal(await page.locator('#form-errors').isVisible(), true);
        assert.ok((await page.locator('#form-errors').textContent()).length > 0);
      }
      // The page still works: an edit brings figures.
      await field('Months').fill('7');
      const fixed = await settled();
      assert.deepEqual(fixed.errors, []);
      assert.equal((await tableRows()).length, 7);
    });
  }

  test('a link whose values have the wrong type shows them as the link held them', async () => {
    page = await newPage('?v=2&months=twelve&balance_cap=lots');
    const shown = await settled();
    assert.deepEqual(shown.errors.map((error) => error.field).sort(), ['balance_cap', 'months']);
    assert.equal(await field('Months').inputValue(), 'twelve');
    assert.equal(await field('Balance cap').inputValue(), 'lots');
    assert.equal(await field('Months').getAttribute('aria-invalid'), 'true');
  });

  test('a clock set outside 2000-2100 is reported, and the page is there to say so', async () => {
    page = await newPage('', { clockAt: new Date(1999, 5, 15) });
    const shown = await settled();
    assert.deepEqual(
      shown.errors.map((error) => error.field),
      ['today'],
    );
    assert.equal(shown.result, null);
    assert.match(await page.locator('#form-errors').textContent(), /2000-01 to 2100-12/);
    assert.equal(await page.locator('#scenario-form').isVisible(), true);
  });

  test('keys the form has no field for are listed at the top and can be removed', async () => {
    page = await newPage('?months=6&colour=blue');
    let shown = await settled();
    const listed = page.locator('#form-errors');
    assert.match(await listed.textContent(), /colour/);
    assert.equal(await listed.isVisible(), true);
    assert.equal(shown.result, null);
    await page.getByRole('button', { name: 'Remove colour from the scenario' }).click();
    shown = await settled();
    assert.deepEqual(shown.errors, []);
    assert.equal(await listed.isVisible(), false);
    assert.equal((await tableRows()).length, 6);
  });

  test('Back and Forward step through edits, one history entry per edit', async () => {
    page = await newPage();
    await settled();
    await field('Months').fill('6');
    await field('Months').press('Tab');
    await field('Seats').fill('4');
    await field('Seats').press('Tab');
    assert.equal((await settled()).query, engine.page({ policy: 'current', months: 6, seats: 4 }, { today }).query);
    await page.goBack();
    let shown = await settled();
    assert.deepEqual(shown.scenario, { policy: 'current', months: 6 });
    assert.equal(await field('Seats').inputValue(), '1');
    assert.equal((await tableRows()).length, 6);
    await page.goBack();
    shown = await settled();
    assert.deepEqual(shown.scenario, { policy: 'current' });
    await page.goForward();
    shown = await settled();
    assert.deepEqual(shown.scenario, { policy: 'current', months: 6 });
  });
});

describe('the form', () => {
  test("typed inputs give the engine's table, summary and comparisons", async () => {
    page = await newPage();
    await settled();
    await field('Plan').selectOption('recruiter_lite');
    await field('Seats').fill('3');
    await field('InMails per seat per month').fill('45');
    await field('Response rate (%)').fill('20');
    await field('Months').fill('18');
    const shown = await settled();
    const scenario = { policy: 'current', ...TEAM, months: 18 };
    assert.deepEqual(shown.scenario, scenario);
    const { result } = expected(scenario);
    assert.deepEqual(shown.result, result);
    assert.deepEqual(await tableRows(), expectedRows(result));
    assert.equal(await summary('sent'), String(result.totals.sent));
    assert.equal(await summary('unsent'), String(result.totals.unsent));
    assert.equal(await summary('refunded'), String(result.totals.refunded));
    assert.equal(await summary('max_sustainable_sends'), String(result.solvers.max_sustainable_sends));
  });

  test('bad input shows its message at the field and keeps the last figures, dimmed', async () => {
    page = await newPage('?v=2&months=6');
    await settled();
    await field('Months').fill('0');
    const shown = await settled();
    const months = field('Months');
    assert.equal(await months.getAttribute('aria-invalid'), 'true');
    const { errors } = engine.page({ policy: 'current', months: 0 }, { today });
    assert.deepEqual(shown.errors, errors);
    assert.equal(shown.result, null);
    const describedBy = (await months.getAttribute('aria-describedby')).split(' ');
    const messages = await Promise.all(describedBy.map((id) => page.locator(`#${id}`).textContent()));
    assert.ok(messages.includes(errors[0].message), messages.join(' | '));
    assert.equal((await tableRows()).length, 6);
    assert.match(await page.locator('main').getAttribute('class'), /\bstale\b/);
    assert.match(await page.locator('#status').textContent(), /last valid input/);
    await months.fill('7');
    await settled();
    assert.equal((await tableRows()).length, 7);
    assert.equal(await months.getAttribute('aria-invalid'), null);
    assert.doesNotMatch((await page.locator('main').getAttribute('class')) ?? '', /\bstale\b/);
  });

  test('plans a policy does not offer are disabled, with the reason', async () => {
    page = await newPage();
    await settled();
    const talentFinder = page.locator('#plan option[value="talent_finder"]');
    assert.equal(await talentFinder.isDisabled(), true);
    assert.match(await talentFinder.textContent(), /not offered under Today \(LinkedIn help pages\)/);
    await page.getByRole('radio', { name: 'Before 2015' }).check();
    assert.equal(await talentFinder.isDisabled(), false);
    assert.equal(await page.locator('#plan option[value="sales_navigator"]').isDisabled(), true);
    assert.equal(await page.locator('#plan option[value="custom"]').isDisabled(), false);
    const copy = await newPage('?policy=legacy&plan=sales_navigator');
    await settled(copy);
    assert.equal(await field('Plan', copy).getAttribute('aria-invalid'), 'true');
  });

  test("pooling shows the engine's choice; a new plan drops the user's pooling", async () => {
    page = await newPage();
    await settled();
    const pooled = page.getByLabel('Pool credits across the team');
    assert.equal(await pooled.isChecked(), true);
    await pooled.uncheck();
    let shown = await settled();
    assert.equal(shown.scenario.pooled, false);
    await field('Plan').selectOption('recruiter_professional_services');
    shown = await settled();
    assert.equal('pooled' in shown.scenario, false);
    assert.deepEqual(shown.errors, []);
    assert.equal(await pooled.isChecked(), true);
    await field('Plan').selectOption('recruiter_lite');
    shown = await settled();
    assert.equal(await pooled.isChecked(), false);
    assert.equal(await pooled.isDisabled(), true);
    assert.equal(shown.result.resolved.pooled, false);
  });

  test('groups are added without a name (the engine names them), renamed and removed', async () => {
    page = await newPage();
    await settled();
    await page.getByRole('button', { name: 'Add group' }).click();
    let shown = await settled();
    assert.deepEqual(shown.scenario.groups, [{}, {}]);
    const names = shown.result.groups.map((group) => group.name);
    assert.deepEqual(await page.locator('fieldset.group legend').allTextContents(), names);
    assert.equal(await field('Group name').nth(1).getAttribute('placeholder'), names[1]);
    await field('Group name').nth(1).fill('Sourcers');
    await field('InMails per seat per month').nth(1).fill('100');
    shown = await settled();
    assert.deepEqual(shown.scenario.groups, [{}, { name: 'Sourcers', sends_per_month: 100 }]);
    assert.match(await summary('max_sustainable_sends'), /n\/a/);
    assert.match(
      await page.locator('#summary-notes').textContent(),
      new RegExp(engine.schema.solver_notes[0].text.slice(0, 30)),
    );
    await page.getByRole('button', { name: `Remove group ${names[0]}` }).click();
    shown = await settled();
    assert.deepEqual(shown.scenario.groups, [{ name: 'Sourcers', sends_per_month: 100 }]);
    assert.match(page.url(), /groups=/);
  });

  test('keyboard only: edit a field, add a group, choose a policy', async () => {
    page = await newPage();
    await settled();
    await field('Months').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    assert.equal((await tableRows()).length, 3);
    await page.getByRole('button', { name: 'Add group' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'group-1-name');
    await page.getByRole('radio', { name: 'Today (LinkedIn help pages)' }).focus();
    await page.keyboard.press('ArrowDown');
    const shown = await settled();
    assert.equal(shown.scenario.policy, '2015');
  });
});

describe('costs', () => {
  test('summary, plan comparison with the cheapest plan, link and CSV', async () => {
    page = await newPage();
    await settled();
    await field('Plan').selectOption('recruiter_lite');
    await field('InMails per seat per month').fill('20');
    await field('Response rate (%)').fill('20');
    await field('Seat price per month').fill('170');
    await field('Currency').fill('EUR');
    await settled();
    // A price for another plan, in its row of the plan comparison.
    const planTable = page.getByRole('table', { name: 'Plan comparison' });
    await planTable.getByLabel('Seat price per month, Sales Navigator').fill('99.99');
    const shown = await settled();
    const scenario = {
      policy: 'current',
      plan: 'recruiter_lite',
      sends_per_month: 20,
      response_rate: 20,
      seat_prices: { recruiter_lite: 170, sales_navigator: 99.99 },
    };
    assert.deepEqual(shown.scenario, scenario);
    const answer = expected(scenario, { currency: 'EUR' });
    assert.deepEqual(shown.result, answer.result);
    const { cost } = answer.result.totals;
    const money = (cents) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')} EUR`;
    assert.equal(await summary('cost_total'), money(cost.total_cents));
    assert.equal(await summary('cost_per_sent'), money(cost.per_sent_cents));
    assert.equal(await summary('cost_per_response'), money(cost.per_response_cents));
    // Each plan row shows its costs; the cheapest per response is marked.
    assert.ok(answer.notes.cheapest_plan);
    const cheapest = engine.schema.plans.find((plan) => plan.name === answer.notes.cheapest_plan);
    const marked = planTable.locator('tbody tr', { hasText: 'cheapest per response' });
    assert.equal(await marked.count(), 1);
    assert.match(await marked.locator('th').textContent(), new RegExp(`^${cheapest.display_name}`));
    const inUse = planTable.locator('tbody tr', { hasText: 'in use' });
    assert.match(await inUse.locator('th').textContent(), /^Recruiter Lite/);
    const rowTexts = new Map(
      await planTable
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((row) => [row.cells[0].firstChild.textContent, row.textContent])),
    );
    const priced = answer.result.comparisons.plans.filter((entry) => entry.totals.cost);
    assert.equal(priced.length, 2);
    for (const row of priced) {
      const plan = engine.schema.plans.find((candidate) => candidate.name === row.plan);
      const text = rowTexts.get(plan.display_name);
      assert.ok(text.includes(money(row.totals.cost.total_cents)), `${plan.name}: ${text}`);
      assert.ok(text.includes(money(row.totals.cost.per_response_cents)), `${plan.name}: ${text}`);
    }
    // The link keeps prices and currency; the CSV is the engine's, in EUR.
    const params = new URL(page.url()).searchParams;
    assert.equal(params.get('currency'), 'EUR');
    assert.deepEqual(JSON.parse(params.get('seat_prices')), scenario.seat_prices);
    const csv = await downloadCsv();
    assert.equal(csv, engine.csv(scenario, { today, currency: 'EUR' }).csv);
    assert.match(csv, /Total cost \(EUR\)/);
    const copy = await newPage(new URL(page.url()).search);
    const reopened = await settled(copy);
    assert.equal(await summary('cost_per_response', copy), money(cost.per_response_cents));
    assert.equal(await copy.getByLabel('Seat price per month, Sales Navigator').inputValue(), '99.99');
    assert.deepEqual(reopened.result, shown.result);
  });

  test('n/a with a reason where there is no price or nothing to divide by', async () => {
    page = await newPage();
    await settled();
    assert.match(await summary('cost_total'), /^n\/a.*no seat price/);
    await field('Seat price per month').fill('825.5');
    await settled();
    assert.equal(await summary('cost_total'), '9906.00');
    assert.match(await summary('cost_per_sent'), /^n\/a.*no InMail sent/);
    assert.match(await summary('cost_per_response'), /^n\/a.*no response/);
  });

  test('a bad price is shown at its input in the plan comparison', async () => {
    page = await newPage('?v=2&sends_per_month=10');
    await settled();
    const input = page.getByLabel('Seat price per month, Recruiter Lite');
    await input.fill('10.005');
    const shown = await settled();
    assert.deepEqual(
      shown.errors.map((error) => error.field),
      ['seat_prices.recruiter_lite'],
    );
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'price-recruiter-lite');
    await input.fill('10');
    assert.deepEqual((await settled()).errors, []);
    assert.equal(await input.getAttribute('aria-invalid'), null);
  });
});

describe("LinkedIn Recruiter's 13 % rule", () => {
  test('is flagged in the summary and at the group, with the days, the rule and its source', async () => {
    const example = specExamples().find((candidate) => candidate.name === 'today-recruiter-13-percent-rule.json');
    page = await newPage(`?${engine.page(example.scenario, { today }).query}`);
    const shown = await settled();
    const { notes, result } = expected(example.scenario);
    assert.deepEqual(shown.result, result);
    const rule = engine.schema.rules.rate_warning;
    const panel = page.locator('#rate-warnings');
    assert.equal(await panel.isVisible(), true);
    assert.deepEqual(
      await panel.locator('li').allTextContents(),
      notes.rate_warnings.map((warning) => warning.text),
    );
    assert.ok((await panel.textContent()).includes(rule.source));
    assert.ok((await panel.textContent()).includes(rule.text));
    assert.match(await page.locator('#status').textContent(), /13 % rule/);
    const [sourcers, managers] = result.groups;
    assert.ok(sourcers.rate_warning_days > 0 && managers.rate_warning_days === 0);
    const warning = page.locator('#group-0-warning');
    assert.equal(await warning.isVisible(), true);
    const text = await warning.textContent();
    assert.ok(text.includes(String(sourcers.rate_warning_days)));
    assert.ok(text.includes(notes.rate_warnings[0].text));
    assert.ok(text.includes(rule.source));
    assert.match(await page.locator('#group-0-response_rate').getAttribute('aria-describedby'), /group-0-warning/);
    assert.equal(await page.locator('#group-1-warning').isVisible(), false);
    // A rate of 13 % clears it.
    await page.locator('#group-0-response_rate').fill('13');
    await settled();
    assert.equal(await panel.isVisible(), false);
    assert.equal(await warning.isVisible(), false);
  });
});

describe('"From your InMail report"', () => {
  test("fills the group's response rate with the engine's, and shows its note", async () => {
    page = await newPage('?v=2&sends_per_month=200');
    await settled();
    const helper = page.locator('#group-0 .report-helper');
    await helper.locator('summary').click();
    assert.ok((await helper.textContent()).includes(engine.schema.rules.report_helper.text));
    await helper.getByLabel('InMails sent').fill('300');
    await helper.getByLabel('Accepted').fill('20');
    await helper.getByLabel('Declined').fill('5');
    await helper.getByRole('button', { name: 'Use this response rate' }).click();
    const shown = await settled();
    const { response_rate: rate } = engine.reportRate({ sent: 300, accepted: 20, declined: 5 });
    assert.equal(rate, 8.33);
    assert.equal(shown.scenario.response_rate, rate);
    assert.equal(await field('Response rate (%)').inputValue(), String(rate));
    assert.deepEqual(shown.result, expected({ policy: 'current', sends_per_month: 200, response_rate: rate }).result);
    assert.match(await helper.textContent(), /set to 8\.33/);
  });

  test('shows its errors at its own inputs', async () => {
    page = await newPage();
    await settled();
    const helper = page.locator('#group-0 .report-helper');
    await helper.locator('summary').click();
    await helper.getByLabel('InMails sent').fill('10');
    await helper.getByLabel('Accepted').fill('8');
    await helper.getByLabel('Declined').fill('5');
    await helper.getByRole('button', { name: 'Use this response rate' }).click();
    const declined = helper.getByLabel('Declined');
    assert.equal(await declined.getAttribute('aria-invalid'), 'true');
    const { errors } = engine.reportRate({ sent: 10, accepted: 8, declined: 5 });
    const describedBy = (await declined.getAttribute('aria-describedby')).split(' ');
    const texts = await Promise.all(describedBy.map((id) => page.locator(`#${id}`).textContent()));
    assert.ok(texts.includes(errors[0].message), texts.join(' | '));
    const shown = await settled();
    assert.deepEqual(shown.scenario, { policy: 'current' });
    assert.deepEqual(shown.errors, []);
    await declined.fill('1');
    await declined.press('Enter');
    assert.equal(await declined.getAttribute('aria-invalid'), null);
    assert.equal((await settled()).scenario.response_rate, 90);
  });
});

describe('comparisons and Monte Carlo', () => {
  test('rows for the policies and plans, from the engine, the ones in use marked', async () => {
    page = await newPage(`?v=2&plan=recruiter_lite&sends_per_month=40&response_rate=15`);
    const shown = await settled();
    const { comparisons } = shown.result;
    assert.deepEqual(comparisons, expected(shown.scenario).result.comparisons);
    const display = (list, name) => list.find((entry) => entry.name === name).display_name;
    const policyRows = page.getByRole('table', { name: 'Policy comparison' }).locator('tbody th');
    assert.deepEqual(
      await policyRows.allTextContents(),
      comparisons.policies.map(
        (row) => display(engine.schema.policies, row.policy) + (row.policy === 'current' ? ' in use' : ''),
      ),
    );
    const planRows = page.getByRole('table', { name: 'Plan comparison' }).locator('tbody th');
    assert.deepEqual(
      await planRows.allTextContents(),
      comparisons.plans.map(
        (row) => display(engine.schema.plans, row.plan) + (row.plan === 'recruiter_lite' ? ' in use' : ''),
      ),
    );
    const header = await page.getByRole('table', { name: 'Policy comparison' }).locator('thead th').allTextContents();
    for (const label of ['Monthly allotment', 'Balance cap', 'InMails sent', 'Credited back', 'Credits expired']) {
      assert.ok(header.includes(label), label);
    }
  });

  test('Monte Carlo runs in a worker and adds its band and shortfall', async () => {
    page = await newPage();
    await settled();
    await page.locator('details.form-section summary', { hasText: 'Monte Carlo' }).click();
    await field('InMails per seat per month').fill('200');
    await field('Response rate (%)').fill('20');
    await field('Monte Carlo trials').fill('300');
    const shown = await settled();
    const scenario = { policy: 'current', sends_per_month: 200, response_rate: 20, trials: 300 };
    const { result } = expected(scenario);
    assert.deepEqual(shown.result, result);
    const worst = result.monte_carlo.months.reduce((a, b) =>
      b.shortfall_probability > a.shortfall_probability ? b : a,
    );
    assert.equal(await page.locator('[data-item="shortfall"]').isVisible(), true);
    assert.equal(await summary('shortfall'), `${(worst.shortfall_probability * 100).toFixed(1)} % (${worst.month})`);
    assert.equal(await page.locator('#band-caption').isVisible(), true);
  });

  test('a stale Monte Carlo run is cancelled, not waited for', async () => {
    page = await newPage('?v=2&months=120&sends_per_month=300&response_rate=20');
    await settled();
    await page.locator('details.form-section summary', { hasText: 'Monte Carlo' }).click();
    await field('Monte Carlo trials').fill('100000');
    await page.waitForTimeout(200);
    await field('Monte Carlo trials').fill('20');
    const started = Date.now();
    const shown = await settled();
    assert.ok(Date.now() - started < 8000);
    assert.equal(shown.result.monte_carlo.trials, 20);
  });
});

describe('CSV, print, themes and screens', () => {
  test("Download CSV gives the engine's CSV for the figures on screen", async () => {
    page = await newPage('?v=2&seats=2&sends_per_month=220&response_rate=15.5');
    const shown = await settled();
    const csv = await downloadCsv();
    assert.equal(csv, engine.csv(shown.scenario, { today }).csv);
    const lines = csv.split('\n');
    assert.deepEqual(
      lines.slice(1, 13),
      expectedRows(shown.result).map((row) => row.join(',')),
    );
  });

  test('printing shows the warnings, summary with costs, chart, table and plan costs, not the form', async () => {
    page = await newPage(
      `?${engine.page({ policy: 'current', plan: 'recruiter', seats: 2, sends_per_month: 200, response_rate: 10, seat_prices: { recruiter: 825.5, recruiter_lite: 170 } }, { today, currency: 'USD' }).query}`,
    );
    await settled();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#scenario-form').isVisible(), false);
    assert.equal(await page.locator('#rate-warnings').isVisible(), true);
    assert.equal(await page.locator('#summary').isVisible(), true);
    assert.match(await summary('cost_total'), /USD$/);
    assert.equal(await page.locator('#chart canvas').isVisible(), true);
    assert.equal(await page.getByRole('table', { name: 'Monthly projection' }).isVisible(), true);
    assert.equal(await page.getByRole('table', { name: 'Plan comparison' }).isVisible(), true);
    assert.equal(await page.getByRole('button', { name: 'Download CSV' }).isVisible(), false);
    assert.match(await page.locator('#print-link').textContent(), /currency=USD/);
  });

  test('light and dark themes follow the system', async () => {
    page = await newPage();
    await settled();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.notEqual(await background(), light);
  });

  for (const width of [360, 390]) {
    test(`fits a ${width} px screen without sideways scrolling`, async () => {
      page = await newPage('?v=2&seats=3&seat_prices=%7B%22recruiter%22%3A825%7D', {
        viewport: { width, height: 800 },
      });
      await settled();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
    });
  }

  test('asks nothing of another origin while it works', async () => {
    page = await newPage('?v=2&seats=2&sends_per_month=200&response_rate=10&trials=50');
    await settled();
    await field('Months').fill('24');
    await settled();
    await downloadCsv();
    const origin = new URL(site.url).origin;
    const files = page.requestUrls.map((url) => new URL(url).pathname);
    for (const file of ['inmail_engine.wasm', 'app.js', 'engine-worker.js', 'uPlot.iife.min.js']) {
      assert.ok(files.includes(`/${siteFile(file)}`), `${siteFile(file)} not among ${files.join(', ')}`);
    }
    for (const url of page.requestUrls) {
      assert.ok(url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`), url);
    }
  });
});

describe('axe-core', () => {
  // Costs, a 13 % warning and Monte Carlo on screen, with the comparisons.
  const scenario = {
    policy: 'current',
    plan: 'recruiter',
    groups: [
      { name: 'Sourcers', seats: 2, sends_per_month: 250, response_rate: 12 },
      { name: 'Hiring managers', seats: 3, sends_per_month: 40, response_rate: 30 },
    ],
    seat_prices: { recruiter: 825.5, recruiter_lite: 170 },
    trials: 100,
  };
  const cases = [
    ['light', DESKTOP, 'light'],
    ['dark', DESKTOP, 'dark'],
    ['phone width', PHONE, 'light'],
    ['phone width, dark', PHONE, 'dark'],
  ];
  for (const [name, viewport, colorScheme] of cases) {
    test(`finds no serious or critical violation (${name})`, async () => {
      const query = engine.page(scenario, { today, currency: 'EUR' }).query;
      // axe is injected as an inline script, which the page's CSP forbids.
      page = await newPage(`?${query}`, { viewport, colorScheme, bypassCSP: true });
      const shown = await settled();
      assert.ok(shown.result.monte_carlo && shown.result.totals.cost && shown.result.comparisons);
      assert.equal(await page.locator('#rate-warnings').isVisible(), true);
      await page.locator('#group-0 .report-helper summary').click();
      await page.locator('details.form-section summary', { hasText: 'Monte Carlo' }).click();
      assert.deepEqual(await seriousAxeViolations(page), []);
    });
  }

  test('would report a violation (the check can fail)', async () => {
    page = await newPage('', { bypassCSP: true });
    await settled();
    await page.evaluate(() => {
      document.querySelector('label[for="months"]').remove();
    });
    const violations = await seriousAxeViolations(page);
    assert.ok(
      violations.some((violation) => violation.startsWith('label:')),
      violations.join(),
    );
  });
});
