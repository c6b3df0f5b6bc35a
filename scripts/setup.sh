#!/usr/bin/env bash
# Installs what Facet needs to build and test, and only what is missing.
# Idempotent: a second run checks and returns in seconds.
# Everything comes from Debian's archive or the npm registry (see ../shared/reference/toolchain-notes.md).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DEPS="$ROOT/.deps"
IMGUI_DIR="$DEPS/imgui"

# Debian packages and the command (or file) that shows each one is present.
declare -A PROBE=(
  [emscripten]=/usr/bin/em++
  [cmake]=/usr/bin/cmake
  [g++]=/usr/bin/g++
  [clang-14]=/usr/bin/clang++-14
  [libclang-rt-14-dev]=/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a
  [make]=/usr/bin/make
  [xz-utils]=/usr/bin/xz
  [libglm-dev]=/usr/include/glm/glm.hpp
  [libstb-dev]=/usr/include/stb/stb_image_write.h
  [doctest-dev]=/usr/include/doctest/doctest.h
  [nlohmann-json3-dev]=/usr/include/nlohmann/json.hpp
  # Boost.Container's small_vector (header only): the simplifier's per-vertex face lists
  [libboost-dev]=/usr/include/boost/container/small_vector.hpp
  [fonts-noto-core]=/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf
  # Chinese glyphs: the engraving font and the UI's Chinese (cut at build time), and the job sheet in Chromium
  [fonts-wqy-microhei]=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
  # fontTools cuts those fonts down at build time (scripts/build_fonts.py)
  [python3-fonttools]=/usr/lib/python3/dist-packages/fontTools/subset/__init__.py
  [chromium]=/usr/bin/chromium
  [admesh]=/usr/bin/admesh
  [prusa-slicer]=/usr/bin/prusa-slicer
  [lib3mf-dev]=/usr/include/lib3mf/Model/COM/NMR_DLLInterfaces.h
  # OpenGL ES 3 off screen for the CLI's rendered views (facet build --render): EGL's surfaceless
  # platform with Mesa's llvmpipe
  [libegl-dev]=/usr/include/EGL/egl.h
  [libgles-dev]=/usr/include/GLES3/gl3.h
  [libegl-mesa0]=/usr/lib/x86_64-linux-gnu/libEGL_mesa.so.0
  [libgl1-mesa-dri]=/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so
  [nodejs]=/usr/bin/node
  [npm]=/usr/bin/npm
)

missing=()
for pkg in "${!PROBE[@]}"; do
  [ -e "${PROBE[$pkg]}" ] || missing+=("$pkg")
done
# npm may come with nodejs from another Debian-format source; do not ask apt for it then.
if command -v npm >/dev/null 2>&1; then
  missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]:-}"

need_imgui=0
[ -f "$IMGUI_DIR/imgui.cpp" ] && [ -f "$IMGUI_DIR/backends/imgui_impl_opengl3.cpp" ] || need_imgui=1

if [ ${#missing[@]} -gt 0 ] || [ $need_imgui -eq 1 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: Facet needs root and apt-get to install what is missing." >&2
    [ ${#missing[@]} -gt 0 ] && echo "setup: install these Debian packages: ${missing[*]}" >&2
    [ $need_imgui -eq 1 ] && echo "setup: and the Dear ImGui sources: apt-get source --download-only imgui (needs a deb-src entry), unpacked into $IMGUI_DIR" >&2
    exit 1
  fi
fi

if [ $need_imgui -eq 1 ]; then
  # Dear ImGui for WebAssembly needs its sources: Debian's source package has them.
  src_list=/etc/apt/sources.list.d/facet-deb-src.sources
  if ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    cat >"$src_list" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  fi
fi

if [ ${#missing[@]} -gt 0 ] || [ $need_imgui -eq 1 ]; then
  echo "setup: apt-get update"
  apt-get update -qq
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ $need_imgui -eq 1 ]; then
  echo "setup: fetching the Dear ImGui sources (Debian source package imgui)"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source --download-only -qq imgui)
  tarball=$(ls "$tmp"/imgui_*.orig.tar.* | head -n 1)
  rm -rf "$IMGUI_DIR" && mkdir -p "$IMGUI_DIR"
  tar -xf "$tarball" -C "$IMGUI_DIR" --strip-components=1
  rm -rf "$tmp"
  [ -f "$IMGUI_DIR/imgui.cpp" ] || { echo "setup: the imgui source package has no imgui.cpp" >&2; exit 1; }
fi

# Node packages pinned in package-lock.json (playwright-core, gltf-validator).
stamp="$ROOT/node_modules/.facet-lock-stamp"
if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/package-lock.json" "$stamp"; then
  echo "setup: npm ci"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$ROOT/package-lock.json" "$stamp"
fi

echo "setup: ok"
