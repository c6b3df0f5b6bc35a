#!/usr/bin/env bash
# Renders every style's default design and every example spec from three sides with the
# configurator's renderer (facet render: the same shaders, off screen on Mesa's llvmpipe) into
# docs/img/, and writes docs/RENDERS.md, the page that shows them side by side.
# Usage: bash scripts/render_gallery.sh [FACET_BINARY]   (after make native)
set -euo pipefail
cd "$(dirname "$0")/.."
FACET=${1:-build/native/facet}
OUT=docs/img
PAGE=docs/RENDERS.md
STYLES="band solitaire halo three_stone eternity signet pendant_solitaire pendant_halo stud"
EXAMPLES="tests/data/spec-example-*.facet.json"
# Settings the templates do not show: a bezel on a ring (a jadeite cabochon; a diamond with a
# pavé shank), pearls on a peg (a stud, a pendant, a ring), halos round bezels (a jadeite
# pendant, an oval ring), a halo three-stone, and a jadeite on a closed, engraved back.
SETTINGS="tests/data/ring-jadeite-cabochon-bezel-au750.facet.json tests/data/solitaire-bezel-pave-pt950.facet.json
  tests/data/stud-pearl-akoya-au750.facet.json tests/data/pendant-pearl-south-sea-au750.facet.json
  tests/data/ring-pearl-akoya-au750.facet.json tests/data/pendant-jadeite-halo-bezel-au750.facet.json
  tests/data/halo-bezel-oval-pt950.facet.json tests/data/halo-three-stone-sapphire-pt950.facet.json
  tests/data/pendant-jadeite-engraved-back-au990.facet.json"
VIEWS="three-quarter front top"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$OUT"  # docs/img/cycles is scripts/cycles_reference.sh's: only our own folders go
names=()
for style in $STYLES; do
  "$FACET" new --style "$style" > "$work/$style.json"
  rm -rf "${OUT:?}/$style"
  "$FACET" render "$work/$style.json" -o "$OUT/$style"
  names+=("$style")
done
# The metals and finishes on a 6 mm comfort band, where the surface shows most.
"$FACET" new --style band > "$work/band.json"
python3 - "$work" <<'PY'
import json, sys
base = json.load(open(sys.argv[1] + "/band.json"))
base.pop("design_id", None)
base["piece"]["shank"].update({"width_mm": 6, "top_width_mm": 6})
looks = {
    "metal-pt950": {"alloy": "Pt950"},
    "metal-pd950": {"alloy": "Pd950"},
    "metal-au750-rose": {"alloy": "Au750", "color": "rose"},
    "metal-au750-white-rhodium": {"alloy": "Au750", "color": "white", "plating": "rhodium"},
    "finish-brushed": {"alloy": "Au750", "color": "yellow", "finish": "brushed"},
    "finish-hammered": {"alloy": "Au750", "color": "yellow", "finish": "hammered"},
    "finish-matte": {"alloy": "Au750", "color": "yellow", "finish": "matte"},
}
for name, metal in looks.items():
    base["piece"]["metal"] = metal
    json.dump(base, open("%s/%s.json" % (sys.argv[1], name), "w"))
PY
for look in metal-pt950 metal-pd950 metal-au750-rose metal-au750-white-rhodium finish-brushed finish-hammered finish-matte; do
  rm -rf "${OUT:?}/$look"
  "$FACET" render "$work/$look.json" -o "$OUT/$look"
  names+=("$look")
done
for spec in $EXAMPLES $SETTINGS; do
  name=$(basename "$spec" .facet.json)
  rm -rf "${OUT:?}/$name"
  "$FACET" render "$spec" -o "$OUT/$name"
  names+=("$name")
done
# The examples again in the second light, a shop's display case (the panel's "Display case").
for spec in $EXAMPLES; do
  name=display-case-$(basename "$spec" .facet.json)
  rm -rf "${OUT:?}/$name"
  "$FACET" render "$spec" -o "$OUT/$name" --light display_case
  names+=("$name")
done

{
  echo "# Renders"
  echo
  echo "Every style's default design (\`facet new --style\`), the metals and finishes on a 6 mm band,"
  echo "every example spec (\`tests/data/spec-example-*\`), the settings the templates do not show (a"
  echo "bezel on a ring, pearls on a peg), and the examples again in the display case light,"
  echo "drawn by the configurator's renderer from the job sheet's three sides. Made by"
  echo "\`bash scripts/render_gallery.sh\` (\`facet render\`: the browser's shaders, off screen on Mesa's"
  echo "llvmpipe); run it again after a renderer change and compare with git's diff."
  echo
  echo "| design | three-quarter | front | top |"
  echo "|---|---|---|---|"
  for name in "${names[@]}"; do
    row="| \`$name\` |"
    for view in $VIEWS; do row+=" ![${name} ${view}](img/${name}/${view}.png) |"; done
    echo "$row"
  done
} > "$PAGE"
echo "render_gallery: ${#names[@]} designs, $(find "$OUT" -path "$OUT/cycles" -prune -o -name '*.png' -print | wc -l) pictures in $OUT, page $PAGE"
