import {defineConfig, type Options} from 'tsup'

// Two builds (tooling.md, "Package shapes", design B):
// 1. ESM for `import`: dependencies stay external, so bundlers and Node share one copy.
// 2. CJS for `require`: the ESM-only dependencies (unified, micromark, vfile, hast, …) are
//    bundled in, so `require('factsheet')` works on Node 20 without require(esm) and in Jest.
//    `date-fns` ships CJS and stays external.
// The CLI is ESM only (shebang kept, file made executable), part of the first build.
// `dist` is cleaned by the npm script, not by `clean: true`: the builds run in parallel.

const common = {
  target: 'node20',
  // Shared chunks: `factsheet`, `factsheet/html` and `factsheet/testing` share one copy of the
  // core, so `instanceof FactsheetError` holds across entries (splitting is experimental for
  // CJS in tsup, and checked by test/package.test.ts).
  splitting: true,
  treeshake: true,
  // No sourcemaps: the builds are unminified, and maps tripled the tarball.
  sourcemap: false,
  // Keep `node:` specifiers: Deno, Bun and edge runtimes with Node compatibility need them.
  removeNodeProtocol: false,
  // `factsheet/testing` imports vitest lazily, from the user's own install (optional peer).
  external: ['vitest'],
  // The country dataset is a build-time input: inline the JSON, never resolve it at run time.
  noExternal: ['i18n-iso-countries']
} satisfies Options

const entry = {index: 'src/index.ts', html: 'src/html/index.ts', testing: 'src/testing/index.ts'}

export default defineConfig([
  // The CLI is built with the ESM entries, so it shares their chunks instead of a copy of the core.
  {...common, entry: {...entry, cli: 'src/cli/index.ts', 'cli-worker': 'src/cli/worker.ts'}, format: ['esm'], dts: {entry}},
  {
    ...common,
    entry,
    format: ['cjs'],
    dts: true,
    // Everything but date-fns (dual) and vitest (the user's own) is bundled into the CJS files.
    noExternal: [/^(?!date-fns(?:\/|$)|vitest(?:\/|$)|@vitest\/)/]
  }
])
