#!/usr/bin/env bash
# Packages the static site for a host: builds it (the wasm preset,
# incrementally), checks it is complete, and writes
# dist/inmail-calculator-<version>.zip with the site's files at the top of the
# archive, ready to unpack into a host's web root (docs/deploy.md). The
# version is the project's (project() in CMakeLists.txt; package.json must
# agree, which a test also checks).
#
#   bash scripts/package-site.sh              build, check, zip
#   bash scripts/package-site.sh --no-build   check and zip the site as built
#
# INMAIL_SITE_DIR (default build/site) and INMAIL_DIST_DIR (default dist)
# point it elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."

site_dir=${INMAIL_SITE_DIR:-build/site}
dist_dir=${INMAIL_DIST_DIR:-dist}
build=1
for arg in "$@"; do
  case $arg in
    --no-build) build=0 ;;
    *) echo "usage: bash scripts/package-site.sh [--no-build]" >&2; exit 2 ;;
  esac
done

version=$(sed -n 's/^project(inmail_calc VERSION \([0-9][0-9.]*\).*/\1/p' CMakeLists.txt)
package_version=$(node -p "require('./package.json').version")
if [ -z "$version" ] || [ "$version" != "$package_version" ]; then
  echo "package-site: CMakeLists.txt has version '$version', package.json '$package_version'" >&2
  exit 1
fi

if [ "$build" -eq 1 ]; then
  cmake --preset wasm >/dev/null
  cmake --build --preset wasm
fi

# Complete: the pages, the entry points and every file asset-manifest.json names.
node --input-type=module - "$site_dir" <<'CHECK'
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const site = process.argv[2];
const fixed = ['index.html', 'embed.html', 'imgui.html', 'embed.js', 'inmail.js', 'inmail.d.ts',
               'service-worker.js', 'manifest.webmanifest', 'asset-manifest.json'];
const missing = fixed.filter((file) => !existsSync(join(site, file)));
if (missing.length === 0) {
  const { files } = JSON.parse(readFileSync(join(site, 'asset-manifest.json'), 'utf8'));
  missing.push(...Object.values(files).filter((file) => !existsSync(join(site, file))));
}
if (missing.length > 0) {
  console.error(`package-site: ${site} is not a complete site (missing ${missing.join(', ')}): ` +
                'run `bash scripts/package-site.sh` without --no-build');
  process.exit(1);
}
CHECK

mkdir -p "$dist_dir"
archive="$(cd "$dist_dir" && pwd)/inmail-calculator-$version.zip"
rm -f "$archive"
if command -v zip >/dev/null; then
  (cd "$site_dir" && zip -q -X -r "$archive" .)
else
  (cd "$site_dir" && python3 - "$archive" <<'ZIP'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as archive:
    for folder, subfolders, files in sorted(os.walk('.')):
        for name in sorted(files):
            archive.write(os.path.normpath(os.path.join(folder, name)))
ZIP
  )
fi
echo "package-site: $archive ($(find "$site_dir" -type f | wc -l) files, site $version)"
