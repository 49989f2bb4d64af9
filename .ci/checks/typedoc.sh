#!/usr/bin/env bash
# API docs: TypeDoc over the three public entries (typedoc.json), with warnings as errors,
# so an export without TSDoc (or a public type that points at an unexported one) fails CI.
# Writes HTML into docs/api (gitignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
npx --no-install typedoc
