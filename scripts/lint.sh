#!/usr/bin/env bash
# Static checks, every part run whatever the others found:
#   clang-format  every C++ file (*.cpp, *.h) against .clang-format
#   clang-tidy    engine/src/*/*.cpp and cli/*.cpp with .clang-tidy, every warning an error
#                 (needs build/native/compile_commands.json: configures the
#                 native preset when it is missing)
#   eslint        every JavaScript file (eslint.config.js)
#   prettier      every JavaScript file (.prettierrc.json), check only
# Prints each part's findings and a count per part; exits non-zero if any part
# failed. `npm run format` rewrites the JavaScript in Prettier's style.
#
#   bash scripts/lint.sh
set -uo pipefail
cd "$(dirname "$0")/.."

failed_parts=()
summary=()

# part NAME PATTERN COMMAND...: runs COMMAND, shows its output and counts the
# lines of it that match PATTERN (extended regex) as findings.
part() {
  local name=$1 pattern=$2
  shift 2
  echo
  echo "=== $name"
  local log
  log=$(mktemp)
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local findings
  findings=$(grep -cE "$pattern" "$log")
  rm -f "$log"
  if [ "$status" -eq 0 ]; then
    summary+=("$name: passed")
  else
    failed_parts+=("$name")
    summary+=("$name: FAILED, $findings finding(s)")
  fi
  echo "=== ${summary[-1]}"
}

# Tracked C++ files and new ones not yet added (not ignored), as they are in
# the work tree; third_party/ is not ours.
cpp_files() {
  git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' ':!:third_party/' |
    sort -u | while read -r file; do [ -f "$file" ] && echo "$file"; done
}

clang_format() {
  local files
  mapfile -t files < <(cpp_files)
  clang-format --dry-run -Werror "${files[@]}"
}

clang_tidy() {
  if [ ! -f build/native/compile_commands.json ]; then
    cmake --preset native >/dev/null || return 1
  fi
  # One run over all files, so a finding in a shared header is shown once;
  # without the counts of the warnings it suppressed in system headers.
  clang-tidy -p build/native --quiet --warnings-as-errors='*' engine/src/*/*.cpp cli/*.cpp 2>&1 |
    grep -vE '^[0-9]+ warnings( and [0-9]+ errors?)? generated\.$'
  return "${PIPESTATUS[0]}"
}

js_files=('**/*.js' '**/*.mjs')

part "clang-format" '\[-Wclang-format-violations\]$' clang_format
part "clang-tidy" ': (warning|error): .*\[[^]]+\]$' clang_tidy
part "eslint" '^ +[0-9]+:[0-9]+ +(error|warning) ' npx --no -- eslint .
part "prettier" '^\[warn\] .*\.m?js$' npx --no -- prettier --check "${js_files[@]}"

echo
printf '%s\n' "${summary[@]}"
if [ ${#failed_parts[@]} -gt 0 ]; then
  echo "lint: failed: ${failed_parts[*]}"
  exit 1
fi
echo "lint: all passed"
