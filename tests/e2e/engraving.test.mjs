// Engraving in the browser: typed into the panel, shown on the ring as it is typed (the ring turns
// to show it), judged by the same rules as the CLI, and gone again when the box is emptied.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveApp, openApp } from './browser.mjs';
import { panelDriver } from './panel-driver.mjs';
import { diffFraction } from './pixels.mjs';

let server, url, context, page, errors;
let frames, rect, design;

before(async () => {
  ({ server, url } = await serveApp());
  context = await launch();
  ({ page, errors } = await openApp(context, url, { viewport: { width: 1000, height: 700 } }));
  ({ frames, rect, design } = panelDriver(page));
  await frames();
});

after(async () => {
  await context?.close();
  server?.close();
});

// The part of the canvas right of the panel, where the ring is.
async function ringPicture() {
  await frames(4);
  return page.screenshot({ clip: { x: 420, y: 0, width: 580, height: 700 } });
}

test('typing an engraving adds it to the design and draws it on the ring; emptying the box takes it away', async () => {
  assert.deepEqual((await design()).engraving, []);
  const box = await rect('engraving.text');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.type('LOVE 2026');
  await frames();
  const engraving = (await design()).engraving;
  assert.equal(engraving.length, 1);
  assert.deepEqual({ text: engraving[0].text, location: engraving[0].location, style: engraving[0].style },
    { text: 'LOVE 2026', location: 'inside', style: 'engraved' });
  const report = await page.evaluate(() => facet.report());
  assert.equal(report.engraving[0].method, 'laser', 'letters 1.2 mm high are too fine to cast');
  await rect('engraving.height');  // the rest of the section shows once there is text
  const withText = await ringPicture();

  // Select all and delete: the engraving goes; the ring is seen from the same place.
  const again = await rect('engraving.text');  // the panel may have scrolled
  await page.mouse.dblclick(again.x + again.width / 2, again.y + again.height / 2);
  await page.keyboard.press('Control+A');
  await frames();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');  // done with the box
  await frames();
  assert.deepEqual((await design()).engraving, []);
  const without = await ringPicture();
  const changed = await diffFraction(page, withText, without);
  assert.ok(changed > 0.002 && changed < 0.1, `the letters, and only they, change the picture: ${changed}`);
  assert.deepEqual(errors, []);
});

test('an engraving in a loaded design is drawn, and text the font lacks is refused with the reason', async () => {
  const spec = JSON.parse(await page.evaluate(() => facet.getDesign()));
  spec.piece.engraving = [{ text: '永远', location: 'inside', height_mm: 1.2, depth_mm: 0.3 }];
  const ok = await page.evaluate((s) => facet.setDesign(JSON.stringify(s)), spec);
  assert.equal(ok.ok, true, JSON.stringify(ok));
  assert.equal((await design()).engraving[0].text, '永远');
  spec.piece.engraving[0].text = 'I \u2764 U';
  const refused = await page.evaluate((s) => facet.setDesign(JSON.stringify(s)), spec);
  assert.equal(refused.ok, false);
  assert.ok(refused.errors.some((e) => e.path === 'piece.engraving[0].text' && /U\+2764/.test(e.message)), JSON.stringify(refused.errors));
  assert.equal((await design()).engraving[0].text, '永远', 'the design keeps its engraving');
});
