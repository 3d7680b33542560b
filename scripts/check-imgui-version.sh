#!/usr/bin/env bash
# Checks that the Dear ImGui sources in DIR (default third_party/imgui) are
# version 1.86, the one the build is written for (Debian bookworm's imgui
# 1.86+ds). Otherwise prints what it found and how to fix it, and exits 1.
#
#   bash scripts/check-imgui-version.sh [DIR]
set -euo pipefail

REQUIRED=1.86
dir=${1:-third_party/imgui}
header="$dir/imgui.h"

found=
if [ -f "$header" ]; then
  found=$(sed -nE 's/^#define[[:space:]]+IMGUI_VERSION[[:space:]]+"([^"]*)".*/\1/p' "$header" | head -n 1)
fi
[ "$found" = "$REQUIRED" ] && exit 0

{
  if [ ! -f "$header" ]; then
    echo "setup: $header is missing."
  elif [ -z "$found" ]; then
    echo "setup: $header defines no IMGUI_VERSION."
  else
    echo "setup: $dir holds Dear ImGui $found."
  fi
  echo "setup: the build needs Dear ImGui $REQUIRED (Debian bookworm's imgui 1.86+ds)."
  echo "setup: to fix it, remove $dir and rerun scripts/setup.sh on Debian 12 (bookworm):"
  echo "         rm -rf $dir && bash scripts/setup.sh"
} >&2
exit 1
