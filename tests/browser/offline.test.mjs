// The site as an app: each page (index.html, embed.html, imgui.html) works
// offline after one visit, links with their query strings included; a new
// deployment is noticed ("A new version is ready: reload") and replaces the
// cached version; the pages load their files by content-hashed names and
// nothing asks for another; the calculator can be installed.
//
// "Offline" is both Chromium's offline mode and the server shut down, so no
// request can reach it. Every test serves its own copy or server, and opens
// a fresh browser context (a visitor's first visit).
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  WEBGL_READBACK_NOISE,
  launchChromium,
  launchChromiumWithProfile,
  problemsOfEachTest,
  serve,
  serviceWorkerActive,
  settledImguiSnapshot,
  settledSnapshot,
  watchProblems,
} from '../js/browser.mjs';
import {
  FIXED_NAMES,
  SITE_DIR,
  STAGE_DIR,
  loadSiteModule,
  removeTemporaryDirs,
  requireSite,
  requireStage,
  siteManifest,
  sourceCopy,
  temporaryDir,
} from '../js/site.mjs';
import { buildSite } from '../../web/build-site.mjs';

const VERSION_PROPERTY = '--inmail-test-version';

let browser;
let engine;
let today;
const closers = [];
const problems = problemsOfEachTest(() => browser, {
  cleanup: async () => {
    while (closers.length > 0) await closers.pop()();
  },
});

async function serveDir(root) {
  const server = await serve(root);
  closers.push(() => server.close());
  return server;
}

// A fresh visitor, whose console errors, uncaught exceptions and failed
// responses fail the test.
async function newVisitor() {
  const context = await browser.newContext();
  // The ImGui page's canvas is read back when it is reloaded or left.
  context.on('page', (page) => watchProblems(page, problems, { ignore: WEBGL_READBACK_NOISE }));
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const page = await context.newPage();
  return { context, page };
}

// What each page shows, by its own test hook; resolves once it has settled.
const PAGES = {
  'index.html': settledSnapshot,
  'embed.html': settledSnapshot,
  'imgui.html': settledImguiSnapshot,
};

const QUERY = 'v=2&plan=recruiter_lite&seats=3&sends_per_month=45&response_rate=20';
const OTHER_QUERY = 'v=2&seats=2&sends_per_month=30&months=7';

before(async () => {
  requireSite();
  const module = await loadSiteModule();
  engine = await module.loadEngine();
  today = module.localMonth();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  removeTemporaryDirs();
});

describe('offline after one visit', () => {
  for (const [path, figures] of Object.entries(PAGES)) {
    test(`${path} reloads and computes with the network gone, links with their queries included`, async () => {
      const server = await serveDir(SITE_DIR);
      const { context, page } = await newVisitor();
      await page.goto(`${server.url}${path}?${QUERY}`);
      const online = await figures(page);
      assert.ok(online.result, 'figures online');
      await serviceWorkerActive(page);

      await context.setOffline(true);
      await server.close();
      const response = await page.reload();
      assert.equal(response.fromServiceWorker(), true);
      const offline = await figures(page);
      assert.deepEqual(offline.result, online.result);
      assert.equal(offline.query, online.query);
      if (path === 'index.html') {
        // The chart and the comparisons (the worker and its .wasm) too.
        assert.ok(offline.result.comparisons, 'comparisons offline');
        assert.equal(await page.locator('#chart svg').count(), 1);
      }

      // Another link, never visited: the page is served whatever the query.
      const other = await page.goto(`${server.url}${path}?${OTHER_QUERY}`);
      assert.equal(other.fromServiceWorker(), true);
      const shown = await figures(page);
      assert.equal(shown.result.months.length, 7);
      if (path !== 'imgui.html') {
        const expected = engine.openPage(`?${OTHER_QUERY}`, { today }).view.figures;
        assert.deepEqual({ ...shown.result, comparisons: null, goal: null }, expected.result);
      }
    });
  }

  test('a visit to one page makes the others work offline too', async () => {
    const server = await serveDir(SITE_DIR);
    const { context, page } = await newVisitor();
    await page.goto(`${server.url}index.html`);
    await PAGES['index.html'](page);
    await serviceWorkerActive(page);
    await context.setOffline(true);
    await server.close();
    for (const path of ['imgui.html', 'embed.html']) {
      await page.goto(`${server.url}${path}?${QUERY}`);
      assert.ok((await PAGES[path](page)).result, path);
    }
  });
});

describe('a new version', () => {
  let versions;

  // Version A is the site as built; version B is the same sources with one
  // change in each page's stylesheet, built by the same step.
  before(async () => {
    requireStage();
    const source = sourceCopy(['public', 'ui']);
    for (const file of ['public/styles.css', 'ui/imgui-shell.css']) {
      const path = join(source, file);
      writeFileSync(path, `${readFileSync(path, 'utf8')}\n:root {\n  ${VERSION_PROPERTY}: "B";\n}\n`);
    }
    const a = temporaryDir('site-a');
    const b = temporaryDir('site-b');
    versions = {
      a: { dir: a, ...(await buildSite({ stageDir: STAGE_DIR, siteDir: a })) },
      b: { dir: b, ...(await buildSite({ stageDir: STAGE_DIR, siteDir: b, sourceDir: source })) },
    };
    assert.notEqual(versions.a.version, versions.b.version);
  });

  // Replaces the files of the live folder with those of `dir`, as a deployment does.
  function deploy(live, dir) {
    for (const file of readdirSync(live)) rmSync(join(live, file), { recursive: true });
    cpSync(dir, live, { recursive: true });
  }

  const shownVersion = (page) =>
    page.evaluate((name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim(), VERSION_PROPERTY);

  const cases = [
    ['index.html', 'styles.css', (page) => page.locator('#update-notice')],
    ['imgui.html', 'imgui-shell.css', (page) => page.locator('#update-banner')],
  ];
  for (const [path, stylesheet, noticeOf] of cases) {
    test(`${path} says "A new version is ready: reload", and its button brings the new version`, async () => {
      const live = temporaryDir('live');
      deploy(live, versions.a.dir);
      const server = await serveDir(live);
      const { context, page } = await newVisitor();
      await page.goto(`${server.url}${path}?${QUERY}`);
      await PAGES[path](page);
      await serviceWorkerActive(page);
      assert.equal(await shownVersion(page), '');
      // A second tab of the old version, which must not stay on it.
      const otherTab = await context.newPage();
      await otherTab.goto(`${server.url}${path}?${OTHER_QUERY}`);
      await PAGES[path](otherTab);

      deploy(live, versions.b.dir);
      // The next visit is still served the cached version, and finds the new one.
      await page.reload();
      await PAGES[path](page);
      assert.equal(await shownVersion(page), '');
      const notice = noticeOf(page);
      const button = notice.getByRole('button', { name: 'Reload' });
      await button.waitFor({ timeout: 20000 });
      assert.equal(await notice.getAttribute('role'), 'status');
      assert.match(await notice.textContent(), /^A new version is ready: Reload$/);

      const requested = [];
      context.on('request', (request) => requested.push(new URL(request.url()).pathname.slice(1)));
      await Promise.all([page.waitForEvent('load'), otherTab.waitForEvent('load'), button.click()]);
      const shown = await PAGES[path](page);
      assert.ok(shown.result);
      assert.equal(await shownVersion(page), '"B"');
      assert.equal(await shownVersion(otherTab), '"B"');
      assert.equal(
        await page.locator(`link[rel="stylesheet"][href="${versions.b.files[stylesheet]}"]`).count(),
        1,
        'the new stylesheet',
      );
      assert.equal(await noticeOf(page).textContent(), '');
      // Only the new version is cached, and nothing of the old one was asked for.
      const caches = await page.evaluate(() => caches.keys());
      assert.equal(caches.length, 1);
      assert.ok(caches[0].endsWith(versions.b.version), caches[0]);
      const current = new Set([...FIXED_NAMES, ...Object.values(versions.b.files)]);
      for (const name of requested) assert.ok(current.has(name), `${name} is not a file of the new version`);
      assert.ok(requested.includes(versions.b.files[stylesheet]));
    });
  }

  test('no notice while the version is the same', async () => {
    const server = await serveDir(versions.a.dir);
    const { page } = await newVisitor();
    await page.goto(`${server.url}index.html`);
    await PAGES['index.html'](page);
    await serviceWorkerActive(page);
    await page.reload();
    await PAGES['index.html'](page);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    assert.equal(await page.locator('#update-notice').textContent(), '');
  });
});

describe('hashed names', () => {
  for (const [path, figures] of Object.entries(PAGES)) {
    test(`${path} loads its files by their hashed names and asks for nothing else`, async () => {
      const { files } = siteManifest();
      const allowed = new Set([...FIXED_NAMES, ...Object.values(files)]);
      const server = await serveDir(SITE_DIR);
      const { context, page } = await newVisitor();
      const requested = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === server.origin) requested.push(url.pathname.slice(1));
        else if (!['data:', 'blob:'].includes(url.protocol)) problems.push(`request to another origin: ${url}`);
      });
      await page.goto(`${server.url}${path}?${QUERY}`);
      await figures(page);
      await serviceWorkerActive(page);
      for (const name of requested) assert.ok(allowed.has(name), `${path} asked for ${name}`);
      const expected = {
        'index.html': ['app.js', 'engine-worker.js', 'styles.css', 'inmail_engine.wasm'],
        'embed.html': ['app.js', 'embed-frame.js', 'styles.css', 'inmail_engine.wasm'],
        'imgui.html': ['imgui.js', 'imgui.wasm', 'imgui-shell.js', 'imgui-shell.css'],
      }[path];
      for (const name of expected) assert.ok(requested.includes(files[name]), `${path} did not load ${files[name]}`);
      // The service worker then fetched the whole version, and nothing more.
      for (const name of siteManifest().precache.assets) assert.ok(requested.includes(name), `${name} not precached`);
    });
  }
});

describe('installing', () => {
  for (const path of ['index.html', 'imgui.html']) {
    test(`${path} has a manifest with icons and can be installed as an app`, async () => {
      const server = await serveDir(SITE_DIR);
      const context = await launchChromiumWithProfile(temporaryDir('profile'));
      closers.push(() => context.close());
      const page = await context.newPage();
      page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
      await page.goto(`${server.url}${path}`);
      await PAGES[path](page);
      await serviceWorkerActive(page);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.deepEqual(manifest.errors, []);
      assert.equal(new URL(manifest.url).pathname, '/manifest.webmanifest');
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
    });
  }
});
