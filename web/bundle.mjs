// Bundles the page's and the worker's scripts (public/app.js and
// public/engine-worker.js, with inmail.js and the engine's glue) into the
// site, one file each. Run by the build (web/CMakeLists.txt):
//
//   node web/bundle.mjs SITE_DIR
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const siteDir = resolve(process.argv[2]);
const webDir = dirname(fileURLToPath(import.meta.url));
const publicDir = join(webDir, '..', 'public');

// The page imports the module as it sits in the site, next to the page; its
// source is in web/, and the glue is built straight into the site.
const ENGINE_FILES = {
  './inmail.js': join(webDir, 'inmail.js'),
  './inmail_engine.mjs': join(siteDir, 'inmail_engine.mjs'),
};

const engineFiles = {
  name: 'engine-files',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\/inmail(\.js|_engine\.mjs)$/ }, ({ path }) => ({ path: ENGINE_FILES[path] }));
  },
};

await build({
  entryPoints: [join(publicDir, 'app.js'), join(publicDir, 'engine-worker.js')],
  outdir: siteDir,
  bundle: true,
  format: 'esm',
  sourcemap: true,
  // Only inmail.js's Node branch imports these, and never in a browser.
  external: ['node:*'],
  plugins: [engineFiles],
  logLevel: 'warning',
});
