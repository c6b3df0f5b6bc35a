#!/usr/bin/env bash
# The factory CLI end to end: build bands and solitaires, read the STL back with admesh and
# prusa-slicer and the 3MF with lib3mf and prusa-slicer (real readers), compare volumes with the
# report, and check exit codes and error lines for bad input.
set -u
FACET=$1
DATA=$2
READ_3MF=$3  # tests/tools/read_3mf.cpp: lib3mf reads our 3MF back (under the sanitizers, libzip
             # inside lib3mf leaks 480 bytes per file: not ours, so leak detection is off for it)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0
check() {  # check "name" command...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}
expect_exit() {  # expect_exit CODE command...
  local want=$1; shift
  "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  [ "$got" -eq "$want" ] || { echo "  exit $got, wanted $want: $*"; cat "$TMP/err"; return 1; }
}

check "validate a valid band exits 0" expect_exit 0 "$FACET" validate "$DATA/band-hk12.facet.json"
check "validate an invalid design exits 1" expect_exit 1 "$FACET" validate "$DATA/invalid-many.facet.json"
check "every error on its own line with path, value and rule" bash -c "
  grep -q 'error: piece.shank.width_mm = 0: must be between 1 and 20 mm' '$TMP/err' &&
  grep -q 'error: piece.shank.thickness_mm = \"1.8\": must be a number' '$TMP/err' &&
  grep -q 'error: piece.shank.depth_mm = 2: is not a key' '$TMP/err' &&
  grep -q 'error: piece.metal.color = \"yellow\": only gold alloys take a color' '$TMP/err' &&
  grep -q 'error: piece.size.value = 6.3: US sizes come in quarter steps' '$TMP/err' &&
  [ \$(grep -c 'error:' '$TMP/err') -eq 5 ]"
check "not JSON exits 2" expect_exit 2 "$FACET" validate "$DATA/not-json.facet.json"
printf '' >"$TMP/empty.json"
check "empty file exits 2" expect_exit 2 "$FACET" validate "$TMP/empty.json"
head -c 300 /bin/ls >"$TMP/binary.json"
check "binary file exits 2" expect_exit 2 "$FACET" validate "$TMP/binary.json"
check "missing file exits 2" expect_exit 2 "$FACET" validate "$TMP/nope.json"
check "directory exits 2" expect_exit 2 "$FACET" validate "$TMP"
check "build of an invalid design exits 1 and writes nothing" bash -c "
  '$FACET' build '$DATA/invalid-many.facet.json' -o '$TMP/bad' 2>/dev/null; [ \$? -eq 1 ] && [ ! -e '$TMP/bad' ]"

for spec in band-hk12 band-us7-pt950-d solitaire-round-6 solitaire-oval-4-pt950 three-stone-sapphire-pt950-court halo-oval-18 \
    spec-example-jadeite-pendant pendant-jadeite-engraved-back-au990 pendant-jadeite-halo-bezel-au750 pendant-round-bezel-pt950 pendant-halo-oval-hidden-pt950 pendant-princess-prongs-au750 \
    stud-princess-pt950 stud-round-3-prong-au585 \
    eternity-channel-hk12 band-channel-princess-pt950 signet-octagon-monogram-s925 halo-bezel-oval-pt950 halo-three-stone-sapphire-pt950; do
  out="$TMP/$spec"
  check "$spec: build exits 0" expect_exit 0 "$FACET" build "$DATA/$spec.facet.json" -o "$out"
  check "$spec: writes spec.json, metal.stl, report.json" test -s "$out/spec.json" -a -s "$out/metal.stl" -a -s "$out/report.json"
  check "$spec: STL header does not start with solid" bash -c "[ \"\$(head -c 5 '$out/metal.stl')\" != solid ]"
  admesh "$out/metal.stl" >"$out/admesh.txt" 2>&1
  check "$spec: admesh reads one part and repairs nothing" bash -c "
    grep -Eq 'Number of parts *: *1( |\$)' '$out/admesh.txt' &&
    grep -Eq 'Degenerate facets *: *0\$' '$out/admesh.txt' &&
    grep -Eq 'Edges fixed *: *0\$' '$out/admesh.txt' &&
    grep -Eq 'Facets removed *: *0\$' '$out/admesh.txt' &&
    grep -Eq 'Facets added *: *0\$' '$out/admesh.txt' &&
    grep -Eq 'Facets reversed *: *0\$' '$out/admesh.txt' &&
    grep -Eq 'Backwards edges *: *0\$' '$out/admesh.txt' &&
    grep -Eq 'Normals fixed *: *0\$' '$out/admesh.txt'" || cat "$out/admesh.txt"
  check "$spec: admesh volume matches report.json within 0.1%" node -e "
    const fs = require('fs');
    const report = JSON.parse(fs.readFileSync('$out/report.json', 'utf8'));
    const m = fs.readFileSync('$out/admesh.txt', 'utf8').match(/Volume\s*:\s*([0-9.]+)/);
    const v = Number(m[1]), r = report.metal.volume_mm3;
    if (!(Math.abs(v - r) / r < 0.001)) { console.error('admesh', v, 'report', r); process.exit(1); }
    const ring = report.piece.type === 'ring';  // only rings have a size
    for (const key of ['design_id', 'metal']) if (!(key in report)) process.exit(1);
    if (ring !== ('size' in report)) process.exit(1);
    if (!(report.metal.weight_g > 0) || (ring && !(report.size.iso_mm > 40)) || !report.metal.alloy) process.exit(1);"
  check "$spec: spec.json rebuilds the same files" bash -c "
    '$FACET' build '$out/spec.json' -o '$out/again' >/dev/null &&
    cmp -s '$out/metal.stl' '$out/again/metal.stl' && cmp -s '$out/report.json' '$out/again/report.json' &&
    cmp -s '$out/spec.json' '$out/again/spec.json' && cmp -s '$out/piece.3mf' '$out/again/piece.3mf' &&
    cmp -s '$out/piece.glb' '$out/again/piece.glb'"
  check "$spec: lib3mf reads piece.3mf: no warnings, every object manifold, metal volume and metadata as the report" bash -c "
    ASAN_OPTIONS=detect_leaks=0 '$READ_3MF' '$out/piece.3mf' >'$out/3mf.json' && node -e \"
      const fs = require('fs');
      const got = JSON.parse(fs.readFileSync('$out/3mf.json', 'utf8'));
      const report = JSON.parse(fs.readFileSync('$out/report.json', 'utf8'));
      const ns = 'urn:facet:3mf:2026:';
      const fail = (why) => { console.error(why, JSON.stringify(got).slice(0, 800)); process.exit(1); };
      if (!got.read || got.warnings !== 0) fail('read with warnings');
      if (got.objects.length !== 1 + report.stones.reduce((n, s) => n + s.count, 0) || got.build_items !== got.objects.length) fail('objects');
      if (!got.objects.every((o) => o.manifold_oriented)) fail('not manifold');
      const metal = got.objects.find((o) => o.name === 'metal');
      if (!(Math.abs(metal.volume_mm3 - report.metal.volume_mm3) / report.metal.volume_mm3 < 0.001)) fail('volume');
      if (got.metadata[ns + 'DesignId'] !== report.design_id) fail('design id');
      if (report.size ? Number(got.metadata[ns + 'RingSizeISO']) !== Math.round(report.size.iso_mm * 100) / 100
                      : ns + 'RingSizeISO' in got.metadata) fail('size');
      if (!got.metadata[ns + 'FinenessMark'].startsWith(report.metal.mark)) fail('mark');
      if (!got.metadata[ns + 'Shrinkage'].includes('not compensated')) fail('shrinkage');
      if (!got.metadata.Title) fail('title');
      if (!got.thumbnail_png || got.thumbnail_bytes < 2000) fail('thumbnail');\""
  check "$spec: the Khronos glTF validator reads piece.glb without errors or warnings, in metres, with the design id" \
    node "$(dirname "$0")/../tools/check_glb.mjs" "$out"
  check "$spec: prusa-slicer loads piece.3mf, every object manifold" bash -c "
    prusa-slicer --info '$out/piece.3mf' 2>/dev/null >'$out/3mf-info.txt' &&
    [ \$(grep -c 'manifold = yes' '$out/3mf-info.txt') -ge 1 ] && ! grep -q 'manifold = no' '$out/3mf-info.txt'"
done

check "a halo pendant on a hidden bail: 1 + 18 stones, each its own STL, the job sheet names the bail" bash -c "
  node -e \"const r = require('$TMP/pendant-halo-oval-hidden-pt950/report.json');
    if (r.stones.map((s) => s.count).join() !== '1,18' || r.piece.style !== 'pendant_halo') process.exit(1)\" &&
  [ \$(ls '$TMP/pendant-halo-oval-hidden-pt950' | grep -c '^stone-halo-[0-9]*\\.stl\$') -eq 18 ] &&
  grep -q '隐藏扣头 hidden' '$TMP/pendant-halo-oval-hidden-pt950/jobsheet.html'"
check "text on a jadeite pendant's back: cast, its check passes, the job sheet has the back view and says 背面" bash -c "
  node -e \"const r = require('$TMP/pendant-jadeite-engraved-back-au990/report.json');
    const e = r.engraving[0];
    if (e.location !== 'back' || e.method !== 'cast') process.exit(1);
    if (!r.checks.some((c) => c.rule === 'engraving_depth' && c.status === 'pass')) process.exit(1)\" &&
  grep -q '背视' '$TMP/pendant-jadeite-engraved-back-au990/jobsheet.html' &&
  grep -q '背面 back' '$TMP/pendant-jadeite-engraved-back-au990/jobsheet.html'"
check "a hinged bail: the piece carries its lug, one part; the job sheet says the bail is bought in" bash -c "
  '$FACET' new --style pendant_halo | sed 's/\"fixed\"/\"hinged\"/' >'$TMP/hinged.json' &&
  '$FACET' build '$TMP/hinged.json' -o '$TMP/hinged' >/dev/null &&
  admesh '$TMP/hinged/metal.stl' | grep -Eq 'Number of parts *: *1( |\$)' &&
  grep -q '活动扣头 hinged: bought in' '$TMP/hinged/jobsheet.html'"
check "a stud is one earring of a pair: the price counts two, the job sheet says make 2" bash -c "
  node -e \"const r = require('$TMP/stud-princess-pt950/report.json');
    if (r.piece.pieces_made !== 2 || !r.price.lines[0].item.includes('(pair)')) process.exit(1);
    if (Math.abs(r.price.lines[0].qty - 2 * r.metal.weight_g) > 0.002) process.exit(1)\" &&
  grep -q '一对 a pair: make 2' '$TMP/stud-princess-pt950/jobsheet.html' && grep -q 'screw' '$TMP/stud-princess-pt950/jobsheet.html'"

# Failing manufacturability checks: refused (nothing written) unless --force, which says so.
check "a piece that fails its checks: build exits 1, names each failing rule, writes nothing" bash -c "
  '$FACET' build '$DATA/band-too-thin.facet.json' -o '$TMP/thin' 2>'$TMP/thin.err'; [ \$? -eq 1 ] && [ ! -e '$TMP/thin' ] &&
  grep -q 'error: check shank_thickness fails: shank thickness 0.70 mm' '$TMP/thin.err' && grep -q -- '--force' '$TMP/thin.err'"
check "--force builds it, and the report and the 3MF say the checks were overridden" bash -c "
  '$FACET' build '$DATA/band-too-thin.facet.json' -o '$TMP/thin' --force >/dev/null 2>&1 &&
  ASAN_OPTIONS=detect_leaks=0 '$READ_3MF' '$TMP/thin/piece.3mf' >'$TMP/thin/3mf.json' && node -e \"
    const fs = require('fs');
    const got = JSON.parse(fs.readFileSync('$TMP/thin/3mf.json', 'utf8'));
    const report = JSON.parse(fs.readFileSync('$TMP/thin/report.json', 'utf8'));
    if (!got.metadata['urn:facet:3mf:2026:ChecksOverridden'].startsWith('yes')) process.exit(1);
    if (report.production.checks_overridden !== true) process.exit(2);\""
check "a passing piece is not marked as overridden" bash -c "
  node -e \"process.exit(require('$TMP/solitaire-round-6/report.json').production.checks_overridden === false ? 0 : 1)\" &&
  ! ASAN_OPTIONS=detect_leaks=0 '$READ_3MF' '$TMP/solitaire-round-6/piece.3mf' | grep -q ChecksOverridden"

# Casting shrinkage: the metal grows by the allowance (seats too), the stones do not.
check "--shrinkage 1.5: metal.stl is 1.015^3 of the piece's volume, stones.stl unchanged, recorded in spec, report and 3MF" bash -c "
  '$FACET' build '$DATA/solitaire-round-6.facet.json' -o '$TMP/shrunk' --shrinkage 1.5 >/dev/null 2>&1 &&
  admesh '$TMP/shrunk/metal.stl' >'$TMP/shrunk/admesh.txt' && admesh '$TMP/shrunk/stones.stl' >'$TMP/shrunk/stones.txt' &&
  admesh '$TMP/solitaire-round-6/stones.stl' >'$TMP/shrunk/stones-nominal.txt' &&
  ASAN_OPTIONS=detect_leaks=0 '$READ_3MF' '$TMP/shrunk/piece.3mf' >'$TMP/shrunk/3mf.json' && node -e \"
    const fs = require('fs');
    const volume = (f) => Number(fs.readFileSync(f, 'utf8').match(/Volume\\s*:\\s*([0-9.]+)/)[1]);
    const report = JSON.parse(fs.readFileSync('$TMP/shrunk/report.json', 'utf8'));
    const nominal = JSON.parse(fs.readFileSync('$TMP/solitaire-round-6/report.json', 'utf8'));
    const fail = (why) => { console.error(why); process.exit(1); };
    if (report.metal.weight_g !== nominal.metal.weight_g) fail('the finished piece weighs the same');
    const model = volume('$TMP/shrunk/admesh.txt');
    if (Math.abs(model / (nominal.metal.volume_mm3 * 1.015 ** 3) - 1) > 0.001) fail('metal not scaled: ' + model);
    if (Math.abs(model / report.production.model_volume_mm3 - 1) > 0.001) fail('model_volume_mm3');
    if (volume('$TMP/shrunk/stones.txt') !== volume('$TMP/shrunk/stones-nominal.txt')) fail('stones scaled');
    if (JSON.parse(fs.readFileSync('$TMP/shrunk/spec.json', 'utf8')).production.shrinkage_pct !== 1.5) fail('spec');
    const got = JSON.parse(fs.readFileSync('$TMP/shrunk/3mf.json', 'utf8'));
    if (!got.metadata['urn:facet:3mf:2026:Shrinkage'].startsWith('1.5% (metal scaled by 1.015')) fail('3mf');\""
check "--shrinkage 12 exits 1 with the spec's rule and path" bash -c "
  '$FACET' build '$DATA/solitaire-round-6.facet.json' -o '$TMP/over' --shrinkage 12 2>&1 >/dev/null |
    grep -q 'production.shrinkage_pct = 12.*must be between 0 and 10'; r=(\${PIPESTATUS[@]}); [ \${r[0]} -eq 1 ] && [ ! -e '$TMP/over' ]"
check "stones.stl: every stone of a three-stone ring, one closed part each" bash -c "
  admesh '$TMP/three-stone-sapphire-pt950-court/stones.stl' | grep -Eq 'Number of parts *: *3( |\$)'"

check "report weights: Pt950 heavier per mm3 than Au750" node -e "
  const fs = require('fs');
  const a = JSON.parse(fs.readFileSync('$TMP/band-hk12/report.json')).metal;
  const b = JSON.parse(fs.readFileSync('$TMP/band-us7-pt950-d/report.json')).metal;
  if (!(Math.abs(a.weight_g / a.volume_mm3 * 1000 - 15.58) < 0.01)) process.exit(1);
  if (!(Math.abs(b.weight_g / b.volume_mm3 * 1000 - 20.1) < 0.01)) process.exit(1);"
check "new prints a spec that validates" bash -c "'$FACET' new --style band | '$FACET' validate - >/dev/null"
check "sizes --json: one size in every system" bash -c "
  [ \"\$('$FACET' sizes --from us 7 --json)\" = '{\"iso_mm\":54.7,\"us\":7,\"uk\":\"N1/2\",\"hk\":15,\"jp\":14,\"cn\":15,\"diameter_mm\":17.41}' ]"
check "sizes from a UK letter" bash -c "'$FACET' sizes --from uk 'N1/2' --json | grep -q '\"us\":7,'"
check "sizes of an impossible size exits 1 with the rule" bash -c "
  '$FACET' sizes --from hk 99 2>&1 >/dev/null | grep -q 'rings are made from 36 to 80 mm'; r=(\${PIPESTATUS[@]}); [ \${r[0]} -eq 1 ]"
cat >"$TMP/shop.json" <<'JSON'
{"format": "facet.prices", "version": 1, "name": "Shop", "date": "2026-11-20", "currency": "USD",
 "metal_per_gram": {"Au750": 100}, "labour": {"per_piece": {"band": 50}}}
JSON
check "report prices with a shop table: 克价 x weight + per-piece labour" node -e "
  const { execFileSync } = require('child_process');
  const r = JSON.parse(execFileSync('$FACET', ['report', '$DATA/band-hk12.facet.json', '--prices', '$TMP/shop.json']));
  const p = r.price, w = r.metal.weight_g;
  if (p.currency !== 'USD' || p.lines.length !== 2 || p.table.example !== false) process.exit(1);
  if (Math.abs(p.lines[0].amount - Math.round(w * 100 * 100) / 100) > 1e-9) process.exit(2);
  if (Math.abs(p.total - (p.lines[0].amount + 50)) > 1e-9) process.exit(3);"
check "the default table says it is an example" bash -c "'$FACET' report '$DATA/band-hk12.facet.json' | grep -q '\"example\": true'"
check "a currency the table cannot convert to exits 1 with the reason" bash -c "
  '$FACET' report '$DATA/band-hk12.facet.json' --currency EUR 2>&1 >/dev/null | grep -q 'no exchange rate to EUR'
  r=(\${PIPESTATUS[@]}); [ \${r[0]} -eq 1 ]"
printf '{"format": "facet.prices", "version": 1, "name": "x", "date": "d", "currency": "CNY", "metal_per_gram": {"Au999": 1}}' >"$TMP/bad-prices.json"
check "a bad price table exits 1 naming the path" bash -c "
  '$FACET' build '$DATA/band-hk12.facet.json' -o '$TMP/priced' --prices '$TMP/bad-prices.json' 2>&1 >/dev/null | grep -q 'metal_per_gram.Au999'
  r=(\${PIPESTATUS[@]}); [ \${r[0]} -eq 1 ] && [ ! -e '$TMP/priced' ]"
for style in band solitaire halo three_stone eternity signet pendant_solitaire pendant_halo stud; do
  check "new --style $style validates cleanly" bash -c "
    '$FACET' new --style $style | '$FACET' validate - 2>'$TMP/$style.err' >/dev/null && ! grep -q 'error\|warning' '$TMP/$style.err'"
  check "new --style $style reports a weight, every stone's carats, passing checks and a price" bash -c "
    '$FACET' new --style $style >'$TMP/$style.json' && '$FACET' report '$TMP/$style.json' >'$TMP/$style.report.json' &&
    node -e \"const r = require('$TMP/$style.report.json');
      const ok = r.metal.weight_g > 0.1 && r.metal.weight_g < 30 && r.stones.every((s) => s.carat > 0) &&
        r.checks.every((c) => c.status === 'pass') && r.price.total > 0;
      if (!ok) { console.error(JSON.stringify(r).slice(0, 600)); process.exit(1); }\""
done
for example in "$DATA"/spec-example-*.facet.json; do
  check "the spec draft's $(basename "$example") validates" "$FACET" validate "$example"
done
check "the spec draft's halo with a pave shank: its 16 stones crowd the shoulders, so build exits 1 naming the row and writes nothing" bash -c "
  '$FACET' build '$DATA/spec-example-halo-pt950.facet.json' -o '$TMP/halo-pave' 2>'$TMP/halo.err'; r=\$?
  [ \$r -eq 1 ] && grep -q 'stone_gap fails: gap between pave_shank stones -' '$TMP/halo.err' && ! grep -q 'not built yet' '$TMP/halo.err' &&
  [ ! -e '$TMP/halo-pave' ]"
check "the same with --force: one manifold part with every seat cut, 1 + 18 + 16 stones in the report" bash -c "
  '$FACET' build '$DATA/spec-example-halo-pt950.facet.json' -o '$TMP/halo-pave' --force >/dev/null 2>&1 &&
  admesh '$TMP/halo-pave/metal.stl' | grep -Eq 'Number of parts *: *1( |\$)' &&
  admesh '$TMP/halo-pave/metal.stl' | grep -Eq 'Backwards edges *: *0\$' &&
  prusa-slicer --info '$TMP/halo-pave/metal.stl' 2>/dev/null | grep -q 'manifold = yes' &&
  node -e \"const r = require('$TMP/halo-pave/report.json'); const n = r.stones.map((s) => s.count).join(); if (n !== '1,18,16' || !r.production.checks_overridden) process.exit(1)\""
for spec in solitaire-round-6 solitaire-oval-4-pt950; do
  out="$TMP/$spec"
  check "$spec: the stone is its own closed STL, and its volume is the report's carat" node -e "
    const fs = require('fs');
    const { execFileSync } = require('child_process');
    const report = JSON.parse(fs.readFileSync('$out/report.json', 'utf8'));
    const text = execFileSync('admesh', ['$out/stone-center.stl'], { encoding: 'utf8' });
    if (!/Number of parts *: *1( |$)/m.test(text) || !/Backwards edges *: *0$/m.test(text)) process.exit(1);
    const volume = Number(text.match(/Volume\\s*:\\s*([0-9.]+)/)[1]);
    const carat = volume * 3.52 / 200;
    if (!(Math.abs(carat - report.stones[0].carat) < 0.002)) { console.error(carat, report.stones[0].carat); process.exit(1); }"
  check "$spec: prusa-slicer reads the metal as one manifold part" bash -c "
    prusa-slicer --info '$out/metal.stl' 2>/dev/null | grep -q 'manifold = yes' &&
    prusa-slicer --info '$out/metal.stl' 2>/dev/null | grep -Eq 'number_of_parts = +1$'"
done
out="$TMP/three-stone-sapphire-pt950-court"
check "three-stone: each side stone is its own closed STL, mirror images, weighing the report's carat" node -e "
  const fs = require('fs');
  const { execFileSync } = require('child_process');
  const report = JSON.parse(fs.readFileSync('$out/report.json', 'utf8'));
  const sides = report.stones.find((s) => s.id === 'sides');
  const volumes = ['1', '2'].map((n) => {
    const text = execFileSync('admesh', ['$out/stone-sides-' + n + '.stl'], { encoding: 'utf8' });
    if (!/Number of parts *: *1( |$)/m.test(text) || !/Backwards edges *: *0$/m.test(text)) process.exit(1);
    return Number(text.match(/Volume\\s*:\\s*([0-9.]+)/)[1]);
  });
  if (Math.abs(volumes[0] - volumes[1]) > 1e-3) { console.error(volumes); process.exit(2); }
  const carat = volumes[0] * 4.0 / 200;  // sapphire, SG 4.00
  if (!(sides.count === 2 && Math.abs(carat - sides.carat) < 0.002)) { console.error(carat, sides); process.exit(3); }"
# facet batch: a directory of orders, built side by side, past failures, skipping what is built.
mkdir -p "$TMP/orders"
cp "$DATA/band-hk12.facet.json" "$DATA/band-us7-pt950-d.facet.json" "$DATA/band-too-thin.facet.json" \
   "$DATA/not-json.facet.json" "$TMP/orders/"
check "batch -j 2: exits 1 because two orders fail, builds the others, lists each in the summary" bash -c "
  '$FACET' batch '$TMP/orders' -o '$TMP/batch' -j 2 >'$TMP/batch.out' 2>'$TMP/batch.err'; [ \$? -eq 1 ] &&
  grep -Eq '^band-hk12 +built +68bc78aa1fdc +Au750 +5\.58 ' '$TMP/batch.out' &&
  grep -Eq '^band-too-thin +failed .*check shank_thickness fails' '$TMP/batch.out' &&
  grep -Eq '^not-json +failed .*is not valid JSON' '$TMP/batch.out' &&
  grep -q '^4 orders: 2 built, 0 skipped, 2 failed' '$TMP/batch.out' &&
  grep -Eq '^\[[ 0-9]/4\] failed +band-too-thin' '$TMP/batch.err' && [ \$(grep -c '^\[./4\]' '$TMP/batch.err') -eq 4 ]" ||
  cat "$TMP/batch.out" "$TMP/batch.err"
check "batch writes each order's folder byte-identical to facet build, none for failures, no partial folder left" bash -c "
  '$FACET' build '$DATA/band-us7-pt950-d.facet.json' -o '$TMP/single' >/dev/null &&
  diff -r '$TMP/single' '$TMP/batch/band-us7-pt950-d' && [ ! -e '$TMP/batch/band-too-thin' ] && [ ! -e '$TMP/batch/not-json' ] &&
  [ -z \"\$(ls -A '$TMP/batch' | grep partial)\" ]"
check "batch-summary.json lists every order with status, design_id and weight" node -e "
  const s = JSON.parse(require('fs').readFileSync('$TMP/batch/batch-summary.json', 'utf8'));
  const by = Object.fromEntries(s.orders.map((o) => [o.order, o]));
  if (s.built !== 2 || s.failed !== 2 || s.skipped !== 0 || s.orders.length !== 4) process.exit(1);
  const r = JSON.parse(require('fs').readFileSync('$TMP/batch/band-hk12/report.json', 'utf8'));
  if (by['band-hk12'].design_id !== r.design_id || by['band-hk12'].metal_weight_g !== r.metal.weight_g) process.exit(2);
  if (by['band-too-thin'].status !== 'failed' || !by['band-too-thin'].note.includes('shank_thickness')) process.exit(3);"
check "batch again: the built orders are skipped (files untouched), the failures fail again" bash -c "
  touch -d '2001-01-01' '$TMP/batch/band-hk12/metal.stl'
  '$FACET' batch '$TMP/orders' -o '$TMP/batch' >'$TMP/batch2.out' 2>/dev/null; [ \$? -eq 1 ] &&
  grep -q '^4 orders: 0 built, 2 skipped, 2 failed' '$TMP/batch2.out' &&
  grep -Eq '^band-hk12 +skipped +68bc78aa1fdc +Au750 +5\.58 .*already built' '$TMP/batch2.out' &&
  [ \"\$(date -r '$TMP/batch/band-hk12/metal.stl' +%Y)\" = 2001 ]"
check "batch after an order changes: only that order is rebuilt, with its new design_id" bash -c "
  sed 's/\"width_mm\": 4.0/\"width_mm\": 4.5/' '$DATA/band-hk12.facet.json' >'$TMP/orders/band-hk12.facet.json' &&
  ! cmp -s '$DATA/band-hk12.facet.json' '$TMP/orders/band-hk12.facet.json' &&
  rm '$TMP/orders/band-too-thin.facet.json' '$TMP/orders/not-json.facet.json' &&
  '$FACET' batch '$TMP/orders' -o '$TMP/batch' >'$TMP/batch3.out' 2>/dev/null &&
  grep -q '^2 orders: 1 built, 1 skipped, 0 failed' '$TMP/batch3.out' &&
  grep -Eq '^band-hk12 +built ' '$TMP/batch3.out' && ! grep -q 68bc78aa1fdc '$TMP/batch3.out' &&
  grep -q '\"width_mm\": 4.5' '$TMP/batch/band-hk12/spec.json'" || cat "$TMP/batch3.out"
check "batch --force builds a failing order, marked as overridden" bash -c "
  mkdir -p '$TMP/orders-thin' && cp '$DATA/band-too-thin.facet.json' '$TMP/orders-thin/' &&
  '$FACET' batch '$TMP/orders-thin' -o '$TMP/batch-thin' --force >'$TMP/batch4.out' 2>/dev/null &&
  grep -Eq '^band-too-thin +built .*checks overridden' '$TMP/batch4.out' &&
  node -e \"process.exit(require('$TMP/batch-thin/band-too-thin/report.json').production.checks_overridden === true ? 0 : 1)\""
check "batch of a missing directory, or -j 0, exits 2 saying why" bash -c "
  '$FACET' batch '$TMP/nowhere' -o '$TMP/b5' 2>&1 | grep -q 'is not a directory of design specs' &&
  '$FACET' batch '$TMP/orders' -o '$TMP/b5' -j 0 2>&1 | grep -q -- '-j 0: must be a whole number of jobs from 1 to 64' &&
  { '$FACET' batch '$TMP/nowhere' -o '$TMP/b5' 2>/dev/null; [ \$? -eq 2 ]; } && [ ! -e '$TMP/b5' ]"
check "share: the link carries the whole design; build from it gives the same spec.json as from the file" bash -c "
  link=\$('$FACET' share '$DATA/halo-oval-18.facet.json' --base 'https://shop.example/ring?lang=zh#old') &&
  case \"\$link\" in 'https://shop.example/ring?lang=zh#design=v1.'*) ;; *) exit 1;; esac &&
  [ \${#link} -lt 2000 ] &&
  '$FACET' validate \"\$link\" | grep -q '^share link: valid (sha256:' &&
  '$FACET' report \"\$link\" >'$TMP/share-report.json' && '$FACET' report '$DATA/halo-oval-18.facet.json' | cmp -s - '$TMP/share-report.json'"
check "share: a link cut short exits 2 naming share_link; a bad design in a link exits 1 naming its path" bash -c "
  link=\$('$FACET' share '$DATA/band-hk12.facet.json') &&
  '$FACET' validate \"\${link:0:80}\" 2>'$TMP/share-cut.err'; [ \$? -eq 2 ] &&
  grep -q '^share link: error: share_link: is damaged or cut short' '$TMP/share-cut.err' &&
  link=\$('$FACET' share '$DATA/band-too-thin.facet.json') && '$FACET' build \"\$link\" -o '$TMP/share-thin' 2>'$TMP/share-thin.err'
  [ \$? -eq 1 ] && grep -q '^share link: error: check shank_thickness fails' '$TMP/share-thin.err' && [ ! -e '$TMP/share-thin' ]"
check "engraving: the spec's solitaire builds; its fine text is left to the laser, drawn at true size in engraving-1.svg" bash -c "
  '$FACET' build '$DATA/spec-example-solitaire-hk12.facet.json' -o '$TMP/engraved' >/dev/null &&
  xmllint --noout '$TMP/engraved/engraving-1.svg' &&
  node -e \"
    const fs = require('fs');
    const report = JSON.parse(fs.readFileSync('$TMP/engraved/report.json', 'utf8'));
    const e = report.engraving[0];
    if (e.text !== '永远' || e.method !== 'laser' || !(e.line_width_mm < 0.3)) process.exit(1);
    const check = report.checks.find((c) => c.rule === 'engraving_line_width');
    if (!check || check.status !== 'pass' || !/cut by laser after polishing/.test(check.message)) process.exit(1);
    const svg = fs.readFileSync('$TMP/engraved/engraving-1.svg', 'utf8');
    const width = Number(svg.match(/width=.([0-9.]+)mm/)[1]);
    if (!(Math.abs(width - 1.12 * e.length_mm) < 0.3)) { console.error(width, e.length_mm); process.exit(1); }\" &&
  grep -q '激光（抛光后）' '$TMP/engraved/jobsheet.html'"
check "engraving: letters a casting holds are cut into one closed metal part that prusa-slicer reads" bash -c "
  '$FACET' build '$DATA/wide-band-cast-engraving.facet.json' -o '$TMP/cast-engraving' >/dev/null &&
  grep -q '\"method\": \"cast\"' '$TMP/cast-engraving/report.json' &&
  admesh '$TMP/cast-engraving/metal.stl' | grep -Eq 'Number of parts +: +1 ' &&
  admesh '$TMP/cast-engraving/metal.stl' | grep -Eq 'Backwards edges +: +0$' &&
  prusa-slicer --info '$TMP/cast-engraving/metal.stl' 2>/dev/null | grep -q 'manifold = yes'"
check "unknown command exits 2" expect_exit 2 "$FACET" frobnicate

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
