// Pictures of the piece: facet.snapshot(w, h) gives a PNG of that size with the piece framed in it
// (not the backdrop alone) and its soft shadow on the floor under it, the same picture for the
// same design and view, another for another
// design; sizes out of range are refused by name; the panel's PNG button downloads 1600 x 1200; a
// diamond in it is traced through its facets; jadeite is translucent, a pearl nacre; the display case light darkens the backdrop and
// keeps gold gold, and the studio comes back as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveApp, openApp } from './browser.mjs';
import { panelDriver } from './panel-driver.mjs';
import { blueDepth, diffFraction, floorUnderPiece, goldFraction, levelSpread, meanColor, meanLevel, pieceFraction as pieceShare, stoneStats } from './pixels.mjs';

let server, url, context, page, errors, ui;

before(async () => {
  ({ server, url } = await serveApp());
  context = await launch();
  ({ page, errors } = await openApp(context, url));
  ui = panelDriver(page);
  await ui.frames();
});

after(async () => {
  await context?.close();
  server?.close();
});

const snapshot = async (w, h) => {
  const dataUrl = await page.evaluate(([width, height]) => facet.snapshot(width, height), [w, h]);
  assert.match(dataUrl, /^data:image\/png;base64,/);
  return Buffer.from(dataUrl.slice('data:image/png;base64,'.length), 'base64');
};
test('the piece stands on the floor: its shadow darkens the backdrop just under it', async () => {
  const floor = await floorUnderPiece(page, await snapshot(640, 480));
  assert.ok(floor.lowest > 0 && floor.lowest < 470, `the piece ends at row ${floor.lowest}`);
  // By itself the backdrop is brightest in the middle of a row (its vignette); under the piece it is darker.
  assert.ok(floor.middle < floor.sides - 3, `under the piece ${floor.middle}, to the sides ${floor.sides}`);
});

// A PNG's size, from its IHDR chunk.
const pngSize = (png) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const pieceFraction = (png) => pieceShare(page, png);

test('a snapshot is a PNG of the size asked for, with the piece framed in it', async () => {
  const band = await snapshot(640, 480);
  assert.deepEqual(pngSize(band), { width: 640, height: 480 });
  const share = await pieceFraction(band);
  assert.ok(share > 0.08 && share < 0.9, `the yellow band covers ${(share * 100).toFixed(1)}% of the picture`);
  assert.equal(await diffFraction(page, band, await snapshot(640, 480)), 0, 'the same design, the same picture');
  assert.deepEqual(pngSize(await snapshot(300, 900)), { width: 300, height: 900 });

  await page.evaluate(() => facet.setDesign(facet.getDesign().replace('"yellow"', '"white"')));
  const white = await snapshot(640, 480);
  assert.ok(await diffFraction(page, band, white) > 0.05, 'white gold looks different');
  assert.deepEqual(errors, []);
});

test('sizes out of range are refused, naming the rule', async () => {
  for (const [w, h] of [[10, 480], [640, 5000], [0, 0], [Number.NaN, 100]]) {
    const message = await page.evaluate(([width, height]) => {
      try { facet.snapshot(width, height); return 'accepted'; } catch (e) { return `${e.name}: ${e.message}`; }
    }, [w, h]);
    assert.match(message, /^RangeError: facet.snapshot: width and height must be 16 to 4096 pixels/, `${w} x ${h}`);
  }
  assert.deepEqual(errors, []);
});

test("the panel's PNG button downloads a 1600 x 1200 picture", async () => {
  await page.evaluate(() => facet.undo());  // yellow again: white gold is near the backdrop's grey
  const box = await ui.rect('download.png');
  const [download] = await Promise.all([page.waitForEvent('download'), page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)]);
  assert.match(download.suggestedFilename(), /^facet-band\.png$/);
  const path = join(mkdtempSync(join(tmpdir(), 'facet-png-')), 'piece.png');
  await download.saveAs(path);
  const png = readFileSync(path);
  assert.deepEqual(pngSize(png), { width: 1600, height: 1200 });
  assert.ok(await pieceFraction(png) > 0.08);
  assert.deepEqual(errors, []);
});

// Light and dark facets and coloured flashes where the stone is, from a white-gold stud (the
// metal neutral, so colour there is the stone's fire). The snapshot is drawn at the best tier,
// whatever the screen's: the stone traced through its facet planes, not shaded as a surface.
test('a diamond stud snapshot shows a traced stone: dark and bright facets, and dispersed colour', async () => {
  const json = readFileSync(new URL('../data/stud-round-3-prong-au585.facet.json', import.meta.url), 'utf8');
  assert.equal((await page.evaluate((j) => facet.setDesign(j), json)).ok, true);
  const png = await snapshot(480, 480);
  const { dark, bright, coloured } = await stoneStats(page, png, { x: 170, y: 170, width: 140, height: 140 });
  assert.ok(dark > 0.03, `dark facets (the studio's floor and the viewer, returned): ${dark}`);
  assert.ok(bright > 0.1, `bright facets (the softboxes): ${bright}`);
  assert.ok(coloured > 0.005, `dispersed colour (fire): ${coloured}`);
  assert.deepEqual(errors, []);
});

test('the display case light: a dark backdrop, the gold still gold; an unknown light refused; the studio back as it was', async () => {
  const set = await page.evaluate((json) => facet.setDesign(json), readFileSync('tests/data/solitaire-round-6.facet.json', 'utf8'));
  assert.equal(set.ok, true, JSON.stringify(set.errors));
  assert.equal(await page.evaluate(() => facet.lighting()), 'studio');
  const studio = await snapshot(640, 480);
  assert.deepEqual(await page.evaluate(() => facet.setLighting('display_case')), { ok: true, lighting: 'display_case' });
  const shop = await snapshot(640, 480);
  const corner = { x: 0, y: 0, width: 120, height: 90 };
  const light = await meanLevel(page, studio, corner), dark = await meanLevel(page, shop, corner);
  assert.ok(light > 180 && dark < 60, `the backdrop's corner: ${light.toFixed(0)} in the studio, ${dark.toFixed(0)} in the case`);
  const gold = await goldFraction(page, shop);
  assert.ok(gold > 0.05, `gold pixels in the case: ${(gold * 100).toFixed(1)}%`);
  assert.deepEqual(await page.evaluate(() => facet.setLighting('disco')), { ok: false, lighting: 'display_case' });
  assert.deepEqual(await page.evaluate(() => facet.setLighting('studio')), { ok: true, lighting: 'studio' });
  assert.equal(await diffFraction(page, studio, await snapshot(640, 480)), 0, 'the studio as it was');
  assert.deepEqual(errors, []);
});

// A pearl is drawn as nacre, not as a stone light passes through. Lit by the display case (a
// bright ceiling, dark velvet below) the nacre is lit from above: its top light, its underside
// dark (seen through, as a glassy stone, it was the other way round: 171 over 179). In the white
// studio it is white, nearly neutral, and shaded to its edges with the softboxes mirrored in it
// (lustre): not the flat white disc it was (levels within 3 of each other).
test('a pearl stud snapshot shows nacre: lit from above, white, shaded and lustrous, not a flat disc', async () => {
  const json = readFileSync(new URL('../data/stud-pearl-akoya-au750.facet.json', import.meta.url), 'utf8');
  assert.equal((await page.evaluate((j) => facet.setDesign(j), json)).ok, true);
  assert.equal((await page.evaluate(() => facet.setLighting('display_case'))).ok, true);
  const shop = await snapshot(480, 480);
  assert.equal((await page.evaluate(() => facet.setLighting('studio'))).ok, true);
  const top = await meanLevel(page, shop, { x: 160, y: 200, width: 60, height: 25 });
  const bottom = await meanLevel(page, shop, { x: 160, y: 320, width: 60, height: 25 });
  assert.ok(top - bottom > 60, `the pearl's top ${top.toFixed(0)}, its underside ${bottom.toFixed(0)}`);  // measured 247 and 111
  const { p10, p90, chroma, burnt } = await levelSpread(page, await snapshot(480, 480), { x: 130, y: 215, width: 120, height: 110 });
  const figures = JSON.stringify({ p10, p90, chroma, burnt });
  assert.ok(p10 > 150, `all of the region is white pearl: ${figures}`);  // measured 209 to 247
  assert.ok(p90 - p10 > 20, `shaded: ${figures}`);
  assert.ok(chroma < 20, `near neutral: ${figures}`);
  assert.ok(burnt < 0.2, `not burnt out: ${figures}`);
  assert.deepEqual(errors, []);
});

// Jadeite is translucent: light goes straight through where the cabochon is thin, so its rim lets
// the white studio through, pale; through the thick middle it wanders, and its green deepens. Drawn
// as clear glass it was pale mint all over, the middle (level 209) as light as the rim (202).
test('a jadeite pendant snapshot shows translucent jade: a deep green middle, a paler rim where it is thin', async () => {
  const json = readFileSync(new URL('../data/spec-example-jadeite-pendant.facet.json', import.meta.url), 'utf8');
  assert.equal((await page.evaluate((j) => facet.setDesign(j), json)).ok, true);
  const shot = await snapshot(480, 480);
  const middle = await meanColor(page, shot, { x: 210, y: 280, width: 50, height: 60 });
  const rim = await meanColor(page, shot, { x: 300, y: 300, width: 10, height: 40 });
  const level = (rgb) => (rgb[0] + rgb[1] + rgb[2]) / 3;
  const figures = JSON.stringify({ middle: middle.map(Math.round), rim: rim.map(Math.round) });
  assert.ok(middle[1] - Math.max(middle[0], middle[2]) > 60, `the middle is a deep green: ${figures}`);  // measured 82 (glass: 49)
  assert.ok(level(middle) < 170, `the middle is not pale: ${figures}`);  // measured 133
  assert.ok(level(rim) > level(middle) + 25, `the thin rim is paler than the middle: ${figures}`);  // measured 184 over 133
  assert.ok(rim[1] > rim[0] && rim[1] > rim[2], `the rim is still jade: ${figures}`);
  assert.deepEqual(errors, []);
});

// Text on a pendant's back closes it with gold: no light comes through from behind, and what
// crosses the jade is mirrored back by the gold, so the stone is warmed by it (the jeweller's
// polished closed back). Drawn as if open, the closed stone was the open one's colour exactly.
test('a jadeite on a closed, engraved gold back is warmed by the gold behind it; the open one is not', async () => {
  const closed = JSON.parse(readFileSync(new URL('../data/pendant-jadeite-engraved-back-au990.facet.json', import.meta.url), 'utf8'));
  const open = structuredClone(closed);
  open.piece.engraving = [];
  const middleOf = async (design) => {
    assert.equal((await page.evaluate((j) => facet.setDesign(j), JSON.stringify(design))).ok, true);
    return meanColor(page, await snapshot(480, 480), { x: 215, y: 200, width: 50, height: 60 });
  };
  const [o, c] = [await middleOf(open), await middleOf(closed)];
  const figures = JSON.stringify({ open: o.map(Math.round), closed: c.map(Math.round) });
  const warmth = (rgb) => rgb[0] - rgb[2];
  assert.ok(warmth(c) > warmth(o) + 6, `the gold back warms the jade: ${figures}`);  // measured -9 over -21
  for (const rgb of [o, c]) assert.ok(rgb[1] > rgb[0] + 40 && rgb[1] > rgb[2] + 40, `still green jade: ${figures}`);
  assert.deepEqual(errors, []);
});

// A clear cabochon goes the same way through its dome, without the scattering: a sapphire cabochon
// is a deep blue where its dome is thick, as a sapphire is. Drawn by the glassy approximation it
// was a pale periwinkle: of its blue pixels 23% deep (now 86%).
test('a sapphire cabochon ring snapshot is a deep blue, not a pale one', async () => {
  const json = JSON.parse(readFileSync(new URL('../data/ring-jadeite-cabochon-bezel-au750.facet.json', import.meta.url), 'utf8'));
  json.piece.stones[0].gem = 'sapphire';
  assert.equal((await page.evaluate((j) => facet.setDesign(j), JSON.stringify(json))).ok, true);
  const { blue, deep } = await blueDepth(page, await snapshot(480, 480), { x: 175, y: 85, width: 130, height: 65 });
  const figures = JSON.stringify({ blue, deep });
  assert.ok(blue > 0.25, `the stone is blue: ${figures}`);  // measured 0.48
  assert.ok(deep > 0.6, `a deep blue: ${figures}`);  // measured 0.86
  assert.deepEqual(errors, []);
});
