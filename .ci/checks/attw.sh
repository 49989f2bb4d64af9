#!/usr/bin/env bash
# Types: attw (are the types wrong?) on the packed package, node16 profile (CJS and ESM
# consumers), every entry including subpaths. Exits non-zero on any problem.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f dist/index.js ] || npm run -s build

# `factsheet/schema.json` is generated into dist/ by scripts/build-schema.mjs during the build.
# Until that script exists, check a copy of the package without that one export, and say so.
dir=.
if [ ! -f dist/schema.json ]; then
  if [ -f scripts/build-schema.mjs ]; then
    echo 'attw: dist/schema.json is missing, yet scripts/build-schema.mjs exists: is it part of `npm run build`?' >&2
    exit 1
  fi
  echo 'attw: NOTE: scripts/build-schema.mjs has not landed; checking without the ./schema.json export'
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  cp -R dist README.md LICENSE "$dir"/
  node -e '
    const pkg = JSON.parse(require("fs").readFileSync("package.json", "utf8"))
    delete pkg.exports["./schema.json"]
    delete pkg.scripts
    process.stdout.write(JSON.stringify(pkg, null, 2))
  ' >"$dir/package.json"
fi

npx --no-install attw --pack "$dir" --profile node16
