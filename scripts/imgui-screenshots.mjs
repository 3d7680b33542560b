// Screenshots of the ImGui page (build/site/imgui.html) as a projector shows
// it, at 1280x720 and 1920x1080: the first visit's example, the Plans tab,
// an open plan picker, a goal, a bad link and a shared link with Monte
// Carlo. Look at them after a change to the page.
//
//   node scripts/imgui-screenshots.mjs [OUT_DIR]   (default build/screenshots)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { openSite } from '../tests/js/browser.mjs';
import { REPO_ROOT } from '../tests/js/site.mjs';

const LITE = 'v=2&plan=recruiter_lite&start=2027-01&months=6&sends_per_month=40&response_rate=25';
const SHOTS = [
  { name: 'example', query: '' },
  { name: 'plans-tab', query: '', click: ['tab_plans'] },
  { name: 'plan-picker', query: '', click: ['plan'] },
  { name: 'goal', query: `${LITE}&goal_responses=20&seat_prices=%7B%22recruiter_lite%22%3A170%7D&currency=EUR` },
  { name: 'bad-link', query: 'v=2&months=999&seats=2,5&sends_per_month=40,x,60&currency=ABCDEFGHIJKLMNOPQRSTU' },
  {
    name: 'shared-link-monte-carlo',
    query:
      'v=2&plan=recruiter&seats=3&sends_per_month=40,40,120,120,20&response_rate=20&trials=200&utm_source=linkedin&colour=red',
  },
];
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

const outDir = process.argv[2] ?? join(REPO_ROOT, 'build/screenshots');
mkdirSync(outDir, { recursive: true });
const site = await openSite();
try {
  for (const { width, height } of SIZES) {
    for (const shot of SHOTS) {
      const page = await site.browser.newPage({ viewport: { width, height } });
      const frame = () =>
        page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await page.goto(`${site.url}imgui.html${shot.query ? `?${shot.query}` : ''}`);
      await page.waitForFunction(() => window.inmailUi?.frameStats().frames >= 1 && !window.inmailUi.pending());
      for (const name of shot.click ?? []) {
        const rect = (await page.evaluate(() => window.inmailUi.widgetRects()))[name];
        await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
        await page.mouse.down();
        await frame();
        await page.mouse.up();
        await frame();
      }
      await frame();
      const file = join(outDir, `imgui-${width}x${height}-${shot.name}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await site.close();
}
