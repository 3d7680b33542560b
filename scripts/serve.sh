#!/usr/bin/env bash
# Installs what is missing, builds the static site (the JS page, the Dear
# ImGui page and the engine as WebAssembly) into build/site, and serves it on
# http://127.0.0.1:${PORT:-8080}/ until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake --preset wasm >/dev/null
cmake --build --preset wasm
exec node scripts/serve.mjs build/site --port "${PORT:-8080}"
