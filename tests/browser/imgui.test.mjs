// The Dear ImGui page (build/site/imgui.html) in headless Chromium: it opens
// a link's scenario, draws it, shows the engine's own figures, follows a
// dragged slider in the same frame, reports bad typed values at their field,
// copies CSV and links the JS page can open, stays crisp on HiDPI screens,
// and keeps the console clean.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';

import { encodeQuery } from '../../public/query.js';
import { openSite } from '../js/browser.mjs';
import { CLI_MISSING, SITE_DIR, cliBuilt, cliProject } from '../js/site.mjs';

const IMGUI_FILES = ['imgui.html', 'imgui.js', 'imgui.wasm'];
// Chromium reports its own read-back of the canvas (our screenshots) as a
// WebGL "performance" message; that is the test's doing, not the page's.
const SCREENSHOT_NOISE = /GL Driver Message .*GPU stall due to ReadPixels/;

let site;
let page;
let problems;

function requireImguiSite() {
  const missing = IMGUI_FILES.filter((file) => !existsSync(join(SITE_DIR, file)));
  if (missing.length > 0) {
    throw new Error(
      `the ImGui page is not built (missing ${missing.join(', ')} in build/site): run ` +
        '`cmake --preset wasm -B build/wasm-ui && cmake --build build/wasm-ui --target imgui_site`',
    );
  }
  if (!cliBuilt()) throw new Error(CLI_MISSING);
}

// Resolves once the page has run at least one more frame: the emscripten main
// loop runs on requestAnimationFrame too.
function nextFrame() {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

async function openImgui(query, { viewport = { width: 1280, height: 800 }, scale = 1 } = {}) {
  page = await site.browser.newPage({ viewport, deviceScaleFactor: scale });
  page.on('console', (message) => {
    const type = message.type();
    if ((type === 'error' || type === 'warning') && !SCREENSHOT_NOISE.test(message.text())) {
      problems.push(`console ${type}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${site.url}imgui.html${query ? `?${query}` : ''}`);
  await page.waitForFunction(() => window.inmailUi?.frameStats().frames >= 1);
  await settle();
}

// Waits for Monte Carlo (it runs once the inputs have settled).
async function settle() {
  await page.waitForFunction(() => !window.inmailUi.pending());
  await nextFrame();
}

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

// Ctrl+click on a slider or drag, type `text`, Enter: ImGui's typed entry.
async function typeInto(name, text) {
  await click(await widget(name), { at: 0.3, control: true });
  await selectAll();
  await page.keyboard.type(text);
  await press('Enter');
}

// Share of screenshot pixels unlike the page's background, and how many
// colours the screenshot holds (decoded by the browser itself).
async function screenshotColours() {
  const png = await page.screenshot();
  return page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
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
    requireImguiSite();
    site = await openSite();
  });
  after(async () => site?.close());
  beforeEach(() => {
    problems = [];
  });
  afterEach(async () => {
    await page?.close();
    assert.deepEqual(problems, [], 'the console stays clean');
  });

  test('opens the URL query and shows the engine figures for it', async () => {
    await openImgui('plan=recruiter_lite&seats=2&sends_per_month=30&response_rate=20');
    const { scenario, result } = await snapshot();
    assert.equal(scenario.plan, 'recruiter_lite');
    assert.equal(scenario.pooled, false);
    assert.deepEqual(scenario.groups, [
      { name: 'Group 1', seats: 2, sends_per_month: 30, response_rate: 20, response_days: 3 },
    ]);
    assert.deepEqual(result, cliProject(scenario));
    // Two Recruiter Lite seats get 30 credits each a month.
    assert.equal(result.months[0].granted, 60);
  });

  test('draws the page: the canvas is not blank', async () => {
    await openImgui('seats=3&sends_per_month=120&response_rate=25');
    const { colours, drawnShare } = await screenshotColours();
    assert.ok(colours > 20, `only ${colours} colours on screen`);
    assert.ok(drawnShare > 0.1, `only ${(drawnShare * 100).toFixed(1)}% of the screen drawn`);
  });

  test('shows the Monte Carlo band figures of the engine once the inputs settle', async () => {
    await openImgui('seats=2&sends_per_month=160&response_rate=30&trials=50&seed=9');
    const { scenario, result } = await snapshot();
    assert.equal(result.monte_carlo.trials, 50);
    assert.deepEqual(result, cliProject(scenario));
  });

  test('opens a link made by the JS page, several groups included', async () => {
    const scenario = {
      policy: 'legacy',
      plan: 'recruiter',
      months: 18,
      groups: [
        { name: 'Sourcers', seats: 3, sends_per_month: 400, response_rate: 25, response_days: 3 },
        { name: 'Hiring managers', seats: 7, sends_per_month: 40, response_rate: 40.5, response_days: 9 },
      ],
      balance_cap: 200,
    };
    await openImgui(encodeQuery(scenario, { pooledByDefault: true }));
    const shown = await snapshot();
    assert.equal(shown.scenario.policy, 'legacy');
    assert.equal(shown.scenario.months, 18);
    assert.equal(shown.scenario.balance_cap, 200);
    assert.deepEqual(shown.scenario.groups, scenario.groups);
    assert.deepEqual(shown.result, cliProject(scenario));
  });

  test('dragging a slider recomputes in the same frame; the URL follows when it is let go', async () => {
    await openImgui('seats=2&sends_per_month=50&response_rate=20&months=36');
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
      assert.deepEqual(result, cliProject(scenario));
    }
    await page.mouse.up();
    await nextFrame();
    assert.ok(seen.size >= 4, `the slider moved through ${[...seen].join(', ')}`);
    const { scenario } = await snapshot();
    assert.ok(page.url().includes(`sends_per_month=${scenario.groups[0].sends_per_month}&`), page.url());
  });

  test('a typed value out of range is reported at its field and the last figures stay', async () => {
    await openImgui('sends_per_month=40');
    const before = await snapshot();
    // ImGui applies typed text as it changes, so a single "0" is the bad value.
    await typeInto('months', '0');
    assert.deepEqual(await page.evaluate(() => window.inmailUi.errors()), [
      { field: 'months', message: 'must be between 1 and 120' },
    ]);
    assert.deepEqual(await snapshot(), before);
    assert.ok(page.url().endsWith('imgui.html?sends_per_month=40'), page.url());

    await typeInto('months', '24');
    assert.deepEqual(await page.evaluate(() => window.inmailUi.errors()), []);
    assert.equal((await snapshot()).result.months.length, 24);
    assert.ok(page.url().endsWith('imgui.html?months=24&sends_per_month=40'), page.url());
  });

  test('text entry edits a group name', async () => {
    await openImgui('');
    await click(await widget('groups[0].name'));
    await selectAll();
    await press('Backspace');
    await page.keyboard.type('Sourcers');
    await press('Enter');
    assert.equal((await snapshot()).scenario.groups[0].name, 'Sourcers');
    assert.ok(page.url().includes('groups='), page.url());
  });

  test('"Copy CSV" copies the engine month table and "Copy link" the JS page link', async () => {
    const query = 'plan=talent_finder&seats=4&sends_per_month=20&response_rate=10';
    await openImgui(query);
    await click(await widget('copy_csv'));
    const { scenario } = await snapshot();
    assert.equal(await page.evaluate(() => window.inmailUi.lastCopied), cliProject(scenario, 'csv'));
    await click(await widget('copy_link'));
    assert.equal(await page.evaluate(() => window.inmailUi.lastCopied), `${site.url}index.html?${query}`);
  });

  test('"Open the JS page" opens index.html on the same scenario', async () => {
    const query = 'policy=legacy&seats=5&sends_per_month=60';
    await openImgui(query);
    const button = await widget('open_js_page');
    await page.mouse.move(button.x + button.width / 2, button.y + button.height / 2);
    await page.mouse.down();
    await nextFrame();
    // The release navigates away, so no frame is awaited after it.
    await Promise.all([page.waitForURL(`${site.url}index.html?${query}`), page.mouse.up()]);
  });

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
