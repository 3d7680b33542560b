#!/usr/bin/env bash
# Installs whatever this project needs and is missing: Debian packages, npm
# packages from package-lock.json, and the Dear ImGui sources (from Debian's
# source package, unpacked into third_party/, never committed).
# Safe to run again: each step checks before it installs.
set -euo pipefail
cd "$(dirname "$0")/.."

# nginx: tests/browser/nginx.test.mjs serves the site with a real static
# host (an instance of its own, with its own configuration). locales-all:
# the engine tests read and write numbers under de_DE.UTF-8 (a decimal
# comma), which it ships compiled, with no locale-gen as root. poppler-utils:
# tests/browser/web.test.mjs renders the printed PDFs to PNG (pdftoppm).
APT_PACKAGES=(
  build-essential cmake ninja-build clang clang-format clang-tidy libclang-rt-14-dev
  googletest libgtest-dev libbenchmark-dev nlohmann-json3-dev locales-all
  emscripten nodejs npm chromium nginx poppler-utils python3 dpkg-dev xz-utils ca-certificates
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_apt_packages() {
  local missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  # A newer Node.js that did not come from Debian also satisfies "nodejs npm".
  if command -v node >/dev/null && command -v npm >/dev/null; then
    local filtered=()
    for package in "${missing[@]}"; do
      [[ "$package" == nodejs || "$package" == npm ]] || filtered+=("$package")
    done
    missing=("${filtered[@]}")
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

install_npm_packages() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "setup: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Debian ships ImGui 1.86 as headers and a native library only; the WASM build
# needs the sources, which come from Debian's source package.
fetch_imgui_sources() {
  local target=third_party/imgui
  [ -f "$target/imgui.cpp" ] && return 0
  echo "setup: fetching Dear ImGui sources (Debian source package imgui)"
  local work
  work=$(mktemp -d)
  local sources="$work/sources.list"
  local codename
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
  echo "deb-src http://deb.debian.org/debian $codename main" >"$sources"
  local apt_options=(-o "Dir::Etc::SourceList=$sources" -o "Dir::Etc::SourceParts=-"
                     -o "Dir::State::Lists=$work/lists" -o "APT::Sandbox::User=root")
  mkdir -p "$work/lists/partial"
  as_root apt-get "${apt_options[@]}" update -qq
  (cd "$work" && as_root apt-get "${apt_options[@]}" source --download-only imgui >/dev/null)
  local tarball
  tarball=$(ls "$work"/imgui_*.orig.tar.* | head -n 1)
  mkdir -p "$target"
  tar -xf "$tarball" -C "$target" --strip-components=1
  as_root rm -rf "$work"
  [ -f "$target/imgui.cpp" ] || { echo "setup: imgui.cpp missing after unpacking" >&2; exit 1; }
}

install_apt_packages
install_npm_packages
fetch_imgui_sources
# Unpacked now or by an earlier run: either way it must be the version the
# build is written for.
bash scripts/check-imgui-version.sh third_party/imgui
echo "setup: done"
