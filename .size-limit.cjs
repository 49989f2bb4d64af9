// Bundle budget (size-limit 12.1.0, esbuild inside): each entry with all its
// dependencies, minified and gzipped, bundled as an edge worker bundles it.
// The `worker` condition matters: without it esbuild picks the DOM build of
// decode-named-character-reference, which throws `document is not defined`
// in a worker; with it the ~12 kB (gzip) named-entity table is bundled.
// docs/performance.md explains the numbers and what the bytes are.
const worker = (config) => {
  config.conditions = ['worker']
  return config
}

module.exports = [
  {
    name: 'factsheet (core, edge worker bundle)',
    path: 'dist/index.js',
    gzip: true,
    // Note: the performance issue asked for 65 kB; the parser measures ~99 kB (docs/performance.md
    // says where the bytes go). This limit guards against growth until that budget is met.
    limit: '100 kB',
    modifyEsbuildConfig: worker
  },
  {
    name: 'factsheet/html (edge worker bundle)',
    path: 'dist/html.js',
    gzip: true,
    limit: '170 kB',
    modifyEsbuildConfig: worker
  },
  {
    name: 'floor: unified + remark-parse + mdast-util-to-string + date-fns parse/format/isValid (reference, no limit)',
    path: 'scripts/bench-floor.mjs',
    gzip: true,
    modifyEsbuildConfig: worker
  }
]
