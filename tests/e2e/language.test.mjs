// English and Simplified Chinese: the browser's language picks the UI's; the panel's switch and
// facet.setLanguage change it without touching the design; the choice outlives a reload (as the
// display case light does), and a shop's ?lang= wins over it. The Chinese is drawn with real glyphs (a missing glyph would be
// drawn as a narrow '?'), and the panel works the same in both languages.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveApp, openApp, PHONE } from './browser.mjs';
import { panelDriver } from './panel-driver.mjs';

const { server, url } = await serveApp();
const contexts = [];
async function open(options, target = url, keepAutosave = false) {
  const context = await launch(options);
  contexts.push(context);
  return { context, ...(await openApp(context, target, { keepAutosave })) };
}

after(async () => {
  for (const context of contexts) await context.close();
  server.close();
});

test('the browser language picks the UI language; Chinese is drawn with real glyphs', async () => {
  const english = await open({ locale: 'en-US' });
  assert.equal(await english.page.evaluate(() => facet.language()), 'en');
  const chinese = await open({ ...PHONE, locale: 'zh-CN' });
  assert.equal(await chinese.page.evaluate(() => facet.language()), 'zh-CN');
  await panelDriver(chinese.page).frames();
  // Each switch is named in its own language: "中文" is two ideographs, each about an em wide;
  // fallback '?'s would be half that. "EN" is two Latin capitals.
  const zhButton = (await english.page.evaluate(() => facet.uiLayout()))['tool.language'];
  const enButton = (await chinese.page.evaluate(() => facet.uiLayout()))['tool.language'];
  assert.ok(zhButton.width > enButton.width + 6, `中文 ${zhButton.width} px wide, EN ${enButton.width} px`);
  assert.deepEqual([...english.errors, ...chinese.errors], []);
});

test('the switch changes the words, not the design; the panel works the same in Chinese', async () => {
  const { page, errors } = await open({ locale: 'en-US' });
  const ui = panelDriver(page);
  await ui.frames();
  const before = await page.evaluate(() => facet.getDesign());
  const englishNames = Object.keys(await page.evaluate(() => facet.uiLayout())).sort();
  await ui.click('tool.language');
  assert.equal(await page.evaluate(() => facet.language()), 'zh-CN');
  assert.equal(await page.evaluate(() => facet.getDesign()), before, 'the design is untouched');
  assert.equal(await page.evaluate(() => facet.undo()), false, 'and the switch is no undo step');
  await ui.frames();
  for (const name of englishNames) await ui.rect(name);  // every control is there (scrolled to if need be)

  await ui.click('metal.finish');
  await ui.click('metal.finish:matte');
  assert.equal(JSON.parse(await page.evaluate(() => facet.getDesign())).piece.metal.finish, 'matte');
  await ui.click('size.plus');
  assert.equal(JSON.parse(await page.evaluate(() => facet.getDesign())).piece.size.value, 13);

  assert.deepEqual(await page.evaluate(() => facet.setLanguage('fr-FR')), { ok: false, language: 'zh-CN' });
  assert.deepEqual(await page.evaluate(() => facet.setLanguage('en-GB')), { ok: true, language: 'en' });
  assert.deepEqual(await page.evaluate(() => facet.setLanguage('zh-Hans')), { ok: true, language: 'zh-CN' });
  assert.deepEqual(errors, []);
});

test('the choice outlives a reload; ?lang= in the address wins', async () => {
  const first = await open({ locale: 'en-US' });
  await first.page.evaluate(() => facet.setLanguage('zh-CN'));
  const again = await openApp(first.context, url, { keepAutosave: true });
  assert.equal(await again.page.evaluate(() => facet.language()), 'zh-CN', 'remembered');
  const shop = await openApp(first.context, url + '?lang=en', { keepAutosave: true });
  assert.equal(await shop.page.evaluate(() => facet.language()), 'en', "the shop's ?lang=en");
  assert.deepEqual([...first.errors, ...again.errors, ...shop.errors], []);
});

test('the display case light outlives a reload too; the studio again once it is turned off', async () => {
  const first = await open({ locale: 'en-US' });
  assert.equal(await first.page.evaluate(() => facet.lighting()), 'studio', 'a first visit: the studio');
  assert.equal((await first.page.evaluate(() => facet.setLighting('display_case'))).ok, true);
  const again = await openApp(first.context, url, { keepAutosave: true });
  assert.equal(await again.page.evaluate(() => facet.lighting()), 'display_case', 'remembered');
  assert.equal((await again.page.evaluate(() => facet.setLighting('studio'))).ok, true);
  const third = await openApp(first.context, url, { keepAutosave: true });
  assert.equal(await third.page.evaluate(() => facet.lighting()), 'studio');
  assert.deepEqual([...first.errors, ...again.errors, ...third.errors], []);
});

test('on a phone in Chinese, a tap on the engraving box opens a real text box for the input method', async () => {
  const { page, errors } = await open({ ...PHONE, locale: 'zh-CN' });
  const ui = panelDriver(page);
  await ui.frames();
  // A finger on the panel, then the panel scrolled (what a two-finger pinch over it does) until
  // the engraving box shows.
  const gallery = (await page.evaluate(() => facet.uiLayout()))['gallery.band'];
  await page.mouse.move(gallery.x + gallery.width / 2, gallery.y + gallery.height / 2);
  let box;
  for (let step = 0; step < 40 && !box; ++step) {
    await page.evaluate(() => Module._facet_scroll(0, -1));
    await ui.frames(2);
    box = (await page.evaluate(() => facet.uiLayout()))['engraving.text'];
  }
  assert.ok(box, 'the engraving box scrolls into view');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await ui.frames();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'facet-text-input', 'the tap gave the real box the keyboard');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'yongyuan', selectionStart: 8, selectionEnd: 8 });
  await cdp.send('Input.insertText', { text: '永远' });
  await ui.frames();
  assert.equal(JSON.parse(await page.evaluate(() => facet.getDesign())).piece.engraving[0].text, '永远');
  assert.deepEqual(errors, []);
});

test('on a phone, a finger dragged up the panel scrolls it (not the ring, not a control)', async () => {
  const { page, errors } = await open({ ...PHONE, locale: 'zh-CN' });
  const ui = panelDriver(page);
  await ui.frames();
  const before = await page.evaluate(() => facet.uiLayout());
  const design = await page.evaluate(() => facet.getDesign());
  // Start on the "Style" heading, just above the gallery's first picture: on no control.
  const gallery = before['gallery.band'];
  const x = gallery.x + 4, from = gallery.y - 14;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from }] });
  // 300 px: past the gallery's two rows of pictures, so controls under them come into view.
  for (let step = 1; step <= 20; ++step) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: from - step * 15 }] });
    await ui.frames(1);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await ui.frames();
  const after = await page.evaluate(() => facet.uiLayout());
  assert.ok(!after['gallery.band'] || after['gallery.band'].y < gallery.y - 60,
    `the list moved up with the finger: ${JSON.stringify(after['gallery.band'])} vs ${JSON.stringify(gallery)}`);
  assert.ok(Object.keys(after).some((name) => !(name in before)), 'controls further down came into view');
  assert.equal(await page.evaluate(() => facet.getDesign()), design, 'nothing was changed by the drag');
  assert.deepEqual(errors, []);
});
