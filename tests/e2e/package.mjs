import assert from 'node:assert/strict';
import { diffFraction, goldFraction, pieceFraction } from './pixels.mjs';

// The factory package as the browser makes it: every file equals the CLI's, except that the
// browser's job sheet also carries the renderer's pictures, between marked comments.
const START = '<!-- rendered views -->\n', END = '<!-- /rendered views -->\n';

// The job sheet without its rendered views, and those views' PNGs (Buffers) with their captions.
export function splitRenderedViews(html) {
  const text = html.toString();
  const from = text.indexOf(START), to = text.indexOf(END);
  if (from < 0 || to < from) return { sheet: text, views: [] };
  const section = text.slice(from, to);
  const views = [...section.matchAll(/<img src="data:image\/png;base64,([^"]+)" alt="([^"]*)">/g)]
    .map(([, base64, alt]) => ({ name: alt, png: Buffer.from(base64, 'base64') }));
  return { sheet: text.slice(0, from) + text.slice(to + END.length), views };
}

// The three views of a yellow-gold band (tests/data/band-hk12): each 480 x 360, the band filling a
// good part of it and gold, no two views alike. `page` decodes the PNGs.
export async function assertGoldBandViews(page, views) {
  assert.deepEqual(views.map((v) => v.name), ['Three-quarter', 'Front', 'Top']);
  for (const view of views) {
    assert.deepEqual([view.png.readUInt32BE(16), view.png.readUInt32BE(20)], [480, 360], `${view.name}: 480 x 360`);
    const piece = await pieceFraction(page, view.png);
    assert.ok(piece > 0.08 && piece < 0.7, `${view.name}: the band covers ${piece} of its picture`);
    assert.ok(await goldFraction(page, view.png) > 0.5 * piece, `${view.name}: the band is gold`);
  }
  assert.ok(await diffFraction(page, views[0].png, views[1].png) > 0.05, 'three-quarter and front differ');
  assert.ok(await diffFraction(page, views[1].png, views[2].png) > 0.05, 'front and top differ');
}
