// The calculator page in headless Chromium: inputs to table, shared links,
// history, CSV, bad input, keyboard, small screens, and a page that stays
// quiet (no console errors) and private (no request to another origin).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';

import { openSite } from '../js/browser.mjs';
import { CLI_MISSING, cliBuilt, cliProject, loadSiteEngine } from '../js/site.mjs';

const HEADERS = ['Month', 'Opening', 'Granted', 'Bonus', 'Refunded', 'Sent', 'Unsent', 'Responses', 'Expired', 'Closing'];
const TEAM = { plan: 'recruiter_lite', seats: 3, sends_per_month: 45, response_rate: 20 };

let site;
let engine;
let page;
let problems;

// The month table the page should show for `scenario`, as cell texts.
function expectedRows(scenario) {
  const result = engine.project(scenario);
  assert.ok(!result.errors, JSON.stringify(result.errors));
  return result.months.map((month) => HEADERS.map((header) => String(month[header.toLowerCase()])));
}

function monthTable() {
  return page.getByRole('table', { name: 'Monthly projection' });
}

async function tableRows(target = page) {
  return target.$$eval('#months-table tbody tr', (rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent)),
  );
}

// Retries `check` until it passes: the page recomputes in a worker.
async function eventually(check, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (failure) {
      if (Date.now() > deadline) throw failure;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function tableShows(scenario, target = page) {
  const expected = expectedRows(scenario);
  await eventually(async () => assert.deepEqual(await tableRows(target), expected));
}

// A page that records console errors, uncaught exceptions and requests that
// leave the site's origin.
async function newPage(query = '', viewport = { width: 1280, height: 900 }) {
  const opened = await site.browser.newPage({ viewport });
  const origin = new URL(site.url).origin;
  opened.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  opened.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  opened.on('request', (request) => {
    const url = request.url();
    const local = url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`) || url.startsWith('data:');
    if (!local) problems.push(`request to another origin: ${url}`);
  });
  await opened.goto(`${site.url}${query}`);
  return opened;
}

async function typeInto(label, text) {
  await page.getByLabel(label, { exact: true }).fill(text);
}

// Fills the fields named by their labels, in order.
async function typeAll(fields) {
  for (const [label, text] of Object.entries(fields)) await typeInto(label, text);
}

before(async () => {
  engine = await loadSiteEngine();
  site = await openSite();
});

after(async () => {
  await site?.close();
});

beforeEach(async () => {
  problems = [];
  page = await newPage();
  await eventually(async () => assert.equal((await tableRows()).length, 12));
});

afterEach(async () => {
  for (const context of site.browser.contexts()) await context.close();
  assert.deepEqual(problems, []);
});

describe('the calculator page', () => {
  test('the table has the agreed name and header cells', async () => {
    const headers = await monthTable().locator('thead th').allTextContents();
    assert.deepEqual(headers, HEADERS);
    await tableShows({});
  });

  test('typed inputs give the engine\'s table and summary', async () => {
    await page.getByLabel('Plan', { exact: true }).selectOption('recruiter_lite');
    await typeAll({
      'Seats': '3',
      'InMails per seat per month': '45',
      'Response rate (%)': '20',
      'Months': '18',
    });
    const scenario = { ...TEAM, months: 18 };
    await tableShows(scenario);
    const { totals, solvers } = engine.project(scenario);
    const summary = async (key) => page.locator(`[data-summary="${key}"]`).textContent();
    assert.equal(await summary('sent'), String(totals.sent));
    assert.equal(await summary('unsent'), String(totals.unsent));
    assert.equal(await summary('refunded'), String(totals.refunded));
    assert.equal(await summary('max_sustainable_sends'), String(solvers.max_sustainable_sends));
    assert.equal(await summary('net_per_response'), ((totals.sent - totals.refunded) / totals.responses).toFixed(2));
  });

  test('a copied link reproduces the page', async () => {
    await page.getByLabel('Policy', { exact: true }).selectOption('legacy');
    await page.getByLabel('Plan', { exact: true }).selectOption('recruiter_lite');
    await typeAll({
      'Seats': '3',
      'InMails per seat per month': '45',
      'Response rate (%)': '20',
    });
    await page.getByRole('button', { name: 'Add group' }).click();
    await page.getByLabel('Group name', { exact: true }).nth(1).fill('Hiring managers');
    await page.getByLabel('Seats', { exact: true }).nth(1).fill('2');
    const scenario = {
      policy: 'legacy',
      plan: 'recruiter_lite',
      groups: [
        { name: 'Group 1', seats: 3, sends_per_month: 45, response_rate: 20 },
        { name: 'Hiring managers', seats: 2 },
      ],
    };
    await tableShows(scenario);
    const copy = await newPage(new URL(page.url()).search);
    await tableShows(scenario, copy);
    assert.equal(await copy.getByLabel('Group name', { exact: true }).nth(1).inputValue(), 'Hiring managers');
    assert.equal(await copy.getByLabel('Policy', { exact: true }).inputValue(), 'legacy');
    const imguiLink = await copy.getByRole('link', { name: /Dear ImGui/ }).getAttribute('href');
    assert.equal(new URL(imguiLink, site.url).search, new URL(page.url()).search);
  });

  test('Back and Forward step through edits', async () => {
    await typeInto('Months', '6');
    await page.getByLabel('Months', { exact: true }).press('Tab');
    await typeInto('Seats', '4');
    await page.getByLabel('Seats', { exact: true }).press('Tab');
    await tableShows({ months: 6, seats: 4 });
    await page.goBack();
    await tableShows({ months: 6 });
    assert.equal(await page.getByLabel('Seats', { exact: true }).inputValue(), '1');
    await page.goBack();
    await tableShows({});
    await page.goForward();
    await tableShows({ months: 6 });
  });

  test('Download CSV gives the month table', async () => {
    await typeAll({
      'Seats': '2',
      'InMails per seat per month': '220',
      'Response rate (%)': '15.5',
    });
    const scenario = { seats: 2, sends_per_month: 220, response_rate: 15.5 };
    await tableShows(scenario);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\n');
    assert.equal(lines[0], HEADERS.join(','));
    assert.deepEqual(lines.slice(1), expectedRows(scenario).map((row) => row.join(',')));
  });

  test('the CSV equals the CLI\'s', { skip: !cliBuilt() && CLI_MISSING }, async () => {
    await typeInto('Months', '9');
    await tableShows({ months: 9 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.equal(await readFile(await download.path(), 'utf8'), cliProject({ months: 9 }, 'csv'));
  });

  test('bad input shows its message at the field and keeps the last results, marked stale', async () => {
    await typeInto('Months', '6');
    await tableShows({ months: 6 });
    await typeInto('Months', '0');
    const months = page.getByLabel('Months', { exact: true });
    await eventually(async () => assert.equal(await months.getAttribute('aria-invalid'), 'true'));
    const { errors } = engine.project({ months: 0 });
    const describedBy = (await months.getAttribute('aria-describedby')).split(' ');
    const messages = await Promise.all(describedBy.map((id) => page.locator(`#${id}`).textContent()));
    assert.ok(messages.includes(errors[0].message), messages.join(' | '));
    assert.equal((await tableRows()).length, 6);
    assert.match(await page.locator('main').getAttribute('class'), /\bstale\b/);
    await typeInto('Months', '7');
    await tableShows({ months: 7 });
    assert.equal(await months.getAttribute('aria-invalid'), null);
  });

  test('help-page plans are unavailable under legacy', async () => {
    await page.getByLabel('Policy', { exact: true }).selectOption('legacy');
    const salesNavigator = page.locator('#plan option[value="sales_navigator"]');
    assert.equal(await salesNavigator.isDisabled(), true);
    const copy = await newPage('?policy=legacy&plan=sales_navigator');
    await eventually(async () => assert.equal(await copy.getByLabel('Plan', { exact: true }).getAttribute('aria-invalid'), 'true'));
  });

  test('keys of a link the form has no field for are passed on and reported', async () => {
    const copy = await newPage('?months=6&colour=blue');
    const listed = copy.locator('#form-errors');
    await eventually(async () => assert.match(await listed.textContent(), /colour/));
    assert.equal(await listed.isVisible(), true);
    assert.equal((await tableRows(copy)).length, 0);
  });

  test('pooling is offered only where the plan pools', async () => {
    const pooled = page.getByLabel('Pool credits across the team');
    assert.equal(await pooled.isChecked(), true);
    await page.getByLabel('Plan', { exact: true }).selectOption('talent_finder');
    assert.equal(await pooled.isDisabled(), true);
  });

  test('groups can be added, renamed and removed', async () => {
    await page.getByRole('button', { name: 'Add group' }).click();
    await page.getByLabel('Group name', { exact: true }).nth(1).fill('Sourcers');
    await page.getByLabel('InMails per seat per month', { exact: true }).nth(1).fill('100');
    await tableShows({ groups: [{ name: 'Group 1' }, { name: 'Sourcers', sends_per_month: 100 }] });
    assert.equal(await page.locator('[data-summary="max_sustainable_sends"]').textContent(), '— (one group only)');
    await page.getByRole('button', { name: 'Remove group Group 1' }).click();
    await tableShows({ groups: [{ name: 'Sourcers', sends_per_month: 100 }] });
    assert.match(page.url(), /groups=/);
  });

  test('Monte Carlo runs in a worker and adds its band', async () => {
    await page.locator('#advanced summary').click();
    await typeAll({
      'Seats': '2',
      'InMails per seat per month': '200',
      'Response rate (%)': '20',
      'Monte Carlo trials': '300',
    });
    const scenario = { seats: 2, sends_per_month: 200, response_rate: 20, trials: 300 };
    const { monte_carlo: monteCarlo } = engine.project(scenario);
    const worst = monteCarlo.months.reduce((a, b) => (b.shortfall_probability > a.shortfall_probability ? b : a));
    await eventually(async () => assert.equal(await page.locator('#shortfall-item').isVisible(), true));
    assert.equal(
      await page.locator('[data-summary="shortfall"]').textContent(),
      `${(worst.shortfall_probability * 100).toFixed(1)} % (${worst.month})`,
    );
    await tableShows(scenario);
  });

  test('a stale Monte Carlo run is cancelled, not waited for', async () => {
    await page.locator('#advanced summary').click();
    await typeAll({
      'Months': '120',
      'InMails per seat per month': '300',
      'Response rate (%)': '20',
      'Monte Carlo trials': '100000',
    });
    await page.waitForTimeout(200);
    await typeInto('Monte Carlo trials', '20');
    const { monte_carlo: monteCarlo } = engine.project({ months: 120, sends_per_month: 300, response_rate: 20, trials: 20 });
    assert.equal(monteCarlo.trials, 20);
    await eventually(async () => assert.equal(await page.locator('#shortfall-item').isVisible(), true), 8000);
  });

  test('keyboard only: edit a field and add a group', async () => {
    await page.getByLabel('Months', { exact: true }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await tableShows({ months: 3 });
    await page.getByRole('button', { name: 'Add group' }).focus();
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement.id);
    assert.equal(focused, 'group-1-name');
  });

  test('the comparisons list both policies and every plan', async () => {
    const policyRows = page.getByRole('table', { name: 'Policy comparison' }).locator('tbody th');
    await eventually(async () => assert.deepEqual(await policyRows.allTextContents(), ['Before 2015 (legacy)', '2015']));
    const planRows = page.getByRole('table', { name: 'Plan comparison' }).locator('tbody th');
    assert.deepEqual(await planRows.allTextContents(), engine.plans.map((plan) => plan.display_name));
  });

  test('printing shows the summary, chart and table, not the form', async () => {
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#scenario-form').isVisible(), false);
    assert.equal(await page.locator('#summary').isVisible(), true);
    assert.equal(await page.locator('#chart canvas').isVisible(), true);
    assert.equal(await monthTable().isVisible(), true);
  });

  test('light and dark themes follow the system', async () => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.notEqual(await background(), light);
  });

  test('fits a 360 px screen without sideways scrolling', async () => {
    const narrow = await newPage('?seats=3', { width: 360, height: 740 });
    await tableShows({ seats: 3 }, narrow);
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
  });
});
