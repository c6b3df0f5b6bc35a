// Engraving in the browser: typed into the panel, shown on the ring as it is typed (the ring turns
// to show it), judged by the same rules as the CLI, and gone again when the box is emptied.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, serveApp, openApp, waitForRest } from './browser.mjs';
import { panelDriver } from './panel-driver.mjs';
import { diffFraction } from './pixels.mjs';

let server, url, context, page, errors;
let frames, rect, design, settledReport;

before(async () => {
  ({ server, url } = await serveApp());
  context = await launch();
  ({ page, errors } = await openApp(context, url, { viewport: { width: 1000, height: 700 } }));
  ({ frames, rect, design, settledReport } = panelDriver(page));
  await frames();
});

after(async () => {
  await context?.close();
  server?.close();
});

// The part of the canvas right of the panel, where the ring is.
async function ringPicture() {
  await frames(4);
  await waitForRest(page);  // drawn at the moving tier, then refined full size
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
  // 1.2 mm letters are about a thousandth of this picture (0.00095 measured since the panel grew a
  // pavé section and the view settles differently); no letters would be 0.
  assert.ok(changed > 0.0005 && changed < 0.1, `the letters, and only they, change the picture: ${changed}`);
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

// The input method's bridge (web/text-input.js): a click on the engraving box lays a real text box
// over it; pinyin composes there (nothing reaches the design until it is committed); the committed
// hanzi become the engraving; Enter lets go; the whole typing is one undo step.
test('a Chinese engraving typed through the system input method (pinyin composition, then commit)', async () => {
  const spec = JSON.parse(await page.evaluate(() => facet.getDesign()));
  spec.piece.engraving = [];
  assert.equal((await page.evaluate((s) => facet.setDesign(JSON.stringify(s)), spec)).ok, true);
  await frames();
  const box = await rect('engraving.text');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await frames();
  const input = page.locator('#facet-text-input');
  assert.equal(await input.isVisible(), true, 'a real text box lies over the panel field');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'facet-text-input');
  const placed = await input.boundingBox();
  assert.ok(Math.abs(placed.x - box.x) < 2 && Math.abs(placed.y - box.y) < 2 && Math.abs(placed.width - box.width) < 2,
    `over the field: ${JSON.stringify(placed)} vs ${JSON.stringify(box)}`);

  const cdp = await page.context().newCDPSession(page);
  await page.keyboard.type('L');  // plain keys work too
  await frames();
  assert.equal((await design()).engraving[0].text, 'L');
  await cdp.send('Input.imeSetComposition', { text: 'yong', selectionStart: 4, selectionEnd: 4 });
  await frames();
  assert.equal((await design()).engraving[0].text, 'L', 'the pinyin being composed is not text yet');
  await cdp.send('Input.imeSetComposition', { text: 'yongyuan', selectionStart: 8, selectionEnd: 8 });
  await cdp.send('Input.insertText', { text: '永远' });  // the candidate chosen: the composition commits
  await frames();
  assert.equal((await design()).engraving[0].text, 'L永远');
  assert.equal(await input.inputValue(), 'L永远');
  await page.keyboard.press('Backspace');  // the box's own editing keys reach it
  await frames();
  assert.equal((await design()).engraving[0].text, 'L永');
  await page.keyboard.press('Enter');
  await frames();
  assert.equal(await input.isVisible(), false, 'Enter lets go of the box');
  assert.equal((await design()).engraving[0].text, 'L永');
  const report = await page.evaluate(() => facet.report());
  assert.equal(report.engraving[0].text, 'L永');

  // The panel's field shows the text again; one undo takes the whole typing back.
  assert.equal(await page.evaluate(() => facet.undo()), true);
  await frames();
  assert.deepEqual((await design()).engraving, []);
  assert.deepEqual(errors, []);
});

test('text the font lacks, typed into the box, is refused with the reason and the box keeps it', async () => {
  const box = await rect('engraving.text');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await frames();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.insertText', { text: '永' });
  await frames();
  assert.equal((await design()).engraving[0].text, '永');
  await cdp.send('Input.insertText', { text: '\u2764' });
  await frames();
  const input = page.locator('#facet-text-input');
  assert.equal(await input.inputValue(), '永\u2764', 'what was typed stays in the box');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.equal((await design()).engraving[0].text, '永', 'the design keeps its last valid text');
  await page.keyboard.press('Escape');
  await frames();
  assert.equal(await input.isVisible(), false);
  assert.deepEqual(errors, []);
});

// A pendant's text goes on its back, which the bezel then closes: the pendant turns to show it from
// behind, and the panel stops offering what would uncover or hide the back.
test('a bezel pendant: typed text goes on its closed back, seen from behind; prongs and a hidden bail are no longer offered', async () => {
  const { click } = panelDriver(page);
  const json = readFileSync(new URL('../data/pendant-round-bezel-pt950.facet.json', import.meta.url), 'utf8');
  assert.equal((await page.evaluate((j) => facet.setDesign(j), json)).ok, true);
  await frames();
  assert.equal((await design()).stones[0].setting.type, 'bezel');
  const before = await ringPicture();
  await page.evaluate(() => Module.ccall('facet_type_text', 'string', ['string', 'string'], ['engraving.text', 'LY']));
  await frames();
  const engraving = (await design()).engraving;
  assert.deepEqual({ text: engraving[0].text, location: engraving[0].location, height_mm: engraving[0].height_mm },
    { text: 'LY', location: 'back', height_mm: 3 });
  const report = await settledReport((r) => r.engraving?.length === 1 && r.checks.length > 0);
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks));
  // From behind, the back fills much of the picture where the front showed the stone and its cup.
  const behind = await ringPicture();
  assert.ok(await diffFraction(page, before, behind) > 0.05, 'the pendant turned round');
  await click('pendant.setting');
  let layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout['pendant.setting:prong'], undefined, 'a basket has no back to engrave');
  await click('pendant.setting:bezel');
  await click('pendant.bail');
  layout = await page.evaluate(() => facet.uiLayout());
  assert.ok(layout['pendant.bail:hinged'], 'a hinged bail is offered');
  assert.equal(layout['pendant.bail:hidden'], undefined, 'a hidden bail would lie over the text');
  await click('pendant.bail:fixed');
  assert.equal((await design()).engraving[0].text, 'LY');
  // Another style keeps the text where that piece takes it: inside a ring, back on the pendant.
  await click('gallery.solitaire');
  assert.deepEqual((await design()).engraving.map((e) => [e.text, e.location]), [['LY', 'inside']]);
  await click('gallery.pendant_solitaire');
  assert.deepEqual((await design()).engraving.map((e) => [e.text, e.location]), [['LY', 'back']]);
  assert.deepEqual(errors, []);
});
