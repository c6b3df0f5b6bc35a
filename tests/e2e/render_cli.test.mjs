// facet render: the configurator's renderer off screen (EGL, Mesa) as product pictures and as the
// scene a path tracer needs to draw the same views; and what the finishes do to the picture.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { assertGoldBandViews, splitRenderedViews } from './package.mjs';
import { diffFraction, hueStats, meanLevel, metalDetail } from './pixels.mjs';

const FACET = new URL('../../build/native/facet', import.meta.url).pathname;
const BAND = new URL('../data/band-hk12.facet.json', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'facet-render-'));
let context, page;

before(async () => {
  context = await launch();
  page = await context.newPage();
});
after(async () => { await context?.close(); });

function render(specPath, name, ...args) {
  const out = join(work, name);
  execFileSync(FACET, ['render', specPath, '-o', out, ...args], { stdio: 'pipe' });
  return out;
}

function bandWith(metal, name) {
  const spec = JSON.parse(readFileSync(BAND, 'utf8'));
  delete spec.design_id;
  spec.piece.metal = metal;
  spec.piece.shank = { ...spec.piece.shank, width_mm: 6, top_width_mm: 6 };
  const path = join(work, `${name}.facet.json`);
  writeFileSync(path, JSON.stringify(spec));
  return path;
}

test('facet render: the job sheet\'s three views as files, and with --scene the studio and the cameras', async () => {
  const out = render(BAND, 'band', '--scene');
  const views = ['three-quarter', 'front', 'top'].map((f, i) => ({
    name: ['Three-quarter', 'Front', 'Top'][i], png: readFileSync(join(out, `${f}.png`)),
  }));
  await assertGoldBandViews(page, views);
  // The same pictures facet build --render puts in the job sheet.
  execFileSync(FACET, ['build', BAND, '-o', join(work, 'band-built'), '--render'], { stdio: 'pipe' });
  const sheet = splitRenderedViews(readFileSync(join(work, 'band-built', 'jobsheet.html'))).views;
  assert.equal(await diffFraction(page, views[0].png, sheet[0].png), 0);
  // The studio: a Radiance HDR, 1024 x 512 latitude-longitude.
  const hdr = readFileSync(join(out, 'studio.hdr'));
  assert.match(hdr.subarray(0, 64).toString('latin1'), /^#\?RADIANCE\n/);
  assert.match(hdr.subarray(0, 200).toString('latin1'), /\n-Y 512 \+X 1024\n/);
  // The cameras: one a view, looking at the same point from 30 degrees' field, at one distance.
  const cameras = JSON.parse(readFileSync(join(out, 'cameras.json'), 'utf8'));
  assert.deepEqual(cameras.map((c) => c.name), ['Three-quarter', 'Front', 'Top']);
  const distance = (c) => Math.hypot(...c.eye_mm.map((e, i) => e - c.target_mm[i]));
  for (const c of cameras) {
    assert.equal(c.fov_y_deg, 30);
    assert.deepEqual([c.width_px, c.height_px], [480, 360]);
    assert.ok(Math.abs(distance(c) - distance(cameras[0])) < 1e-3, `${c.name}: as far as the others`);
  }
  assert.ok(cameras[2].eye_mm[1] - cameras[2].target_mm[1] > 0.99 * distance(cameras[2]), 'the top view looks down');
});

test('facet render: a spec it cannot build is refused by field and rule, and nothing is drawn', () => {
  const result = spawnSync(FACET, ['render', new URL('../data/invalid-many.facet.json', import.meta.url).pathname, '-o', join(work, 'bad')]);
  assert.equal(result.status, 1);
  assert.match(result.stderr.toString(), /piece\.shank\.width_mm = 0: must be between 1 and 20 mm/);
  assert.ok(!existsSync(join(work, 'bad')), 'no folder made');
});

test('facet render --light display_case: the shop counter\'s dark case, the band still gold; an unknown light refused by name', async () => {
  const studio = readFileSync(join(render(BAND, 'band-studio'), 'three-quarter.png'));
  const shop = readFileSync(join(render(BAND, 'band-case', '--light', 'display_case'), 'three-quarter.png'));
  const corner = { x: 0, y: 0, width: 80, height: 60 };
  const light = await meanLevel(page, studio, corner), dark = await meanLevel(page, shop, corner);
  assert.ok(light > 180 && dark < 60, `the corner: ${light.toFixed(0)} in the studio, ${dark.toFixed(0)} in the case`);
  const { gold } = await hueStats(page, shop, null);
  assert.ok(gold > 0.05, `gold pixels in the case: ${(gold * 100).toFixed(1)}%`);
  const refused = spawnSync(FACET, ['render', BAND, '-o', join(work, 'disco'), '--light', 'disco'], { encoding: 'utf8' });
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /--light "disco": must be studio or display_case/);
  assert.equal(existsSync(join(work, 'disco')), false);
});

test('finishes on the pixels: hammered breaks the reflections into facets, brushed streaks them, both stay gold', async () => {
  const shot = (finish) => readFileSync(join(render(bandWith({ alloy: 'Au750', color: 'yellow', finish }, finish), finish), 'three-quarter.png'));
  const polished = shot('polished'), hammered = shot('hammered'), brushed = shot('brushed');
  const [detailPolished, detailHammered, detailBrushed] = await Promise.all([polished, hammered, brushed].map((png) => metalDetail(page, png)));
  assert.ok(detailHammered > 1.5 * detailPolished, `hammered ${detailHammered} against polished ${detailPolished}`);
  // Brushed: the lines add fine detail, less than the dents do (measured: 4.4, 5.1, 7.4).
  assert.ok(detailBrushed > detailPolished && detailBrushed < detailHammered, `brushed ${detailBrushed}`);
  for (const [name, png] of [['hammered', hammered], ['brushed', brushed]]) {
    assert.ok((await hueStats(page, png, null)).gold > 0.1, `${name} is gold`);
    // The band covers about a sixth of the picture: a quarter of it changed at the least.
    assert.ok(await diffFraction(page, polished, png) > 0.03, `${name} differs from polished`);
  }
});
