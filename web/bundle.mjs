// Bundles one of the site's scripts with esbuild, minified, with an external
// source map. Used by web/build-site.mjs, which names the result by its
// content.
//
// The page and its worker each load one file (with inmail.js and the
// engine's glue in it) instead of a chain of ES modules found one import at
// a time, which cost a new tab tens of milliseconds before its first figures.
// The source maps lead back to public/, web/ and ui/.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * Bundles `entry` as if it were written to `outfile`; resolves to
 * { code, map } (text; the code has no sourceMappingURL comment yet).
 *
 * - `format`: 'esm' for modules and module workers, 'iife' for classic scripts.
 * - `stageDir`: where the build put the engine's glue (inmail_engine.mjs).
 * - `rewrite(text)`: the source text with the names of the site's other
 *   files replaced by the names they are served under; applied to every
 *   module before esbuild reads it, so the source map stays exact.
 */
export async function bundle({ entry, outfile, format = 'esm', stageDir, rewrite = async (text) => text }) {
  // public/ imports the module as it sits in the site, next to the page; its
  // source is in web/, and the glue is built into the stage (as .mjs, served
  // as .js).
  const engineFiles = {
    './inmail.js': join(WEB_DIR, 'inmail.js'),
    './inmail_engine.js': join(stageDir, 'inmail_engine.mjs'),
  };
  const siteFiles = {
    name: 'site-files',
    setup(bundler) {
      // The engine's module is a file of its own, which the page and its
      // worker share (by then named by its content).
      bundler.onResolve({ filter: /^\.\/engine(\.[0-9a-f]+)?\.js$/ }, ({ path }) => ({ path, external: true }));
      bundler.onResolve({ filter: /^\.\/inmail(_engine)?\.js$/ }, ({ path }) => ({ path: engineFiles[path] }));
      bundler.onLoad({ filter: /\.m?js$/ }, async ({ path }) => ({
        contents: await rewrite(await readFile(path, 'utf8')),
        loader: 'js',
      }));
    },
  };
  const result = await build({
    entryPoints: [entry],
    outfile,
    write: false,
    bundle: true,
    format,
    minify: true,
    sourcemap: 'external',
    // Only inmail.js's Node branch imports these, and never in a browser.
    external: ['node:*'],
    plugins: [siteFiles],
    logLevel: 'warning',
  });
  const text = (suffix) => result.outputFiles.find((file) => file.path.endsWith(suffix)).text;
  return { code: text('.js'), map: text('.js.map') };
}
