# Facet: `make run` serves the configurator, `make test` runs every test. Both set up first.
SHELL := /bin/bash
# emcc's JS optimizer needs Debian's acorn, which the machine's node does not look for by itself.
export NODE_PATH := /usr/share/nodejs
JOBS ?= 2
PORT ?= 8080

.PHONY: all setup build native sanitize web test run bench clean

all: build

setup:
	@bash scripts/setup.sh

build: setup native web

native:
	@cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build build/native -j $(JOBS)

# Clang with ASan + UBSan, plus the libFuzzer target; run by `make test`.
sanitize:
	@cmake -S . -B build/sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DFACET_SANITIZE=ON >/dev/null
	@cmake --build build/sanitize -j $(JOBS) --target facet facet_tests facet_fuzz_spec read_3mf

web:
	@emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DFACET_WEB_OUT=$(CURDIR)/build/web >/dev/null
	@cmake --build build/wasm -j $(JOBS)

test: build sanitize
	@bash scripts/test.sh

run: build
	@echo "Facet configurator: http://localhost:$(PORT)/"
	@node scripts/serve.mjs build/web $(PORT)

bench: build
	@bash bench/run.sh

clean:
	rm -rf build
