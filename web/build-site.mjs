// Finishes the static site: the pages and their files from the sources and
// from what emcc built into the stage, written to the site directory under
// the names they are served by. Run by the build (web/CMakeLists.txt) after
// both pages are linked:
//
//   node web/build-site.mjs STAGE_DIR SITE_DIR
//
// - Scripts, styles, the two .wasm files, imgui.js, the icons and
//   the engine's glue (emcc's inmail_engine.mjs, served as
//   inmail_engine.<hash>.js) are content-hashed and go into assets/: `app.js` is
//   served as `assets/app.<10 hex digits of its SHA-256>.js`, so hosts can
//   cache that folder for a year with one rule. Every reference to them is
//   rewritten: quoted names ("app.js", './app.js', url(app.js)) in the pages,
//   the manifest, inmail.js, the glue and imgui.js, and in every module
//   before esbuild bundles it (so source maps stay exact); from a file in
//   assets/ the reference is a sibling's. A file is named after its
//   references are rewritten, so a new .wasm renames everything that leads
//   to it. No served file ends in .mjs: not every host types it.
// - Entry points keep fixed names: index.html, embed.html, imgui.html,
//   embed.js, inmail.js, inmail.d.ts, manifest.webmanifest, the service
//   worker and asset-manifest.json (the hashed name of every file, for tools
//   and tests). `_headers` holds the headers for Netlify and Cloudflare Pages
//   (web/site-headers.mjs).
// - service-worker.js gets the version and the list of files to precache:
//   the pages and everything they load.
// - Files of earlier builds are removed (hashed names that are no longer
//   made, and the unhashed names of builds before hashing); unchanged files
//   are not rewritten.
//
// The stage decides which pages are made: the JS page (index.html,
// embed.html) when it holds inmail_engine.{mjs,wasm}, the Dear ImGui page
// when it holds imgui.{js,wasm}.
import { transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { bundle } from './bundle.mjs';
import { ASSETS_PREFIX, headersFile } from './site-headers.mjs';

const WEB_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_DIR = join(WEB_DIR, '..');

const HASH_LENGTH = 10;
/** A hashed name, with its source map's: [whole, stem, hash, extension, '.map' or undefined]. */
export const HASHED_NAME = new RegExp(`^(.+)\\.([0-9a-f]{${HASH_LENGTH}})(\\.[A-Za-z0-9]+)(\\.map)?$`);
const SERVICE_WORKER = 'service-worker.js';
const ASSET_MANIFEST = 'asset-manifest.json';
const WEB_APP_MANIFEST = 'manifest.webmanifest';
const HEADERS_FILE = '_headers';

export function contentHash(content) {
  return createHash('sha256').update(content).digest('hex');
}

/** 'app.js' → 'app.<hash>.js', the hash being that of `content`. */
function hashedName(name, content) {
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}.${contentHash(content).slice(0, HASH_LENGTH)}${name.slice(dot)}`;
}

// The files that are served under hashed names, and where each comes from:
// a file as it is (`text` when it names other files; `minify` with esbuild's
// loader for it), or a bundle.
function assetSources({ stageDir, sourceDir }) {
  const publicDir = join(sourceDir, 'public');
  const uiDir = join(sourceDir, 'ui');
  const webDir = join(sourceDir, 'web');
  return {
    // emcc's output. The glue and imgui.js name their .wasm. The glue is
    // served as .js: hosts' MIME tables may lack .mjs (Debian's nginx does),
    // and browsers refuse a module of any type but JavaScript.
    'inmail_engine.wasm': { file: join(stageDir, 'inmail_engine.wasm') },
    'inmail_engine.js': { file: join(stageDir, 'inmail_engine.mjs'), text: true, names: ['inmail_engine.wasm'] },
    'imgui.wasm': { file: join(stageDir, 'imgui.wasm') },
    // emcc minifies its glue's whitespace only; esbuild also shortens the
    // names inside its functions (3 KB gzip of the ImGui page's 220 KB).
    'imgui.js': { file: join(stageDir, 'imgui.js'), text: true, minify: 'js', names: ['imgui.wasm'] },
    // Bundles: the engine's module with its glue (one file the page and its
    // worker both import, so that it is downloaded once), the JS page
    // (index.html and embed.html), its worker, the embed's height reports,
    // and the ImGui page's shell.
    'engine.js': { bundle: join(webDir, 'inmail.js') },
    'app.js': { bundle: join(publicDir, 'app.js') },
    'engine-worker.js': { bundle: join(publicDir, 'engine-worker.js') },
    'embed-frame.js': { bundle: join(publicDir, 'embed-frame.js') },
    'imgui-shell.js': { bundle: join(uiDir, 'imgui-shell.js'), format: 'iife' },
    'styles.css': { file: join(publicDir, 'styles.css'), text: true, minify: 'css' },
    'imgui-shell.css': { file: join(uiDir, 'imgui-shell.css'), text: true },
    'favicon.svg': { file: join(publicDir, 'favicon.svg') },
    'icon-192.png': { file: join(publicDir, 'icon-192.png') },
    'icon-512.png': { file: join(publicDir, 'icon-512.png') },
    'icon-maskable-512.png': { file: join(publicDir, 'icon-maskable-512.png') },
  };
}

// The files served under fixed names, by page. `names`: the files a fixed
// file must name, so that a change in emcc's or our output that hides a
// reference fails the build instead of shipping a broken site.
function entrySources({ sourceDir }) {
  const publicDir = join(sourceDir, 'public');
  const webDir = join(sourceDir, 'web');
  return {
    js: {
      'index.html': {
        file: join(publicDir, 'index.html'),
        page: true,
        names: ['app.js', 'engine.js', 'inmail_engine.wasm'],
      },
      'embed.html': {
        file: join(publicDir, 'embed.html'),
        page: true,
        names: ['app.js', 'engine.js', 'embed-frame.js'],
      },
      'inmail.js': { file: join(webDir, 'inmail.js'), names: ['inmail_engine.js', 'inmail_engine.wasm'] },
      'inmail.d.ts': { file: join(webDir, 'inmail.d.ts'), copy: true },
      'embed.js': { bundle: join(webDir, 'embed.js'), format: 'iife' },
    },
    imgui: {
      'imgui.html': { file: join(sourceDir, 'ui/imgui.html'), page: true, names: ['imgui.js', 'imgui-shell.js'] },
    },
    both: {
      [WEB_APP_MANIFEST]: { file: join(publicDir, WEB_APP_MANIFEST), names: ['icon-192.png', 'icon-512.png'] },
    },
  };
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

class SiteBuild {
  #stageDir;
  #siteDir;
  #sources;
  #assets = new Map(); // name → Promise<{ name: hashed name, path: in the site, refs }>
  outputs = new Map(); // file name in the site → content (string or Buffer)

  constructor({ stageDir, siteDir, sourceDir }) {
    this.#stageDir = stageDir;
    this.#siteDir = siteDir;
    this.#sources = assetSources({ stageDir, sourceDir });
  }

  /** The asset `name` as it is served: { name, path, refs }; made once. */
  asset(name, chain = []) {
    if (chain.includes(name))
      throw new Error(`site files name each other in a circle: ${[...chain, name].join(' → ')}`);
    if (!this.#assets.has(name)) this.#assets.set(name, this.#make(name, [...chain, name]));
    return this.#assets.get(name);
  }

  /** Where every asset made so far is in the site ('assets/<hashed name>'). */
  async hashedPaths() {
    const paths = {};
    for (const name of [...this.#assets.keys()].sort()) paths[name] = (await this.#assets.get(name)).path;
    return paths;
  }

  async #make(name, chain) {
    const source = this.#sources[name];
    if (source.bundle) {
      const { code, map, refs } = await this.#bundle(source, name, chain, { inAssets: true });
      const hashed = hashedName(name, code);
      this.outputs.set(`${ASSETS_PREFIX}${hashed}.map`, map);
      this.outputs.set(`${ASSETS_PREFIX}${hashed}`, `${code}//# sourceMappingURL=${hashed}.map\n`);
      return { name: hashed, path: `${ASSETS_PREFIX}${hashed}`, refs };
    }
    if (!existsSync(source.file)) throw new Error(`${source.file} is missing (${name})`);
    let content = await readFile(source.file);
    let refs = [];
    if (source.text)
      ({ text: content, refs } = await this.rewrite(content.toString('utf8'), { chain, inAssets: true }));
    if (source.minify) content = (await transform(content, { minify: true, loader: source.minify })).code;
    this.#expect(name, source.names, refs);
    const hashed = hashedName(name, content);
    this.outputs.set(`${ASSETS_PREFIX}${hashed}`, content);
    return { name: hashed, path: `${ASSETS_PREFIX}${hashed}`, refs };
  }

  async #bundle(source, name, chain, { inAssets }) {
    const refs = new Set();
    // The glue is part of the bundle, not a file the bundle loads.
    const rewrite = async (text) => {
      const rewritten = await this.rewrite(text, { chain, inAssets, except: ['inmail_engine.js'] });
      rewritten.refs.forEach((ref) => refs.add(ref));
      return rewritten.text;
    };
    const { code, map } = await bundle({
      entry: source.bundle,
      // Where it will be, so that the map's paths to the sources are right.
      outfile: join(this.#siteDir, inAssets ? ASSETS_PREFIX : '', name),
      format: source.format,
      stageDir: this.#stageDir,
      rewrite,
    });
    return { code, map, refs: [...refs] };
  }

  /**
   * `text` with every quoted name of an asset ("app.js", './app.js',
   * url(app.js)) replaced by where it is served: 'assets/<hashed name>', or
   * the hashed name alone from a file that is in assets/ itself (`inAssets`).
   * Resolves to { text, refs }.
   */
  async rewrite(text, { chain = [], except = [], inAssets = false } = {}) {
    const names = Object.keys(this.#sources)
      .filter((name) => !except.includes(name))
      .sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<=["'(])(?:\\./)?(${names.map(escapeRegExp).join('|')})(?=["')])`, 'g');
    const refs = [...new Set([...text.matchAll(pattern)].map((match) => match[1]))];
    const hashed = new Map();
    for (const ref of refs) {
      const { name, path } = await this.asset(ref, chain);
      hashed.set(ref, inAssets ? name : path);
    }
    return { text: text.replace(pattern, (match, ref) => match.replace(ref, hashed.get(ref))), refs };
  }

  #expect(name, expected = [], refs = []) {
    const missing = expected.filter((ref) => !refs.includes(ref));
    if (missing.length > 0) {
      throw new Error(`${name} no longer names ${missing.join(', ')}: web/build-site.mjs cannot rename it`);
    }
  }

  /** Makes a file served under its own name; resolves to the assets it names. */
  async entry(name, source) {
    if (source.bundle) {
      const { code, map, refs } = await this.#bundle(source, name, [name], { inAssets: false });
      this.outputs.set(`${name}.map`, map);
      this.outputs.set(name, `${code}//# sourceMappingURL=${name}.map\n`);
      return refs;
    }
    const content = await readFile(source.file);
    if (source.copy) {
      this.outputs.set(name, content);
      return [];
    }
    const { text, refs } = await this.rewrite(content.toString('utf8'), { chain: [name] });
    this.#expect(name, source.names, refs);
    this.outputs.set(name, text);
    return refs;
  }

  /** The assets `names` load, and the assets those load, and so on. */
  async reachable(names) {
    const seen = new Set();
    const visit = async (name) => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const ref of (await this.asset(name)).refs) await visit(ref);
    };
    for (const name of names) await visit(name);
    return [...seen];
  }
}

async function packageVersion(sourceDir) {
  return JSON.parse(await readFile(join(sourceDir, 'package.json'), 'utf8')).version;
}

// The service worker's source with the version and the precache lists filled in.
async function serviceWorker(sourceDir, { version, pages, assets }) {
  let text = await readFile(join(sourceDir, 'web', SERVICE_WORKER), 'utf8');
  const lines = {
    VERSION: JSON.stringify(version),
    PAGES: JSON.stringify(pages),
    ASSETS: JSON.stringify(assets),
  };
  for (const [constant, value] of Object.entries(lines)) {
    const line = new RegExp(`^const ${constant} = .*;$`, 'm');
    if (!line.test(text)) throw new Error(`web/${SERVICE_WORKER} has no line \`const ${constant} = ...;\``);
    text = text.replace(line, `const ${constant} = ${value};`);
  }
  return text;
}

// Whether a file in the site directory (or in assets/: `inAssets`) belongs
// to an earlier build: any hashed name there, and at the top the names of
// builds before hashing.
function isOldBuildFile(file, assetNames, inAssets) {
  if (HASHED_NAME.test(file)) return true;
  const unmapped = file.endsWith('.map') ? file.slice(0, -'.map'.length) : file;
  return !inAssets && assetNames.includes(unmapped);
}

async function writeIfChanged(path, content) {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  try {
    if ((await readFile(path)).equals(bytes)) return false;
  } catch {
    // Not there yet.
  }
  await writeFile(path, bytes);
  return true;
}

/**
 * Builds the site from `stageDir` (emcc's output) and the sources into
 * `siteDir`; resolves to { version, files: { name: hashed name }, precache,
 * written, removed }.
 */
export async function buildSite({ stageDir, siteDir, sourceDir = REPO_DIR }) {
  stageDir = resolve(stageDir);
  siteDir = resolve(siteDir);
  const built = (...files) => files.every((file) => existsSync(join(stageDir, file)));
  const entries = entrySources({ sourceDir });
  const pages = [
    ...(built('inmail_engine.mjs', 'inmail_engine.wasm') ? [entries.js] : []),
    ...(built('imgui.js', 'imgui.wasm') ? [entries.imgui] : []),
  ];
  if (pages.length === 0) throw new Error(`${stageDir} holds neither page: build the wasm preset first`);
  const site = new SiteBuild({ stageDir, siteDir, sourceDir });
  const wanted = Object.entries(Object.assign({}, ...pages, entries.both));
  const refs = await Promise.all(wanted.map(([name, source]) => site.entry(name, source)));

  // What the pages need offline: each page, the manifest, and every asset
  // they load (inmail.js and its glue are for integrators, not the pages).
  const roots = wanted.filter(([name, source]) => source.page || name === WEB_APP_MANIFEST);
  const rootRefs = refs.filter((unused, index) => roots.includes(wanted[index]));
  const precachedAssets = (await site.reachable(rootRefs.flat())).map(async (name) => (await site.asset(name)).path);
  const precache = {
    pages: roots.map(([name]) => name).sort(),
    assets: (await Promise.all(precachedAssets)).sort(),
  };
  // The version changes with any precached byte: the hashed names cover the
  // assets, the pages' own text is hashed here.
  const fingerprint = contentHash(
    [...precache.assets, ...precache.pages.map((name) => `${name}:${contentHash(site.outputs.get(name))}`)].join('\n'),
  );
  const version = `${await packageVersion(sourceDir)}-${fingerprint.slice(0, HASH_LENGTH)}`;
  const files = await site.hashedPaths();
  site.outputs.set(SERVICE_WORKER, await serviceWorker(sourceDir, { version, ...precache }));
  site.outputs.set(ASSET_MANIFEST, `${JSON.stringify({ version, files, precache }, null, 2)}\n`);
  const fixedNames = [...site.outputs.keys()].filter((name) => !name.startsWith(ASSETS_PREFIX)).sort();
  site.outputs.set(HEADERS_FILE, headersFile(fixedNames));
  // Every host's MIME table types .js as JavaScript, not all type .mjs; a
  // module of another type does not load.
  const mjsFiles = [...site.outputs.keys()].filter((name) => name.endsWith('.mjs'));
  if (mjsFiles.length > 0) throw new Error(`the site would serve ${mjsFiles.join(', ')}: serve modules as .js`);

  // Hashed files first, then the files that name them, the service worker last.
  await mkdir(join(siteDir, ASSETS_PREFIX), { recursive: true });
  const order = (name) => (name === SERVICE_WORKER ? 2 : name.startsWith(ASSETS_PREFIX) ? 0 : 1);
  const written = [];
  for (const name of [...site.outputs.keys()].sort((a, b) => order(a) - order(b))) {
    if (await writeIfChanged(join(siteDir, name), site.outputs.get(name))) written.push(name);
  }
  // The build's stamp (web/CMakeLists.txt): touched even when unchanged.
  const now = new Date();
  await utimes(join(siteDir, ASSET_MANIFEST), now, now);
  const assetNames = Object.keys(assetSources({ stageDir, sourceDir }));
  const removed = [];
  for (const [dir, inAssets] of [
    ['', false],
    [ASSETS_PREFIX, true],
  ]) {
    for (const entry of await readdir(join(siteDir, dir), { withFileTypes: true })) {
      const file = `${dir}${entry.name}`;
      if (entry.isFile() && !site.outputs.has(file) && isOldBuildFile(entry.name, assetNames, inAssets)) {
        await rm(join(siteDir, file));
        removed.push(file);
      }
    }
  }
  return { version, files, precache, written, removed };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [stageDir, siteDir] = process.argv.slice(2);
  if (!stageDir || !siteDir) {
    console.error('usage: node web/build-site.mjs STAGE_DIR SITE_DIR');
    process.exit(2);
  }
  try {
    const { version, written, removed } = await buildSite({ stageDir, siteDir });
    console.log(`site ${version} in ${siteDir}: ${written.length} file(s) written, ${removed.length} removed`);
  } catch (error) {
    console.error(`build-site: ${error.message}`);
    process.exit(1);
  }
}
