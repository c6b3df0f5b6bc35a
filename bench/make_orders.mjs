// Writes N generated orders (default 100) into a directory for the `facet batch` benchmark: a
// factory's day as we imagine it: 40 bands, 40 solitaires, 20 three-stone rings, across alloys,
// profiles, cuts and sizes. Deterministic (no randomness), so runs compare.
// usage: node bench/make_orders.mjs DIR [N]
import fs from 'node:fs';
import path from 'node:path';

const [dir, countText = '100'] = process.argv.slice(2);
const count = Number(countText);
if (!dir || !(count > 0)) {
  console.error('usage: node bench/make_orders.mjs DIR [N]');
  process.exit(2);
}
fs.mkdirSync(dir, { recursive: true });

const alloys = [['Au750', 'yellow'], ['Au750', 'white'], ['Au750', 'rose'], ['Pt950', null], ['Au585', 'yellow'], ['S925', null]];
const profiles = ['comfort', 'flat', 'd_shape', 'court', 'knife_edge', 'square'];
const hkSizes = [8, 10, 11, 12, 13, 14, 16, 18];
const cuts = [['round', { diameter_mm: 6.5 }], ['oval', { length_mm: 8, width_mm: 6 }], ['cushion', { length_mm: 6.5, width_mm: 6.5 }],
  ['princess', { length_mm: 5.5, width_mm: 5.5 }], ['pear', { length_mm: 9, width_mm: 6 }], ['emerald', { length_mm: 7, width_mm: 5 }],
  ['round', { diameter_mm: 5.2 }], ['marquise', { length_mm: 10, width_mm: 5 }]];

function metal(i) {
  const [alloy, color] = alloys[i % alloys.length];
  return color ? { alloy, color } : { alloy };
}

function order(i) {
  const kind = i % 5 < 2 ? 'band' : i % 5 < 4 ? 'solitaire' : 'three_stone';
  const piece = { type: 'ring', style: kind, metal: metal(i), size: { system: 'hk', value: hkSizes[i % hkSizes.length] } };
  if (kind === 'band') {
    piece.shank = { profile: profiles[i % profiles.length], width_mm: 3 + (i % 4), thickness_mm: 1.6 + 0.1 * (i % 3) };
  } else {
    piece.shank = { profile: profiles[i % 3], width_mm: 2.2, thickness_mm: 1.8, top_width_mm: 2.6, top_thickness_mm: 2.0 };
    const [cut, size] = kind === 'solitaire' ? cuts[i % cuts.length] : ['round', { diameter_mm: 6 }];
    piece.stones = [{ id: 'center', role: 'center', placement: 'head', count: 1, gem: 'diamond', cut, size,
      setting: { type: 'prong', prongs: i % 2 ? 6 : 4, prong_diameter_mm: 1.0 } }];
    if (kind === 'three_stone') {
      piece.stones.push({ id: 'sides', role: 'side', placement: 'head', count: 2, gem: i % 2 ? 'sapphire' : 'diamond', cut: 'round',
        size: { diameter_mm: 4 }, setting: { type: 'prong', prongs: 4, prong_diameter_mm: 0.9 } });
    }
  }
  const n = String(i + 1).padStart(3, '0');
  return { format: 'facet.design', version: 1, meta: { title: `Order ${n}`, order_id: `SZ-2026-${n}`, created: '2026-11-21' }, piece };
}

for (let i = 0; i < count; i++) {
  fs.writeFileSync(path.join(dir, `order-${String(i + 1).padStart(3, '0')}.facet.json`), JSON.stringify(order(i), null, 2) + '\n');
}
