// The Dear ImGui page (imgui.html) in headless Chromium, used as a person
// uses it: by mouse and keyboard through window.inmailUi.widgetRects(). It
// shows the engine's worked example without a link, opens links as the
// engine reads them (tracking parameters dropped, other unknown keys as
// notices kept in the link), shows a bad link's own values beside their
// errors, picks plans from an open picker, takes sending plans typed or
// dragged bar by bar, adopts a goal row, follows a drag in the same frame,
// copies the engine's CSV and links the JS page can open, stays crisp on
// HiDPI screens, and keeps the console clean. Every expected result comes
// from the CLI; every link is the engine's, so the JS page gives the same
// for the same edits.
//
// INMAIL_SITE_DIR may point at a site holding only the ImGui page; the one
// test that needs the JS page (index.html) is skipped there.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';

import { WEBGL_READBACK_NOISE, openSite, seriousAxeViolations, watchProblems } from '../js/browser.mjs';
import { imguiDriver } from '../js/imgui-driver.mjs';
import { CLI_MISSING, SITE_DIR, cliBuilt, cliLink, cliProject, cliProjectQuery, siteManifest } from '../js/site.mjs';

const IMGUI_FILES = ['imgui.html', 'imgui.js', 'imgui.wasm'];
const JS_PAGE_BUILT = existsSync(join(SITE_DIR, 'index.html'));
// The spec's goal-lite-prices scenario: one Recruiter Lite seat, 40 a month.
const LITE = 'v=2&plan=recruiter_lite&start=2027-01&months=6&sends_per_month=40&response_rate=25';

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
// snapshot holds them): the result, or {errors}.
function cliForLink(query, today, format = 'json') {
  return cliProjectQuery(`${query}&compare=true`, { today, format });
}

function cliForScenario(scenario, today) {
  return cliProject({ ...scenario, compare: true }, 'json', { today });
}

const { nextFrame, settle, snapshot, rects, widget, press, click, clickOn, typeInto, moveFocusTo, pick, drag } =
  imguiDriver(() => page);

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

// The browser's local month, as the page passes it to the engine.
const browserMonth = () =>
  page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  });

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

  test('a visit without a link shows the engine’s worked example, and one click clears it', async () => {
    await openImgui('');
    const today = await browserMonth();
    const example = await snapshot();
    assert.equal(example.query, '', 'the address stays as it is');
    assert.deepEqual(example.errors, []);
    assert.equal(example.scenario.plan, 'recruiter_lite');
    assert.deepEqual(example.result, cliForScenario(example.scenario, today));

    await clickOn('clear_example');
    const cleared = await snapshot();
    assert.deepEqual(cleared.scenario, { policy: 'current' });
    assert.equal(cleared.query, 'v=2');
    assert.equal(cleared.result.resolved.start, today);
    assert.deepEqual(cleared.result, cliForLink('v=2', today));
    assert.ok(!('clear_example' in (await rects())));
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
    assert.ok((await rects()).remove_group_1, 'each group can be removed');
  });

  for (const [name, link] of [
    ['a percent-escape that is not UTF-8', 'plan=%ff'],
    ['a group name that is not UTF-8', 'name=%c3%28'],
    ['a value out of range', 'months=999999'],
    ['a repeated key', 'seats=2&seats=3&sends_per_month=x'],
  ]) {
    test(`a link with ${name} lists the engine's errors, shows no figures and the page lives on`, async () => {
      await openImgui(link);
      const today = await browserMonth();
      const { result, errors } = await snapshot();
      assert.equal(result, null);
      assert.ok(errors.length > 0);
      assert.deepEqual({ errors }, cliForLink(link, today));
      await typeInto('months', '6');
      assert.equal((await snapshot()).scenario.months, 6);
    });
  }

  test('a link of 100 KB does not stop the page', async () => {
    // The engine's page model opens it as the worked example (the CLI says
    // the link is too long); either way the page lives on.
    await openImgui(`name=${'a'.repeat(100 * 1024)}`);
    await typeInto('months', '6');
    assert.equal((await snapshot()).scenario.months, 6);
  });

  test('a bad link shows its own values beside their errors; fixing them shows figures', async () => {
    await openImgui('v=2&months=999&sends_per_month=40');
    const bad = await snapshot();
    assert.equal(bad.scenario.months, 999, 'the link’s own value, not a default');
    assert.deepEqual(bad.errors, [{ field: 'months', message: 'must be between 1 and 120' }]);
    await typeInto('months', '24');
    const fixed = await snapshot();
    assert.deepEqual(fixed.errors, []);
    assert.equal(fixed.result.months.length, 24);
    assert.equal(fixed.query, 'v=2&months=24&sends_per_month=40');
  });

  test('a shared link’s tracking parameters are dropped; an unknown key is a notice kept through an edit', async () => {
    await openImgui(`${LITE}&utm_source=linkedin&colour=red`);
    const opened = await snapshot();
    assert.deepEqual(opened.errors, []);
    assert.ok(opened.result, 'the figures show');
    assert.equal(opened.query, `${LITE}&colour=red`);
    assert.ok((await rects()).drop_colour, 'the notice offers to remove the key');

    await typeInto('groups[0].seats', '2');
    const edited = await snapshot();
    assert.equal(
      edited.query,
      'v=2&plan=recruiter_lite&start=2027-01&months=6&seats=2&sends_per_month=40&response_rate=25&colour=red',
    );
    assert.ok(page.url().endsWith(`imgui.html?${edited.query}`), page.url());

    await clickOn('drop_colour');
    assert.ok(!(await snapshot()).query.includes('colour'));
  });

  test('a plan is chosen from the open picker by mouse; a pooled team loses its pooling on Recruiter Lite', async () => {
    await openImgui('v=2&plan=recruiter&seats=3&sends_per_month=100&response_rate=20');
    await pick('pooled', 'false');
    assert.equal((await snapshot()).scenario.pooled, false);
    await pick('pooled', 'true');
    assert.equal((await snapshot()).scenario.pooled, true);

    await clickOn('plan');
    const options = await rects();
    for (const plan of ['recruiter', 'recruiter_lite', 'sales_navigator', 'custom']) {
      assert.ok(options[`plan.options.${plan}`], `the open picker lists ${plan}`);
    }
    await clickOn('plan.options.recruiter_lite');
    const { scenario, query, errors, result } = await snapshot();
    assert.equal(scenario.plan, 'recruiter_lite');
    assert.ok(!('pooled' in scenario), 'Recruiter Lite cannot pool');
    assert.deepEqual(errors, []);
    assert.equal(query, 'v=2&plan=recruiter_lite&seats=3&sends_per_month=100&response_rate=20');
    assert.deepEqual(result, cliForLink(query, await browserMonth()));
  });

  test('Custom keeps the allotment in use, and a policy is picked the same way', async () => {
    await openImgui('v=2&plan=recruiter_lite&sends_per_month=40');
    await pick('plan', 'custom');
    const custom = await snapshot();
    assert.equal(custom.scenario.allotment, 30);
    assert.deepEqual(custom.errors, []);
    assert.equal(custom.query, 'v=2&plan=custom&allotment=30&sends_per_month=40');

    await pick('policy', 'legacy');
    assert.equal((await snapshot()).scenario.policy, 'legacy');
  });

  test('a currency label longer than 12 characters is an error at the currency', async () => {
    await openImgui(LITE);
    await typeInto('currency', 'x'.repeat(21));
    const { errors, result, query } = await snapshot();
    assert.deepEqual(errors, [{ field: 'currency', message: 'must be at most 12 characters' }]);
    assert.equal(result, null);
    assert.ok(query.endsWith(`&currency=${'x'.repeat(21)}`), query);
  });

  test('values out of range are errors at their field, without figures, and kept in the link', async () => {
    await openImgui('v=2&sends_per_month=40');
    // ImGui applies typed text as it changes, so a single "0" is the bad value.
    await typeInto('months', '0');
    const bad = await snapshot();
    assert.deepEqual(bad.errors, [{ field: 'months', message: 'must be between 1 and 120' }]);
    assert.equal(bad.result, null);
    assert.ok(page.url().endsWith('imgui.html?v=2&months=0&sends_per_month=40'), page.url());

    await typeInto('groups[0].response_rate', '101');
    assert.deepEqual((await snapshot()).errors, [
      { field: 'months', message: 'must be between 1 and 120' },
      { field: 'response_rate', message: 'must be between 0 and 100' },
    ]);
  });

  test('a sending plan is typed as 40, 40, 120 and shaped by dragging one month’s bar', async () => {
    await openImgui(LITE);
    await typeInto('groups[0].sends_per_month', '40, 40, 120');
    const typed = await snapshot();
    assert.deepEqual(typed.scenario.sends_per_month, [40, 40, 120]);
    assert.deepEqual(typed.errors, []);
    assert.equal(typed.query, LITE.replace('sends_per_month=40', 'sends_per_month=40,40,120'));
    assert.deepEqual(typed.result, cliForScenario(typed.scenario, await browserMonth()));
    const bars = await rects();
    assert.ok(bars['groups[0].sends_per_month[5]'], 'a bar for each of the 6 months');

    // 40 CSS pixels up at the view's step of 0.5 an InMail a pixel.
    await drag('groups[0].sends_per_month[1]', 0, -40);
    const dragged = await snapshot();
    assert.deepEqual(dragged.scenario.sends_per_month, [40, 60, 120]);
    assert.deepEqual(dragged.result, cliForScenario(dragged.scenario, await browserMonth()));

    // By keyboard: from the input down to the first bar, right to the
    // second; Space takes it, the arrow keys move it, Space lets it go.
    await click(await widget('groups[0].sends_per_month'));
    await press('Escape');
    await moveFocusTo('groups[0].sends_per_month[0]', 'ArrowDown');
    await moveFocusTo('groups[0].sends_per_month[1]', 'ArrowRight');
    for (const key of ['Space', 'ArrowUp', 'ArrowUp', 'Space']) await press(key);
    await settle();
    assert.deepEqual((await snapshot()).scenario.sends_per_month, [40, 62, 120]);
  });

  test('a goal row is adopted by mouse', async () => {
    await openImgui(`${LITE}&goal_responses=20`);
    const { result } = await snapshot();
    assert.equal(result.goal.responses_per_month, 20);
    await clickOn('adopt_goal_sales_navigator');
    const { scenario, errors } = await snapshot();
    assert.deepEqual(errors, []);
    assert.equal(scenario.plan, 'sales_navigator');
    assert.equal(scenario.seats, 2);
    assert.equal(scenario.sends_per_month, 40);
  });

  test('a goal row is adopted by keyboard', async () => {
    await openImgui(`${LITE}&goal_responses=20`);
    // The goal tab opens by itself; from it the arrow keys go down the rows.
    await clickOn('tab_goal');
    await moveFocusTo('adopt_goal_sales_navigator', 'ArrowDown');
    await press('Space');
    await settle();
    const { scenario } = await snapshot();
    assert.equal(scenario.plan, 'sales_navigator');
    assert.equal(scenario.seats, 2);
  });

  test('costs follow the seat price and the currency, both kept in the link; Copy CSV copies the engine’s CSV', async () => {
    const prices = encodeURIComponent(JSON.stringify({ recruiter: 99.5, recruiter_lite: 25 }));
    const link = `v=2&seats=3&sends_per_month=40&response_rate=25&seat_prices=${prices}&currency=EUR`;
    await openImgui(link);
    const today = await browserMonth();
    const { query, result, errors } = await snapshot();
    assert.deepEqual(errors, []);
    assert.ok(query.includes('currency=EUR'), query);
    assert.equal(result.totals.cost.total_cents, 9950 * 3 * 12);
    const liteRow = result.comparisons.plans.find((row) => row.plan === 'recruiter_lite');
    assert.equal(liteRow.totals.cost.total_cents, 2500 * 3 * 12);
    assert.deepEqual(result, cliForLink(link, today));

    await clickOn('copy_csv');
    const csv = await page.evaluate(() => window.inmailUi.lastCopied);
    assert.ok(csv.startsWith('InMail credit calculator: projection made '), csv);
    assert.ok(csv.endsWith(`\n${cliProjectQuery(link, { today, format: 'csv' })}`), csv);
  });

  test('a seat price typed in the plan comparison costs that plan', async () => {
    await openImgui('v=2&plan=recruiter&pooled=false&seats=5&sends_per_month=200&response_rate=25');
    await clickOn('tab_plans');
    const { result } = await snapshot();
    const shown = await rects();
    for (const row of result.comparisons.plans) {
      assert.ok(shown[`plans.seat_prices.${row.plan}`], `no price input for ${row.plan}`);
    }
    await typeInto('plans.seat_prices.sales_navigator', '99,90');
    const priced = await snapshot();
    assert.deepEqual(priced.scenario.seat_prices, { sales_navigator: 99.9 });
    const navigator = priced.result.comparisons.plans.find((row) => row.plan === 'sales_navigator');
    assert.equal(navigator.totals.cost.total_cents, 9990 * 5 * 12);
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
    await clickOn('groups[0].report');
    await typeInto('groups[0].report.sent', '200');
    await typeInto('groups[0].report.accepted', '30');
    await typeInto('groups[0].report.declined', '11');
    await clickOn('use_report_0');
    const { scenario, result } = await snapshot();
    assert.equal(scenario.response_rate, 20.5);
    assert.deepEqual(result, cliForScenario(scenario, await browserMonth()));
  });

  test('groups are added and removed by their buttons', async () => {
    await openImgui(LITE);
    await clickOn('add_group');
    assert.equal((await snapshot()).scenario.groups.length, 2);
    await clickOn('remove_group_1');
    const { scenario, errors } = await snapshot();
    assert.equal(scenario.groups.length, 1);
    assert.deepEqual(errors, []);
  });

  test('draws the page: the canvas is not blank', async () => {
    await openImgui('seats=3&sends_per_month=120&response_rate=25');
    const { colours, drawnShare } = await screenshotColours();
    assert.ok(colours > 20, `only ${colours} colours on screen`);
    assert.ok(drawnShare > 0.1, `only ${(drawnShare * 100).toFixed(1)}% of the screen drawn`);
  });

  test('shows the Monte Carlo figures of the engine once the inputs settle', async () => {
    const link = 'seats=2&sends_per_month=160&response_rate=30&trials=50&seed=9';
    await openImgui(link);
    const { result } = await snapshot();
    assert.equal(result.monte_carlo.trials, 50);
    assert.deepEqual(result, cliForLink(link, await browserMonth()));
  });

  test('dragging a number recomputes in the same frame, by the view’s step; the URL follows when it is let go', async () => {
    await openImgui('v=2&seats=2&sends_per_month=50&response_rate=20&months=36');
    const today = await browserMonth();
    const input = await widget('groups[0].sends_per_month');
    const y = input.y + input.height / 2;
    await page.mouse.move(input.x + input.width / 2, y);
    await page.mouse.down();
    const seen = new Set();
    for (let step = 1; step <= 8; step += 1) {
      await page.mouse.move(input.x + input.width / 2 + step * 10, y);
      await nextFrame();
      const { scenario, result } = await snapshot();
      seen.add(scenario.sends_per_month);
      // Every frame's figures belong to that frame's inputs.
      assert.deepEqual(result, cliForScenario(scenario, today));
    }
    await page.mouse.up();
    await settle();
    assert.ok(seen.size >= 4, `the drag moved through ${[...seen].join(', ')}`);
    const { query, scenario } = await snapshot();
    // 80 CSS pixels at 0.5 an InMail a pixel (the first 3 start the drag).
    assert.ok(scenario.sends_per_month >= 85 && scenario.sends_per_month <= 90, scenario.sends_per_month);
    assert.ok(query.includes(`sends_per_month=${scenario.sends_per_month}&`), query);
    assert.ok(page.url().endsWith(`imgui.html?${query}`), page.url());
  });

  test('text entry edits a group name', async () => {
    await openImgui(LITE);
    await typeInto('groups[0].name', 'Sourcers');
    assert.equal((await snapshot()).scenario.groups[0].name, 'Sourcers');
    assert.ok(page.url().includes('groups='), page.url());
  });

  test('"Copy link" copies the JS page link', async () => {
    const query = 'policy=2015&plan=talent_finder&seats=4&sends_per_month=20&response_rate=10';
    await openImgui(query);
    await clickOn('copy_link');
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

  test('paints its heading and a sentence about itself first, and its canvas has a name', async () => {
    // axe is injected as an inline script, which the page's CSP forbids.
    page = await site.browser.newPage({ bypassCSP: true, viewport: { width: 412, height: 823 } });
    watchProblems(page, problems, { ignore: WEBGL_READBACK_NOISE });
    await page.goto(`${site.url}imgui.html`);
    await page.waitForFunction(() => window.inmailUi?.frameStats().frames >= 1);
    const largestPaint = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().at(-1).element?.id)).observe({
            type: 'largest-contentful-paint',
            buffered: true,
          });
        }),
    );
    assert.equal(largestPaint, 'about', 'Lighthouse has a largest contentful paint to score');
    assert.ok((await page.getAttribute('meta[name="description"]', 'content')).length > 50);
    assert.equal(await page.getAttribute('#canvas', 'aria-label'), 'InMail credit calculator');
    const covered = await page.evaluate(() => ({
      inert: document.getElementById('intro').inert,
      loadingShown: !document.getElementById('loading').hidden,
      onTop: document.elementFromPoint(innerWidth / 2, innerHeight / 2).id,
    }));
    assert.deepEqual(covered, { inert: true, loadingShown: false, onTop: 'canvas' }, 'the calculator draws over it');
    assert.deepEqual(await seriousAxeViolations(page), []);
  });

  test('on a phone, the results stand above the inputs and the tool bar wraps: nothing is off screen', async () => {
    await openImgui('', { viewport: { width: 390, height: 844 } });
    const { inputs, results, open_js_page: openJsPage } = await rects();
    assert.ok(results.y + results.height <= inputs.y + 1, 'the results (the verdict first) above the inputs');
    for (const [name, rect] of Object.entries({ inputs, results, openJsPage })) {
      assert.ok(rect.x >= 0 && rect.x + rect.width <= 390, `${name} within the width: ${JSON.stringify(rect)}`);
    }
    await typeInto('groups[0].seats', '2');
    const { query } = await snapshot();
    assert.match(query, /seats=2/, 'an input below the results is still typed into');
    assert.ok((await rects()).results.height > 300, 'the results keep half the screen while typing');
  });

  test('is crisp on HiDPI screens, follows resizes, and scales its text with the canvas', async () => {
    await openImgui('seats=2', { viewport: { width: 1920, height: 1080 }, scale: 2 });
    const canvasSize = () =>
      page.evaluate(() => {
        const canvas = document.getElementById('canvas');
        return [canvas.width, canvas.height, canvas.clientWidth, canvas.clientHeight];
      });
    const inputHeight = async () => (await widget('months')).height;
    assert.deepEqual(await canvasSize(), [3840, 2160, 1920, 1080]);
    const projector = await inputHeight();
    await page.setViewportSize({ width: 1280, height: 720 });
    await nextFrame();
    await nextFrame();
    assert.deepEqual(await canvasSize(), [2560, 1440, 1280, 720]);
    const laptop = await inputHeight();
    assert.ok(projector > laptop * 1.2, `inputs ${projector} px tall at 1920x1080, ${laptop} px at 1280x720`);
    const { colours } = await screenshotColours();
    assert.ok(colours > 20, `only ${colours} colours on screen`);
  });
});
