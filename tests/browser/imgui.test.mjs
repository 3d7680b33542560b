// The Dear ImGui page (imgui.html) in headless Chromium: it opens links as the
// engine reads them (today's rules without one, 2015 for an old one), survives
// malformed links with the engine's errors, shows the engine's own figures
// (costs, the 13 % rule, comparisons, Monte Carlo) for what is on screen,
// follows a dragged slider in the same frame, copies the engine's CSV and
// links the JS page can open, stays crisp on HiDPI screens, and keeps the
// console clean. Every expected result comes from the CLI.
//
// INMAIL_SITE_DIR may point at a site holding only the ImGui page; the one
// test that needs the JS page (index.html) is skipped there.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';

import { WEBGL_READBACK_NOISE, openSite, watchProblems } from '../js/browser.mjs';
import { CLI_MISSING, SITE_DIR, cliBuilt, cliLink, cliProject, cliProjectQuery, siteManifest } from '../js/site.mjs';

const IMGUI_FILES = ['imgui.html', 'imgui.js', 'imgui.wasm'];
const JS_PAGE_BUILT = existsSync(join(SITE_DIR, 'index.html'));

let site;
let page;
let problems;

// imgui.js and imgui.wasm are served under hashed names (asset-manifest.json).
function requireImguiSite() {
  const built = (file) =>
    existsSync(join(SITE_DIR, file)) ||
    (existsSync(join(SITE_DIR, 'asset-manifest.json')) && file in siteManifest().files);
  const missing = IMGUI_FILES.filter((file) => !built(file));
  if (missing.length > 0) {
    throw new Error(
      `the ImGui page is not built (missing ${missing.join(', ')} in ${SITE_DIR}): run ` +
        '`cmake --preset wasm && cmake --build --preset wasm --target imgui_site`',
    );
  }
  if (!cliBuilt()) throw new Error(CLI_MISSING);
}

// What `inmail::project` gives for a link with comparisons on (the page's
// snapshot holds them): the result, or {errors}. An empty link is today's
// rules, which a non-empty one says with v=2.
function cliForLink(query, today, format = 'json') {
  return cliProjectQuery(`${query || 'v=2'}&compare=true`, { today, format });
}

function cliForScenario(scenario, today) {
  return cliProject({ ...scenario, compare: true }, 'json', { today });
}

// Resolves once the page has run at least one more frame: the emscripten main
// loop runs on requestAnimationFrame too.
function nextFrame() {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function openImgui(query, { viewport = { width: 1280, height: 800 }, scale = 1 } = {}) {
  page = await site.browser.newPage({ viewport, deviceScaleFactor: scale });
  // Our screenshots read the canvas back.
  watchProblems(page, problems, { ignore: WEBGL_READBACK_NOISE });
  // The page itself is served from disk, so that no server's limit on the
  // request line stands between a 100 KB link and the page.
  await page.route(/\/imgui\.html(\?|$)/, (route) => route.fulfill({ path: join(SITE_DIR, 'imgui.html') }));
  await page.goto(`${site.url}imgui.html${query ? `?${query}` : ''}`);
  await page.waitForFunction(() => window.inmailUi?.frameStats().frames >= 1);
  await settle();
}

// Waits for Monte Carlo (it runs once the inputs have settled).
async function settle() {
  await page.waitForFunction(() => !window.inmailUi.pending());
  await nextFrame();
}

// The browser's local month, as the page passes it to the engine.
const browserMonth = () =>
  page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  });

const snapshot = () => page.evaluate(() => window.inmailUi.snapshot());
const widget = async (name) => {
  const rect = (await page.evaluate(() => window.inmailUi.widgetRects()))[name];
  assert.ok(rect, `no widget ${name} on screen`);
  return rect;
};

// ImGui 1.86 samples keys once a frame, so every press lasts a few frames.
async function press(key) {
  await page.keyboard.down(key);
  await nextFrame();
  await nextFrame();
  await page.keyboard.up(key);
  await nextFrame();
}

// Ctrl+A held over frames, like every key here.
async function selectAll() {
  await page.keyboard.down('Control');
  await press('a');
  await page.keyboard.up('Control');
  await nextFrame();
}

async function click(rect, { at = 0.5, control = false } = {}) {
  if (control) await page.keyboard.down('Control');
  await page.mouse.move(rect.x + rect.width * at, rect.y + rect.height / 2);
  await page.mouse.down();
  await nextFrame();
  await page.mouse.up();
  await nextFrame();
  if (control) await page.keyboard.up('Control');
}

// Replaces the text of a widget: Ctrl+click for sliders and drags (typed
// entry), a plain click for text and number boxes; then Enter.
async function typeInto(name, text, { control = true } = {}) {
  await click(await widget(name), { at: 0.3, control });
  await selectAll();
  await page.keyboard.type(text);
  await press('Enter');
}

// Share of screenshot pixels unlike the page's background, and how many
// colours the screenshot holds (decoded by the browser itself).
async function screenshotColours() {
  const png = await page.screenshot();
  return page.evaluate(async (base64) => {
    // Not fetch(data:...): the page's CSP allows connections to itself only.
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const background = data.slice(0, 3).join();
    const colours = new Set();
    let unlikeBackground = 0;
    for (let i = 0; i < data.length; i += 4) {
      const colour = `${data[i]},${data[i + 1]},${data[i + 2]}`;
      colours.add(colour);
      if (colour !== background) unlikeBackground += 1;
    }
    return { colours: colours.size, drawnShare: unlikeBackground / (data.length / 4) };
  }, png.toString('base64'));
}

describe('ImGui page', () => {
  before(async () => {
    site = await openSite({ checkBuilt: requireImguiSite });
  });
  after(async () => site?.close());
  beforeEach(() => {
    problems = [];
  });
  afterEach(async () => {
    await page?.close();
    assert.deepEqual(problems, [], 'the console stays clean');
  });

  test('a visit without a link shows today’s rules from this month, for 12 months', async () => {
    await openImgui('');
    const today = await browserMonth();
    const { query, scenario, result, errors } = await snapshot();
    assert.equal(query, '');
    assert.deepEqual(errors, []);
    assert.equal(scenario.policy, 'current');
    for (const key of ['allotment', 'start', 'pooled', 'expiry_days', 'balance_cap']) {
      assert.ok(!(key in scenario), `${key} is left to the engine`);
    }
    assert.equal(result.resolved.policy, 'current');
    assert.equal(result.resolved.start, today);
    assert.equal(result.resolved.balance_cap, 600);
    assert.equal(result.months.length, 12);
    assert.deepEqual(result, cliForLink('', today));
  });

  test('an old link without a policy opens as the 2015 policy', async () => {
    const link = 'plan=recruiter_lite&seats=2&sends_per_month=30&response_rate=20';
    await openImgui(link);
    const { query, result, errors } = await snapshot();
    assert.deepEqual(errors, []);
    assert.equal(result.resolved.policy, '2015');
    assert.equal(result.resolved.start, '2015-01');
    // Two Recruiter Lite seats get 30 credits each a month.
    assert.equal(result.months[0].granted, 60);
    assert.equal(query, `policy=2015&${link}`);
    assert.deepEqual(result, cliForLink(link, await browserMonth()));
  });

  test('opens a link the engine wrote, several groups and a cap included', async () => {
    const scenario = {
      policy: 'legacy',
      months: 18,
      groups: [
        { name: 'Sourcers', seats: 3, sends_per_month: 400, response_rate: 25, response_days: 3 },
        { name: 'Hiring managers', seats: 7, sends_per_month: 40, response_rate: 40.5, response_days: 9 },
      ],
      balance_cap: 200,
    };
    const link = cliLink(scenario);
    await openImgui(link);
    const shown = await snapshot();
    assert.equal(shown.query, link);
    assert.deepEqual(shown.errors, []);
    assert.deepEqual(
      shown.result.groups.map((group) => group.name),
      ['Sourcers', 'Hiring managers'],
    );
    assert.deepEqual(shown.result, cliForScenario(scenario, await browserMonth()));
  });

  for (const [name, link] of [
    ['a percent-escape that is not UTF-8', 'plan=%ff'],
    ['an unknown key that is not UTF-8', 'name=%c3%28'],
    ['a value out of range', 'months=999999'],
    ['a repeated key', 'seats=2&seats=3&sends_per_month=x'],
    ['100 KB of text', `name=${'a'.repeat(100 * 1024)}`],
  ]) {
    test(`a link with ${name} lists the engine's errors, shows no figures and the page lives on`, async () => {
      await openImgui(link);
      const today = await browserMonth();
      const { result, errors } = await snapshot();
      assert.equal(result, null);
      assert.ok(errors.length > 0);
      assert.deepEqual({ errors }, cliForLink(link, today));
      // The inputs show the default scenario; editing one drops the link's errors.
      await typeInto('months', '6');
      const edited = await snapshot();
      assert.deepEqual(edited.errors, []);
      assert.equal(edited.result.months.length, 6);
      assert.equal(edited.result.resolved.policy, 'current');
    });
  }

  test('costs follow the seat price and the currency, both kept in the link', async () => {
    const prices = encodeURIComponent(JSON.stringify({ recruiter: 99.5, recruiter_lite: 25 }));
    const link = `v=2&seats=3&sends_per_month=40&response_rate=25&seat_prices=${prices}&currency=EUR`;
    await openImgui(link);
    const today = await browserMonth();
    const { query, result, errors } = await snapshot();
    assert.deepEqual(errors, []);
    assert.ok(query.includes('currency=EUR'), query);
    assert.equal(result.totals.cost.total_cents, 9950 * 3 * 12);
    assert.ok(result.totals.cost.per_response_cents > 0);
    const liteRow = result.comparisons.plans.find((row) => row.plan === 'recruiter_lite');
    assert.equal(liteRow.totals.cost.total_cents, 2500 * 3 * 12);
    assert.deepEqual(result, cliForLink(link, today));

    await click(await widget('copy_csv'));
    const csv = await page.evaluate(() => window.inmailUi.lastCopied);
    assert.equal(csv, cliForLink(link, today, 'csv'));
    assert.ok(csv.includes('EUR'), csv);
  });

  test('a group that trips the 13 % rule is flagged with its warning days', async () => {
    const link = 'v=2&seats=2&sends_per_month=1200&response_rate=8';
    await openImgui(link);
    const { result } = await snapshot();
    assert.ok(result.groups[0].rate_warning_days > 0, JSON.stringify(result.groups[0]));
    assert.deepEqual(result, cliForLink(link, await browserMonth()));
  });

  test('"From your InMail report" turns sent, accepted and declined into the rate', async () => {
    await openImgui('v=2&sends_per_month=100');
    await click(await widget('groups[0].report'));
    await typeInto('groups[0].report.sent', '200', { control: false });
    await typeInto('groups[0].report.accepted', '30', { control: false });
    await typeInto('groups[0].report.declined', '11', { control: false });
    await click(await widget('groups[0].report.use'));
    const { scenario, result } = await snapshot();
    assert.equal(scenario.groups[0].response_rate, 20.5);
    assert.deepEqual(result, cliForScenario(scenario, await browserMonth()));
  });

  test('draws the page: the canvas is not blank', async () => {
    await openImgui('seats=3&sends_per_month=120&response_rate=25');
    const { colours, drawnShare } = await screenshotColours();
    assert.ok(colours > 20, `only ${colours} colours on screen`);
    assert.ok(drawnShare > 0.1, `only ${(drawnShare * 100).toFixed(1)}% of the screen drawn`);
  });

  test('shows the Monte Carlo band figures of the engine once the inputs settle', async () => {
    const link = 'seats=2&sends_per_month=160&response_rate=30&trials=50&seed=9';
    await openImgui(link);
    const { result } = await snapshot();
    assert.equal(result.monte_carlo.trials, 50);
    assert.deepEqual(result, cliForLink(link, await browserMonth()));
  });

  test('the comparison tabs draw the engine rows', async () => {
    await openImgui('plan=recruiter&pooled=false&seats=5&sends_per_month=200&response_rate=25');
    for (const tab of ['tab_policies', 'tab_plans']) {
      await click(await widget(tab));
      await nextFrame();
    }
    // The plan comparison's price inputs are on screen, one per row.
    const rects = await page.evaluate(() => window.inmailUi.widgetRects());
    const { result } = await snapshot();
    for (const row of result.comparisons.plans) {
      assert.ok(rects[`plans.seat_prices.${row.plan}`], `no price input for ${row.plan}`);
    }
    const own = result.comparisons.plans.find((row) => row.plan === 'recruiter');
    assert.equal(own.pooled, false);
    assert.deepEqual(own.totals, result.totals);
  });

  test('dragging a slider recomputes in the same frame; the URL follows when it is let go', async () => {
    await openImgui('seats=2&sends_per_month=50&response_rate=20&months=36');
    const today = await browserMonth();
    const slider = await widget('groups[0].sends_per_month');
    const y = slider.y + slider.height / 2;
    await page.mouse.move(slider.x + slider.width * 0.2, y);
    await page.mouse.down();
    const seen = new Set();
    for (let step = 1; step <= 8; step += 1) {
      await page.mouse.move(slider.x + slider.width * (0.2 + step * 0.04), y);
      await nextFrame();
      const { scenario, result } = await snapshot();
      seen.add(scenario.groups[0].sends_per_month);
      // Every frame's figures belong to that frame's inputs.
      assert.deepEqual(result, cliForScenario(scenario, today));
    }
    await page.mouse.up();
    await nextFrame();
    assert.ok(seen.size >= 4, `the slider moved through ${[...seen].join(', ')}`);
    const { query, scenario } = await snapshot();
    assert.ok(query.includes(`sends_per_month=${scenario.groups[0].sends_per_month}&`), query);
    assert.ok(page.url().endsWith(`imgui.html?${query}`), page.url());
  });

  test('a typed value out of range is reported at its field, without figures', async () => {
    await openImgui('v=2&sends_per_month=40');
    // ImGui applies typed text as it changes, so a single "0" is the bad value.
    await typeInto('months', '0');
    const bad = await snapshot();
    assert.deepEqual(bad.errors, [{ field: 'months', message: 'must be between 1 and 120' }]);
    assert.equal(bad.result, null);
    assert.ok(page.url().endsWith('imgui.html?v=2&months=0&sends_per_month=40'), page.url());

    await typeInto('months', '24');
    const good = await snapshot();
    assert.deepEqual(good.errors, []);
    assert.equal(good.result.months.length, 24);
    assert.ok(page.url().endsWith('imgui.html?v=2&months=24&sends_per_month=40'), page.url());
  });

  test('text entry edits a group name', async () => {
    await openImgui('');
    await typeInto('groups[0].name', 'Sourcers', { control: false });
    assert.equal((await snapshot()).scenario.groups[0].name, 'Sourcers');
    assert.ok(page.url().includes('groups='), page.url());
  });

  test('"Copy link" copies the JS page link', async () => {
    const query = 'policy=2015&plan=talent_finder&seats=4&sends_per_month=20&response_rate=10';
    await openImgui(query);
    await click(await widget('copy_link'));
    assert.equal(await page.evaluate(() => window.inmailUi.lastCopied), `${site.url}index.html?${query}`);
  });

  test(
    '"Open the JS page" opens index.html on the same scenario',
    { skip: !JS_PAGE_BUILT && `no index.html in ${SITE_DIR}` },
    async () => {
      const query = 'policy=legacy&seats=5&sends_per_month=60';
      await openImgui(query);
      const button = await widget('open_js_page');
      await page.mouse.move(button.x + button.width / 2, button.y + button.height / 2);
      await page.mouse.down();
      await nextFrame();
      // The release navigates away, so no frame is awaited after it.
      await Promise.all([page.waitForURL(`${site.url}index.html?${query}`), page.mouse.up()]);
    },
  );

  test('is crisp on HiDPI screens and follows resizes', async () => {
    await openImgui('seats=2', { viewport: { width: 1920, height: 1080 }, scale: 2 });
    const canvasSize = () =>
      page.evaluate(() => {
        const canvas = document.getElementById('canvas');
        return [canvas.width, canvas.height, canvas.clientWidth, canvas.clientHeight];
      });
    assert.deepEqual(await canvasSize(), [3840, 2160, 1920, 1080]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await nextFrame();
    assert.deepEqual(await canvasSize(), [2560, 1600, 1280, 800]);
    const { colours } = await screenshotColours();
    assert.ok(colours > 20, `only ${colours} colours on screen`);
  });
});
