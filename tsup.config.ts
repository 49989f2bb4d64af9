import {defineConfig} from 'tsup'

const common = {
  target: 'node20' as const,
  splitting: false,
  treeshake: true,
  // The country dataset is a build-time input: inline the JSON, never resolve it at run time.
  noExternal: ['i18n-iso-countries']
}

const entry = {index: 'src/index.ts', html: 'src/html/index.ts', testing: 'src/testing/index.ts'}

export default defineConfig([
  {...common, entry, format: ['esm'], dts: true, sourcemap: true},
  // CJS users (Jest, Node without require(esm)) get the ESM-only dependencies bundled in.
  {
    ...common,
    entry,
    format: ['cjs'],
    dts: true,
    sourcemap: false,
    external: ['vitest'],
    noExternal: [/^(?!date-fns|vitest)/]
  },
  {...common, entry: {cli: 'src/cli/index.ts', 'cli-worker': 'src/cli/worker.ts'}, format: ['esm'], sourcemap: false}
])
