// Child of scripts/bench.mjs: heap retained after many parses. Run with
// --expose-gc. Prints JSON: heapUsed (MB) after a full gc, before and after
// the loop, and at checkpoints.
//
// usage: node --expose-gc scripts/bench-memory.mjs [parses=100000] [core=dist/index.js]
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {loadInputs, root} from './bench-inputs.mjs'

if (!globalThis.gc) throw new Error('Run with --expose-gc')
const parses = Number(process.argv[2] ?? 100_000)
const {parseRelease} = await import(pathToFileURL(process.argv[3] ?? join(root, 'dist', 'index.js')).href)
const inputs = loadInputs()
const texts = [...inputs.markdown.map((item) => item.text), inputs.seed.text]

const heapUsed = () => {
  globalThis.gc()
  globalThis.gc()
  return process.memoryUsage().heapUsed / 1e6
}

// One pass first: what stays after it (compiled code, lexicon tables) is not a leak.
for (const text of texts) parseRelease(text)
const before = heapUsed()
const checkpoints = []
let sink = 0
for (let index = 1; index <= parses; index++) {
  sink += parseRelease(texts[index % texts.length]).outcomes.length
  if (index % Math.max(1, Math.floor(parses / 5)) === 0) checkpoints.push({parses: index, heapUsed: heapUsed()})
}
const after = heapUsed()
console.log(JSON.stringify({parses, documents: texts.length, before, after, retained: after - before, checkpoints, outcomes: sink}))
