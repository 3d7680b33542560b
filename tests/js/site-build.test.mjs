// The built site as files (web/build-site.mjs): content-hashed names that
// match their content, every reference pointing at a file that is there, the
// service worker's precache list, stale files of earlier builds removed,
// renames that follow a change to what a file loads, the headers
// scripts/serve.mjs sends (as docs/deploy.md documents them) and the zip of
// scripts/package-site.sh.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { startServer } from '../../scripts/serve.mjs';
import {
  ASSETS_PREFIX,
  CONTENT_SECURITY_POLICY,
  FRAME_ANCESTORS,
  LONG_CACHE,
  headersFor,
} from '../../web/site-headers.mjs';
import { HASHED_NAME, buildSite, contentHash } from '../../web/build-site.mjs';
import { nginxLocations } from '../../web/nginx-config.mjs';
import {
  FIXED_NAMES,
  REPO_ROOT,
  SITE_DIR,
  STAGE_DIR,
  removeTemporaryDirs,
  requireSite,
  requireStage,
  siteManifest,
  sourceCopy,
  temporaryDir,
} from './site.mjs';

// The build's own records, beside what the site serves.
const BUILT_FIXED_NAMES = [...FIXED_NAMES, 'asset-manifest.json', '_headers'];
const PAGES = ['index.html', 'embed.html', 'imgui.html'];

// Every file of a site, 'assets/...' included.
function siteFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

// The src and href of a page's elements that name a file of the site.
function pageReferences(html) {
  return [...html.matchAll(/\s(?:src|href)="([^"#?:]+)"/g)].map((match) => match[1]);
}

// A copy of the stage, to change one file of it.
function stageCopy() {
  const dir = temporaryDir('stage');
  cpSync(STAGE_DIR, dir, { recursive: true });
  return dir;
}

after(() => {
  removeTemporaryDirs();
});

describe('the built site', () => {
  before(() => requireSite());

  test('names every asset by its content and keeps the entry points under fixed names', () => {
    const { files } = siteManifest();
    const onDisk = siteFiles(SITE_DIR);
    for (const name of BUILT_FIXED_NAMES) assert.ok(onDisk.includes(name), `${name} missing`);
    for (const [name, hashed] of Object.entries(files)) {
      const match = HASHED_NAME.exec(hashed);
      assert.ok(match && hashed.startsWith(ASSETS_PREFIX), `${name} is served as ${hashed}`);
      const content = readFileSync(join(SITE_DIR, hashed));
      // Bundles end with the comment naming their map, made from the hash.
      const hashedContent = hashed.endsWith('.js')
        ? content.toString('utf8').replace(/\/\/# sourceMappingURL=\S+\n$/, '')
        : content;
      assert.equal(match[2], contentHash(hashedContent).slice(0, 10), `${hashed} does not hash to its name`);
      assert.equal(onDisk.includes(name), false, `${name} is in the site under its unhashed name too`);
      assert.equal(onDisk.includes(`${ASSETS_PREFIX}${name}`), false, `${name} is in assets/ unhashed`);
    }
    for (const file of onDisk) {
      const known = BUILT_FIXED_NAMES.includes(file) || Object.values(files).includes(file) || file.endsWith('.map');
      assert.ok(known, `${file} is in the site, but no build step made it`);
    }
    for (const name of ['app.js', 'engine-worker.js', 'styles.css', 'inmail_engine.wasm', 'imgui.js', 'imgui.wasm']) {
      assert.ok(name in files, `${name} is not hashed`);
    }
  });

  test('every page, bundle and the manifest name files that are there, by their hashed names', () => {
    const { files } = siteManifest();
    for (const page of PAGES) {
      const references = pageReferences(readFileSync(join(SITE_DIR, page), 'utf8'));
      assert.ok(references.length > 3, page);
      for (const reference of references) {
        assert.ok(existsSync(join(SITE_DIR, reference)), `${page} names ${reference}, which is not there`);
        assert.ok(
          PAGES.includes(reference) ||
            reference === 'manifest.webmanifest' ||
            (reference.startsWith(ASSETS_PREFIX) && HASHED_NAME.test(reference)),
          `${page} names ${reference} by a name that is not content-hashed`,
        );
      }
    }
    // Files in assets/ name their siblings.
    const text = (name) => readFileSync(join(SITE_DIR, files[name]), 'utf8');
    const sibling = (name) => files[name].slice(ASSETS_PREFIX.length);
    assert.ok(text('app.js').includes(`"./${sibling('engine-worker.js')}"`), 'app.js names the worker');
    assert.ok(text('app.js').includes(`"./${sibling('engine.js')}"`), 'app.js names the engine');
    assert.ok(text('engine-worker.js').includes(`"./${sibling('engine.js')}"`), 'the worker names the engine');
    assert.ok(text('engine.js').includes(`"./${sibling('inmail_engine.wasm')}"`), 'the engine names the .wasm');
    assert.ok(text('imgui.js').includes(`"${sibling('imgui.wasm')}"`), 'imgui.js names its .wasm');
    const manifest = JSON.parse(readFileSync(join(SITE_DIR, 'manifest.webmanifest'), 'utf8'));
    for (const icon of manifest.icons) assert.ok(existsSync(join(SITE_DIR, icon.src)), icon.src);
    assert.deepEqual(
      manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => icon.sizes),
      ['192x192', '512x512', '512x512'],
    );
  });

  test('serves no .mjs, and no served file names one: hosts type .js as JavaScript, not always .mjs', () => {
    const { files } = siteManifest();
    assert.match(files['inmail_engine.js'], /^assets\/inmail_engine\.[0-9a-f]{10}\.js$/, "emcc's glue");
    for (const file of siteFiles(SITE_DIR)) {
      assert.equal(file.endsWith('.mjs'), false, file);
      // Quoted names, as imports and URLs are written (comments may name
      // our build scripts); source maps name sources, which are not served.
      if (/\.(html|js|json|webmanifest|css)$/.test(file)) {
        const text = readFileSync(join(SITE_DIR, file), 'utf8');
        assert.doesNotMatch(text, /["'`][^"'`\s]*\.mjs["'`]/, `${file} names a .mjs`);
      }
    }
  });

  test('inmail.js imports the hashed glue, and the glue loads the hashed .wasm', () => {
    const { files } = siteManifest();
    const module = readFileSync(join(SITE_DIR, 'inmail.js'), 'utf8');
    assert.ok(module.includes(`from './${files['inmail_engine.js']}'`));
    assert.ok(module.includes(`'./${files['inmail_engine.wasm']}'`));
    const glue = readFileSync(join(SITE_DIR, files['inmail_engine.js']), 'utf8');
    assert.ok(glue.includes(`"${files['inmail_engine.wasm'].slice(ASSETS_PREFIX.length)}"`));
  });

  test('the service worker precaches the pages and exactly what they load, under this version', () => {
    const { version, precache, files } = siteManifest();
    const worker = readFileSync(join(SITE_DIR, 'service-worker.js'), 'utf8');
    const constant = (name) => JSON.parse(new RegExp(`^const ${name} = (.*);$`, 'm').exec(worker)[1]);
    assert.equal(constant('VERSION'), version);
    assert.deepEqual(constant('PAGES'), [...PAGES, 'manifest.webmanifest'].sort());
    assert.deepEqual(constant('ASSETS'), precache.assets);
    // What the pages load, found from their references here, independently
    // of the build: the pages' own files, plus what the bundles load.
    const loaded = new Set();
    for (const page of PAGES) {
      for (const reference of pageReferences(readFileSync(join(SITE_DIR, page), 'utf8'))) {
        if (reference.startsWith(ASSETS_PREFIX)) loaded.add(reference);
      }
    }
    for (const name of ['engine-worker.js', 'imgui.wasm', 'icon-512.png', 'icon-maskable-512.png']) {
      loaded.add(files[name]);
    }
    assert.deepEqual([...loaded].sort(), precache.assets);
    for (const asset of precache.assets) assert.ok(existsSync(join(SITE_DIR, asset)), asset);
    // inmail.js and its glue are for integrators; the pages bundle the engine.
    assert.equal(precache.assets.includes(files['inmail_engine.js']), false);
  });
});

describe('building the site (web/build-site.mjs)', () => {
  before(() => requireStage());

  test('removes the files of earlier builds, keeps unrelated ones, and rewrites nothing the second time', async () => {
    const site = temporaryDir('site');
    const stale = [
      'app.0123456789.js',
      'app.0123456789.js.map',
      'app.js',
      'app.js.map',
      'inmail_engine.wasm',
      'assets/app.0123456789.js',
      'assets/styles.abcdef0123.css',
    ];
    mkdirSync(join(site, 'assets'));
    for (const file of [...stale, 'notes.txt', 'assets/notes.txt']) writeFileSync(join(site, file), 'old');
    const first = await buildSite({ stageDir: STAGE_DIR, siteDir: site });
    assert.deepEqual(first.removed.sort(), stale.sort());
    const onDisk = siteFiles(site);
    for (const file of stale) assert.equal(onDisk.includes(file), false, file);
    assert.ok(onDisk.includes('notes.txt') && onDisk.includes('assets/notes.txt'));
    const times = Object.fromEntries(onDisk.map((file) => [file, statSync(join(site, file)).mtimeMs]));
    const second = await buildSite({ stageDir: STAGE_DIR, siteDir: site });
    assert.deepEqual(second.written, []);
    assert.deepEqual(second.removed, []);
    assert.deepEqual(second.files, first.files);
    for (const file of onDisk) {
      if (file !== 'asset-manifest.json') assert.equal(statSync(join(site, file)).mtimeMs, times[file], file);
    }
  });

  test('a new .wasm renames the files that lead to it, and only those', async () => {
    const before = await buildSite({ stageDir: STAGE_DIR, siteDir: temporaryDir('site') });
    const stage = stageCopy();
    writeFileSync(
      join(stage, 'inmail_engine.wasm'),
      Buffer.concat([readFileSync(join(stage, 'inmail_engine.wasm')), Buffer.from([0])]),
    );
    const changed = await buildSite({ stageDir: stage, siteDir: temporaryDir('site') });
    const renamed = Object.keys(before.files).filter((name) => before.files[name] !== changed.files[name]);
    assert.deepEqual(renamed.sort(), [
      'app.js',
      'engine-worker.js',
      'engine.js',
      'inmail_engine.js',
      'inmail_engine.wasm',
    ]);
    assert.notEqual(changed.version, before.version);
  });

  test('a changed stylesheet renames it, changes the pages and the version, and leaves the scripts', async () => {
    const before = await buildSite({ stageDir: STAGE_DIR, siteDir: temporaryDir('site') });
    const source = sourceCopy(['public']);
    writeFileSync(
      join(source, 'public/styles.css'),
      // A rule, not a comment: the stylesheet is minified.
      `${readFileSync(join(source, 'public/styles.css'), 'utf8')}\n.v2 {\n  color: red;\n}\n`,
    );
    const site = temporaryDir('site');
    const changed = await buildSite({ stageDir: STAGE_DIR, siteDir: site, sourceDir: source });
    const renamed = Object.keys(before.files).filter((name) => before.files[name] !== changed.files[name]);
    assert.deepEqual(renamed, ['styles.css']);
    assert.notEqual(changed.version, before.version);
    assert.ok(readFileSync(join(site, 'index.html'), 'utf8').includes(changed.files['styles.css']));
    assert.ok(readFileSync(join(site, 'service-worker.js'), 'utf8').includes(changed.version));
  });

  test('fails when imgui.js no longer names imgui.wasm, rather than ship a page that cannot load', async () => {
    const stage = stageCopy();
    const script = readFileSync(join(stage, 'imgui.js'), 'utf8');
    writeFileSync(join(stage, 'imgui.js'), script.replaceAll('"imgui.wasm"', '"other.wasm"'));
    await assert.rejects(
      buildSite({ stageDir: stage, siteDir: temporaryDir('site') }),
      /imgui\.js no longer names imgui\.wasm/,
    );
  });

  test('writes only the page the stage holds', async () => {
    const stage = stageCopy();
    for (const file of ['inmail_engine.mjs', 'inmail_engine.wasm']) rmSync(join(stage, file));
    const site = temporaryDir('site');
    const { precache } = await buildSite({ stageDir: stage, siteDir: site });
    assert.deepEqual(precache.pages, ['imgui.html', 'manifest.webmanifest']);
    assert.equal(existsSync(join(site, 'index.html')), false);
    assert.ok(existsSync(join(site, 'imgui.html')));
  });
});

describe('the headers of scripts/serve.mjs', () => {
  let server;
  let url;
  before(async () => {
    requireSite();
    ({ server, url } = await startServer({ root: SITE_DIR, port: 0 }));
  });
  after(() => server?.close());

  const headers = async (path) => (await fetch(`${url}${path}`)).headers;

  test('the pages carry their meta policy as a header, with who may frame them', async () => {
    for (const page of PAGES) {
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(
        readFileSync(join(SITE_DIR, page), 'utf8'),
      );
      assert.equal(meta?.[1], CONTENT_SECURITY_POLICY, `${page}'s meta tag`);
      const sent = await headers(page);
      assert.equal(
        sent.get('content-security-policy'),
        `${CONTENT_SECURITY_POLICY}; frame-ancestors ${FRAME_ANCESTORS[page]}`,
      );
      assert.equal(sent.get('cache-control'), 'no-cache');
    }
    assert.equal((await headers('index.html')).get('x-frame-options'), 'DENY');
    assert.equal((await headers('imgui.html')).get('x-frame-options'), 'DENY');
    assert.equal((await headers('embed.html')).get('x-frame-options'), null);
    assert.match((await headers('')).get('content-security-policy'), /frame-ancestors 'none'$/);
  });

  test('hashed files are cached for a year; the entry points are revalidated', async () => {
    const { files } = siteManifest();
    for (const name of ['app.js', 'inmail_engine.wasm', 'imgui.js', 'styles.css']) {
      assert.equal((await headers(files[name])).get('cache-control'), LONG_CACHE, name);
    }
    for (const name of ['inmail.js', 'embed.js', 'service-worker.js', 'manifest.webmanifest']) {
      assert.equal((await headers(name)).get('cache-control'), 'no-cache', name);
    }
    assert.equal((await headers(files['inmail_engine.wasm'])).get('content-type'), 'application/wasm');
    assert.equal((await headers('manifest.webmanifest')).get('content-type'), 'application/manifest+json');
    // Other sites may import inmail.js, which loads the glue and the .wasm.
    for (const path of ['inmail.js', files['inmail_engine.js'], files['inmail_engine.wasm']]) {
      assert.equal((await headers(path)).get('access-control-allow-origin'), '*', path);
    }
  });

  test("the site's _headers file (Netlify, Cloudflare Pages) gives every file the same headers", () => {
    const rules = new Map();
    for (const block of readFileSync(join(SITE_DIR, '_headers'), 'utf8').split(/\n(?=\/)/)) {
      const [path, ...lines] = block.split('\n').filter((line) => line && !line.startsWith('#'));
      rules.set(
        path,
        Object.fromEntries(
          lines.map((line) =>
            line
              .trim()
              .split(/: (.*)/s)
              .slice(0, 2),
          ),
        ),
      );
    }
    assert.deepEqual(rules.get('/'), headersFor('index.html'));
    for (const file of siteFiles(SITE_DIR).filter((name) => name !== '_headers')) {
      const rule = rules.get(file.startsWith(ASSETS_PREFIX) ? `/${ASSETS_PREFIX}*` : `/${file}`);
      assert.deepEqual(rule, headersFor(file), file);
    }
  });

  test('docs/deploy.md gives the same policy and caching as the server sends', () => {
    const deploy = readFileSync(join(REPO_ROOT, 'docs/deploy.md'), 'utf8');
    assert.ok(deploy.includes(CONTENT_SECURITY_POLICY), 'the policy');
    assert.ok(deploy.includes(LONG_CACHE), 'the long caching');
    assert.ok(deploy.includes("frame-ancestors 'none'") && deploy.includes('frame-ancestors *'));
    assert.ok(deploy.includes(`/${ASSETS_PREFIX}`), 'the folder of the hashed files');
    assert.equal(headersFor('assets/app.0123456789.js')['Cache-Control'], LONG_CACHE);
    assert.equal(headersFor('inmail.js')['Cache-Control'], 'no-cache');
  });
});

describe('web/nginx-config.mjs', () => {
  const documented = { prefix: '/tools/inmail/', siteDir: '/srv/inmail-calculator' };

  test("docs/deploy.md's nginx snippet is what the script writes, for the command it shows", () => {
    const deploy = readFileSync(join(REPO_ROOT, 'docs/deploy.md'), 'utf8');
    const section = deploy.slice(deploy.indexOf('## nginx'));
    assert.ok(
      section.includes(`node web/nginx-config.mjs --prefix ${documented.prefix} --root ${documented.siteDir} `),
      'the command',
    );
    const snippets = [...section.matchAll(/```nginx\n([\s\S]*?)```/g)].map((match) => match[1]);
    assert.ok(snippets.includes(nginxLocations(documented)), 'run the command above and paste its output');
  });

  test('refuses a prefix or a folder it cannot write into a location', () => {
    for (const prefix of ['tools/inmail/', '/tools/inmail', '/tools/../', '/a b/', '/$x/']) {
      assert.throws(() => nginxLocations({ prefix }), /--prefix wants a URL path/, prefix);
    }
    assert.throws(() => nginxLocations({ siteDir: 'build/site' }), /--root wants an absolute path/);
    assert.throws(() => nginxLocations({ siteDir: '/srv/$site' }), /cannot write/);
  });
});

describe('scripts/package-site.sh', () => {
  test('zips the built site as dist/inmail-calculator-<version>.zip', () => {
    requireSite();
    const dist = temporaryDir('dist');
    const output = execFileSync('bash', [join(REPO_ROOT, 'scripts/package-site.sh'), '--no-build'], {
      env: { ...process.env, INMAIL_DIST_DIR: dist, INMAIL_SITE_DIR: SITE_DIR },
      encoding: 'utf8',
    });
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    const cmakeVersion = /project\(inmail_calc VERSION ([0-9.]+)/.exec(
      readFileSync(join(REPO_ROOT, 'CMakeLists.txt'), 'utf8'),
    )[1];
    assert.equal(version, cmakeVersion);
    const zip = join(dist, `inmail-calculator-${version}.zip`);
    assert.ok(output.includes(zip), output);
    const listing = execFileSync(
      'python3',
      ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', zip],
      { encoding: 'utf8' },
    );
    const archived = listing
      .trim()
      .split('\n')
      .filter((name) => !name.endsWith('/'));
    assert.deepEqual(archived.sort(), siteFiles(SITE_DIR));
  });
});
