#!/usr/bin/env bash
# Package shape: publint --strict on the packed package (exports, types first, files, bin).
# Exits non-zero on any error, warning or suggestion.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f dist/index.js ] || npm run -s build

# `factsheet/schema.json` is generated into dist/ by scripts/build-schema.mjs during the build.
if [ ! -f dist/schema.json ]; then
  echo 'publint: dist/schema.json is missing: is scripts/build-schema.mjs part of `npm run build`?' >&2
  exit 1
fi
dir=.

npx --no-install publint --strict "$dir"
