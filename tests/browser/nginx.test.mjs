// The site on a real static host: Debian's nginx, configured by
// web/nginx-config.mjs (as docs/deploy.md says), serving build/site under a
// folder (/tools/inmail/) and at the root of another server. Each page shows
// figures, every script comes as JavaScript (Debian's own MIME table has no
// .mjs), the headers are those of web/site-headers.mjs, the host's
// `_headers` file is not served, and a page visited once works on with
// nginx stopped.
//
// nginx runs from a temporary folder with its own configuration, pid file,
// logs and temp paths, on 127.0.0.1 only (as root, with `user root`, so its
// workers can read the site wherever it is).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  WEBGL_READBACK_NOISE,
  launchChromium,
  problemsOfEachTest,
  serviceWorkerActive,
  settledImguiSnapshot,
  settledSnapshot,
  watchProblems,
} from '../js/browser.mjs';
import { SITE_DIR, removeTemporaryDirs, requireSite, siteManifest, temporaryDir } from '../js/site.mjs';
import { nginxLocations } from '../../web/nginx-config.mjs';
import { servedHeaders } from '../../web/site-headers.mjs';

const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
// Debian's table, which the site's locations must not depend on.
const HOST_MIME_TYPES = '/etc/nginx/mime.types';
const FOLDER = '/tools/inmail/';
const QUERY = 'v=2&plan=recruiter_lite&seats=3&sends_per_month=45&response_rate=20';
const JAVASCRIPT_TYPE = /^text\/javascript(;|$)/;

// What each page shows, by its own test hook, once settled.
const PAGES = {
  'index.html': settledSnapshot,
  'embed.html': settledSnapshot,
  'imgui.html': settledImguiSnapshot,
};

function requireNginx() {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(
      `${NGINX_PATH} is missing: apt-get install -y nginx (scripts/setup.sh installs it), or set NGINX_PATH`,
    );
  }
}

// A port no one listens on now (nginx needs a number in its configuration).
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts nginx with one server per entry of `mounts` ({ port, prefix }),
 * each serving SITE_DIR at its prefix; resolves to { stop() }.
 */
async function startNginx(mounts) {
  const dir = temporaryDir('nginx');
  const path = (name) => join(dir, name);
  const servers = mounts.map(({ port, prefix }, index) => {
    const locations = path(`site-${index}.conf`);
    writeFileSync(locations, nginxLocations({ prefix, siteDir: SITE_DIR }));
    return `  server {\n    listen 127.0.0.1:${port};\n    include ${locations};\n  }`;
  });
  const temporaryPaths = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (kind) => `  ${kind}_temp_path ${path(kind)};`,
  );
  writeFileSync(
    path('nginx.conf'),
    [
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid ${path('nginx.pid')};`,
      `error_log ${path('error.log')} warn;`,
      'events {',
      '  worker_connections 64;',
      '}',
      'http {',
      `  include ${HOST_MIME_TYPES};`,
      `  access_log ${path('access.log')};`,
      ...temporaryPaths,
      ...servers,
      '}',
      '',
    ].join('\n'),
  );
  // -p and -e: nothing of the machine's own nginx (its prefix, its log) is touched.
  const nginx = (...args) =>
    execFileSync(NGINX_PATH, ['-p', `${dir}/`, '-e', path('error.log'), '-c', path('nginx.conf'), ...args], {
      stdio: 'pipe',
    });
  try {
    nginx();
  } catch (error) {
    const log = existsSync(path('error.log')) ? readFileSync(path('error.log'), 'utf8') : '';
    throw new Error(`nginx did not start: ${error.stderr}\n${log}`, { cause: error });
  }
  return {
    // Returns once nginx is gone: it removes its pid file when it exits.
    async stop() {
      if (!existsSync(path('nginx.pid'))) return;
      nginx('-s', 'stop');
      const deadline = Date.now() + 10000;
      while (existsSync(path('nginx.pid'))) {
        if (Date.now() > deadline) throw new Error('nginx did not stop within 10 s');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

let nginx;
let browser;
const problems = problemsOfEachTest(() => browser);
const sites = {}; // prefix → the site's URL

// A fresh visitor whose console problems, failed responses and requests for
// a .mjs fail the test; `scripts` lists the Content-Type of every script it
// is sent.
async function newVisitor() {
  const context = await browser.newContext();
  context.on('page', (page) => watchProblems(page, problems, { ignore: WEBGL_READBACK_NOISE }));
  const scripts = [];
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${url}`);
    if (url.pathname.endsWith('.mjs')) problems.push(`a .mjs was asked for: ${url}`);
    if (response.request().resourceType() === 'script' || url.pathname.endsWith('.js')) {
      scripts.push({ url: url.href, type: response.headers()['content-type'] ?? '' });
    }
  });
  const page = await context.newPage();
  return { context, page, scripts };
}

const notJavaScript = (scripts) =>
  scripts.filter(({ type }) => !JAVASCRIPT_TYPE.test(type)).map(({ url, type }) => `${url} came as "${type}"`);

// What `path` shows once settled. A module of another type than JavaScript
// never runs, so the figures never come: then the error says why.
async function shownFigures(path, page, scripts) {
  try {
    return await PAGES[path](page);
  } catch (error) {
    throw new Error([`${path}: ${error.message}`, ...notJavaScript(scripts), ...problems].join('\n'), {
      cause: error,
    });
  }
}

before(async () => {
  requireSite();
  requireNginx();
  const mounts = [
    { port: await freePort(), prefix: FOLDER },
    { port: await freePort(), prefix: '/' },
  ];
  nginx = await startNginx(mounts);
  for (const { port, prefix } of mounts) sites[prefix] = `http://127.0.0.1:${port}${prefix}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await nginx?.stop();
  removeTemporaryDirs();
});

for (const prefix of [FOLDER, '/']) {
  describe(`nginx serving the site at ${prefix}`, () => {
    for (const path of Object.keys(PAGES)) {
      test(`${path} shows figures, its scripts all typed as JavaScript`, async () => {
        const { page, scripts } = await newVisitor();
        await page.goto(`${sites[prefix]}${path}?${QUERY}`);
        const shown = await shownFigures(path, page, scripts);
        assert.ok(shown.result, `${path} shows no figures`);
        assert.deepEqual(shown.errors, []);
        assert.ok(scripts.length > 0, 'no script was loaded');
        assert.deepEqual(notJavaScript(scripts), []);
      });
    }

    test("inmail.js, the integrators' module, loads the engine's glue and computes", async () => {
      const { page } = await newVisitor();
      await page.goto(`${sites[prefix]}index.html`);
      const projected = await page.evaluate(async (module) => {
        const { loadEngine } = await import(module);
        const engine = await loadEngine();
        return engine.project({ plan: 'recruiter_lite', seats: 2, sends_per_month: 40 }, { today: '2026-12' });
      }, `${sites[prefix]}inmail.js`);
      assert.ok(projected.months?.length > 0, JSON.stringify(projected).slice(0, 200));
    });

    test('sends the headers of web/site-headers.mjs with pages, assets and the .wasm', async () => {
      const { files } = siteManifest();
      const names = [
        '',
        'index.html',
        'embed.html',
        'imgui.html',
        'inmail.js',
        'service-worker.js',
        'manifest.webmanifest',
        files['app.js'],
        files['inmail_engine.js'],
        files['inmail_engine.wasm'],
        files['styles.css'],
      ];
      for (const name of names) {
        const response = await fetch(`${sites[prefix]}${name}`);
        assert.equal(response.status, 200, name);
        // The folder is its index.html.
        const expected = servedHeaders(name === '' ? 'index.html' : name);
        const sent = Object.fromEntries(Object.keys(expected).map((header) => [header, response.headers.get(header)]));
        assert.deepEqual(sent, expected, name || prefix);
      }
    });

    test("never serves _headers, Netlify's file, though it is in the site's folder", async () => {
      assert.ok(existsSync(join(SITE_DIR, '_headers')));
      for (const name of ['_headers', '_headers?x=1']) {
        assert.equal((await fetch(`${sites[prefix]}${name}`)).status, 404, name);
      }
    });
  });
}

test(`${FOLDER} without its slash is redirected to the folder`, async () => {
  const response = await fetch(sites[FOLDER].slice(0, -1), { redirect: 'manual' });
  assert.equal(response.status, 301);
  assert.equal(response.headers.get('location'), sites[FOLDER]);
});

// Last: it stops nginx.
test(`offline: index.html at ${FOLDER}, visited once, shows its figures with nginx stopped`, async () => {
  const { page, scripts } = await newVisitor();
  await page.goto(`${sites[FOLDER]}index.html?${QUERY}`);
  const online = await shownFigures('index.html', page, scripts);
  await serviceWorkerActive(page);
  await nginx.stop();
  const response = await page.reload();
  assert.equal(response.fromServiceWorker(), true);
  const offline = await shownFigures('index.html', page, scripts);
  assert.deepEqual(offline.result, online.result);
});
