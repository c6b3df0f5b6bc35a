// A shop hosting the configurator: web/embed-example.html with the app in an iframe. The shop's
// page hears every settled change with its price (facet.onChange), switches to its own price table
// (facet.setPriceTable), and takes the order as the factory zip (facet.exportPackage) that is
// byte-identical to the package the CLI builds from the same spec.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveApp } from './browser.mjs';
import { splitRenderedViews } from './package.mjs';
import { unzip } from './unzip.mjs';

const FACET = new URL('../../build/native/facet', import.meta.url).pathname;
let server, url, context, shop, app, errors;

before(async () => {
  ({ server, url } = await serveApp());
  context = await launch();
  shop = await context.newPage();
  errors = [];
  shop.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  shop.on('pageerror', (err) => errors.push(String(err)));
  await shop.goto(new URL('embed-example.html', url).href);
  app = shop.frameLocator('#configurator');
  await shop.waitForFunction(() => /\d/.test(document.getElementById('price').textContent));
});

after(async () => {
  await context?.close();
  server?.close();
});

const frameFacet = (fn, arg) => shop.evaluate(([body, value]) => {
  const facet = document.getElementById('configurator').contentWindow.facet;
  return new Function('facet', 'value', body)(facet, value);
}, [fn, arg]);

test('the shop page shows the price from onChange, and follows a change of metal', async () => {
  const first = await shop.textContent('#price');
  assert.match(first, /[¥￥].*\d/, `the example table is in CNY: ${first}`);
  const report = await frameFacet('return facet.report()');
  assert.ok((await shop.textContent('#summary')).includes(report.metal.weight_g.toFixed(2)));

  // Changes reach every listener once the design settles; a late listener hears the current one.
  await frameFacet(`window.__changes = []; facet.onChange((c) => window.__changes.push(c));`);
  assert.equal(await frameFacet('return window.__changes.length'), 1);
  await frameFacet(`facet.setDesign(JSON.stringify({format: 'facet.design', version: 1,
    piece: {type: 'ring', style: 'band', metal: {alloy: 'Pt950'}, size: {system: 'hk', value: 12}}}))`);
  await shop.waitForFunction(() => document.getElementById('summary').textContent.includes('Pt950'));
  const change = await frameFacet('return window.__changes.at(-1)');
  assert.equal(change.design.piece.metal.alloy, 'Pt950');
  assert.equal(change.report.design_id, change.design.design_id);
  assert.deepEqual(change.price, change.report.price);
  assert.notEqual(await shop.textContent('#price'), first);
});

test('setPriceTable: the shop prices in its own table and currency; a bad table is refused by path', async () => {
  await shop.click('#usd');
  await shop.waitForFunction(() => document.getElementById('price').textContent.includes('$'));
  const price = (await frameFacet('return facet.report()')).price;
  assert.equal(price.currency, 'USD');
  assert.equal(price.table.name, 'Example Jewellers');
  const bad = await frameFacet(`return facet.setPriceTable({format: 'facet.prices', version: 1, name: 'x', date: '2026-11-21',
    currency: 'USD', metal_per_gram: {Au750: -5}})`);
  assert.equal(bad.ok, false);
  assert.ok(bad.errors.some((e) => e.path.startsWith('metal_per_gram')), JSON.stringify(bad.errors));
  assert.equal((await frameFacet('return facet.report()')).price.table.name, 'Example Jewellers', 'the good table stays');
  const currency = await frameFacet(`return facet.setPriceTable(${readFileSync(new URL('../../assets/prices/example-cny.json', import.meta.url), 'utf8')}, 'EUR')`);
  assert.equal(currency.ok, false);
  assert.equal(currency.errors[0].path, 'currency');
});

test('the order: exportPackage gives the factory zip, the same files the CLI builds from the spec', async () => {
  await shop.click('#order');
  await shop.waitForFunction(() => document.getElementById('ordered').textContent.startsWith('Order ready'));
  const { name, bytes } = await frameFacet(`const zip = facet.exportPackage();
    return zip.arrayBuffer().then((b) => ({ name: zip.name, bytes: Array.from(new Uint8Array(b)) }));`);
  assert.match(name, /^facet-band-[0-9a-f]{12}\.zip$/);
  const files = unzip(Buffer.from(bytes));
  const folder = name.slice(0, -4);
  const spec = files.get(`${folder}/spec.json`).toString();

  // The CLI from the same spec and the same shop table gives the same bytes, file by file.
  const dir = mkdtempSync(join(tmpdir(), 'facet-embed-'));
  writeFileSync(join(dir, 'order.facet.json'), spec);
  writeFileSync(join(dir, 'usd.json'), JSON.stringify({
    format: 'facet.prices', version: 1, name: 'Example Jewellers', date: '2026-11-21', currency: 'USD',
    metal_per_gram: { Au750: 95, Au585: 62, Pt950: 58, S925: 1.2 }, labour: { per_piece: { band: 120, solitaire: 260, halo: 420, three_stone: 380 } },
  }));
  execFileSync(FACET, ['build', join(dir, 'order.facet.json'), '-o', join(dir, 'out'), '--prices', join(dir, 'usd.json')]);
  const built = readdirSync(join(dir, 'out')).sort();
  assert.deepEqual([...files.keys()].map((k) => k.slice(folder.length + 1)).sort(), built);
  for (const file of built.filter((name) => name !== 'jobsheet.html')) {
    assert.ok(files.get(`${folder}/${file}`).equals(readFileSync(join(dir, 'out', file))), `${file} is byte-identical`);
  }
  const { sheet, views } = splitRenderedViews(files.get(`${folder}/jobsheet.html`));
  assert.equal(sheet, readFileSync(join(dir, 'out', 'jobsheet.html'), 'utf8'), 'the job sheet is the same but for the rendered views');
  assert.equal(views.length, 3);
  assert.ok((await shop.getAttribute('#ordered', 'data-link')).includes('#design=v1.'));
  assert.deepEqual(errors, []);
});
