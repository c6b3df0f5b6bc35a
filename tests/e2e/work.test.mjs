// Never lose work: undo and redo (buttons and keys), autosave and recovery after a reload, the
// share link round trip, and opening files (a bad one leaves the design as it was). Driven as a
// user would, through the panel; the API only reads what happened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, serveApp, openApp } from './browser.mjs';
import { goldFraction } from './pixels.mjs';
import { panelDriver } from './panel-driver.mjs';

let server, url, context, page, errors, ui;

const spec = async () => JSON.parse(await page.evaluate(() => facet.getDesign()));
const designId = async () => (await spec()).design_id;

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

// A shortcut as a hand makes it: the modifiers held a frame before the key and let go after it
// (ImGui reads the keyboard once a frame; a whole press inside one frame can lose its Shift).
async function chord(modifiers, key) {
  for (const m of modifiers) await page.keyboard.down(m);
  await ui.frames();
  await page.keyboard.down(key);
  await ui.frames();
  await page.keyboard.up(key);
  for (const m of modifiers.reverse()) await page.keyboard.up(m);
  await ui.frames();
}

test('a slider drag is one undo step: Ctrl+Z takes it back, the Redo button brings it again', async () => {
  const start = await spec();
  const layout = await page.evaluate(() => facet.uiLayout());
  assert.ok(layout['tool.undo'] && layout['tool.redo'], 'the panel shows Undo and Redo');
  assert.equal(await page.evaluate(() => facet.undo()), false, 'nothing to undo on a fresh page');

  const slider = await ui.rect('shank.width');
  await ui.drag(slider, slider.x + slider.width * 0.3, slider.x + slider.width * 0.6);
  await ui.frames();
  const dragged = await spec();
  assert.notEqual(dragged.piece.shank.width_mm, start.piece.shank.width_mm);

  await page.mouse.click(20, 780);  // the keyboard goes to the canvas, not a text field
  await chord(['Control'], 'z');
  assert.equal(await designId(), start.design_id, 'one Ctrl+Z undoes the whole drag');
  await ui.click('tool.redo');
  assert.equal(await designId(), dragged.design_id);
  await chord(['Control'], 'z');
  await chord(['Control', 'Shift'], 'z');
  assert.equal(await designId(), dragged.design_id, 'Ctrl+Shift+Z redoes');

  // Two clicks are two steps; a new edit after an undo forgets what could be redone.
  await ui.click('size.plus');
  await ui.click('size.plus');
  const plusTwo = (await spec()).piece.size.value;
  await ui.click('tool.undo');
  assert.equal((await spec()).piece.size.value, plusTwo - 1);
  await ui.click('size.minus');
  assert.equal(await page.evaluate(() => facet.redo()), false);
  assert.deepEqual(errors, []);
});

test('the work survives a reload: autosaved, restored with a notice, and Undo goes back to the default', async () => {
  await page.evaluate(() => facet.setDesign(JSON.stringify({
    format: 'facet.design', version: 1,
    piece: { type: 'ring', style: 'band', metal: { alloy: 'Pt950' }, size: { system: 'us', value: 6.5 } },
  })));
  await ui.click('size.plus');  // and one edit by hand
  const before = await spec();
  assert.equal(before.piece.metal.alloy, 'Pt950');
  await page.reload();
  await page.evaluate(() => facet.ready);
  await ui.frames();
  assert.equal(await designId(), before.design_id);
  const layout = await page.evaluate(() => facet.uiLayout());
  assert.ok(layout.notice, 'a notice says the design was restored');

  // A second tab of the same shop opens the autosaved work too; the tests' fresh pages do not.
  const { page: tab } = await openApp(context, url, { keepAutosave: true });
  assert.equal(JSON.parse(await tab.evaluate(() => facet.getDesign())).design_id, before.design_id);
  await tab.close();
  const { page: fresh } = await openApp(context, url);
  assert.equal(JSON.parse(await fresh.evaluate(() => facet.getDesign())).piece.metal.alloy, 'Au750');
  await fresh.close();

  assert.equal(await page.evaluate(() => facet.undo()), true);
  assert.equal((await spec()).piece.style, 'band');
  assert.notEqual(await designId(), before.design_id);
});

test('the share link opens exactly the design, in a fresh browser, and the address follows the design', async () => {
  await page.evaluate(() => facet.setDesign(JSON.stringify({
    format: 'facet.design', version: 1, meta: { title: '给妈妈 · for Mum' },
    piece: { type: 'ring', style: 'solitaire', metal: { alloy: 'Au750', color: 'rose' }, size: { system: 'hk', value: 14 } },
  })));
  await ui.frames();
  const shared = await spec();
  const link = await page.evaluate(() => facet.shareUrl());
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#design=v1\.[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 2000, `a link chat apps keep whole (${link.length} characters)`);
  assert.equal(page.url(), link, 'the address bar holds the same link');

  await ui.click('tool.share');
  assert.ok((await page.evaluate(() => facet.uiLayout()))['share.link'], 'the link is shown to copy by hand');

  const other = await launch();  // another customer: nothing autosaved
  try {
    const { page: theirs, errors: theirErrors } = await openApp(other, link);
    const opened = JSON.parse(await theirs.evaluate(() => facet.getDesign()));
    assert.equal(opened.design_id, shared.design_id);
    assert.deepEqual(opened, shared);
    assert.deepEqual(theirErrors, []);

    // A link cut short in a chat: the reason is shown and the page still works, with the default.
    const { page: cut } = await openApp(other, link.slice(0, 120));
    const layout = await cut.evaluate(() => facet.uiLayout());
    assert.ok(layout['problem.0'], 'the damaged link is explained');
    assert.equal(JSON.parse(await cut.evaluate(() => facet.getDesign())).piece.style, 'band');
  } finally {
    await other.close();
  }
});

test('Open: a bad file is explained and changes nothing; a good one opens and can be undone', async () => {
  const before = await spec();
  const open = async (name, text) => {
    const chooser = page.waitForEvent('filechooser');
    await ui.click('tool.open');
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForFunction(() => { const l = facet.uiLayout(); return l.notice || l['problem.0']; });
    return page.evaluate(() => facet.uiLayout());
  };
  let layout = await open('broken.facet.json', '{"format": "facet.design", "version": 1, "piece": {"type": "ring", "style": "band", "size": {"system": "us", "value": 99}}}');
  assert.ok(layout['problem.0'], 'the problem is on screen');
  assert.equal(await designId(), before.design_id, 'the design on screen stays');
  layout = await open('photo.jpg.json', '\xff\xd8\xff\xe0 not a spec');
  assert.ok(layout['problem.0']);
  assert.equal(await designId(), before.design_id);

  const mine = await spec();
  mine.piece.metal = { alloy: 'Pt950' };
  layout = await open('mine.facet.json', JSON.stringify(mine));
  assert.ok(layout.notice, 'a notice names the file opened');
  assert.equal((await spec()).piece.metal.alloy, 'Pt950');
  await ui.click('tool.undo');
  assert.equal(await designId(), before.design_id);
  assert.deepEqual(errors, []);
});

test('a design of megabytes from a shop script is refused by its size; the page goes on', async () => {
  const before = await designId();
  const huge = JSON.stringify({ format: 'facet.design', version: 1, meta: { notes: '戒'.repeat(3 << 20) } });
  const result = await page.evaluate((text) => facet.setDesign(text), huge);
  assert.equal(result.ok, false);
  assert.match(result.errors[0].message, /MiB|bytes/);
  assert.equal(await designId(), before);
  await ui.click('size.plus');
  assert.notEqual(await designId(), before, 'the panel still works');
  assert.deepEqual(errors, []);
});

test('a designer saves the design as a template (named through the text box, in Chinese too), finds it in the gallery after a reload, chooses it, removes it', async () => {
  const halo = readFileSync(new URL('../data/halo-oval-18.facet.json', import.meta.url), 'utf8');
  assert.equal((await page.evaluate((text) => facet.setDesign(text), halo)).ok, true);
  const saved = await spec();
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('facet.templates.v1') ?? 'null'));

  // No name: refused, and said why.
  await ui.click('template.save');
  let layout = await page.evaluate(() => facet.uiLayout());
  assert.ok(layout['problem.0'], 'a blank name is refused on screen');
  assert.equal(layout['gallery.saved.0'], undefined);
  assert.equal(await stored(), null);

  // The name typed into the page's text box over the field: letters, then pinyin committed.
  const field = await ui.rect('template.name');
  await page.mouse.click(field.x + field.width / 2, field.y + field.height / 2);
  await ui.frames();
  const input = page.locator('#facet-text-input');
  assert.equal(await input.isVisible(), true, 'a real text box lies over the name field');
  await page.keyboard.type('Oval halo ');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'tuoyuan', selectionStart: 7, selectionEnd: 7 });
  await cdp.send('Input.insertText', { text: '椭圆' });
  await ui.frames();
  await page.keyboard.press('Enter');
  await ui.frames();
  assert.equal(await page.evaluate(() => facet.getDesign()).then((t) => JSON.parse(t).design_id), saved.design_id, 'naming is not an edit');
  await ui.click('template.save');
  layout = await page.evaluate(() => facet.uiLayout());
  assert.ok(layout.notice, 'a notice says it was saved');
  const shelf = await stored();
  assert.equal(shelf.format, 'facet.templates');
  assert.deepEqual(shelf.templates.map((t) => t.name), ['Oval halo 椭圆']);
  assert.equal(shelf.templates[0].design.design_id, saved.design_id);

  // Its picture in the gallery: the yellow-gold halo the app drew.
  const tile = await ui.rect('gallery.saved.0');
  const inset = { x: tile.x + tile.width * 0.15, y: tile.y + tile.height * 0.15, width: tile.width * 0.7, height: tile.height * 0.7 };
  const warm = await goldFraction(page, await page.screenshot({ clip: inset }));
  assert.ok(warm > 0.03, `${(warm * 100).toFixed(1)}% gold pixels in its picture`);

  // Another piece and another size; the template brings the halo back in the customer's size, one
  // undo step.
  await ui.click('gallery.band');
  await ui.click('size.plus');
  const band = await spec();
  assert.equal(band.piece.style, 'band');
  await page.reload();
  await page.evaluate(() => facet.ready);
  await ui.frames();
  assert.equal(await designId(), band.design_id);
  await ui.click('gallery.saved.0');
  const chosen = await spec();
  assert.equal(chosen.piece.style, 'halo');
  assert.deepEqual(chosen.piece.stones, saved.piece.stones);
  assert.deepEqual(chosen.piece.size, band.piece.size, 'the ring keeps the size the customer chose');
  assert.equal(await page.evaluate(() => facet.undo()), true);
  assert.equal(await designId(), band.design_id);

  // Remove asks first; "Keep" keeps it.
  await ui.click('template.remove.0');
  await ui.click('template.keep');
  assert.equal((await stored()).templates.length, 1);
  await ui.click('template.remove.0');
  await ui.click('template.remove_confirm');
  assert.deepEqual((await stored()).templates, []);
  layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout['gallery.saved.0'], undefined);
  assert.equal(await designId(), band.design_id, 'removing a template leaves the design alone');
  assert.deepEqual(errors, []);
});

test('a stored template that no longer reads is left out and said so; the good ones stay', async () => {
  const good = JSON.parse(await page.evaluate(() => facet.getDesign()));
  const bad = structuredClone(good);
  bad.piece.shank.width_mm = 500;
  await page.evaluate((shelf) => localStorage.setItem('facet.templates.v1', JSON.stringify(shelf)), {
    format: 'facet.templates', version: 1,
    templates: [{ name: 'Too wide', design: bad }, { name: 'Fine', design: good }],
  });
  await page.reload();
  await page.evaluate(() => facet.ready);
  await ui.frames();
  const layout = await page.evaluate(() => facet.uiLayout());
  assert.ok(layout['problem.0'], 'the one left out is named on screen');
  await ui.rect('gallery.saved.0');
  assert.equal(layout['gallery.saved.1'], undefined, 'only the good one is offered');
  await page.evaluate(() => localStorage.removeItem('facet.templates.v1'));
  assert.deepEqual(errors, []);
});
