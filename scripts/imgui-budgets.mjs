// Checks the ImGui page (build/site/imgui.html) against its budgets, in
// headless Chromium on a local server:
//   - first frame <= 1.5 s after navigation (median of several loads);
//   - CPU time per frame while an input is dragged (ImGui build + the
//     engine's update and view + draw submission, timed in C++ around the
//     frame), p95 <= 8 ms, for 1 group x 36 months: the InMails per seat
//     and the response rate across, one month's bar of the sending plan up
//     and down.
// Its transfer (<= 220 KB gzip) is one of the site's budgets, in
// scripts/web-budgets.mjs. Prints the figures as Markdown and exits 1 when a
// budget is missed; --write puts them into that file, between
// `<!-- imgui-budgets -->` and `<!-- /imgui-budgets -->`.
//
//   node scripts/imgui-budgets.mjs [--loads N] [--drag-steps N] [--write docs/performance.md]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { openSite } from '../tests/js/browser.mjs';
import { SITE_DIR } from '../tests/js/site.mjs';
import { option, percentile, writeReport } from './budget-support.mjs';

const BUDGET_FIRST_FRAME_MS = 1500;
const BUDGET_DRAG_FRAME_P95_MS = 8;
const DRAG_QUERY = 'seats=1&sends_per_month=200&response_rate=20&months=36';
// What is dragged, and how far (CSS pixels; the view's step is per pixel).
const DRAGS = [
  { field: 'groups[0].sends_per_month', across: true, reach: 80 },
  { field: 'groups[0].response_rate', across: true, reach: 80 },
  { field: 'groups[0].sends_per_month[0]', across: false, reach: 60 },
];

const nextFrame = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

async function openPage(site, query) {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.url}imgui.html?${query}`);
  await page.waitForFunction(() => window.inmailUi?.frameStats().first_frame_ms > 0);
  return page;
}

async function measureFirstFrames(site, loads) {
  const times = [];
  for (let load = 0; load < loads; load += 1) {
    const page = await openPage(site, DRAG_QUERY);
    times.push(await page.evaluate(() => window.inmailUi.frameStats().first_frame_ms));
    await page.close();
  }
  return times;
}

// Drags the widget `field` to and fro (across, or up and down for a bar of
// the sending plan) by up to `reach` CSS pixels, one mouse move per frame,
// and returns the CPU time of every frame in which the drag changed the
// scenario.
async function measureDrag(site, { field, across, reach }, steps) {
  const page = await openPage(site, DRAG_QUERY);
  await nextFrame(page);
  const rect = (await page.evaluate(() => window.inmailUi.widgetRects()))[field];
  const start = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  const at = (offset) => (across ? [start.x + offset, start.y] : [start.x, start.y - offset]);
  await page.mouse.move(...at(0));
  await page.mouse.down();
  for (let step = 0; step < steps; step += 1) {
    const phase = (step % 40) / 40; // 0..1, then back to the start
    await page.mouse.move(...at(reach * (phase < 0.5 ? phase * 2 : 2 - phase * 2)));
    await nextFrame(page);
  }
  await page.mouse.up();
  const stats = await page.evaluate(() => window.inmailUi.frameStats());
  await page.close();
  return { total: stats.edit_ms, build: stats.edit_build_ms };
}

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

// imgui.js and imgui.wasm are served under hashed names (asset-manifest.json).
const manifest = join(SITE_DIR, 'asset-manifest.json');
const built = existsSync(join(SITE_DIR, 'imgui.html')) && existsSync(manifest);
if (!built || !['imgui.js', 'imgui.wasm'].every((file) => file in JSON.parse(readFileSync(manifest, 'utf8')).files)) {
  console.error('the ImGui page is not built: cmake --preset wasm && cmake --build --preset wasm');
  process.exit(1);
}

// The figures as Markdown, and the budgets they miss.
function report(firstFrames, drags, dragSteps) {
  const lines = [];
  const failures = [];
  const firstMedian = percentile(firstFrames, 0.5);
  lines.push(
    `First frame after navigation, ${firstFrames.length} loads: median ${firstMedian.toFixed(0)} ms, ` +
      `p95 ${percentile(firstFrames, 0.95).toFixed(0)} ms (budget ${BUDGET_FIRST_FRAME_MS} ms); ` +
      `all: ${firstFrames.map((ms) => ms.toFixed(0)).join(', ')}`,
  );
  if (firstMedian > BUDGET_FIRST_FRAME_MS) failures.push('first frame');
  lines.push('', `CPU time per frame while dragging (${DRAG_QUERY}), budget p95 ${BUDGET_DRAG_FRAME_P95_MS} ms:`, '');
  lines.push(
    row(['dragged', 'frames', 'median ms', 'p95 ms', 'max ms', 'without draw submission: median ms', 'p95 ms']),
  );
  lines.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const [field, { total, build }] of Object.entries(drags)) {
    const p95 = percentile(total, 0.95);
    lines.push(
      row([
        `\`${field}\``,
        total.length,
        percentile(total, 0.5).toFixed(2),
        p95.toFixed(2),
        Math.max(...total).toFixed(2),
        percentile(build, 0.5).toFixed(2),
        percentile(build, 0.95).toFixed(2),
      ]),
    );
    if (total.length < dragSteps / 4) failures.push(`${field}: only ${total.length} frames changed the scenario`);
    if (p95 > BUDGET_DRAG_FRAME_P95_MS) failures.push(`${field} drag p95`);
  }
  return { text: lines.join('\n'), failures };
}

const site = await openSite();
try {
  const firstFrames = await measureFirstFrames(site, Number(option('--loads', 7)));
  const dragSteps = Number(option('--drag-steps', 200));
  const drags = {};
  for (const drag of DRAGS) drags[drag.field] = await measureDrag(site, drag, dragSteps);
  const { text, failures } = report(firstFrames, drags, dragSteps);
  console.log(text);
  const target = option('--write');
  if (target) writeReport(target, 'imgui-budgets', text);
  if (failures.length > 0) console.error(`\nOver budget: ${failures.join(', ')}`);
  process.exitCode = failures.length > 0 ? 1 : 0;
} finally {
  await site.close();
}
