// Debian's Chromium, headless through playwright-core, on the built site
// served from 127.0.0.1. Shared by tests/browser and scripts/web-budgets.mjs.
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';
import { SITE_DIR, requireSite } from './site.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The flags the toolchain notes give for this machine (SwiftShader for the
// ImGui page's WebGL2); Playwright gives every launch a fresh profile.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts Debian's Chromium headless with this machine's flags. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Serves build/site and starts Chromium; resolves to { browser, url, close }. */
export async function openSite() {
  requireSite();
  const { server, url } = await startServer({ root: SITE_DIR, port: 0 });
  const browser = await launchChromium();
  return {
    browser,
    url,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
