#!/usr/bin/env bash
# Installs what is missing, builds every preset and runs every test:
# native unit tests and CLI contract, the static checks of scripts/lint.sh
# (clang-format, clang-tidy, ESLint, Prettier), the CLI against an
# independent Python implementation of the spec, the unit tests of
# scripts/mutation-test.py (no build; the mutation run itself is not a step:
# it takes hours, see docs/mutation-testing.md), the same tests under ASan +
# UBSan, a bounded fuzzing run, the engine tests as WebAssembly under Node,
# the Node tests of the ES module (with web/inmail.d.ts checked by TypeScript
# against a usage file and the engine's real outputs), and the browser tests
# in headless Chromium. Exits non-zero if any step fails.
#
#   bash scripts/test.sh            everything
#   INMAIL_FUZZ_SECONDS=5 bash scripts/test.sh   a shorter fuzzing run
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || exit 1

passed=0
failed=0
failed_steps=()

step() {
  local name=$1
  shift
  echo
  echo "=== $name"
  local started=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    echo "=== $name: passed in $((SECONDS - started)) s"
  else
    failed=$((failed + 1))
    failed_steps+=("$name")
    echo "=== $name: FAILED after $((SECONDS - started)) s"
  fi
}

build_preset() {
  cmake --preset "$1" >/dev/null && cmake --build --preset "$1"
}

native() { build_preset native && ctest --preset native; }
sanitized() { build_preset sanitize && ctest --preset sanitize; }
fuzz() {
  cmake -B build/sanitize -DINMAIL_FUZZ_SECONDS="${INMAIL_FUZZ_SECONDS:-30}" >/dev/null &&
    ctest --test-dir build/sanitize -L fuzz --output-on-failure
}
wasm() { build_preset wasm && ctest --preset wasm; }
differential() {
  python3 -m unittest tests/reference/test_reference_examples.py tests/reference/test_reference_input_rules.py &&
    python3 tests/reference/differential_test.py
}
mutation_script() { python3 -m unittest tests/mutation_test_script_test.py; }
node_tests() { node --test tests/js/; }
browser_tests() { node --test --test-concurrency=1 tests/browser/; }
lint() { bash scripts/lint.sh; }

step "native build and tests" native
# After the native build: clang-tidy reads its compile_commands.json.
step "lint (clang-format, clang-tidy, ESLint, Prettier)" lint
step "differential test against the Python reference model" differential
step "tests of the mutation-testing script (no build)" mutation_script
step "ASan + UBSan tests" sanitized
step "fuzzing (${INMAIL_FUZZ_SECONDS:-30} s)" fuzz
step "WebAssembly build and engine tests under Node" wasm
step "Node tests of inmail.js, its types and the page helpers" node_tests
step "browser tests (headless Chromium)" browser_tests

echo
[ ${#failed_steps[@]} -eq 0 ] || printf 'failed: %s\n' "${failed_steps[@]}"
echo "steps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
