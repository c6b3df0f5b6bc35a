#!/usr/bin/env bash
# Path-traced references beside our renderer's pictures: for each design, `facet build` (the GLB a
# shop would get) and `facet render --scene` (our three views, the studio light and the cameras),
# then Blender's Cycles draws the GLB in the same light from the same cameras
# (scripts/cycles_reference.py). Writes docs/img/cycles/<design>-<view>.png (ours | Cycles |
# difference x4) and docs/CYCLES.md with a difference figure for each.
# Usage: bash scripts/cycles_reference.sh [SAMPLES]   (after make native; installs Debian's blender)
set -euo pipefail
cd "$(dirname "$0")/.."
SAMPLES=${1:-128}
FACET=build/native/facet
OUT=docs/img/cycles
PAGE=docs/CYCLES.md
if ! command -v blender >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then echo "cycles_reference: needs Debian's blender (apt-get install blender), as root" >&2; exit 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q blender >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A design per kind of surface: polished yellow gold with a diamond, platinum with a halo,
# a sapphire three-stone, white gold, a brushed band, and the stones that are not faceted: a
# jadeite cabochon (translucent) and a pearl.
"$FACET" new --style band > "$work/band.json"
python3 - "$work/band.json" "$work/band-brushed-rose.json" <<'PY'
import json, sys
design = json.load(open(sys.argv[1]))
design.pop("design_id", None)
design["piece"]["metal"] = {"alloy": "Au750", "color": "rose", "finish": "brushed"}
json.dump(design, open(sys.argv[2], "w"))
PY
designs=(
  "solitaire-round-6:tests/data/solitaire-round-6.facet.json"
  "halo-pt950:tests/data/spec-example-halo-pt950.facet.json"
  "three-stone-sapphire:tests/data/three-stone-sapphire-pt950-court.facet.json"
  "band-brushed-rose:$work/band-brushed-rose.json"
  "jadeite-pendant:tests/data/spec-example-jadeite-pendant.facet.json"
  "pearl-stud:tests/data/stud-pearl-akoya-au750.facet.json"
)

rm -rf "$OUT"
mkdir -p "$OUT"
{
  echo "# Our renderer beside Cycles"
  echo
  echo "Blender's Cycles path tracer (Debian's Blender 3.4, $SAMPLES samples a pixel, CPU) draws each"
  echo "design's exported GLB with our studio light (\`facet render --scene\`: the same softboxes as"
  echo "a latitude-longitude HDR) from our cameras, tone-mapped as ours is (Khronos PBR Neutral, sRGB)."
  echo "Each picture: ours | Cycles | the difference x4. Made by \`bash scripts/cycles_reference.sh\`."
  echo
  echo "The figure is the mean absolute difference over the piece's pixels, in 8-bit levels per"
  echo "channel (0 = the same picture); the mean colours show which way the gap goes. Cycles draws"
  echo "what the GLB carries: the metal as a Principled BSDF (no F82 edge, no brushing or hammering),"
  echo "the stones by transmission and IOR (no dispersion in Blender 3.4; jadeite partly transmissive,"
  echo "the rest its green base colour; a pearl opaque white), with every bounce between metal and"
  echo "stone that ours leaves out."
  echo
  echo "| design | view | mean abs. difference | RMS | ours, mean RGB | Cycles, mean RGB |"
  echo "|---|---|---:|---:|---|---|"
} > "$PAGE"
for entry in "${designs[@]}"; do
  name=${entry%%:*}
  spec=${entry#*:}
  "$FACET" build "$spec" -o "$work/$name/build" --force >/dev/null
  "$FACET" render "$spec" -o "$work/$name/scene" --scene
  for view in Three-quarter Front Top; do
    slug=$(echo "$view" | tr 'A-Z' 'a-z')
    blender -b --factory-startup --python scripts/cycles_reference.py -- \
      "$work/$name/build/piece.glb" "$work/$name/scene" "$view" "$OUT/$name-$slug" "$SAMPLES" > "$work/$name-$slug.log" 2>&1 ||
      { cat "$work/$name-$slug.log" >&2; exit 1; }
    python3 - "$OUT/$name-$slug.json" "$name" "$view" >> "$PAGE" <<'PY'
import json, sys
f = json.load(open(sys.argv[1]))
print("| `%s` | %s | %.1f | %.1f | %s | %s |" % (sys.argv[2], sys.argv[3], f["mean_abs_difference_8bit"],
      f["rms_difference_8bit"], f["ours_mean_rgb_8bit"], f["cycles_mean_rgb_8bit"]))
PY
    echo "cycles_reference: $name $view"
  done
done
{
  echo
  for entry in "${designs[@]}"; do
    name=${entry%%:*}
    echo "### \`$name\`"
    echo
    for slug in three-quarter front top; do echo "![$name $slug](img/cycles/$name-$slug.png)"; echo; done
  done
} >> "$PAGE"
echo "cycles_reference: $PAGE"
