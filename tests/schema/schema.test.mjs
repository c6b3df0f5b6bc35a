// The JSON Schema in assets/ and the core's validator are two independent statements of spec v1:
// over the same specs they must reach the same verdict. (Features this version does not build yet
// The schema cannot state every cross-field rule (a pearl is not faceted, a halo goes round an
// existing stone, engraving fits the band), so only cases within its reach are compared. The core also reads UK sizes written
// loosely ("n 1/2", "N½") and writes them back canonical; the schema states the canonical form.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const FACET = new URL('../../build/native/facet', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(new URL('../../assets/facet.design.v1.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const band = JSON.parse(readFileSync(new URL('../data/band-hk12.facet.json', import.meta.url), 'utf8'));

function cliAccepts(spec) {
  const run = spawnSync(FACET, ['validate', '-'], { input: JSON.stringify(spec), encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1 || run.status === 2, `exit ${run.status}: ${run.stderr}`);
  return run.status === 0;
}

const change = (edit) => { const spec = structuredClone(band); edit(spec); return spec; };
const template = (style) => JSON.parse(spawnSync(FACET, ['new', '--style', style], { encoding: 'utf8' }).stdout);
const withStone = (edit) => { const spec = template('solitaire'); edit(spec.piece.stones[0], spec); return spec; };

const cases = {
  'the band': change(() => {}),
  'facet new': JSON.parse(spawnSync(FACET, ['new'], { encoding: 'utf8' }).stdout),
  'platinum without colour': change((s) => { s.piece.metal = { alloy: 'Pt950' }; }),
  'platinum with a colour': change((s) => { s.piece.metal = { alloy: 'Pt950', color: 'white' }; }),
  '18K without colour': change((s) => { delete s.piece.metal.color; }),
  '足金 in rose': change((s) => { s.piece.metal = { alloy: 'Au990', color: 'rose' }; }),
  '足金 plain': change((s) => { s.piece.metal = { alloy: 'Au990' }; }),
  'unknown alloy': change((s) => { s.piece.metal.alloy = 'Au999'; }),
  'rhodium on yellow (a warning only)': change((s) => { s.piece.metal.plating = 'rhodium'; }),
  'bad finish': change((s) => { s.piece.metal.finish = 'shiny'; }),
  'US 6.25': change((s) => { s.piece.size = { system: 'us', value: 6.25 }; }),
  'US 6.3': change((s) => { s.piece.size = { system: 'us', value: 6.3 }; }),
  'US 0.5 (under 38 mm)': change((s) => { s.piece.size = { system: 'us', value: 0.5 }; }),
  'US 16.75': change((s) => { s.piece.size = { system: 'us', value: 16.75 }; }),
  'US 17 (over 80 mm)': change((s) => { s.piece.size = { system: 'us', value: 17 }; }),
  'HK 12.5': change((s) => { s.piece.size = { system: 'hk', value: 12.5 }; }),
  'HK 0': change((s) => { s.piece.size = { system: 'hk', value: 0 }; }),
  'HK 38': change((s) => { s.piece.size = { system: 'hk', value: 38 }; }),
  'HK 39': change((s) => { s.piece.size = { system: 'hk', value: 39 }; }),
  'JP 0': change((s) => { s.piece.size = { system: 'jp', value: 0 }; }),
  'ISO 54.5': change((s) => { s.piece.size = { system: 'iso', value: 54.5 }; }),
  'ISO 37 (UK B)': change((s) => { s.piece.size = { system: 'iso', value: 37 }; }),
  'ISO 35': change((s) => { s.piece.size = { system: 'iso', value: 35 }; }),
  'US 0 (36.5 mm)': change((s) => { s.piece.size = { system: 'us', value: 0 }; }),
  'US -0.25': change((s) => { s.piece.size = { system: 'us', value: -0.25 }; }),
  'UK N1/2': change((s) => { s.piece.size = { system: 'uk', value: 'N1/2' }; }),
  'UK A': change((s) => { s.piece.size = { system: 'uk', value: 'A' }; }),
  'UK Z+2 1/2': change((s) => { s.piece.size = { system: 'uk', value: 'Z+2 1/2' }; }),
  'UK Z+9 (over 80 mm)': change((s) => { s.piece.size = { system: 'uk', value: 'Z+9' }; }),
  'UK Q9': change((s) => { s.piece.size = { system: 'uk', value: 'Q9' }; }),
  'UK as a number': change((s) => { s.piece.size = { system: 'uk', value: 14 }; }),
  'ISO 90': change((s) => { s.piece.size = { system: 'iso', value: 90 }; }),
  'size as a string': change((s) => { s.piece.size.value = '12'; }),
  'no size on a ring': change((s) => { delete s.piece.size; }),
  'width 0': change((s) => { s.piece.shank.width_mm = 0; }),
  'width as a string': change((s) => { s.piece.shank.width_mm = '4'; }),
  'thickness 0.8 (a warning only)': change((s) => { s.piece.shank.thickness_mm = 0.8; }),
  'thickness 7': change((s) => { s.piece.shank.thickness_mm = 7; }),
  'taper': change((s) => { s.piece.shank.top_width_mm = 6; s.piece.shank.top_thickness_mm = 2.2; }),
  'unknown key in shank': change((s) => { s.piece.shank.depth_mm = 2; }),
  'vendor key in shank': change((s) => { s.piece.shank.x_polish = 'mirror'; }),
  'vendor key at the top': change((s) => { s.x_shop = { sku: 'A1' }; }),
  'free meta.extra': change((s) => { s.meta.extra = { crm: [1, { a: null }] }; }),
  'unknown meta key': change((s) => { s.meta.owner = 'me'; }),
  'created not ISO': change((s) => { s.meta.created = '21/11/2026'; }),
  'shrinkage 1.5': change((s) => { s.production = { shrinkage_pct: 1.5, hallmark: 'Au750 FCT' }; }),
  'shrinkage 11': change((s) => { s.production = { shrinkage_pct: 11 }; }),
  'version 2': change((s) => { s.version = 2; }),
  'wrong format': change((s) => { s.format = 'other'; }),
  'empty stones list': change((s) => { s.piece.stones = []; }),
  'stones not a list': change((s) => { s.piece.stones = {}; }),
  'pendant block on a ring': change((s) => { s.piece.pendant = { bail: 'fixed' }; }),
  ...Object.fromEntries(['solitaire', 'halo', 'three_stone', 'eternity', 'signet', 'pendant_solitaire', 'pendant_halo', 'stud']
    .map((style) => [`template ${style}`, template(style)])),
  'a stone sized two ways': withStone((st) => { st.size = { diameter_mm: 6.5, carat: 1 }; }),
  'a stone by carat': withStone((st) => { st.size = { carat: 1.2 }; }),
  'a stone with no size': withStone((st) => { delete st.size; }),
  'a stone count of 0': withStone((st) => { st.count = 0; }),
  'an unknown gem': withStone((st) => { st.gem = 'glass'; }),
  'an unknown setting type': withStone((st) => { st.setting = { type: 'glue' }; }),
  'a bad placement': withStone((st) => { st.placement = 'top'; }),
  'an unknown stone key': withStone((st) => { st.colour = 'D'; }),
  'a grade': withStone((st) => { st.grade = { color: 'D', clarity: 'VVS1', lab: 'NGTC', report_no: 'N123' }; }),
  'supplied by the customer': withStone((st) => { st.supplied_by = 'customer'; }),
  'engraving inside': withStone((st, s) => { s.piece.engraving = [{ text: '永远', location: 'inside', height_mm: 1.2 }]; }),
  'engraving without a location': withStone((st, s) => { s.piece.engraving = [{ text: 'x' }]; }),
  'engraving of empty text': withStone((st, s) => { s.piece.engraving = [{ text: '', location: 'inside' }]; }),
  'a court shank': change((s) => { s.piece.shank.profile = 'court'; }),
  'a cushion signet face': (() => { const s = template('signet'); s.piece.signet = { face: 'cushion', length_mm: 14, width_mm: 11 }; return s; })(),
  'a signet face of 30 mm': (() => { const s = template('signet'); s.piece.signet.length_mm = 30; return s; })(),
  'a round signet face (no such shape)': (() => { const s = template('signet'); s.piece.signet.face = 'round'; return s; })(),
  'an unknown key in the signet face': (() => { const s = template('signet'); s.piece.signet.depth_mm = 1; return s; })(),
  'a signet block on a band': change((s) => { s.piece.signet = { face: 'oval' }; }),
  'earrings with a size': (() => { const s = template('stud'); s.piece.size = { system: 'us', value: 6 }; return s; })(),
};

for (const [name, spec] of Object.entries(cases)) {
  test(`schema and core agree: ${name}`, () => {
    const bySchema = validate(spec);
    const byCore = cliAccepts(spec);
    assert.equal(bySchema, byCore, `schema ${bySchema ? 'accepts' : 'refuses'}, core ${byCore ? 'accepts' : 'refuses'}` +
      (bySchema ? '' : `: ${JSON.stringify(validate.errors?.slice(0, 3))}`));
  });
}

test('both accept the examples shipped in tests/data and refuse the invalid one', () => {
  for (const name of ['band-hk12', 'band-us7-pt950-d', 'spec-example-solitaire-hk12', 'spec-example-halo-pt950', 'spec-example-jadeite-pendant']) {
    const spec = JSON.parse(readFileSync(new URL(`../data/${name}.facet.json`, import.meta.url), 'utf8'));
    assert.ok(validate(spec), name);
    assert.ok(cliAccepts(spec), name);
  }
  const bad = JSON.parse(readFileSync(new URL('../data/invalid-many.facet.json', import.meta.url), 'utf8'));
  assert.equal(validate(bad), false);
  assert.equal(cliAccepts(bad), false);
});
