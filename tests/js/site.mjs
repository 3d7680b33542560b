// Where the tests find the built site, the CLI and the spec's examples. A
// missing site is an error with the command that builds it, never a skip.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
// INMAIL_SITE_DIR and INMAIL_CLI point the tests at another build.
export const SITE_DIR = process.env.INMAIL_SITE_DIR ?? join(REPO_ROOT, 'build/site');
export const CLI_PATH = process.env.INMAIL_CLI ?? join(REPO_ROOT, 'build/native/bin/inmail-calc');
// The spec's worked examples, as copied into the repository.
const SPEC_EXAMPLES_DIR = join(REPO_ROOT, 'tests/data/spec_examples');

const SITE_FILES = ['index.html', 'inmail.js', 'inmail_engine.mjs', 'inmail_engine.wasm'];

/** Throws unless build/site holds the built site. */
export function requireSite() {
  const missing = SITE_FILES.filter((file) => !existsSync(join(SITE_DIR, file)));
  if (missing.length > 0) {
    throw new Error(
      `build/site is not built (missing ${missing.join(', ')}): ` +
        'run `cmake --preset wasm -B build/wasm-web && cmake --build build/wasm-web`',
    );
  }
}

/** The engine from build/site/inmail.js, imported as any user would. */
export async function loadSiteEngine() {
  requireSite();
  const { loadEngine } = await import(pathToFileURL(join(SITE_DIR, 'inmail.js')).href);
  return loadEngine();
}

/** The spec's worked examples: [{ name, scenario, result }]. */
export function specExamples() {
  return readdirSync(SPEC_EXAMPLES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: file, ...JSON.parse(readFileSync(join(SPEC_EXAMPLES_DIR, file), 'utf8')) }));
}

export function cliBuilt() {
  return existsSync(CLI_PATH);
}

/** What `inmail-calc project -` prints for `scenario`, parsed (errors exit 2). */
export function cliProject(scenario, format = 'json') {
  const options = { input: JSON.stringify(scenario), encoding: 'utf8' };
  let output;
  try {
    output = execFileSync(CLI_PATH, ['project', '-', '--format', format], options);
  } catch (failure) {
    if (failure.status !== 2) throw failure;
    output = failure.stdout;
  }
  return format === 'json' ? JSON.parse(output) : output;
}

export const CLI_MISSING = `${CLI_PATH} is not built (cmake --preset native && cmake --build --preset native)`;
