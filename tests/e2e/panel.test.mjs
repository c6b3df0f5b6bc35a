// The Dear ImGui panel driven as a user would: mouse clicks, slider drags and typing on the canvas,
// at the positions the panel reports through facet.uiLayout().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, serveApp, openApp, waitForRest } from './browser.mjs';
import { panelDriver } from './panel-driver.mjs';
import { diffFraction, goldFraction } from './pixels.mjs';

let server, url, context, page, errors;

let frames, rect, click, typeInto, drag, settledReport, design;

before(async () => {
  ({ server, url } = await serveApp());
  context = await launch();
  ({ page, errors } = await openApp(context, url));
  ({ frames, rect, click, typeInto, drag, settledReport, design } = panelDriver(page));
  await frames();
});

after(async () => {
  await context?.close();
  server?.close();
});

test('the size buttons step through Hong Kong sizes; weight and price follow', async () => {
  assert.deepEqual((await design()).size, { system: 'hk', value: 12 });
  const before = await page.evaluate(() => facet.report());
  await rect('price.total');  // the price is on screen
  await click('size.plus');
  await click('size.plus');
  assert.deepEqual((await design()).size, { system: 'hk', value: 14 });
  const after = await page.evaluate(() => facet.report());
  assert.ok(after.metal.weight_g > before.metal.weight_g, `a bigger ring weighs more: ${before.metal.weight_g} -> ${after.metal.weight_g}`);
  assert.ok(after.price.total > before.price.total, `and costs more: ${before.price.total} -> ${after.price.total}`);
  await click('size.minus');
  assert.equal((await design()).size.value, 13);
});

test('typing a size into the box sets it; an impossible size is refused and shown', async () => {
  await typeInto('size.value', '16');
  assert.equal((await design()).size.value, 16);
  await typeInto('size.value', '99');
  assert.equal((await design()).size.value, 16, 'the design keeps its size');
  await rect('problem.0');  // the reason is on screen (scrolling to it if need be)
  // The next accepted edit clears it.
  await click('size.minus');
  assert.equal((await design()).size.value, 15);
  const layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout['problem.0'], undefined);
});

test('"help me find my size": a paper strip or a ring that fits sets the nearest size in the chosen system', async () => {
  await click('size.help');
  await rect('size.help.use_strip');  // the help opened
  await click('size.help.use_strip');  // the strip's default: 54 mm round the finger
  let report = await page.evaluate(() => facet.report());
  assert.equal(report.piece.type, 'ring');
  assert.ok(Math.abs(report.size.iso_mm - 54) < 1.0, `a 54 mm strip: ${report.size.iso_mm} mm around`);
  assert.equal((await design()).size.system, 'hk', 'in the system the customer chose');
  await click('size.help.use_ring');  // a ring 17 mm across inside: 53.4 mm round
  report = await page.evaluate(() => facet.report());
  assert.ok(Math.abs(report.size.iso_mm - Math.PI * 17) < 1.0, `a 17 mm ring: ${report.size.iso_mm} mm around`);
  await click('size.help');  // closed again
  const layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout['size.help.use_strip'], undefined);
  assert.deepEqual(errors, []);
});

test('changing the size system keeps the same finger size', async () => {
  const iso = (await page.evaluate(() => facet.report())).size.iso_mm;
  await click('size.system');
  await click('size.system:us');
  const piece = await design();
  assert.equal(piece.size.system, 'us');
  const now = (await page.evaluate(() => facet.report())).size.iso_mm;
  assert.ok(Math.abs(now - iso) < 0.7, `within a quarter size: ${iso} -> ${now}`);
});

test('UK sizes: letters in the box, half sizes on the buttons', async () => {
  await click('size.system');
  await click('size.system:uk');
  const piece = await design();
  assert.equal(piece.size.system, 'uk');
  assert.match(piece.size.value, /^[A-Z](1\/2)?$/);
  await typeInto('size.value', 'p');  // uppercased as typed
  assert.equal((await design()).size.value, 'P');
  await click('size.plus');
  assert.equal((await design()).size.value, 'P1/2');
  assert.equal((await page.evaluate(() => facet.report())).size.uk, 'P1/2');
});

test('the alloy list changes the metal, with its colour', async () => {
  await click('metal.alloy');
  await click('metal.alloy:Pt950');
  assert.deepEqual((await design()).metal, { alloy: 'Pt950', finish: 'polished', plating: 'none' });
  await click('metal.alloy');
  await click('metal.alloy:Au585:rose');
  const metal = (await design()).metal;
  assert.equal(metal.alloy, 'Au585');
  assert.equal(metal.color, 'rose');
  assert.equal((await page.evaluate(() => facet.report())).metal.density_g_cm3, 13.26);
});

test('finish, plating and profile lists', async () => {
  await click('metal.finish');
  await click('metal.finish:matte');
  await click('metal.plating');
  await click('metal.plating:rhodium');
  await click('shank.profile');
  await click('shank.profile:flat');
  const piece = await design();
  assert.equal(piece.metal.finish, 'matte');
  assert.equal(piece.metal.plating, 'rhodium');
  assert.equal(piece.shank.profile, 'flat');
});

test('the width slider follows the mouse; the taper adds top sliders', async () => {
  await waitForRest(page);  // the finish just changed: the picture is refined after it is drawn
  const cameraBefore = await page.screenshot({ clip: { x: 700, y: 150, width: 400, height: 500 } });
  const slider = await rect('shank.width');  // scrolls the panel: the piece must not zoom
  const cameraAfter = await page.screenshot({ clip: { x: 700, y: 150, width: 400, height: 500 } });
  assert.ok(cameraBefore.equals(cameraAfter), 'the wheel over the panel scrolls the panel, not the view');
  await drag(slider, slider.x + slider.width * 0.2, slider.x + slider.width * 0.95);
  await frames();
  const wide = (await design()).shank;
  assert.ok(wide.width_mm > 9, `dragged wide: ${wide.width_mm}`);
  assert.equal(Math.round(wide.width_mm * 100), wide.width_mm * 100, 'hundredths of a millimetre');
  assert.equal(wide.top_width_mm, wide.width_mm, 'no taper: the top follows');

  await click('shank.taper');
  await rect('shank.top_width');
  const tapered = (await design()).shank;
  assert.ok(tapered.top_width_mm > tapered.width_mm, 'taper makes the top wider');
  await click('shank.taper');
  const plain = (await design()).shank;
  assert.equal(plain.top_width_mm, plain.width_mm);
  assert.equal(plain.top_thickness_mm, plain.thickness_mm);
  assert.deepEqual(errors, []);
});

test('the style gallery shows a picture the app drew of each template', async () => {
  // Warm (gold) pixels in the middle of each tile: the template's band, not an empty button; and
  // seven different pictures.
  const shots = {};
  for (const style of ['band', 'solitaire', 'three_stone', 'halo', 'eternity', 'signet', 'pendant_solitaire', 'pendant_halo', 'stud']) {
    const r = await rect(`gallery.${style}`);
    const inset = { x: r.x + r.width * 0.15, y: r.y + r.height * 0.15, width: r.width * 0.7, height: r.height * 0.7 };
    shots[style] = await page.screenshot({ clip: inset });
    const warm = await goldFraction(page, shots[style]);
    assert.ok(warm > 0.03, `${style}: ${(warm * 100).toFixed(1)}% gold pixels in its picture`);
  }
  assert.ok(await diffFraction(page, shots.band, shots.solitaire) > 0.02, 'a band and a solitaire look different');
  assert.ok(await diffFraction(page, shots.band, shots.eternity) > 0.02, 'a plain band and an eternity band');
  assert.ok(await diffFraction(page, shots.band, shots.signet) > 0.02, 'a plain band and a signet');
  assert.ok(await diffFraction(page, shots.solitaire, shots.halo) > 0.01, 'so do a solitaire and a halo');
  assert.ok(await diffFraction(page, shots.solitaire, shots.pendant_solitaire) > 0.02, 'and a solitaire ring and a pendant');
  assert.ok(await diffFraction(page, shots.pendant_solitaire, shots.stud) > 0.02, 'and a pendant and a stud');
  assert.ok(await diffFraction(page, shots.pendant_solitaire, shots.pendant_halo) > 0.01, 'and a bezel pendant and a halo pendant');
  assert.deepEqual(errors, []);
});

test('the style gallery makes a solitaire; its stone follows the cut and prong lists; back to a band', async () => {
  await click('gallery.solitaire');
  let piece = await design();
  assert.equal(piece.style, 'solitaire');
  assert.equal(piece.stones.length, 1);
  assert.equal(piece.stones[0].setting.prongs, 6);
  await click('stone.cut');
  await click('stone.cut:oval');
  piece = await design();
  assert.equal(piece.stones[0].cut, 'oval');
  assert.ok(piece.stones[0].size.length_mm > piece.stones[0].size.width_mm, 'an oval is given length x width');
  assert.equal(piece.stones[0].setting.prongs, 4, 'fancy shapes default to four prongs');
  await click('stone.prongs');
  await click('stone.prongs:6');
  assert.equal((await design()).stones[0].setting.prongs, 6);
  const report = await page.evaluate(() => facet.report());
  assert.equal(report.stones[0].cut, 'oval');
  assert.ok(report.stones[0].carat > 0.5, `a 6.5 mm-wide oval is over half a carat: ${report.stones[0].carat}`);
  assert.ok(report.checks.every((c) => c.status === 'pass'), 'the default head passes every casting check');
  await rect('checks');

  // The thinnest prongs the slider allows cannot grip: the panel says so, above the parameters.
  const slider = await rect('stone.prong_diameter');
  await drag(slider, slider.x + slider.width * 0.5, slider.x + 1);
  assert.equal((await design()).stones[0].setting.prong_diameter_mm, 0.6);
  const gripOf = (report) => report.checks.find((c) => c.rule === 'prong_grip');
  const grip = gripOf(await settledReport((report) => gripOf(report)?.status === 'fail'));
  assert.equal(grip.status, 'fail', `0.6 mm prongs grip ${grip.value} mm over the girdle`);
  assert.equal(grip.where.stone, 'center');
  await frames();
  await click('checks');  // open: each rule with its value and limit
  await rect('check.prong_grip');
  // A click on the rule turns the piece to show where it fails and marks the place, over the
  // picture; another click lets go; closing the table does too.
  const picture = { x: 420, y: 0, width: 860, height: 800 };
  const unmarked = await page.screenshot({ clip: picture });
  await click('check.prong_grip');
  await frames();
  let layout = await page.evaluate(() => facet.uiLayout());
  assert.ok(layout['marker.check'], 'a marker is drawn');
  assert.ok(layout['marker.check'].x > layout['check.prong_grip'].x + layout['check.prong_grip'].width, 'over the piece, right of the panel');
  assert.ok(await diffFraction(page, unmarked, await page.screenshot({ clip: picture })) > 0.02, 'the piece turned and the place is marked');
  await click('check.prong_grip');
  assert.equal((await page.evaluate(() => facet.uiLayout()))['marker.check'], undefined, 'a second click lets go');
  await click('check.prong_grip');
  await rect('marker.check');
  await click('checks');
  assert.equal((await page.evaluate(() => facet.uiLayout()))['marker.check'], undefined, 'closing the table lets go');

  // Bought by weight: the carat slider sizes the stone, the width following. Dragged left the
  // stone is lighter and narrower, dragged right heavier and wider, and the report weighs it so.
  // (Frames between press and moves: ImGui samples the mouse once a frame.)
  const dragCarat = async (toFraction) => {
    const r = await rect('stone.carat');  // the rectangle holds the label too: the slider is its left part
    const y = r.y + r.height / 2;
    await page.mouse.move(r.x + r.width * 0.3, y);
    await page.mouse.down();
    await frames(2);
    await page.mouse.move(r.x + r.width * toFraction, y, { steps: 5 });
    await frames(2);
    await page.mouse.up();
    await frames();
    return { stone: (await design()).stones[0], carat: (await page.evaluate(() => facet.report())).stones[0].carat };
  };
  const startWidth = (await design()).stones[0].size.width_mm;
  const lighter = await dragCarat(0.05);
  assert.ok(lighter.stone.size.width_mm < startWidth - 0.5, `dragged left, the stone is narrower: ${startWidth} -> ${JSON.stringify(lighter)}`);
  assert.ok(lighter.stone.size.length_mm > lighter.stone.size.width_mm, 'still an oval');
  const heavier = await dragCarat(0.6);
  assert.ok(heavier.stone.size.width_mm > lighter.stone.size.width_mm + 0.5, `dragged right, wider: ${JSON.stringify({ lighter, heavier })}`);
  assert.ok(heavier.carat > lighter.carat * 1.5, `and heavier: ${lighter.carat} -> ${heavier.carat} ct`);
  await click('gallery.band');
  piece = await design();
  assert.equal(piece.style, 'band');
  assert.deepEqual(piece.stones, []);
  assert.deepEqual(errors, []);
});

test('the style gallery makes a pendant: no ring size or band; jadeite makes the stone a cabochon; back to a band, sized again', async () => {
  await click('gallery.pendant_solitaire');
  let piece = await design();
  assert.equal(piece.type, 'pendant');
  assert.equal(piece.size, undefined);
  assert.equal(piece.shank, undefined);
  assert.equal(piece.pendant.bail, 'fixed');
  assert.equal(piece.stones[0].setting.type, 'bezel');
  await frames();
  const layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout['size.value'], undefined, 'no ring size for a pendant');
  assert.equal(layout['stone.prongs'], undefined, 'no prongs in a bezel');
  await click('stone.gem');
  await click('stone.gem:jadeite');
  piece = await design();
  assert.equal(piece.stones[0].gem, 'jadeite');
  assert.equal(piece.stones[0].cut, 'cabochon', 'jadeite is cut as a cabochon');
  const report = await settledReport((r) => r.stones[0]?.gem === 'jadeite' && r.checks.length > 0);
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks));
  assert.ok(report.metal.weight_g > 0.5, `a cup and a bail weigh something: ${report.metal.weight_g} g`);
  await click('gallery.band');
  piece = await design();
  assert.equal(piece.type, 'ring');
  assert.ok(piece.size, 'a ring gets its size back');
  assert.equal(piece.pendant, undefined);
  assert.deepEqual(errors, []);
});

test('the gallery makes a halo pendant, 1 + 16 stones priced; its bail goes behind it; a solitaire pendant in prongs', async () => {
  await click('gallery.pendant_halo');
  let piece = await design();
  assert.equal(piece.style, 'pendant_halo');
  assert.deepEqual(piece.stones.map((s) => s.role), ['center', 'halo']);
  let report = await settledReport((r) => r.piece.style === 'pendant_halo' && r.checks.length > 0);
  assert.deepEqual(report.stones.map((s) => s.count), [1, 16]);
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks));
  assert.ok(report.price.lines.some((l) => /16 x diamond/.test(l.item)), 'the halo is priced');
  await frames();
  await rect('halo.count');  // the halo's own controls, as on a ring
  // The centre into a bezel: the halo goes round the cup's wall.
  await click('pendant.setting');
  await click('pendant.setting:bezel');
  assert.equal((await design()).stones[0].setting.type, 'bezel');
  const bezel = await settledReport((r) => r.stones[0]?.setting?.type === 'bezel' && r.checks.length > 0);
  assert.deepEqual(bezel.stones.map((s) => s.count), [1, 16]);
  assert.ok(bezel.checks.every((c) => c.status === 'pass'), JSON.stringify(bezel.checks));
  await click('pendant.setting');
  await click('pendant.setting:prong');
  report = await settledReport((r) => r.stones[0]?.setting?.type === 'prong' && r.checks.length > 0);
  assert.deepEqual(report.stones.map((s) => s.count), [1, 16]);
  let layout;
  const fixed = report;
  await click('pendant.bail');
  await click('pendant.bail:hidden');
  assert.equal((await design()).pendant.bail, 'hidden');
  report = await settledReport((r) => r.design_id !== fixed.design_id && r.checks.length > 0);
  assert.notEqual(report.metal.weight_g, fixed.metal.weight_g, 'a bar and a loop behind weigh otherwise than the loop on top');
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks));
  // The solitaire pendant, its bezel swapped for six prongs (a round stone's default).
  await click('gallery.pendant_solitaire');
  await click('pendant.setting');
  await click('pendant.setting:prong');
  piece = await design();
  assert.deepEqual(piece.stones[0].setting, { type: 'prong', prongs: 6, prong_diameter_mm: 0.9 });
  report = await settledReport((r) => r.stones[0]?.setting?.type === 'prong' && r.checks.length > 0);
  assert.ok(report.checks.some((c) => c.rule === 'prong_grip' && c.status === 'pass'), JSON.stringify(report.checks));
  await frames();
  layout = await page.evaluate(() => facet.uiLayout());
  assert.ok(layout['stone.prongs'], 'prongs are offered once the stone is in them');
  await click('gallery.band');
  assert.equal((await design()).type, 'ring');
  assert.deepEqual(errors, []);
});

test('the style gallery makes studs: a pair priced, the back and post chosen, a princess in four prongs; back to a band', async () => {
  await click('gallery.stud');
  let piece = await design();
  assert.equal(piece.type, 'earrings');
  assert.equal(piece.size, undefined);
  assert.equal(piece.pendant, undefined);
  assert.deepEqual(piece.earrings, { back: 'push', post_diameter_mm: 0.8 });
  await frames();
  const layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout['size.value'], undefined, 'no ring size for earrings');
  await rect('earrings.post_diameter');
  await click('earrings.back');
  await click('earrings.back:screw');
  assert.equal((await design()).earrings.back, 'screw');
  await click('stone.cut');
  await click('stone.cut:princess');
  piece = await design();
  assert.equal(piece.stones[0].cut, 'princess');
  assert.equal(piece.stones[0].setting.prongs, 4);
  const report = await settledReport((r) => r.stones[0]?.cut === 'princess' && r.checks.length > 0);
  assert.equal(report.piece.pieces_made, 2);
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks));
  const metal = report.price.lines[0];
  assert.ok(metal.item.includes('(pair)') && Math.abs(metal.qty - 2 * report.metal.weight_g) < 0.002, JSON.stringify(metal));
  await click('gallery.band');
  piece = await design();
  assert.equal(piece.type, 'ring');
  assert.ok(piece.size, 'a ring gets its size back');
  assert.equal(piece.earrings, undefined);
  assert.deepEqual(errors, []);
});

test('pearls: a stud\'s stone becomes an Akoya pearl on a peg (珍珠耳钉), sized in mm; a pendant\'s hangs from a fixed bail, no hidden one offered; back to a diamond', async () => {
  await click('gallery.stud');
  await click('stone.gem');
  await click('stone.gem:pearl');
  let piece = await design();
  assert.deepEqual([piece.stones[0].gem, piece.stones[0].cut, piece.stones[0].setting.type], ['pearl', 'bead', 'peg']);
  let report = await settledReport((r) => r.stones[0]?.gem === 'pearl' && r.checks.length > 0);
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks));
  assert.ok(report.metal.weight_g > 0.1 && report.metal.weight_g < 1.5, `a cup, a peg and a post: ${report.metal.weight_g} g`);
  await frames();
  let layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout['stone.cut'], undefined, 'a pearl is a bead: no cut to choose');
  assert.equal(layout['stone.prongs'], undefined, 'no prongs on a pearl');
  assert.equal(layout['stone.carat'], undefined, 'pearls are sold by the millimetre');
  const slider = await rect('stone.width');
  await drag(slider, slider.x + slider.width * 0.2, slider.x + slider.width * 0.35);
  piece = await design();
  assert.ok(piece.stones[0].size.diameter_mm > 5.0, `the pearl grew: ${piece.stones[0].size.diameter_mm} mm`);
  await click('gallery.pendant_solitaire');
  await click('stone.gem');
  await click('stone.gem:pearl');
  piece = await design();
  assert.equal(piece.stones[0].setting.type, 'peg');
  report = await settledReport((r) => r.stones[0]?.gem === 'pearl' && r.piece.type === 'pendant' && r.checks.length > 0);
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks));
  await click('pendant.bail');
  layout = await page.evaluate(() => facet.uiLayout());
  assert.ok(layout['pendant.bail:hinged'], 'a hinged bail is offered');
  assert.equal(layout['pendant.bail:hidden'], undefined, 'a pearl has no flat back for a hidden bail');
  await click('pendant.bail:hinged');
  assert.equal((await design()).pendant.bail, 'hinged');
  assert.equal(layout['pendant.setting'], undefined, 'a pearl\'s setting follows its gem');
  await click('stone.gem');
  await click('stone.gem:diamond');
  piece = await design();
  assert.deepEqual([piece.stones[0].cut, piece.stones[0].setting.type], ['round', 'bezel']);
  await click('gallery.band');
  assert.deepEqual((await design()).stones, []);
  assert.deepEqual(errors, []);
});

test('pearls on a ring: a solitaire\'s diamond becomes a pearl on a peg (珍珠戒指), alone: not offered beside a pavé row, no row or setting list beside it; back to a diamond in six prongs', async () => {
  await click('gallery.solitaire');
  await click('pave.on');
  await click('stone.gem');
  await frames();
  let layout = await page.evaluate(() => facet.uiLayout());
  assert.ok(layout['stone.gem:sapphire'], 'the gem list is open');
  assert.equal(layout['stone.gem:pearl'], undefined, 'a pearl stands alone: not beside a pavé row');
  await click('stone.gem:diamond');
  await click('pave.on');
  assert.equal((await design()).stones.length, 1);
  await click('stone.gem');
  await click('stone.gem:pearl');
  let piece = await design();
  assert.deepEqual([piece.stones[0].gem, piece.stones[0].cut, piece.stones[0].setting.type], ['pearl', 'bead', 'peg']);
  const report = await settledReport((r) => r.stones[0]?.gem === 'pearl' && r.piece.type === 'ring' && r.checks.length > 0);
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks));
  assert.ok(report.checks.some((c) => c.rule === 'culet_clearance'), 'the pearl clears the finger');
  await frames();
  layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout['stone.setting'], undefined, 'a pearl\'s setting follows its gem');
  assert.equal(layout['stone.cut'], undefined, 'a pearl is a bead: no cut to choose');
  assert.equal(layout['pave.on'], undefined, 'no stones along the shank beside a pearl yet');
  await click('stone.gem');
  await click('stone.gem:diamond');
  piece = await design();
  assert.deepEqual([piece.stones[0].cut, piece.stones[0].setting.type, piece.stones[0].setting.prongs], ['round', 'prong', 6]);
  await click('gallery.band');
  assert.deepEqual((await design()).stones, []);
  assert.deepEqual(errors, []);
});

test('the style gallery makes an eternity band: channel-set all round, every check passing, refilled for a bigger finger; pavé by the setting list; back to a band', async () => {
  await click('gallery.eternity');
  let piece = await design();
  assert.equal(piece.style, 'eternity');
  assert.equal(piece.stones.length, 1);
  const row = piece.stones[0];
  assert.equal(row.setting.type, 'channel');
  assert.deepEqual([row.placement.from_deg, row.placement.to_deg], [-180, 180]);
  await frames();
  const layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout['stone.gem'], undefined, 'no centre stone to edit');
  await rect('pave.setting');
  const report = await settledReport((r) => r.piece.style === 'eternity' && r.checks.some((c) => c.rule === 'channel_rail'));
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks.filter((c) => c.status !== 'pass')));
  // All round, the count is what the ring holds: a bigger finger, more stones.
  const before = (await design()).stones[0].count;
  for (let i = 0; i < 3; ++i) await click('size.plus');
  await frames(3);
  piece = await design();
  assert.ok(piece.stones[0].count > before, `${piece.stones[0].count} stones after ${before}`);
  // The setting list makes it pavé: beads instead of rails.
  await click('pave.setting');
  await click('pave.setting:pave');
  piece = await design();
  assert.equal(piece.stones[0].setting.type, 'pave');
  const pave = await settledReport((r) => r.stones[0]?.setting?.type === 'pave' && r.checks.some((c) => c.rule === 'bead_grip'));
  assert.ok(!pave.checks.some((c) => c.rule === 'channel_rail'));
  await click('gallery.band');
  assert.deepEqual((await design()).stones, []);
  assert.deepEqual(errors, []);
});

test('the style gallery makes a signet: the shape of its face from a list, a monogram typed onto the face, every check passing; back to a band', async () => {
  await click('gallery.signet');
  let piece = await design();
  assert.equal(piece.style, 'signet');
  assert.deepEqual(piece.signet, { face: 'oval', length_mm: 12, width_mm: 10 });
  await frames();
  const layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout['pave.on'], undefined, 'no stones along a signet yet');
  await click('signet.face');
  await click('signet.face:octagon');
  assert.equal((await design()).signet.face, 'octagon');
  const box = await rect('engraving.text');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.type('JS');
  await page.keyboard.press('Enter');
  await frames();
  piece = await design();
  assert.deepEqual({ location: piece.engraving[0].location, height_mm: piece.engraving[0].height_mm, depth_mm: piece.engraving[0].depth_mm },
    { location: 'outside', height_mm: 5, depth_mm: 0.5 }, 'on the face, cast');
  const report = await settledReport((r) => r.piece.style === 'signet' && r.checks.some((c) => c.rule === 'engraving_depth'));
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks.filter((c) => c.status !== 'pass')));
  assert.equal(report.engraving[0].method, 'cast');
  assert.ok(report.metal.weight_g > 9, `a solid signet is heavy: ${report.metal.weight_g} g`);
  await click('gallery.band');
  piece = await design();
  assert.equal(piece.signet, undefined, 'a band has no face');
  assert.deepEqual(errors, []);
});

test('the style gallery makes a three-stone ring; the side stones grow with their slider and every check still passes', async () => {
  await click('gallery.three_stone');
  let piece = await design();
  assert.equal(piece.style, 'three_stone');
  assert.deepEqual(piece.stones.map((s) => [s.role, s.count]), [['center', 1], ['side', 2]]);
  const before = await page.evaluate(() => facet.report());
  const sides = () => before.stones.find((s) => s.id === 'sides');
  assert.equal(sides().count, 2);
  // Drag the side stones' width to the right: bigger stones, more carats, still a valid layout.
  const slider = await rect('side.width');
  await drag(slider, slider.x + slider.width * 0.3, slider.x + slider.width * 0.45);
  piece = await design();
  const width = piece.stones[1].size.diameter_mm;
  assert.ok(width > 4.0, `the side stones grew: ${width} mm`);
  const report = await settledReport((r) => r.stones[1].carat > sides().carat);
  assert.ok(report.stones[1].carat > sides().carat, `${report.stones[1].carat} ct > ${sides().carat} ct`);
  assert.ok(report.checks.some((c) => c.rule === 'stone_gap'), 'the gap between stones is checked');
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks.filter((c) => c.status !== 'pass')));
  await click('gallery.band');
  assert.deepEqual((await design()).stones, []);
  assert.deepEqual(errors, []);
});

// A halo and side stones are each a tick in the panel: a solitaire becomes a halo ring, then a
// halo three-stone (the side heads laid out clear of the halo), and back; the style follows.
test('a solitaire takes a halo and side stones from the panel: a halo three-stone, every check passing; off again, a solitaire', async () => {
  await click('gallery.solitaire');
  await click('halo.on');
  let piece = await design();
  assert.equal(piece.style, 'halo');
  assert.deepEqual(piece.stones.map((s) => [s.role, s.placement.around ?? s.placement]), [['center', 'head'], ['halo', 'center']]);
  const halo = piece.stones[1].count;
  assert.ok(halo >= 16 && halo <= 30, `as many 1.2 mm stones as fit round a 6.5 mm centre: ${halo}`);
  let report = await settledReport((r) => r.stones.length === 2 && r.checks.some((c) => c.rule === 'bead_grip'));
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks.filter((c) => c.status !== 'pass')));
  await click('side.on');
  piece = await design();
  assert.equal(piece.style, 'three_stone');
  assert.deepEqual(piece.stones.map((s) => [s.role, s.count]), [['center', 1], ['halo', halo], ['side', 2]]);
  report = await settledReport((r) => r.stones.length === 3 && r.checks.some((c) => c.rule === 'prong_gap'));
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks.filter((c) => c.status !== 'pass')));
  await click('halo.on');
  piece = await design();
  assert.equal(piece.style, 'three_stone');
  assert.deepEqual(piece.stones.map((s) => s.role), ['center', 'side']);
  await click('side.on');
  piece = await design();
  assert.equal(piece.style, 'solitaire');
  assert.deepEqual(piece.stones.map((s) => s.role), ['center']);
  assert.deepEqual(errors, []);
});

test('a ring\'s centre stone goes into a bezel: jadeite makes it a cabochon ring (翡翠戒指), no wider than the finger allows; back to prongs', async () => {
  await click('gallery.solitaire');
  await click('stone.setting');
  await click('stone.setting:bezel');
  let piece = await design();
  assert.equal(piece.type, 'ring');
  assert.deepEqual(piece.stones[0].setting, { type: 'bezel' });
  let report = await settledReport((r) => r.stones[0]?.setting?.type === 'bezel' && r.checks.length > 0);
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks));
  assert.ok(report.checks.some((c) => c.rule === 'culet_clearance'), 'the culet is checked off the finger, as in prongs');
  await frames();
  let layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout['stone.prongs'], undefined, 'no prongs in a bezel');
  await click('stone.gem');
  await click('stone.gem:jadeite');
  piece = await design();
  assert.equal(piece.stones[0].cut, 'cabochon', 'jadeite is cut as a cabochon');
  // The width slider dragged all the way right stops where the cup would hang past the shank's curve.
  const slider = await rect('stone.width');
  await drag(slider, slider.x + slider.width * 0.3, slider.x + slider.width * 0.95);
  piece = await design();
  const insideMm = report.size.iso_mm / Math.PI;
  assert.equal(piece.stones[0].size.width_mm, Math.floor(0.75 * insideMm * 10) / 10, `the widest a ${insideMm.toFixed(2)} mm finger takes`);
  report = await settledReport((r) => r.stones[0]?.gem === 'jadeite' && r.stones[0].dims_mm[1] === piece.stones[0].size.width_mm && r.checks.length > 0);
  assert.ok(report.checks.every((c) => c.status === 'pass'), JSON.stringify(report.checks));
  // A halo needs prongs: no setting list offered there.
  await click('gallery.halo');
  await frames();
  layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout['stone.setting'], undefined, 'a halo is built round prongs: no bezel offered');
  await click('gallery.solitaire');
  await click('stone.setting');
  await click('stone.setting:prong');
  piece = await design();
  assert.equal(piece.stones[0].setting.type, 'prong');
  assert.equal(piece.stones[0].setting.prongs, 6);
  await click('gallery.band');
  assert.deepEqual((await design()).stones, []);
  assert.deepEqual(errors, []);
});

test('pavé: the shank toggle lays a row that fills its arc beside the halo, every check passing; fewer stones by the slider; off again', async () => {
  await click('gallery.halo');
  const halo = await settledReport((r) => r.piece.style === 'halo' && r.stones.length === 2 && r.checks.length > 0);
  await click('pave.on');
  let piece = await design();
  const row = piece.stones.find((s) => s.placement.along === 'shank');
  assert.ok(row, JSON.stringify(piece.stones));
  assert.equal(row.setting.type, 'pave');
  assert.ok(row.count >= 8, `the shoulders hold a row: ${row.count} stones`);
  // The production mesh follows once the design is still: the seats and beads change the metal.
  const report = await settledReport((r) => r.stones.length === 3 && r.metal.volume_mm3 !== halo.metal.volume_mm3);
  assert.equal(report.stones[2].count, row.count);
  assert.notEqual(report.metal.volume_mm3, halo.metal.volume_mm3);
  // The row passes its own checks. (After the earlier tests' size and metal changes, the halo's
  // own beads can measure under 0.6 mm: a halo finding, not the row's.)
  const rowFails = report.checks.filter((c) => c.status === 'fail' && c.where.stone === row.id);
  assert.deepEqual(rowFails, []);
  assert.ok(report.checks.some((c) => c.rule === 'stone_gap'), 'the row\'s gaps are checked');
  // The count slider only takes stones away (the arc is full): drag it to the left end.
  // (A frame between press and move: ImGui samples the mouse once a frame.)
  const slider = await rect('pave.count');
  const y = slider.y + slider.height / 2;
  await page.mouse.move(slider.x + slider.width * 0.7, y);  // the rectangle holds the label too
  await page.mouse.down();
  await frames(2);
  await page.mouse.move(slider.x - 20, y, { steps: 5 });
  await frames(2);
  await page.mouse.up();
  await frames();
  piece = await design();
  assert.equal(piece.stones[2].count, 1);
  await click('pave.on');
  assert.equal((await design()).stones.length, 2);
  assert.deepEqual(errors, []);
});

test('"Dimensions" draws the measurements on the piece: the bore, the band, the stone and how high it stands; none hides another; off again', async () => {
  await click('gallery.solitaire');
  await click('view.dimensions');
  await frames();
  const layout = await page.evaluate(() => facet.uiLayout());
  // Which figures show depends on the view (earlier tests turn the ring: a line seen end-on is
  // left out), never anything but these.
  const labels = Object.keys(layout).filter((k) => k.startsWith('dimension.')).sort();
  const expected = ['dimension.band_thickness', 'dimension.band_width', 'dimension.head_height', 'dimension.inside_diameter', 'dimension.stone_width'];
  assert.ok(labels.length >= 2 && labels.every((k) => expected.includes(k)), JSON.stringify(labels));
  const panel = layout['view.dimensions'];
  for (const name of labels) assert.ok(layout[name].x > panel.x + panel.width, `${name} is over the piece, right of the panel`);
  for (const a of labels)
    for (const b of labels) {
      if (a >= b) continue;
      const p = layout[a], q = layout[b];
      const apart = p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y;
      assert.ok(apart, `${a} and ${b} do not overlap`);
    }
  // The figure is drawn where the layout says: that part of the picture changes when it goes.
  const shown = layout[labels[0]];
  const clip = { x: Math.round(shown.x), y: Math.round(shown.y), width: Math.round(shown.width), height: Math.round(shown.height) };
  const withFigure = await page.screenshot({ clip });
  await click('view.dimensions');
  const after = await page.evaluate(() => facet.uiLayout());
  assert.deepEqual(Object.keys(after).filter((k) => k.startsWith('dimension.')), []);
  const changed = await diffFraction(page, withFigure, await page.screenshot({ clip }));
  assert.ok(changed > 0.2, `the label was drawn: ${changed} of its pixels differ`);
  await click('gallery.band');
  assert.deepEqual(errors, []);
});

// What the light looks like is measured by snapshot.test.mjs; here, that the panel's switch sets it.
test('"Display case" lights the piece as a shop counter does; off again, the studio', async () => {
  await click('view.display_case');
  await frames();
  assert.equal(await page.evaluate(() => facet.lighting()), 'display_case');
  await click('view.display_case');
  await frames();
  assert.equal(await page.evaluate(() => facet.lighting()), 'studio');
  assert.deepEqual(errors, []);
});

test('a diamond graded in the panel: colour and clarity from GB/T 16554 lists, priced by the shop\'s graded rows; "Not specified" takes the grade away', async () => {
  const json = readFileSync(new URL('../data/solitaire-round-6.facet.json', import.meta.url), 'utf8');
  await page.evaluate((j) => facet.setDesign(j), json);
  const stonePrice = async () => (await page.evaluate(() => facet.report())).price.lines.find((l) => l.unit === 'ct' && l.item.includes('(center)'));
  const plain = await stonePrice();
  await click('stone.grade.color');
  await click('stone.grade.color:E');
  await click('stone.grade.clarity');
  await click('stone.grade.clarity:VVS1');
  assert.deepEqual((await design()).stones[0].grade, { color: 'E', clarity: 'VVS1' });
  const top = await stonePrice();
  assert.ok(top.unit_price > plain.unit_price, `E VVS1 costs more a carat: ${plain.unit_price} -> ${top.unit_price}`);
  assert.match(top.item, /E VVS1 \(center\)/);
  await click('stone.grade.color');
  await click('stone.grade.color:J');
  await click('stone.grade.clarity');
  await click('stone.grade.clarity:SI1');
  assert.ok((await stonePrice()).unit_price < plain.unit_price, 'J SI1 costs less');
  await click('stone.grade.color');
  await click('stone.grade.color:none');
  await click('stone.grade.clarity');
  await click('stone.grade.clarity:none');
  assert.equal((await design()).stones[0].grade, undefined);
  assert.equal((await stonePrice()).unit_price, plain.unit_price);
  assert.deepEqual(errors, []);
});

test('review and order: the piece in words with its price over the page; Save, Order and Share from it; Change goes back with nothing lost', async () => {
  const before = await page.evaluate(() => facet.getDesign());
  const report = await page.evaluate(() => facet.report());
  const under = await page.screenshot();
  await click('review.open');
  let layout = await page.evaluate(() => facet.uiLayout());
  const rows = ['review.style', 'review.metal', 'review.weight', 'review.total'];
  if (report.piece.type === 'ring') rows.push('review.size', 'review.band');
  for (const s of report.stones) rows.push(`review.stone.${s.id}`);
  for (const name of [...rows, 'review.close', 'review.share', 'review.save', 'review.order']) assert.ok(layout[name], `the review shows ${name}`);
  // One line each, top to bottom inside the review, which sits over the page.
  const box = layout.review;
  const tops = rows.slice(0, -1).map((r) => layout[r].y);
  for (const r of rows) assert.ok(layout[r].y >= box.y && layout[r].y + layout[r].height <= box.y + box.height, `${r} inside the review`);
  assert.equal(new Set(tops).size, tops.length, 'no two lines on one row');
  assert.ok(await diffFraction(page, under, await page.screenshot()) > 0.1, 'the review is drawn over the page');

  const [saved] = await Promise.all([page.waitForEvent('download'), click('review.save')]);
  assert.match(saved.suggestedFilename(), /\.facet\.json$/);
  const [ordered] = await Promise.all([page.waitForEvent('download', { timeout: 120000 }), click('review.order')]);
  assert.match(ordered.suggestedFilename(), /^facet-.*-[0-9a-f]{12}\.zip$/);
  await click('review.share');
  await click('review.close');
  layout = await page.evaluate(() => facet.uiLayout());
  assert.equal(layout.review, undefined, 'closed');
  assert.ok(layout['share.link'], 'the share link is shown in the panel');
  assert.equal(await page.evaluate(() => facet.getDesign()), before, 'every choice as it was');
  assert.deepEqual(errors, []);
});
