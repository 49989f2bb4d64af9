#!/usr/bin/env bash
# Examples against the packed tarball: `npm pack`, unpack into a scratch project's
# node_modules/factsheet (dependencies linked from this checkout, as npm would hoist them),
# then run examples/node-esm, examples/commonjs (with and without require(esm)),
# type-check examples/typescript, and run the CLI through the package's `bin`.
# This catches a `files` list or an `exports` map that points at something not published.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
[ -f dist/index.js ] || npm run -s build

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm pack --ignore-scripts --silent --pack-destination "$work" >/dev/null
app="$work/app"
mkdir -p "$app/node_modules/factsheet" "$app/examples"
tar -xzf "$work"/factsheet-*.tgz -C "$app/node_modules/factsheet" --strip-components=1
for dependency in node_modules/* node_modules/@*; do
  name=$(basename "$dependency")
  case "$name" in factsheet | .bin | '@*') continue ;; esac
  [ -e "$app/node_modules/$name" ] || ln -s "$(cd "$dependency" && pwd -P)" "$app/node_modules/$name"
done
cp -R examples/release.txt examples/node-esm examples/commonjs examples/typescript "$app/examples/"
printf '{"name":"consumer","private":true,"type":"module"}\n' >"$app/package.json"
cd "$app"

expect() { # expect LABEL NEEDLE OUTPUT
  if ! grep -qF -- "$2" <<<"$3"; then
    echo "examples: $1: expected output to contain: $2" >&2
    printf '%s\n' "$3" >&2
    exit 1
  fi
}

out=$(node examples/node-esm/index.mjs)
expect node-esm 'participant p1: Sigrun Halldorsdottir, Minister for Foreign Affairs (IS; co-chair)' "$out"
expect node-esm 'html: Jane Roe (US), John Poe (CA)' "$out"

out=$(node examples/commonjs/index.cjs)
expect commonjs '"Erik Solberg-Haugen (NO)"' "$out"
out=$(node --no-experimental-require-module examples/commonjs/index.cjs)
expect 'commonjs without require(esm)' 'refused: ERR_FACTSHEET_INPUT_TOO_LARGE' "$out"

node "$repo/node_modules/typescript/bin/tsc" -p examples/typescript
echo 'examples: examples/typescript type-checks against the packed declarations'

bin=$(node -p 'require("./node_modules/factsheet/package.json").bin.factsheet')
out=$(node "node_modules/factsheet/$bin" parse examples/release.txt |
  node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(r.schemaVersion, r.meetings[0].name)')
expect cli '1 Third Iceland-Norway Arctic Cooperation Dialogue' "$out"

echo 'examples: all examples ran against the packed tarball'
