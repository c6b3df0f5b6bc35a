// Headless Chromium for the end-to-end tests: Debian's chromium driven by playwright-core, WebGL2
// on the CPU through SwiftShader (../shared/reference/toolchain-notes.md).
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic',
];

// options: Playwright context options, e.g. { viewport, deviceScaleFactor, isMobile, hasTouch }.
export async function launch(options = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'facet-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true,
    viewport: { width: 1280, height: 800 }, acceptDownloads: true, locale: 'en-US', ...options,
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

export async function serveApp() {
  const server = await serve(new URL('../../build/web', import.meta.url).pathname, 0);
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// Opens the configurator and waits for its first frame; collects console errors. Each test starts
// from the default design unless `keepAutosave`: the origin's storage (the autosaved design) is
// emptied first (through the DevTools protocol: no page of the origin need load).
export async function openApp(context, url, { viewport, keepAutosave = false } = {}) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  if (!keepAutosave) {
    const devtools = await context.newCDPSession(page);
    await devtools.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'local_storage' });
    await devtools.detach();
  }
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  await page.evaluate(() => window.facet.ready);
  return { page, errors };
}

// Waits until the piece's picture is final: nothing drawn or refined for 600 ms (a change is drawn
// at the moving tier, then, 300 ms after the last change, refined a strip a frame). Returns the
// frame counts then.
export async function waitForRest(page) {
  let stats = await page.evaluate(() => facet.frameStats());
  let unchanged = 0;
  for (let i = 0; i < 60 && unchanged < 2; ++i) {
    await page.waitForTimeout(300);
    const now = await page.evaluate(() => facet.frameStats());
    unchanged = now.refined === stats.refined && now.drawn === stats.drawn ? unchanged + 1 : 0;
    stats = now;
  }
  return stats;
}
