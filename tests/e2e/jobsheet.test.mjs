// jobsheet.html as a bench jeweller gets it: opened in real headless Chromium, printed to A4 PDF,
// carrying every field the factory issue lists, with the three dimensioned views drawn.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { assertGoldBandViews, splitRenderedViews } from './package.mjs';
import { diffFraction } from './pixels.mjs';

const FACET = new URL('../../build/native/facet', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'facet-jobsheet-'));
let context;

before(async () => { context = await launch(); });
after(async () => { await context?.close(); });

function build(spec, name, ...args) {
  const path = join(work, `${name}.facet.json`);
  writeFileSync(path, JSON.stringify(spec));
  const out = join(work, name);
  execFileSync(FACET, ['build', path, '-o', out, ...args], { stdio: 'pipe' });
  return { out, report: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) };
}

test('a three-stone job sheet: order, metal with its mark, size, stones, shrinkage, every check, three views, one A4 page in PDF', async () => {
  const spec = JSON.parse(readFileSync(new URL('../data/three-stone-sapphire-pt950-court.facet.json', import.meta.url), 'utf8'));
  spec.meta = { ...spec.meta, order_id: 'SZ-2026-0042', customer_ref: '王女士', created: '2026-11-21' };
  spec.production = { hallmark: 'Pt950 FACET' };
  const { out, report } = build(spec, 'three-stone', '--shrinkage', '1.5');
  const page = await context.newPage();
  await page.goto(`file://${join(out, 'jobsheet.html')}`);
  const text = await page.evaluate(() => document.body.innerText);
  for (const expected of ['SZ-2026-0042', '王女士', '2026-11-21', report.design_id, 'Pt950 / 铂950', '铂950 Platinum 950',
    'Pt950 FACET', '1.5% (metal scaled by 1.015, stones not)', `${report.metal.weight_g.toFixed(2)} g`, '53.4 mm', 'us 6.5',
    'M1/2', '0.654', '7.00 × 5.00 × 3.11', '蓝宝石 sapphire', '可生产 · PASS']) {
    assert.ok(text.includes(expected), `the job sheet shows ${expected}`);
  }
  // Every check of the report, one row each.
  const rules = await page.evaluate(() => [...document.querySelectorAll('table.checks tr')].slice(1).map((r) => r.cells[0].innerText));
  assert.equal(rules.length, report.checks.length);
  for (const c of report.checks) assert.ok(rules.some((r) => r.endsWith(c.rule)), c.rule);
  // Three views, each a decoded picture of the piece with its overall dimensions in mm.
  const views = await page.evaluate(async () => Promise.all([...document.querySelectorAll('figure svg')].map(async (svg) => {
    const img = new Image();
    img.src = svg.querySelector('image').getAttribute('href');
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 240) ink++;
    return { ink: ink / (d.length / 4), labels: [...svg.querySelectorAll('text')].map((t) => t.textContent) };
  })));
  assert.equal(views.length, 3);
  for (const v of views) assert.ok(v.ink > 0.1 && v.ink < 0.9, JSON.stringify(v));
  const [w, h, d] = report.bbox_mm.map((x) => x.toFixed(2));
  assert.ok(views[0].labels.includes(w) && views[0].labels.includes(h), `front: ${views[0].labels}`);
  assert.ok(views[0].labels.includes(`Ø ${report.size.diameter_mm.toFixed(2)}`), 'the finger hole');
  assert.ok(views[1].labels.includes(h) && views[1].labels.includes(spec.piece.shank.width_mm.toFixed(2)), `side: ${views[1].labels}`);
  assert.ok(views[2].labels.includes(w), `top: ${views[2].labels}`);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(join(tmpdir(), 'facet-jobsheet.pdf'), pdf);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  assert.ok(pages.length >= 1 && pages.length <= 2, `${pages.length} A4 pages`);
  await page.screenshot({ path: join(tmpdir(), 'facet-jobsheet.png'), fullPage: true });
  await page.close();
});

test('facet build --render: the configurator\'s renderer, off screen, adds three pictures of the piece to the job sheet; nothing else changes', async () => {
  const spec = JSON.parse(readFileSync(new URL('../data/band-hk12.facet.json', import.meta.url), 'utf8'));
  const plain = build(spec, 'band-plain').out;
  const rendered = build(spec, 'band-rendered', '--render').out;
  const files = readdirSync(plain).sort();
  assert.deepEqual(readdirSync(rendered).sort(), files);
  for (const f of files.filter((name) => name !== 'jobsheet.html')) {
    assert.ok(readFileSync(join(rendered, f)).equals(readFileSync(join(plain, f))), `${f} is the same with --render`);
  }
  const { sheet, views } = splitRenderedViews(readFileSync(join(rendered, 'jobsheet.html')));
  assert.equal(sheet, readFileSync(join(plain, 'jobsheet.html'), 'utf8'), 'the job sheet is the same but for its rendered views');
  const page = await context.newPage();
  await assertGoldBandViews(page, views);
  // The same command twice gives the same pictures (a factory's files are reproducible).
  const again = splitRenderedViews(readFileSync(join(build(spec, 'band-rendered-again', '--render').out, 'jobsheet.html'))).views;
  assert.equal(await diffFraction(page, views[0].png, again[0].png), 0);
  await page.close();
});

test('a failing piece built with --force: the job sheet says it was overridden and marks the failing checks', async () => {
  const spec = JSON.parse(readFileSync(new URL('../data/band-too-thin.facet.json', import.meta.url), 'utf8'));
  const { out, report } = build(spec, 'thin', '--force');
  const page = await context.newPage();
  await page.goto(`file://${join(out, 'jobsheet.html')}`);
  const verdict = await page.evaluate(() => document.querySelector('.verdict').innerText);
  assert.match(verdict, /OVERRIDDEN/);
  assert.match(verdict, /强制生产/);
  const failing = await page.evaluate(() => [...document.querySelectorAll('table.checks tr.fail')].map((r) => r.cells[0].innerText));
  assert.deepEqual(failing.map((r) => r.split(' ').pop()).sort(), report.checks.filter((c) => c.status === 'fail').map((c) => c.rule).sort());
  await page.close();
});
