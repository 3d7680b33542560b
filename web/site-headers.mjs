// The HTTP headers the site asks of its host (docs/deploy.md), in one place:
// scripts/serve.mjs sends them, web/build-site.mjs writes them into the
// site as `_headers` (the file Netlify and Cloudflare Pages read), and the
// tests check the pages and docs/deploy.md against them.

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
