// Where the tests find the built site, the CLI and the spec's examples. A
// missing site is an error with the command that builds it, never a skip.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
// INMAIL_SITE_DIR and INMAIL_CLI point the tests at another build.
export const SITE_DIR = process.env.INMAIL_SITE_DIR ?? join(REPO_ROOT, 'build/site');
// What emcc linked for the pages, before web/build-site.mjs: the tests that
// build sites of their own (a new version, stale files) start from it.
export const STAGE_DIR = process.env.INMAIL_STAGE_DIR ?? join(REPO_ROOT, 'build/wasm/site-stage');
export const CLI_PATH = process.env.INMAIL_CLI ?? join(REPO_ROOT, 'build/native/bin/inmail-calc');
// The spec's worked examples, as copied into the repository.
const SPEC_EXAMPLES_DIR = join(REPO_ROOT, 'tests/data/spec_examples');

const SITE_FILES = ['index.html', 'inmail.js', 'asset-manifest.json'];

/** What the site serves under fixed names; everything else is in assets/, named by its content. */
export const FIXED_NAMES = [
  'index.html',
  'embed.html',
  'imgui.html',
  'embed.js',
  'inmail.js',
  'inmail.d.ts',
  'service-worker.js',
  'manifest.webmanifest',
];
const BUILD_COMMAND = 'run `cmake --preset wasm && cmake --build --preset wasm`';

/** Throws unless build/site holds the built site. */
export function requireSite() {
  const missing = SITE_FILES.filter((file) => !existsSync(join(SITE_DIR, file)));
  if (missing.length > 0) {
    throw new Error(
      `${SITE_DIR} is not built (missing ${missing.join(', ')}): ${BUILD_COMMAND} ` +
        '(or point INMAIL_SITE_DIR at a site built elsewhere)',
    );
  }
}

/**
 * The site's asset-manifest.json: { version, files: { 'app.js':
 * 'app.<hash>.js', ... }, precache: { pages, assets } }.
 */
export function siteManifest(siteDir = SITE_DIR) {
  return JSON.parse(readFileSync(join(siteDir, 'asset-manifest.json'), 'utf8'));
}

/** The name `file` (e.g. 'app.js') is served under in the built site. */
export function siteFile(file, siteDir = SITE_DIR) {
  const name = siteManifest(siteDir).files[file];
  if (!name) throw new Error(`${siteDir} has no ${file}`);
  return name;
}

/** Throws unless the stage holds both pages as emcc linked them. */
export function requireStage() {
  const files = ['inmail_engine.mjs', 'inmail_engine.wasm', 'imgui.js', 'imgui.wasm'];
  const missing = files.filter((file) => !existsSync(join(STAGE_DIR, file)));
  if (missing.length > 0) {
    throw new Error(
      `${STAGE_DIR} lacks ${missing.join(', ')}: ${BUILD_COMMAND} ` +
        '(or point INMAIL_STAGE_DIR at the site-stage folder of another build)',
    );
  }
}

/** build/site/inmail.js, imported as any user would: { loadEngine, localMonth }. */
export async function loadSiteModule() {
  requireSite();
  return import(pathToFileURL(join(SITE_DIR, 'inmail.js')).href);
}

/** The engine from build/site/inmail.js. */
export async function loadSiteEngine() {
  const { loadEngine } = await loadSiteModule();
  return loadEngine();
}

/** The spec's worked examples: [{ name, scenario, today?, result }]. */
export function specExamples() {
  return readdirSync(SPEC_EXAMPLES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: file, ...JSON.parse(readFileSync(join(SPEC_EXAMPLES_DIR, file), 'utf8')) }));
}

export const CLI_MISSING = `${CLI_PATH} is not built: run \`cmake --preset native && cmake --build --preset native\``;

export function cliBuilt() {
  return existsSync(CLI_PATH);
}

/** Throws, saying how to build it, unless the CLI is built: a parity test fails, never skips. */
export function requireCli() {
  if (!cliBuilt()) throw new Error(CLI_MISSING);
}

// Runs the CLI; its stdout, also for exit 2 (invalid input prints errors).
// A result with comparisons and Monte Carlo runs to megabytes.
function runCli(args, input) {
  requireCli();
  try {
    return execFileSync(CLI_PATH, args, { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (failure) {
    if (failure.status !== 2) throw failure;
    return failure.stdout;
  }
}

/**
 * What `inmail-calc project -` prints for `scenario`, parsed for JSON (errors
 * exit 2). `today` and `currency` become --today and --currency.
 */
export function cliProject(scenario, format = 'json', { today, currency } = {}) {
  const args = ['project', '-', '--format', format];
  if (today) args.push('--today', today);
  if (currency) args.push('--currency', currency);
  const output = runCli(args, JSON.stringify(scenario));
  return format === 'json' ? JSON.parse(output) : output;
}

/** What `inmail-calc project --query QUERY` prints, parsed for JSON. */
export function cliProjectQuery(query, { today, format = 'json' } = {}) {
  const args = ['project', '--query', query, '--format', format];
  if (today) args.push('--today', today);
  const output = runCli(args);
  return format === 'json' ? JSON.parse(output) : output;
}

/** `inmail-calc link -`: the query for a scenario. */
export function cliLink(scenario, { today, currency } = {}) {
  const args = ['link', '-'];
  if (today) args.push('--today', today);
  if (currency) args.push('--currency', currency);
  return runCli(args, JSON.stringify(scenario)).trim();
}

/**
 * A page state holding `scenario` as given, with `currency`: the engine
 * reads every part a state leaves out as its default, so this is the state
 * of a page that was given exactly that scenario.
 */
export function stateFor(scenario, currency = '') {
  return { scenario, currency };
}

/** `inmail-calc schema`, parsed. */
export function cliSchema() {
  return JSON.parse(runCli(['schema']));
}

const temporaryDirs = [];

/** A new empty folder under the system's; removeTemporaryDirs() deletes it. */
export function temporaryDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `inmail-${prefix}-`));
  temporaryDirs.push(dir);
  return dir;
}

/** Deletes every folder temporaryDir() made (a test file's `after`). */
export function removeTemporaryDirs() {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A source tree for web/build-site.mjs that is the repository's but for
 * copies of the folders in `copied` (to change them).
 */
export function sourceCopy(copied) {
  const dir = temporaryDir('source');
  for (const entry of ['public', 'ui', 'web', 'node_modules', 'package.json']) {
    if (copied.includes(entry)) cpSync(join(REPO_ROOT, entry), join(dir, entry), { recursive: true });
    else symlinkSync(join(REPO_ROOT, entry), join(dir, entry));
  }
  return dir;
}
