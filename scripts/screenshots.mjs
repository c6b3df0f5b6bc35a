// Renders designs in headless Chromium and saves PNGs, for looking at changes and for docs/img.
// Usage: node scripts/screenshots.mjs OUT_DIR [WIDTHxHEIGHT]
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveApp, openApp, waitForRest } from '../tests/e2e/browser.mjs';

const out = process.argv[2] ?? 'build/screenshots';
const [width, height] = (process.argv[3] ?? '1280x800').split('x').map(Number);
mkdirSync(out, { recursive: true });

const band = (metal, shank, size = { system: 'hk', value: 12 }) => JSON.stringify({
  format: 'facet.design', version: 1,
  piece: { type: 'ring', style: 'band', metal, size, shank },
});
const designs = {
  'au750-yellow-comfort': band({ alloy: 'Au750', color: 'yellow' }, { profile: 'comfort', width_mm: 4, thickness_mm: 1.8 }),
  'au750-white-rhodium-d': band({ alloy: 'Au750', color: 'white', plating: 'rhodium' }, { profile: 'd_shape', width_mm: 3, thickness_mm: 1.6 }),
  'au750-rose-flat': band({ alloy: 'Au750', color: 'rose' }, { profile: 'flat', width_mm: 5, thickness_mm: 1.5 }),
  'pt950-matte-taper': band({ alloy: 'Pt950', finish: 'matte' }, { profile: 'comfort', width_mm: 2.5, thickness_mm: 1.6, top_width_mm: 6, top_thickness_mm: 2.2 }),
  's925-brushed-d': band({ alloy: 'S925', finish: 'brushed' }, { profile: 'd_shape', width_mm: 6, thickness_mm: 2 }),
  'au990-polished-comfort': band({ alloy: 'Au990' }, { profile: 'comfort', width_mm: 3, thickness_mm: 1.4 }),
  'solitaire-round-6-au750': readFileSync('tests/data/solitaire-round-6.facet.json', 'utf8'),
  'solitaire-oval-4-pt950': readFileSync('tests/data/solitaire-oval-4-pt950.facet.json', 'utf8'),
};

const { server, url } = await serveApp();
const context = await launch({ viewport: { width, height } });
try {
  const { page, errors } = await openApp(context, url);
  for (const [name, json] of Object.entries(designs)) {
    const result = await page.evaluate((j) => facet.setDesign(j), json);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    // The final picture, not one caught half-way through its refinement strips.
    await waitForRest(page);
    await page.screenshot({ path: join(out, `${name}.png`) });
    console.log(join(out, `${name}.png`));
  }
  if (errors.length) throw new Error(errors.join('\n'));
} finally {
  await context.close();
  server.close();
}
