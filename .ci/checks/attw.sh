#!/usr/bin/env bash
# Types: attw (are the types wrong?) on the packed package, node16 profile (CJS and ESM
# consumers), every entry including subpaths. Exits non-zero on any problem.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f dist/index.js ] || npm run -s build

# `factsheet/schema.json` is generated into dist/ by scripts/build-schema.mjs during the build.
if [ ! -f dist/schema.json ]; then
  echo 'attw: dist/schema.json is missing: is scripts/build-schema.mjs part of `npm run build`?' >&2
  exit 1
fi
dir=.

npx --no-install attw --pack "$dir" --profile node16
