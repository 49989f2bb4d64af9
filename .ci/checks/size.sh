#!/usr/bin/env bash
# Bundle budget: size-limit with .size-limit.cjs (each entry with all its
# dependencies, minified, gzipped, bundled with the `worker` condition).
# Exits non-zero when an entry is over its limit.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f dist/index.js ] && [ -f dist/html.js ] || npm run build
npx size-limit
