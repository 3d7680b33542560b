#!/usr/bin/env bash
# scripts/check-imgui-version.sh on fake ImGui folders: 1.86 passes; another
# version, a header without a version and a missing header fail, saying what
# was found, what the build needs and how to fix it.
set -uo pipefail
check="$(cd "$(dirname "$0")/.." && pwd)/scripts/check-imgui-version.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# expect NAME IMGUI_H_LINE STATUS TEXT...: a fake folder whose imgui.h is
# IMGUI_H_LINE ("-" for no imgui.h); the check must exit with STATUS and
# print every TEXT.
expect() {
  local name=$1 line=$2 status=$3
  shift 3
  local dir="$work/$name"
  mkdir -p "$dir"
  [ "$line" = - ] || printf '// dear imgui\n%s\n' "$line" >"$dir/imgui.h"
  local output actual
  output=$(bash "$check" "$dir" 2>&1)
  actual=$?
  local ok=1 text
  [ "$actual" -eq "$status" ] || ok=0
  for text in "$@"; do
    grep -qF -- "$text" <<<"$output" || ok=0
  done
  if [ "$ok" -eq 1 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name: exit $actual (expected $status), output:"
    echo "$output"
  fi
}

expect v186 '#define IMGUI_VERSION               "1.86"' 0
expect v191 '#define IMGUI_VERSION               "1.91.9b"' 1 \
  'holds Dear ImGui 1.91.9b' 'needs Dear ImGui 1.86' '1.86+ds' "rm -rf $work/v191"
expect v1860 '#define IMGUI_VERSION               "1.860"' 1 'holds Dear ImGui 1.860'
expect no-version '#define IMGUI_VERSION_NUM 18600' 1 'defines no IMGUI_VERSION' 'needs Dear ImGui 1.86'
expect no-header - 1 'imgui.h is missing' 'needs Dear ImGui 1.86'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
