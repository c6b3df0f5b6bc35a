// piece.glb in a web shop's viewer: three.js's GLTFLoader (npm three) loads what `facet build`
// wrote, in real headless Chromium, and gets the parts, materials and size a shop would show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { serve } from '../../scripts/serve.mjs';

const FACET = new URL('../../build/native/facet', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'facet-glb-'));
let server, context;

before(async () => {
  copyFileSync(new URL('./glb-viewer/index.html', import.meta.url), join(root, 'index.html'));
  symlinkSync(new URL('../../node_modules/three', import.meta.url).pathname, join(root, 'three'));
  server = await serve(root, 0);
  context = await launch();
});

after(async () => {
  await context?.close();
  server?.close();
});

async function loadInThree(specName) {
  const out = join(root, specName);
  execFileSync(FACET, ['build', new URL(`../data/${specName}.facet.json`, import.meta.url).pathname, '-o', out]);
  copyFileSync(join(out, 'piece.glb'), join(root, 'piece.glb'));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const loaded = await page.evaluate(() => window.loaded);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  return { page, loaded, report, errors };
}

test('three.js loads a three-stone piece.glb: platinum metal, sapphire and diamond gems that refract and disperse', async () => {
  const { page, loaded, report, errors } = await loadInThree('three-stone-sapphire-pt950-court');
  assert.deepEqual(errors, []);
  assert.equal(loaded.extras.design_id, report.design_id);
  assert.deepEqual(loaded.meshes.map((m) => m.name), ['metal', 'stone_center', 'stone_sides_1', 'stone_sides_2']);
  const [metal, centre, side] = loaded.meshes;
  assert.equal(metal.metalness, 1);
  assert.ok(metal.roughness < 0.1, 'polished');
  for (const gem of [centre, side]) {
    assert.equal(gem.type, 'MeshPhysicalMaterial');
    assert.equal(gem.transmission, 1);
    assert.ok(gem.dispersion > 0.1 && gem.thickness > 0.001, JSON.stringify(gem));
  }
  assert.ok(Math.abs(centre.ior - 2.417) < 1e-6, 'diamond');
  assert.ok(Math.abs(side.ior - 1.77) < 0.01, 'sapphire');
  // A ring of the report's size: the outside across X a little more than the inside diameter.
  const inside_m = report.size.diameter_mm / 1000;
  assert.ok(loaded.size_m[0] > inside_m && loaded.size_m[0] < inside_m + 0.01, JSON.stringify(loaded.size_m));
  const shot = await page.screenshot({ path: join(root, 'three-stone-in-three.png') });
  writeFileSync(join(tmpdir(), 'facet-glb-three-stone.png'), shot);
  const drawn = await page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(await (await fetch('data:image/png;base64,' + b64)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const d = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.min(d[i], d[i + 1], d[i + 2]) < 235) ink++;
    return ink / (d.length / 4);
  }, shot.toString('base64'));
  assert.ok(drawn > 0.03 && drawn < 0.8, `the piece covers part of the picture: ${drawn}`);
  await page.close();
});

test('three.js loads the jadeite pendant: its cabochon partly transmissive, the rest its green body colour', async () => {
  const { page, loaded, errors } = await loadInThree('spec-example-jadeite-pendant');
  assert.deepEqual(errors, []);
  const jade = loaded.meshes.find((m) => m.name.startsWith('stone'));
  assert.ok(jade, JSON.stringify(loaded.meshes.map((m) => m.name)));
  assert.equal(jade.type, 'MeshPhysicalMaterial');
  assert.ok(jade.transmission > 0.05 && jade.transmission < 0.5, `translucent, not clear glass: ${jade.transmission}`);
  const [r, g, b] = jade.color;
  assert.ok(g > r + 0.3 && g > b + 0.2, `green: ${JSON.stringify(jade.color)}`);
  await page.close();
});

test('three.js loads an Akoya pearl stud: nacre, opaque, with a thin film for its orient, drawn smooth', async () => {
  const { page, loaded, errors } = await loadInThree('stud-pearl-akoya-au750');
  assert.deepEqual(errors, []);
  const pearl = loaded.meshes.find((m) => m.name.startsWith('stone'));
  assert.ok(pearl, JSON.stringify(loaded.meshes.map((m) => m.name)));
  assert.equal(pearl.type, 'MeshPhysicalMaterial');
  assert.equal(pearl.transmission, 0);
  assert.ok(pearl.iridescence > 0, `orient: ${JSON.stringify(pearl)}`);
  assert.ok(pearl.roughness > 0.05 && pearl.roughness < 0.2, `lustre: ${pearl.roughness}`);
  assert.ok(pearl.vertices < 0.6 * pearl.triangles, `smooth, not faceted: ${pearl.vertices} vertices, ${pearl.triangles} triangles`);
  await page.screenshot({ path: join(tmpdir(), 'facet-glb-pearl.png') });  // to look at
  await page.close();
});
