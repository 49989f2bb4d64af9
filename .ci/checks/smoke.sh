#!/usr/bin/env bash
# Hardened smoke run over the built package: no __proto__, no code generation
# from strings, frozen built-ins. See scripts/smoke.mjs and docs/security.md.
set -eu
cd "$(dirname "$0")/../.."
CI=1 node --disable-proto=throw --disallow-code-generation-from-strings --frozen-intrinsics scripts/smoke.mjs
