// A small static file server for build/site on 127.0.0.1, with the headers
// docs/deploy.md asks of a host: the MIME types the site needs
// (application/wasm above all), the pages' Content-Security-Policy with who
// may frame them, a year's caching for the content-hashed files in assets/
// and none for the rest. Used by the README's main command and by the
// browser tests.
//
//   node scripts/serve.mjs [ROOT] [--port N]     (--help says more)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { servedHeaders } from '../web/site-headers.mjs';

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

// What a host compresses: text and WebAssembly, not the PNG icons.
const COMPRESSED = /^(text\/|application\/(javascript|json|manifest\+json|wasm)|image\/svg)/;

// `body` gzipped when `compress` is on, the type compresses and the
// browser accepts it, as a real host serves it; its headers to match.
function encoded(request, headers, body, compress) {
  const accepted = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (!compress || !accepted || !COMPRESSED.test(headers['Content-Type'])) return { headers, body };
  return { headers: { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }, body: gzipSync(body) };
}

/**
 * Starts serving `root`; resolves to { server, url } once listening.
 * `compress`: gzip what a host would (scripts/lighthouse.mjs judges a page
 * on its bytes over the wire).
 */
export function startServer({ root = 'build/site', port = 8080, host = '127.0.0.1', compress = false } = {}) {
  const absoluteRoot = resolve(root);
  // Links may be up to 64 KB (docs/url-query.md); Node's default header
  // limit (16 KB) would refuse the longest ones.
  const server = createServer({ maxHeaderSize: 128 * 1024 }, async (request, response) => {
    try {
      const file = await resolveFile(absoluteRoot, request.url ?? '/');
      const raw = file && (await readFile(file));
      const served = servedHeaders(relative(absoluteRoot, file).split(sep).join('/'));
      const { headers, body } = encoded(request, served, raw, compress);
      response.writeHead(200, headers);
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

const USAGE = `usage: node scripts/serve.mjs [ROOT] [--port N]

Serves ROOT (default build/site) on http://127.0.0.1:N/ with the headers
docs/deploy.md asks of a host, until Ctrl+C.

  --port N    the port (default 8080; 0 picks a free one)
  -h, --help  print this and exit
`;

// The command line as { help, root, port }; throws on anything else.
function parseCommandLine(args) {
  const { values, positionals } = parseArgs({
    args,
    options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new Error(`one ROOT at most, not ${positionals.length}`);
  // Number('') is 0, which would pick a free port instead of refusing.
  const port = values.port === undefined ? 8080 : Number(values.port || NaN);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port wants a whole number from 0 to 65535, not "${values.port}"`);
  }
  return { help: values.help ?? false, root: positionals[0] ?? 'build/site', port };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let options;
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`serve.mjs: ${error.message}\n\n${USAGE}`);
    process.exit(1);
  }
  if (options.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const { url } = await startServer({ root: options.root, port: options.port });
  console.log(`Serving ${options.root} at ${url} (Ctrl+C stops)`);
}
