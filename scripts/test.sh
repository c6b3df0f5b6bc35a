#!/usr/bin/env bash
# Runs every test: native unit and CLI tests through ctest, then the browser end-to-end tests in
# headless Chromium. Ends with one summary line.
set -u
cd "$(dirname "$0")/.."
status=0

echo "== native: ctest (doctest unit tests, CLI with admesh) =="
# Verbose output goes to the log (the summary below counts from it); the screen gets the gist.
(cd build/native && ctest -V) >build/ctest.log 2>&1 || status=1
grep -E "Test +#|tests passed|FAIL|ERROR|cli: |\[doctest\] (test cases|Status)" build/ctest.log

echo "== node: JSON Schema cross-check (ajv) and browser tests in headless Chromium (playwright-core) =="
node --test --test-reporter=spec tests/schema/ tests/e2e/ 2>&1 | tee build/e2e.log
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

# Count individual checks: doctest cases, CLI checks, browser tests.
unit=$(grep -oE '\[doctest\] test cases: +[0-9]+ \| +[0-9]+ passed' build/ctest.log | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')
unit_fail=$(grep -oE '\[doctest\] test cases:.*\| +[0-9]+ failed' build/ctest.log | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
cli_line=$(grep -oE 'cli: [0-9]+ passed, [0-9]+ failed' build/ctest.log | tail -1)
cli_pass=$(echo "$cli_line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')
cli_fail=$(echo "$cli_line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
e2e_pass=$(grep -oE '^ℹ pass [0-9]+' build/e2e.log | grep -oE '[0-9]+$')
e2e_fail=$(grep -oE '^ℹ fail [0-9]+' build/e2e.log | grep -oE '[0-9]+$')
passed=$(( ${unit:-0} + ${cli_pass:-0} + ${e2e_pass:-0} ))
failed=$(( ${unit_fail:-0} + ${cli_fail:-0} + ${e2e_fail:-0} ))
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "tests: $passed passed, $failed failed"
exit $status
