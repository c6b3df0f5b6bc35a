#!/usr/bin/env bash
# Benchmarks: download size, band rebuild natively and in the browser, `facet build` of a band,
# `facet batch` of 100 generated orders on 2 jobs, a comparable solitaire in manifold-3d and
# OpenSCAD beside our production mesh (installs Debian's openscad, as root, if it is missing).
# Numbers are recorded by hand in docs/BENCHMARKS.md with the date and machine.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== web download (build/web) =="
total_raw=0; total_gz=0
for f in build/web/index.html build/web/facet-api.js build/web/facet.js build/web/facet.wasm build/web/facet.data; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf "%-24s %9d B raw %9d B gzip\n" "$(basename "$f")" "$raw" "$gz"
done
printf "%-24s %9d B raw %9d B gzip\n" "total" "$total_raw" "$total_gz"

echo "== native core =="
./build/native/facet_bench

echo "== kernels: a comparable solitaire in manifold-3d and OpenSCAD (ours: 'solitaire production metal mesh' above) =="
if ! command -v openscad >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q openscad >/dev/null || true
fi
if command -v openscad >/dev/null 2>&1; then node bench/kernels.mjs; else node bench/kernels.mjs --no-openscad; fi

echo "== facet build of a band (CLI, whole process, 20 runs) =="
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
start=$(date +%s%N)
for i in $(seq 20); do ./build/native/facet build tests/data/band-hk12.facet.json -o "$tmp/out" >/dev/null; done
end=$(date +%s%N)
echo "facet build band-hk12: $(( (end - start) / 20000000 )) ms per run (spec.json, metal.stl $(stat -c %s "$tmp/out/metal.stl") B, report.json)"

echo "== facet batch: 100 generated orders (bench/make_orders.mjs), -j 2, then again (all skipped) =="
node bench/make_orders.mjs "$tmp/orders" 100
for run in first again; do
  start=$(date +%s%N)
  ./build/native/facet batch "$tmp/orders" -o "$tmp/batch" -j 2 >"$tmp/batch-$run.txt" 2>/dev/null || true
  end=$(date +%s%N)
  echo "facet batch ($run): $(( (end - start) / 1000000 )) ms wall; $(tail -1 "$tmp/batch-$run.txt")"
done
echo "package bytes for 100 orders: $(du -sb "$tmp/batch" | cut -f1)"

echo "== browser (headless Chromium, SwiftShader) =="
node bench/browser_bench.mjs
