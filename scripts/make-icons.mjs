// Draws the app icons of the web app manifest from public/favicon.svg, in
// headless Chromium: icon-192.png and icon-512.png (the icon as it is, on a
// transparent background) and icon-maskable-512.png (the icon's blue to the
// edges, the envelope inside the safe zone that launchers may crop to).
// The PNGs are committed; run this after changing the favicon.
//
//   node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { launchChromium } from '../tests/js/browser.mjs';
import { REPO_ROOT } from '../tests/js/site.mjs';

const PUBLIC_DIR = join(REPO_ROOT, 'public');
const svg = readFileSync(join(PUBLIC_DIR, 'favicon.svg'), 'utf8');
const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
// The favicon's own blue, behind the maskable icon.
const BLUE = /fill="(#[0-9a-f]{6})"/i.exec(svg)[1];

const ICONS = [
  { file: 'icon-192.png', size: 192, scale: 1, background: 'transparent' },
  { file: 'icon-512.png', size: 512, scale: 1, background: 'transparent' },
  // The safe zone is the middle circle of 80 % of the width.
  { file: 'icon-maskable-512.png', size: 512, scale: 0.62, background: BLUE },
];

const browser = await launchChromium();
try {
  for (const { file, size, scale, background } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = Math.round(size * scale);
    await page.setContent(
      `<body style="margin:0;background:${background};display:grid;place-items:center;height:${size}px">` +
        `<img src="${source}" width="${inner}" height="${inner}"></body>`,
    );
    await page.locator('img').evaluate((image) => image.decode());
    await page.screenshot({ path: join(PUBLIC_DIR, file), omitBackground: background === 'transparent' });
    await page.close();
    console.log(`public/${file}: ${size} x ${size}`);
  }
} finally {
  await browser.close();
}
