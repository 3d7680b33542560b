// The site's headers (web/site-headers.mjs) as nginx configuration: the
// location blocks that serve the site from a folder on disk under a URL
// path, the server's root or any folder below it, for a `server {}` block to
// include. Generated rather than written by hand so that the headers cannot
// drift from what scripts/serve.mjs sends and `_headers` says; docs/deploy.md
// shows the output, and tests/browser/nginx.test.mjs runs it in Debian's
// nginx.
//
//   node web/nginx-config.mjs [--prefix /tools/inmail/] [--root /srv/inmail-calculator]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { ASSETS_PREFIX, CONTENT_TYPES, DEFAULT_CONTENT_TYPE, FRAME_ANCESTORS, headersFor } from './site-headers.mjs';

export const DEFAULT_PREFIX = '/';
export const DEFAULT_SITE_DIR = '/srv/inmail-calculator';

// nginx always types text/html with the charset and compresses it, and
// warns when it is listed again.
const ALWAYS_HTML = 'text/html';
// Already compressed.
const UNCOMPRESSED_TYPES = ['image/png'];

const INDENT = '    ';

// A value in double quotes; nginx would read `$` as a variable.
function quoted(value) {
  if (/["\\$]/.test(value)) throw new Error(`cannot write ${value} into nginx configuration`);
  return `"${value}"`;
}

function addHeaders(headers, indent) {
  return Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quoted(value)};`);
}

// The `types` block and what depends on it, from the site's own table: the
// host's table (/etc/nginx/mime.types) may lack .mjs and .webmanifest, and
// a `types` block in a location replaces it there rather than adding to it.
function typeLines(indent) {
  const extensions = new Map(); // type → its extensions
  const withCharset = new Set();
  for (const [extension, contentType] of Object.entries(CONTENT_TYPES)) {
    const [type, parameter] = contentType.split(/;\s*/);
    extensions.set(type, [...(extensions.get(type) ?? []), extension.slice(1)]);
    if (parameter === 'charset=utf-8' && type !== ALWAYS_HTML) withCharset.add(type);
  }
  const compressed = [...extensions.keys()].filter(
    (type) => type !== ALWAYS_HTML && !UNCOMPRESSED_TYPES.includes(type),
  );
  return [
    `${indent}types {`,
    ...[...extensions].map(([type, names]) => `${indent}${INDENT}${type} ${names.join(' ')};`),
    `${indent}}`,
    `${indent}default_type ${DEFAULT_CONTENT_TYPE};`,
    `${indent}charset utf-8;`,
    `${indent}charset_types ${[...withCharset].join(' ')};`,
    `${indent}gzip on;`,
    `${indent}gzip_types ${compressed.join(' ')};`,
  ];
}

/** Throws unless `prefix` is a URL path that begins and ends with '/' ('/', '/tools/inmail/'). */
function checkPrefix(prefix) {
  const segments = prefix.split('/').slice(1, -1);
  const valid =
    prefix.startsWith('/') &&
    prefix.endsWith('/') &&
    segments.every((segment) => /^[A-Za-z0-9._~-]+$/.test(segment) && segment !== '.' && segment !== '..');
  if (!valid)
    throw new Error(`--prefix wants a URL path that begins and ends with "/", like /tools/inmail/, not ${prefix}`);
}

/**
 * The location blocks that serve the site in `siteDir` (an absolute path) at
 * the URL path `prefix`, as text to include in a `server {}` block.
 */
export function nginxLocations({ prefix = DEFAULT_PREFIX, siteDir = DEFAULT_SITE_DIR } = {}) {
  checkPrefix(prefix);
  if (!siteDir.startsWith('/')) throw new Error(`--root wants an absolute path, not ${siteDir}`);
  const folder = siteDir.endsWith('/') ? siteDir : `${siteDir}/`;
  const inner = INDENT;
  const nested = INDENT + INDENT;
  const pageLocations = Object.keys(FRAME_ANCESTORS)
    .filter((page) => page !== '')
    .flatMap((page) => [`${inner}location = ${prefix}${page} {`, ...addHeaders(headersFor(page), nested), `${inner}}`]);
  const lines = [
    `# The InMail calculator at ${prefix}, from ${folder} (the unpacked site).`,
    '# Written by `node web/nginx-config.mjs` from web/site-headers.mjs: include',
    '# it in a server {} block. nginx drops the add_header lines of an outer',
    '# level in a location that has its own, hence each location has them all.',
    ...(prefix === '/' ? [] : [`location = ${prefix.slice(0, -1)} {`, `${inner}return 301 ${prefix};`, '}']),
    // ^~: the server's regular-expression locations (`~ \.js$`) do not take
    // the site's files away from these.
    `location ^~ ${prefix} {`,
    `${inner}alias ${quoted(folder)};`,
    `${inner}index index.html;`,
    ...typeLines(inner),
    '',
    `${inner}# Every file that is neither a page nor in ${ASSETS_PREFIX}: inmail.js, the service worker, ...`,
    // inmail.js stands for them all: they share one set of headers.
    ...addHeaders(headersFor('inmail.js'), inner),
    '',
    `${inner}# Content-hashed, never changed under their names.`,
    `${inner}location ^~ ${prefix}${ASSETS_PREFIX} {`,
    ...addHeaders(headersFor(`${ASSETS_PREFIX}file`), nested),
    `${inner}}`,
    '',
    `${inner}# The pages; the folder itself is index.html (through \`index\`).`,
    ...pageLocations,
    '',
    `${inner}# Files for other hosts (_headers for Netlify and Cloudflare Pages,`,
    `${inner}# .htaccess), never part of the site.`,
    // The prefix is letters, digits and -._~ (checkPrefix): only '.' is special.
    `${inner}location ~ ^${prefix.replaceAll('.', '\\.')}[._] {`,
    `${nested}return 404;`,
    `${inner}}`,
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

const USAGE = `usage: node web/nginx-config.mjs [--prefix PATH] [--root DIR]

Prints the nginx location blocks that serve the site (build/site, or the
unpacked zip) from DIR at the URL path PATH with the site's headers, for a
server {} block to include (docs/deploy.md).

  --prefix PATH  the URL path, beginning and ending with / (default ${DEFAULT_PREFIX})
  --root DIR     where the site's files are on the server (default ${DEFAULT_SITE_DIR})
  -h, --help     print this and exit
`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { values, positionals } = parseArgs({
      options: { prefix: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(USAGE);
      process.exit(0);
    }
    if (positionals.length > 0) throw new Error(`unexpected ${positionals.join(' ')}`);
    process.stdout.write(nginxLocations({ prefix: values.prefix, siteDir: values.root }));
  } catch (error) {
    process.stderr.write(`nginx-config.mjs: ${error.message}\n\n${USAGE}`);
    process.exit(1);
  }
}
