// Reads a built piece's piece.glb with the Khronos glTF validator (npm gltf-validator) and holds it
// to the report: no errors and no warnings, one mesh for the metal and one per stone, the design
// id in the extras, the metal's bounds those of a ring of the report's size, or of the report's
// bounding box for other pieces (in metres).
// Usage: node tests/tools/check_glb.mjs DIR   (DIR as written by facet build)
import validator from 'gltf-validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const bytes = new Uint8Array(readFileSync(join(dir, 'piece.glb')));
const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
const fail = (why, detail) => { console.error(`piece.glb: ${why}`, JSON.stringify(detail ?? '').slice(0, 1500)); process.exit(1); };

const result = await validator.validateBytes(bytes);
if (result.issues.numErrors !== 0 || result.issues.numWarnings !== 0) fail('validator issues', result.issues.messages);
const stones = report.stones.reduce((n, s) => n + s.count, 0);
if (result.info.drawCallCount !== 1 + stones) fail(`draw calls ${result.info.drawCallCount}, wanted ${1 + stones}`);

// The JSON chunk, to check what the validator does not know about.
const view = new DataView(bytes.buffer);
const json = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + view.getUint32(12, true))));
if (json.asset.extras?.design_id !== report.design_id) fail('design_id', json.asset.extras);
const metal = json.accessors[json.meshes[0].primitives[0].attributes.POSITION];
if (report.size) {
  const across_m = metal.max[0] - metal.min[0];  // the ring's outside diameter, along X
  const inner_m = report.size.diameter_mm / 1000;
  if (!(across_m > inner_m && across_m < inner_m + 0.01)) fail(`metal ${across_m} m across for a ${inner_m} m ring`);
} else {
  // Not a ring: the metal's extents are the report's bounding box, whatever way up.
  const sorted = (v) => [...v].sort((a, b) => a - b);
  const extents_mm = sorted([0, 1, 2].map((i) => (metal.max[i] - metal.min[i]) * 1000));
  const report_mm = sorted(report.bbox_mm);
  if (!extents_mm.every((e, i) => Math.abs(e - report_mm[i]) < 0.01)) fail(`metal ${extents_mm} mm, report ${report_mm} mm`);
}
