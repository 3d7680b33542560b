// The HTTP headers the site asks of its host (docs/deploy.md), in one place:
// scripts/serve.mjs sends them, web/build-site.mjs writes them into the
// site as `_headers` (the file Netlify and Cloudflare Pages read),
// web/nginx-config.mjs writes them as nginx configuration, and the tests
// check the pages, docs/deploy.md and a real nginx against them.
import { extname } from 'node:path';

/** The pages' policy, as in their meta tags (which cannot say who may frame them). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'";
/** Who may frame each page: any site the embed, none the two calculators ('' is the site's folder). */
export const FRAME_ANCESTORS = { '': "'none'", 'index.html': "'none'", 'imgui.html': "'none'", 'embed.html': '*' };
/** The folder of the content-hashed files and their source maps. */
export const ASSETS_PREFIX = 'assets/';
export const LONG_CACHE = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';

/**
 * The Content-Type of the site's files by extension; anything else is
 * application/octet-stream. Hosts' own tables are not to be relied on:
 * Debian's nginx has no .mjs and no .webmanifest, and browsers refuse a
 * module script of any other type. The site serves no .mjs; the entry is
 * there for hosts that copy this table.
 */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** The Content-Type of the site's file `name` ('assets/app.<hash>.js'). */
export function contentTypeFor(name) {
  return CONTENT_TYPES[extname(name).toLowerCase()] ?? DEFAULT_CONTENT_TYPE;
}

/**
 * The headers for the site's file `name` ('index.html',
 * 'assets/app.<hash>.js'), but Content-Type.
 */
export function headersFor(name) {
  const headers = { 'X-Content-Type-Options': 'nosniff' };
  const ancestors = FRAME_ANCESTORS[name];
  if (ancestors) {
    headers['Content-Security-Policy'] = `${CONTENT_SECURITY_POLICY}; frame-ancestors ${ancestors}`;
    if (ancestors === "'none'") headers['X-Frame-Options'] = 'DENY';
    headers['Cache-Control'] = NO_CACHE;
    return headers;
  }
  // Other sites may import inmail.js, which loads the glue and the .wasm.
  headers['Access-Control-Allow-Origin'] = '*';
  headers['Cache-Control'] = name.startsWith(ASSETS_PREFIX) ? LONG_CACHE : NO_CACHE;
  return headers;
}

/** Every header a host sends with the site's file `name`, Content-Type included. */
export function servedHeaders(name) {
  return { 'Content-Type': contentTypeFor(name), ...headersFor(name) };
}

/** The same as a `_headers` file: one rule for the pages, assets/* and the rest each. */
export function headersFile(fixedNames) {
  const rule = (path, headers) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const rules = [
    ...Object.keys(FRAME_ANCESTORS).map((page) => rule(`/${page}`, headersFor(page))),
    rule(`/${ASSETS_PREFIX}*`, headersFor(`${ASSETS_PREFIX}file`)),
    ...fixedNames.filter((name) => !(name in FRAME_ANCESTORS)).map((name) => rule(`/${name}`, headersFor(name))),
  ];
  return `# The site's headers for Netlify and Cloudflare Pages (docs/deploy.md),\n# written by web/build-site.mjs.\n${rules.join('\n')}\n`;
}
