// Debian's Chromium, headless through playwright-core, on the built site
// served from 127.0.0.1. Shared by tests/browser and scripts/web-budgets.mjs.

import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'node:test';

import { startServer } from '../../scripts/serve.mjs';
import { REPO_ROOT, SITE_DIR, requireSite } from './site.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The flags the toolchain notes give for this machine (SwiftShader for the
// ImGui page's WebGL2); Playwright gives every launch a fresh profile.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts Debian's Chromium headless with this machine's flags. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * The same with a profile in `userDataDir`, not an incognito one: only such
 * a profile can install web apps. Resolves to a BrowserContext.
 */
export function launchChromiumWithProfile(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Serves build/site and starts Chromium; resolves to { browser, url, close }.
 * `checkBuilt` throws, saying how to build it, when the site is not there.
 */
export async function openSite({ checkBuilt = requireSite } = {}) {
  checkBuilt();
  const { server, url } = await startServer({ root: SITE_DIR, port: 0 });
  const browser = await launchChromium();
  return {
    browser,
    url,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Serves `root` on a port of its own (another origin than openSite's);
 * resolves to { url, origin, close }. close() also drops open connections,
 * so the host is really gone (a visitor offline).
 */
export async function serve(root) {
  const { server, url } = await startServer({ root, port: 0 });
  return {
    url,
    origin: new URL(url).origin,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Resolves once the page's service worker (service-worker.js) is active and its files cached. */
export function serviceWorkerActive(page) {
  return page.evaluate(async () => {
    const { active } = await navigator.serviceWorker.ready;
    if (active.state !== 'activated') {
      await new Promise((resolve) =>
        active.addEventListener('statechange', () => active.state === 'activated' && resolve()),
      );
    }
    return active.scriptURL;
  });
}

const AXE_PATH = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * The serious and critical axe-core violations on `page`, as "rule: targets"
 * lines. axe is injected as an inline script: open the page with
 * `bypassCSP: true`, as its CSP forbids them.
 */
export async function seriousAxeViolations(page) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((violation) => ['serious', 'critical'].includes(violation.impact))
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

// Chromium's own read-back of a WebGL canvas (a screenshot, a reload): not
// the page's doing.
export const WEBGL_READBACK_NOISE = /GL Driver Message .*GPU stall due to ReadPixels/;

/**
 * Records `page`'s console errors and warnings (except those `ignore`
 * matches) and its uncaught exceptions in `problems`, which a test expects
 * to stay empty.
 */
export function watchProblems(page, problems, { ignore = null } = {}) {
  page.on('console', (message) => {
    const type = message.type();
    if ((type === 'error' || type === 'warning') && !ignore?.test(message.text()))
      problems.push(`console ${type}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
}

/**
 * Waits until the JS calculator in `target` (a page or a frame) has shown
 * everything for its input: figures, chart, comparisons and Monte Carlo.
 * Resolves to its snapshot.
 */
export async function settledSnapshot(target) {
  await target.waitForFunction(() => window.inmailPage && !window.inmailPage.pending(), null, { timeout: 20000 });
  return target.evaluate(() => window.inmailPage.snapshot());
}

/**
 * Types into an input of the JS page as a person does: its folded section
 * opened, the input scrolled into view, clicked, its text selected, then
 * typed key by key. `afterEachKey` runs after each key.
 */
export async function typeInto(page, input, text, { afterEachKey = null } = {}) {
  const section = input.locator('xpath=ancestor::details[not(@open)]');
  if ((await section.count()) > 0) await section.locator('summary').click();
  await input.scrollIntoViewIfNeeded();
  await input.click();
  await page.keyboard.press('Control+A');
  for (const key of text) {
    await page.keyboard.type(key);
    await afterEachKey?.();
  }
}

/**
 * Waits until the ImGui page in `page` has drawn a frame and has nothing
 * pending (Monte Carlo runs once the inputs have settled). Resolves to its
 * snapshot.
 */
export async function settledImguiSnapshot(page) {
  await page.waitForFunction(() => window.inmailUi?.frameStats().frames >= 1 && !window.inmailUi.pending(), null, {
    timeout: 20000,
  });
  return page.evaluate(() => window.inmailUi.snapshot());
}

/**
 * For a test file whose tests open contexts of one browser (`currentBrowser()`)
 * and collect problems (watchProblems, failed responses): registers hooks
 * that empty the list before each test and, after it, close the browser's
 * contexts, run `cleanup` (what the test started) and fail the test unless
 * the list is still empty. Returns the list.
 */
export function problemsOfEachTest(currentBrowser, { cleanup = async () => {} } = {}) {
  const problems = [];
  beforeEach(() => {
    problems.length = 0;
  });
  afterEach(async () => {
    for (const context of currentBrowser()?.contexts() ?? []) await context.close();
    await cleanup();
    assert.deepEqual(problems, []);
  });
  return problems;
}
