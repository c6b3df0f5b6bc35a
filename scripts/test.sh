#!/usr/bin/env bash
# Runs every test: native unit and CLI tests through ctest (g++ release build, then clang with
# ASan + UBSan plus 30 s of libFuzzer on the spec parser), then the JSON Schema cross-check and the
# browser tests in headless Chromium. Ends with one summary line.
set -u
cd "$(dirname "$0")/.."
status=0
passed=0
failed=0

# Adds a runner's counts to the totals: count PASSED FAILED.
count() { passed=$((passed + ${1:-0})); failed=$((failed + ${2:-0})); }

# ctest in a build tree; verbose output to a log, the gist on screen, counts from the log.
run_ctest() {  # run_ctest BUILD_DIR LOG TITLE
  echo "== $3 =="
  # Both cores: the unit tests are one ctest entry per file, the CLI test runs beside them.
  (cd "$1" && ctest -V -j "${JOBS:-2}") >"$2" 2>&1 || status=1
  grep -E "Test +#|tests passed|FAIL|ERROR|cli: |stat::number_of_executed_units|DONE +cov" "$2"
  local line
  # Every unit file's doctest summary, summed.
  line=$(grep -oE '\[doctest\] test cases: +[0-9]+ \| +[0-9]+ passed \| +[0-9]+ failed' "$2" |
         awk '{p += $(NF-4); f += $(NF-1)} END {print p+0 " passed | " f+0 " failed"}')
  echo "unit: $line"
  count "$(echo "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')" "$(echo "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')"
  line=$(grep -oE 'cli: [0-9]+ passed, [0-9]+ failed' "$2" | tail -1)
  count "$(echo "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')" "$(echo "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')"
  if grep -q 'fuzz_spec' "$2"; then
    if grep -Eq 'Test +#[0-9]+: fuzz_spec .* Passed' "$2"; then count 1 0; else count 0 1; fi
  fi
}

run_ctest build/native build/ctest.log "native: doctest unit tests, CLI with admesh"
run_ctest build/sanitize build/ctest-sanitize.log "sanitizers: the same under ASan + UBSan, and libFuzzer on the spec parser"

echo "== node: JSON Schema cross-check (ajv), browser tests in headless Chromium (playwright-core) =="
node --test --test-reporter=spec tests/schema/ tests/e2e/ 2>&1 | tee build/node-tests.log
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
count "$(grep -oE '^ℹ pass [0-9]+' build/node-tests.log | grep -oE '[0-9]+$')" "$(grep -oE '^ℹ fail [0-9]+' build/node-tests.log | grep -oE '[0-9]+$')"

# A runner that died without counting still fails the run.
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "tests: $passed passed, $failed failed"
exit $status
