// Issue #4's side-by-side: a solitaire comparable to tests/data/solitaire-round-6 (HK 12 comfort
// band 2.0 x 1.8 mm, six 0.9 mm claws round a 6.5 mm stone, a two-rail basket, the stone's seat
// cut) built by two other kernels at the tolerance ours keeps, 0.01 mm from the exact surface:
//   - manifold-3d (npm): an exact union and difference of meshes, each part tessellated so that
//     no chord strays more than 0.01 mm from its circle;
//   - OpenSCAD (Debian, CGAL's exact Nef polyhedra) on the same parts, the same tessellation.
// Ours is `facet_bench`'s "solitaire production metal mesh" (bench/run.sh prints it beside these).
// Usage: node bench/kernels.mjs [--no-openscad]
import Module from 'manifold-3d';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TOLERANCE_MM = 0.01;
// Segments for a circle of radius r whose chords' sagitta r (1 - cos(pi / n)) stays within tolerance.
const segments = (r) => Math.max(8, Math.ceil(Math.PI / Math.acos(1 - TOLERANCE_MM / r)));

// The piece, in mm: the ring round the Z axis, its top at +Y, the head's axis along +Y.
const INNER_R = 8.35, THICK = 1.8, WIDTH = 2.0, COMFORT_R = 0.6;
const TOP = INNER_R + THICK;
const STONE_R = 3.25, GIRDLE_Y = TOP + 3.0, CROWN = 0.95, PAVILION = 2.8;
const PRONG_R = 0.45;
const prongs = [...Array(6).keys()].map((i) => {
  const a = (i + 0.5) * Math.PI / 3;
  const at = (radial, y) => [radial * Math.cos(a), y, radial * Math.sin(a)];
  return { from: at(2.0, TOP - 0.4), to: at(STONE_R + 0.15, GIRDLE_Y + 0.6) };
});
const rails = [{ y: TOP + 0.9, major: 2.35 }, { y: GIRDLE_Y - 0.9, major: 2.95 }];
const RAIL_R = 0.35;

const sub = (a, b) => a.map((x, i) => x - b[i]);
const norm = (a) => { const l = Math.hypot(...a); return a.map((x) => x / l); };
const cross = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
// Columns u, v, d (d along from -> to) and the translation `from`: Z onto the segment.
function frame(from, to) {
  const d = norm(sub(to, from));
  const u = norm(cross(Math.abs(d[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0], d));
  const v = cross(d, u);
  return { u, v, d, length: Math.hypot(...sub(to, from)) };
}

function manifoldPiece({ Manifold, CrossSection }) {
  const ring = Manifold.revolve(
    CrossSection.square([THICK - 2 * COMFORT_R, WIDTH - 2 * COMFORT_R], true)
      .offset(COMFORT_R, 'Round', 2, segments(COMFORT_R))
      .translate([INNER_R + THICK / 2, 0]),
    segments(TOP));
  const parts = [ring];
  for (const { from, to } of prongs) {
    const { u, v, d, length } = frame(from, to);
    const claw = Manifold.cylinder(length, PRONG_R, PRONG_R, segments(PRONG_R))
      .add(Manifold.sphere(PRONG_R, segments(PRONG_R)).translate([0, 0, length]));
    parts.push(claw.transform([...u, 0, ...v, 0, ...d, 0, ...from, 1]));
  }
  for (const { y, major } of rails) {
    const torus = Manifold.revolve(CrossSection.circle(RAIL_R, segments(RAIL_R)).translate([major, 0]), segments(major + RAIL_R));
    parts.push(torus.rotate([-90, 0, 0]).translate([0, y, 0]));
  }
  // The stone's seat: girdle, crown and pavilion cones, 0.02 mm proud, along +Y.
  const n = segments(STONE_R);
  const stone = Manifold.cylinder(0.1, STONE_R + 0.02, STONE_R + 0.02, n)
    .add(Manifold.cylinder(CROWN, STONE_R + 0.02, 0.55 * STONE_R, n).translate([0, 0, 0.1]))
    .add(Manifold.cylinder(PAVILION, 0.02, STONE_R + 0.02, n).translate([0, 0, -PAVILION]))
    .rotate([-90, 0, 0]).translate([0, GIRDLE_Y, 0]);
  return Manifold.union(parts).subtract(stone);
}

function scadSource() {
  const m = (f, from) => `multmatrix([[${f.u[0]},${f.v[0]},${f.d[0]},${from[0]}],[${f.u[1]},${f.v[1]},${f.d[1]},${from[1]}],[${f.u[2]},${f.v[2]},${f.d[2]},${from[2]}],[0,0,0,1]])`;
  const lines = ['difference() {', ' union() {'];
  lines.push(`  rotate_extrude($fn=${segments(TOP)}) translate([${INNER_R + THICK / 2}, 0]) offset(r=${COMFORT_R}, $fn=${segments(COMFORT_R)}) square([${THICK - 2 * COMFORT_R}, ${WIDTH - 2 * COMFORT_R}], center=true);`);
  for (const { from, to } of prongs) {
    const f = frame(from, to);
    lines.push(`  ${m(f, from)} { cylinder(h=${f.length}, r=${PRONG_R}, $fn=${segments(PRONG_R)}); translate([0,0,${f.length}]) sphere(r=${PRONG_R}, $fn=${segments(PRONG_R)}); }`);
  }
  for (const { y, major } of rails)
    lines.push(`  translate([0,${y},0]) rotate([-90,0,0]) rotate_extrude($fn=${segments(major + RAIL_R)}) translate([${major},0]) circle(r=${RAIL_R}, $fn=${segments(RAIL_R)});`);
  lines.push(' }');
  const n = segments(STONE_R);
  lines.push(` translate([0,${GIRDLE_Y},0]) rotate([-90,0,0]) { cylinder(h=0.1, r=${STONE_R + 0.02}, $fn=${n}); translate([0,0,0.1]) cylinder(h=${CROWN}, r1=${STONE_R + 0.02}, r2=${0.55 * STONE_R}, $fn=${n}); translate([0,0,${-PAVILION}]) cylinder(h=${PAVILION}, r1=0.02, r2=${STONE_R + 0.02}, $fn=${n}); }`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

const wasm = await Module();
wasm.setup();
const runs = 5;
let piece, total = 0;
for (let i = 0; i < runs; ++i) {
  const start = performance.now();
  piece = manifoldPiece(wasm);
  piece.numTri();  // the CSG is evaluated lazily: ask for its result inside the timing
  total += performance.now() - start;
}
console.log(`manifold-3d ${JSON.parse(readFileSync(new URL('../node_modules/manifold-3d/package.json', import.meta.url))).version}: comparable solitaire, ` +
  `union of ${1 + prongs.length + rails.length} parts minus the seat, chords within ${TOLERANCE_MM} mm: ` +
  `mean ${(total / runs).toFixed(1)} ms (${runs} runs), ${piece.numTri()} triangles, ${piece.volume().toFixed(1)} mm3, status ${piece.status()}, genus ${piece.genus()}`);

if (!process.argv.includes('--no-openscad')) {
  const dir = mkdtempSync(join(tmpdir(), 'facet-kernels-'));
  writeFileSync(join(dir, 'solitaire.scad'), scadSource());
  const start = performance.now();
  const run = spawnSync('openscad', ['-o', join(dir, 'solitaire.stl'), join(dir, 'solitaire.scad')], { encoding: 'utf8', timeout: 1800_000 });
  const ms = performance.now() - start;
  if (run.status !== 0) {
    console.log(`openscad: failed or timed out after ${(ms / 1000).toFixed(0)} s: ${(run.stderr || run.error || '').toString().split('\n').slice(-3).join(' ')}`);
  } else {
    const facets = (readFileSync(join(dir, 'solitaire.stl'), 'utf8').match(/facet normal/g) || []).length;
    const version = spawnSync('openscad', ['--version'], { encoding: 'utf8' });
    console.log(`${(version.stderr || version.stdout).trim()}: the same parts and tessellation, CGAL: ${(ms / 1000).toFixed(1)} s (one run, whole process), ${facets} triangles`);
  }
}
