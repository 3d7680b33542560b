// embed.html, the compact calculator for other sites' pages, and embed.js,
// which sizes its frames: the page lays out the inputs visitors change most
// and shows what the engine says; framed by a host page on another origin
// with the snippet of docs/embed.md, the frame follows the height of its
// content and ignores heights from anywhere else; index.html and imgui.html
// refuse to be framed; another origin can import inmail.js.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';

import { launchChromium, serve, seriousAxeViolations, settledSnapshot, watchProblems } from '../js/browser.mjs';
import { REPO_ROOT, SITE_DIR, loadSiteModule, removeTemporaryDirs, requireSite, temporaryDir } from '../js/site.mjs';

const QUERY =
  'v=2&plan=recruiter_lite&seats=3&sends_per_month=45&response_rate=20&seat_prices=%7B%22recruiter_lite%22%3A170%7D';
const LAID_OUT = ['plan', 'months', 'groups[0].seats', 'groups[0].sends_per_month', 'groups[0].response_rate'];
const HEIGHT_MESSAGE = 'inmail-calculator:height';

let browser;
let engine;
let today;
let site; // the calculator's origin
let host; // a page that embeds it, on another origin
let elsewhere; // a third origin
let problems;

// The snippet of docs/embed.md for this test's calculator, and a scenario.
function documentedSnippet(query) {
  const docs = readFileSync(join(REPO_ROOT, 'docs/embed.md'), 'utf8');
  const snippet = /```html\n([\s\S]*?)```/.exec(docs)[1].replaceAll('https://calculator.example.com/', site.url);
  const iframe = /<iframe[\s\S]*?<\/iframe>/.exec(snippet)[0];
  const script = /<script[\s\S]*?<\/script>/.exec(snippet)[0];
  return { iframe: query === undefined ? iframe : iframe.replace(/embed\.html\?[^"]*/, `embed.html?${query}`), script };
}

// Writes a page into the host's folder; resolves to its URL there.
function hostPage(name, body) {
  writeFileSync(
    join(host.root, name),
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>A host page</title>` +
      `<link rel="icon" href="data:,"></head>\n` +
      `<body><h1>Our team's InMail budget</h1><p>Figures from the calculator:</p>\n${body}\n</body></html>\n`,
  );
  return `${host.url}${name}`;
}

async function newPage({ bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 900, height: 800 }, bypassCSP });
  const page = await context.newPage();
  watchProblems(page, problems);
  return page;
}

// Polls `check` (async, returns a truthy value when done) for up to 10 s.
async function until(check, what) {
  const deadline = Date.now() + 10000;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

// Types into the compact form's input named `label` as a person does:
// clicked, its text selected, typed key by key (the keyboard is the page's,
// also for a frame in it).
async function typeInto(target, label, text, keyboard = target.keyboard) {
  const input = target.locator('#scenario-form').getByLabel(label, { exact: true });
  await input.click();
  await keyboard.press('Control+A');
  await keyboard.type(text);
}

const contentHeight = (frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const frameHeight = (page, selector) =>
  page.locator(selector).evaluate((iframe) => iframe.getBoundingClientRect().height);

before(async () => {
  requireSite();
  const module = await loadSiteModule();
  engine = await module.loadEngine();
  today = module.localMonth();
  site = await serve(SITE_DIR);
  const hostRoot = temporaryDir('host');
  host = { root: hostRoot, ...(await serve(hostRoot)) };
  const elsewhereRoot = temporaryDir('elsewhere');
  writeFileSync(
    join(elsewhereRoot, 'forge.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>Forger</title></head><body><script>` +
      `parent.postMessage({ type: '${HEIGHT_MESSAGE}', height: 4321 }, '*');</script></body></html>\n`,
  );
  elsewhere = await serve(elsewhereRoot);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const server of [site, host, elsewhere]) await server?.close();
  removeTemporaryDirs();
});

beforeEach(() => {
  problems = [];
});

afterEach(async () => {
  for (const context of browser.contexts()) await context.close();
  assert.deepEqual(problems, []);
});

describe('embed.html', () => {
  test('lays out the inputs visitors change most and shows what the engine says', async () => {
    const page = await newPage();
    await page.goto(`${site.url}embed.html?${QUERY}`);
    const shown = await settledSnapshot(page);
    const { state, view } = engine.openPage(`?${QUERY}`, { today });
    assert.deepEqual(shown.scenario, state.scenario);
    assert.deepEqual(shown.result, view.figures.result);
    assert.equal(await page.locator('#verdict .verdict-headline').textContent(), view.figures.verdict.headline);
    const fields = await page
      .locator('#scenario-form [data-field]')
      .evaluateAll((inputs) => inputs.map((input) => input.dataset.field));
    assert.deepEqual(fields.sort(), [...LAID_OUT].sort());
    // The summary with its costs, the chart and the month table.
    assert.match(await page.locator('[data-summary="cost_total"]').textContent(), /\d/);
    assert.equal(await page.locator('#chart svg').count(), 1);
    assert.equal(await page.locator('#months-table tbody tr').count(), shown.result.months.length);
    assert.equal(await page.locator('#comparisons').count(), 0);
  });

  test('an edit updates the figures and the link, without a new history entry', async () => {
    const page = await newPage();
    await page.goto(`${site.url}embed.html?${QUERY}`);
    await settledSnapshot(page);
    const entries = await page.evaluate(() => history.length);
    await typeInto(page, 'Seats', '5');
    await typeInto(page, 'Months', '18');
    await page.keyboard.press('Tab');
    const shown = await settledSnapshot(page);
    assert.equal(shown.scenario.seats, 5);
    assert.equal(shown.result.months.length, 18);
    assert.deepEqual(shown.result, engine.openPage(shown.query, { today }).view.figures.result);
    assert.equal(new URL(page.url()).search, `?${shown.query}`);
    assert.equal(await page.evaluate(() => history.length), entries);
  });

  test('"Open in the full calculator" opens index.html on the same link, in a new tab', async () => {
    const page = await newPage();
    await page.goto(`${site.url}embed.html?${QUERY}`);
    await settledSnapshot(page);
    await typeInto(page, 'Months', '9');
    const shown = await settledSnapshot(page);
    const link = page.getByRole('link', { name: 'Open in the full calculator' });
    assert.equal(await link.getAttribute('target'), '_blank');
    const [full] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    assert.equal(full.url(), `${site.url}index.html?${shown.query}`);
    const fullShown = await settledSnapshot(full);
    assert.deepEqual(fullShown.scenario, shown.scenario);
    assert.deepEqual({ ...fullShown.result, comparisons: null, goal: null }, shown.result);
  });

  test('lists an error at an input it does not lay out, with a button to drop it', async () => {
    const page = await newPage();
    await page.goto(`${site.url}embed.html?v=2&seats=2&balance_cap=lots`);
    const shown = await settledSnapshot(page);
    assert.equal(shown.result, null);
    const problem = page.locator('#notices li', { hasText: 'Balance cap' });
    assert.equal(await problem.count(), 1);
    assert.match(await problem.textContent(), /must be a whole number/);
    await problem.getByRole('button', { name: 'Remove Balance cap' }).click();
    const fixed = await settledSnapshot(page);
    assert.ok(fixed.result);
    assert.equal('balance_cap' in fixed.scenario, false);
  });

  for (const width of [360, 390]) {
    test(`fits a ${width} px wide frame without sideways scrolling`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      watchProblems(page, problems);
      await page.goto(`${site.url}embed.html?${QUERY}`);
      await settledSnapshot(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than its frame`);
    });
  }

  test('finds no serious or critical axe-core violation', async () => {
    // axe is injected as an inline script, which the page's CSP forbids.
    const page = await newPage({ bypassCSP: true });
    await page.goto(`${site.url}embed.html?${QUERY}&response_rate=5`);
    await settledSnapshot(page);
    assert.deepEqual(await seriousAxeViolations(page), []);
  });
});

describe('embedded in a page on another origin', () => {
  test('with the documented snippet, the frame grows to its content and follows it', async () => {
    const { iframe, script } = documentedSnippet();
    const initial = Number(/height="(\d+)"/.exec(iframe)[1]);
    const url = hostPage('post.html', `${iframe}\n${script}`);
    assert.notEqual(new URL(url).origin, site.origin);
    const page = await newPage();
    await page.goto(url);
    const selector = 'iframe[data-inmail-calculator]';
    const frame = await (await page.locator(selector).elementHandle()).contentFrame();
    await settledSnapshot(frame);
    const fits = async () => Math.abs((await frameHeight(page, selector)) - (await contentHeight(frame))) < 1;
    await until(fits, 'the frame to fit its content');
    const fitted = await frameHeight(page, selector);
    assert.notEqual(fitted, initial);
    assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight), true);

    // Twice the months: a longer table, and the frame follows.
    await typeInto(frame, 'Months', '24', page.keyboard);
    await settledSnapshot(frame);
    await until(async () => (await frameHeight(page, selector)) > fitted && (await fits()), 'the frame to grow');
  });

  test('ignores heights from the host page, from other frames and from the frame once it shows another origin', async () => {
    const { iframe, script } = documentedSnippet(QUERY);
    const second = iframe.replace('embed.html?', 'embed.html?months=3&');
    const url = hostPage(
      'forged.html',
      `${iframe}\n${second}\n<iframe id="plain" src="${site.url}embed.html?months=120" title="Not sized" height="300"></iframe>\n${script}`,
    );
    const page = await newPage();
    await page.goto(url);
    await page.evaluate((type) => {
      window.seen = [];
      addEventListener('message', (event) => event.data?.type === type && window.seen.push(event.data.height));
    }, HEIGHT_MESSAGE);
    const frames = page.locator('iframe[data-inmail-calculator]');
    // The snippet's frames load lazily: each is brought into view.
    const loaded = async (locator) => {
      await locator.scrollIntoViewIfNeeded();
      const frame = await (await locator.elementHandle()).contentFrame();
      await settledSnapshot(frame);
      return frame;
    };
    const first = await loaded(frames.nth(0));
    const other = await loaded(frames.nth(1));
    const plain = await loaded(page.locator('#plain'));
    const heights = () => frames.evaluateAll((list) => list.map((frame) => frame.getBoundingClientRect().height));
    const own = async () => [await contentHeight(first), await contentHeight(other)];
    await until(async () => JSON.stringify(await heights()) === JSON.stringify(await own()), 'both frames to fit');
    const fitted = await heights();
    assert.notEqual(fitted[0], fitted[1]);

    // The plain frame (the same origin, but not a calculator frame of the
    // page) reports its own, much larger height: it resizes nothing.
    const plainHeight = await contentHeight(plain);
    assert.ok(plainHeight > fitted[0] + 500);
    await until(() => page.evaluate((height) => window.seen.includes(height), plainHeight), "the plain frame's report");
    assert.deepEqual(await heights(), fitted);
    assert.equal(await page.locator('#plain').evaluate((iframe) => iframe.clientHeight), 300);

    // The host page itself.
    await page.evaluate((type) => window.postMessage({ type, height: 77 }, '*'), HEIGHT_MESSAGE);
    await until(() => page.evaluate(() => window.seen.includes(77)), 'the forged message');
    assert.deepEqual(await heights(), fitted);

    // The second frame, navigated to another origin: the right window, the
    // wrong origin.
    await other.goto(`${elsewhere.url}forge.html`);
    await until(() => page.evaluate(() => window.seen.includes(4321)), "the other origin's message");
    assert.deepEqual(await heights(), fitted);
  });

  test('index.html and imgui.html refuse to be framed; embed.html may be', async () => {
    const url = hostPage(
      'framing.html',
      ['index.html', 'imgui.html', 'embed.html']
        .map((page) => `<iframe id="${page.split('.')[0]}" src="${site.url}${page}" title="${page}"></iframe>`)
        .join('\n'),
    );
    const page = await newPage();
    await page.goto(url);
    const frameOf = async (id) => (await page.locator(`#${id}`).elementHandle()).contentFrame();
    await settledSnapshot(await frameOf('embed'));
    for (const id of ['index', 'imgui']) {
      const frame = await frameOf(id);
      await until(async () => frame.url() !== 'about:blank', `${id}.html's frame`);
      assert.notEqual(frame.url(), `${site.url}${id}.html`, `${id}.html was framed`);
      assert.equal(await frame.evaluate(() => window.inmailPage ?? window.inmailUi ?? null).catch(() => null), null);
    }
    // Chromium says why, on the host page's console: nothing else went wrong.
    const refused = problems.filter((problem) => /frame-ancestors 'none'/.test(problem));
    assert.equal(refused.length, 2, problems.join('\n'));
    problems = problems.filter((problem) => !refused.includes(problem));
  });

  test('another origin imports inmail.js and computes with it', async () => {
    const scenario = { policy: 'current', plan: 'recruiter_lite', seats: 3, sends_per_month: 45, start: '2026-01' };
    const url = hostPage(
      'module.html',
      `<script type="module">\n` +
        `import { loadEngine } from '${site.url}inmail.js';\n` +
        `const engine = await loadEngine();\n` +
        `window.projected = engine.project(${JSON.stringify(scenario)}, { today: '2026-01' });\n` +
        `</script>`,
    );
    const page = await newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.projected !== undefined, null, { timeout: 20000 });
    assert.deepEqual(await page.evaluate(() => window.projected), engine.project(scenario, { today: '2026-01' }));
  });
});
