#!/usr/bin/env bash
# Lint src/ (typescript-eslint recommended, eslint-plugin-regexp recommended,
# no super-linear regexes). Exits non-zero on any error.
set -eu
cd "$(dirname "$0")/../.."
npm run -s lint
