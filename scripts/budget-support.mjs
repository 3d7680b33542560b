// What the budget scripts (web-budgets.mjs, imgui-budgets.mjs) share: their
// command-line options, their statistics and the transfer of a page.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The value after `name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

/** The nearest-rank percentile of `values` (`share` 0.5: the median of an odd count). */
export function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

export function median(values) {
  return percentile(values, 0.5);
}

/**
 * Puts `report` between the lines `<!-- NAME -->` and `<!-- /NAME -->` of
 * `file` (a script's --write), so that each script owns one section of
 * docs/performance.md and the prose around them stays.
 */
export function writeReport(file, name, report) {
  const text = readFileSync(file, 'utf8');
  const [start, end] = [`<!-- ${name} -->`, `<!-- /${name} -->`];
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no section ${start} ... ${end}`);
  writeFileSync(file, `${text.slice(0, from + start.length)}\n\n${report}\n\n${text.slice(to)}`);
}

/**
 * Opens `url` in a fresh context of `browser` without service workers (their
 * precaching is not part of the page's load), waits for `ready(page)`, and
 * resolves to every file the page fetched, once each, with its size raw and gzip -9 (as
 * a static host compresses it; the local server does not): { files: [{ file,
 * raw, gzip }], total }.
 */
export async function pageTransfer(browser, url, ready) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // By URL: a second request for a file (the worker's for the .wasm) is
  // answered from the HTTP cache.
  const bodies = new Map();
  page.on('response', (response) => {
    if (!bodies.has(response.url())) bodies.set(response.url(), response.body());
  });
  await page.goto(url);
  await ready(page);
  const files = [];
  for (const [fileUrl, body] of bodies) {
    const bytes = await body;
    files.push({
      file: new URL(fileUrl).pathname.slice(1) || 'index.html',
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    });
  }
  await context.close();
  return { files, total: files.reduce((sum, file) => sum + file.gzip, 0) };
}
