// A small static file server for build/site on 127.0.0.1, with the headers
// docs/deploy.md asks of a host: the MIME types the site needs
// (application/wasm above all), the pages' Content-Security-Policy with who
// may frame them, a year's caching for the content-hashed files in assets/
// and none for the rest. Used by the README's main command and by the
// browser tests.
//
//   node scripts/serve.mjs [ROOT] [--port N]     (port 0 picks a free one)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { headersFor } from '../web/site-headers.mjs';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The headers a host sends with the site's file `name` ('index.html', 'assets/app.<hash>.js'; docs/deploy.md). */
function siteHeaders(name) {
  return {
    'Content-Type': MIME_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream',
    ...headersFor(name),
  };
}

async function resolveFile(root, urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0]);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  try {
    const info = await stat(candidate);
    return info.isDirectory() ? join(candidate, 'index.html') : candidate;
  } catch {
    return null;
  }
}

/** Starts serving `root`; resolves to { server, url } once listening. */
export function startServer({ root = 'build/site', port = 8080, host = '127.0.0.1' } = {}) {
  const absoluteRoot = resolve(root);
  // Links may be up to 64 KB (docs/url-query.md); Node's default header
  // limit (16 KB) would refuse the longest ones.
  const server = createServer({ maxHeaderSize: 128 * 1024 }, async (request, response) => {
    try {
      const file = await resolveFile(absoluteRoot, request.url ?? '/');
      const body = file && (await readFile(file));
      response.writeHead(200, siteHeaders(relative(absoluteRoot, file).split(sep).join('/')));
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found\n');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portFlag = args.indexOf('--port');
  const port = portFlag >= 0 ? Number(args[portFlag + 1]) : 8080;
  const root = args.find((arg, index) => !arg.startsWith('--') && index !== portFlag + 1);
  const { url } = await startServer({ root: root ?? 'build/site', port });
  console.log(`Serving ${root ?? 'build/site'} at ${url} (Ctrl+C stops)`);
}
