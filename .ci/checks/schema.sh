#!/usr/bin/env bash
# The built JSON Schema (dist/schema.json) is current, the committed standalone
# validator matches it, and the built package's output validates against it.
set -eu
cd "$(dirname "$0")/../.."
node scripts/check-schema.mjs
