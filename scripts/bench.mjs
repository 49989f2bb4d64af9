// Benchmarks of the built package (`npm run bench` builds first). Never a
// test: numbers depend on the machine and its load, so each comparison is
// measured side by side in one process, alternating A and B, and reported as
// medians. See docs/performance.md for the results and how to read them.
//
// usage: node --expose-gc scripts/bench.mjs [--only=ratio,growth,memory,cold,jobs]
//          [--rounds=N] [--sizes=1,4,10] [--parses=100000] [--cold-runs=N] [--releases=1000]
//          [--jobs-runs=N] [--quick] [--json=out.json]
import {execFileSync, spawnSync} from 'node:child_process'
import {closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {build} from 'esbuild'
import {fromHtml} from 'hast-util-from-html'
import {toMdast} from 'hast-util-to-mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {concatenate, loadInputs, root} from './bench-inputs.mjs'

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=')
    return [key, value ?? 'true']
  })
)
const quick = args.quick === 'true'
const only = new Set((args.only ?? 'ratio,growth,memory,cold,jobs').split(','))
const rounds = Number(args.rounds ?? (quick ? 7 : 25))
const sizes = (args.sizes ?? (quick ? '1,4' : '1,4,10')).split(',').map(Number)
const parses = Number(args.parses ?? (quick ? 10_000 : 100_000))
const coldRuns = Number(args['cold-runs'] ?? (quick ? 7 : 21))
const releases = Number(args.releases ?? 1000)
const jobsRuns = Number(args['jobs-runs'] ?? (quick ? 3 : 5))
const corePath = args.core ? join(process.cwd(), args.core) : join(root, 'dist', 'index.js')
const htmlPath = args.html ? join(process.cwd(), args.html) : join(root, 'dist', 'html.js')

const {parseRelease} = await import(pathToFileURL(corePath).href)
const {parseHtmlRelease} = await import(pathToFileURL(htmlPath).href)
const inputs = loadInputs()
const results = {node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, inputs: inputs.origin, sections: {}}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ')
const uptime = () => {
  try {
    return execFileSync('uptime', {encoding: 'utf8'}).trim()
  } catch {
    return 'load average: ' + load()
  }
}
const gc = globalThis.gc ?? (() => {})
const fixed = (value, digits = 2) => Number(value.toFixed(digits))

console.log(`factsheet bench: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`)
console.log(`inputs: ${inputs.origin}`)
console.log(`start: ${uptime()}`)
if (!globalThis.gc) console.log('(run with --expose-gc for steadier numbers)')

/**
 * Time `a` and `b` on each input, alternating A, B per input and per round,
 * after a warm-up. Returns per-round totals and per-input medians.
 *
 * @param {{name: string}[]} items
 * @param {(item: any) => unknown} a
 * @param {(item: any) => unknown} b
 * @param {number} count Rounds.
 * @param {number} repeat Calls per timing.
 */
function sideBySide(items, a, b, count, repeat = 3) {
  for (let warm = 0; warm < 5; warm++) for (const item of items) a(item), b(item)
  const perItem = items.map(() => ({a: [], b: []}))
  const totals = []
  // Process CPU time as well as wall time: on a shared machine the wall time
  // includes waiting for a core; CPU time is closer to what serverless bills.
  const cpu = {a: 0, b: 0}
  for (let round = 0; round < count; round++) {
    let totalA = 0
    let totalB = 0
    items.forEach((item, index) => {
      let usage = process.cpuUsage()
      let start = performance.now()
      for (let call = 0; call < repeat; call++) a(item)
      const timeA = (performance.now() - start) / repeat
      cpu.a += process.cpuUsage(usage).user / 1000 / repeat
      usage = process.cpuUsage()
      start = performance.now()
      for (let call = 0; call < repeat; call++) b(item)
      const timeB = (performance.now() - start) / repeat
      cpu.b += process.cpuUsage(usage).user / 1000 / repeat
      perItem[index].a.push(timeA)
      perItem[index].b.push(timeB)
      totalA += timeA
      totalB += timeB
    })
    totals.push({a: totalA, b: totalB, ratio: totalA / totalB})
  }
  const docs = items.map((item, index) => {
    const a = median(perItem[index].a)
    const b = median(perItem[index].b)
    return {name: item.name, a: fixed(a, 3), b: fixed(b, 3), ratio: fixed(a / b)}
  })
  return {
    rounds: count,
    medianRatio: fixed(median(totals.map((total) => total.ratio))),
    medianDocRatio: fixed(median(docs.map((doc) => doc.ratio))),
    maxDocRatio: Math.max(...docs.map((doc) => doc.ratio)),
    msPerDocA: fixed(median(totals.map((total) => total.a)) / items.length, 3),
    msPerDocB: fixed(median(totals.map((total) => total.b)) / items.length, 3),
    cpuMsPerDocA: fixed(cpu.a / count / items.length, 3),
    cpuMsPerDocB: fixed(cpu.b / count / items.length, 3),
    cpuRatio: fixed(cpu.a / cpu.b),
    docs
  }
}

const remark = (text) => unified().use(remarkParse).parse(text)

if (only.has('ratio')) {
  const loadBefore = load()
  const section = {}
  section.markdown = sideBySide(inputs.markdown, (item) => parseRelease(item.text), (item) => remark(item.text), rounds)
  section.seed = sideBySide([inputs.seed], (item) => parseRelease(item.text), (item) => remark(item.text), rounds * 4)
  if (inputs.html.length > 0) {
    section.html = sideBySide(
      inputs.html,
      (item) => parseHtmlRelease(item.text, {meta: item.meta}),
      (item) => toMdast(fromHtml(item.text, {fragment: true})),
      rounds
    )
  }
  section.load = [loadBefore, load()]
  results.sections.ratio = section
  console.log('\n## parseRelease vs unified().use(remarkParse).parse (same input, alternating, medians)')
  const line = (name, value, against) =>
    console.log(
      `${name.padEnd(36)} ratio ${value.medianRatio.toFixed(2)} (per-doc median ${value.medianDocRatio.toFixed(2)}, max ${value.maxDocRatio.toFixed(2)})  ` +
        `${value.msPerDocA.toFixed(2)} vs ${value.msPerDocB.toFixed(2)} ms/doc ${against}; ` +
        `user CPU ${value.cpuMsPerDocA.toFixed(2)} vs ${value.cpuMsPerDocB.toFixed(2)} ms/doc (ratio ${value.cpuRatio.toFixed(2)})`
    )
  line(`markdown releases (${inputs.markdown.length})`, section.markdown, '(remark)')
  line(`plain-text seed (${inputs.seed.name})`, section.seed, '(remark)')
  if (section.html) line(`html releases (${inputs.html.length}), parseHtmlRelease`, section.html, '(fromHtml + toMdast)')
  console.log(`load average before/after: ${section.load.join(' / ')}`)
}

if (only.has('growth')) {
  const loadBefore = load()
  const unit = inputs.seed.text
  const texts = sizes.map((megabytes) => ({megabytes, text: concatenate(unit, megabytes * 1e6)}))
  const times = texts.map(() => [])
  const heap = texts.map(() => 0)
  const growthRounds = Number(args['growth-rounds'] ?? 3)
  parseRelease(concatenate(unit, 2e5), {maxBytes: 64e6})
  for (let round = 0; round < growthRounds; round++) {
    texts.forEach(({text}, index) => {
      gc()
      const start = performance.now()
      const release = parseRelease(text, {maxBytes: 64e6})
      times[index].push(performance.now() - start)
      heap[index] = Math.max(heap[index], process.memoryUsage().heapUsed)
      if (release.outcomes.length === 0) throw new Error('growth input gave no outcomes')
    })
  }
  const base = median(times[0])
  const section = {
    unit: inputs.seed.name,
    rounds: growthRounds,
    sizes: texts.map(({megabytes, text}, index) => ({
      megabytes,
      bytes: Buffer.byteLength(text),
      ms: fixed(median(times[index]), 0),
      growth: fixed(median(times[index]) / base),
      msPerMB: fixed(median(times[index]) / megabytes, 0),
      heapUsedMB: fixed(heap[index] / 1e6, 0)
    })),
    load: [loadBefore, load()]
  }
  results.sections.growth = section
  console.log(`\n## time growth (${inputs.seed.name} concatenated; medians of ${growthRounds} rounds)`)
  for (const size of section.sizes) {
    console.log(`${String(size.megabytes).padStart(3)} MB  ${String(size.ms).padStart(7)} ms  ×${size.growth.toFixed(2)}  (${size.msPerMB} ms/MB, heap used after ≈ ${size.heapUsedMB} MB)`)
  }
  console.log(`load average before/after: ${section.load.join(' / ')}`)
}

if (only.has('memory')) {
  const loadBefore = load()
  const child = spawnSync(process.execPath, ['--expose-gc', join(root, 'scripts', 'bench-memory.mjs'), String(parses), corePath], {
    encoding: 'utf8',
    maxBuffer: 1 << 24
  })
  if (child.status !== 0) throw new Error('memory benchmark failed:\n' + child.stderr)
  const section = {...JSON.parse(child.stdout), load: [loadBefore, load()]}
  results.sections.memory = section
  console.log(`\n## memory retained after ${section.parses} parses (heapUsed after gc)`)
  console.log(`before ${section.before.toFixed(2)} MB, after ${section.after.toFixed(2)} MB: retained ${section.retained.toFixed(2)} MB`)
  console.log(`checkpoints: ${section.checkpoints.map((point) => `${point.parses}: ${point.heapUsed.toFixed(2)} MB`).join(', ')}`)
  console.log(`load average before/after: ${section.load.join(' / ')}`)
}

if (only.has('cold')) {
  const loadBefore = load()
  const directory = mkdtempSync(join(tmpdir(), 'factsheet-cold-'))
  try {
    // Both bundled the same way: one ESM file, every dependency inside, minified.
    const common = {bundle: true, format: 'esm', platform: 'node', minify: true, write: true, logLevel: 'silent'}
    const core = join(directory, 'core.mjs')
    const baseline = join(directory, 'remark.mjs')
    await build({...common, entryPoints: [corePath], outfile: core})
    await build({
      ...common,
      stdin: {
        contents: "import {unified} from 'unified'\nimport remarkParse from 'remark-parse'\nexport const parse = (text) => unified().use(remarkParse).parse(text)\n",
        resolveDir: root,
        sourcefile: 'remark.mjs'
      },
      outfile: baseline
    })
    const input = join(directory, 'input.txt')
    writeFileSync(input, inputs.seed.text)
    const runner = (file, call) =>
      `const t0 = performance.now();` +
      `const m = await import(${JSON.stringify(pathToFileURL(file).href)});` +
      `const t1 = performance.now();` +
      `const text = (await import('node:fs')).readFileSync(${JSON.stringify(input)}, 'utf8');` +
      `const t2 = performance.now();` +
      `${call};` +
      `const t3 = performance.now();` +
      `console.log(JSON.stringify({importMs: t1 - t0, firstParseMs: t3 - t2, sinceStartMs: t3}))`
    const run = (file, call) => {
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', runner(file, call)], {encoding: 'utf8'})
      if (child.status !== 0) throw new Error('cold start child failed:\n' + child.stderr)
      return JSON.parse(child.stdout)
    }
    const a = []
    const b = []
    run(core, 'm.parseRelease(text)')
    run(baseline, 'm.parse(text)')
    for (let round = 0; round < coldRuns; round++) {
      a.push(run(core, 'm.parseRelease(text)'))
      b.push(run(baseline, 'm.parse(text)'))
    }
    const summary = (list) => ({
      importMs: fixed(median(list.map((item) => item.importMs))),
      firstParseMs: fixed(median(list.map((item) => item.firstParseMs))),
      totalMs: fixed(median(list.map((item) => item.importMs + item.firstParseMs))),
      sinceStartMs: fixed(median(list.map((item) => item.sinceStartMs)))
    })
    const section = {
      runs: coldRuns,
      core: {...summary(a), bundleBytes: statSync(core).size},
      remark: {...summary(b), bundleBytes: statSync(baseline).size},
      ratio: fixed(median(a.map((item, index) => (item.importMs + item.firstParseMs) / (b[index].importMs + b[index].firstParseMs)))),
      load: [loadBefore, load()]
    }
    results.sections.cold = section
    console.log(`\n## cold start: child process imports an esbuild bundle and parses ${inputs.seed.name} once (medians of ${coldRuns}, alternating)`)
    for (const [name, value] of [['factsheet core', section.core], ['unified + remark-parse', section.remark]]) {
      console.log(
        `${name.padEnd(24)} import ${value.importMs.toFixed(1)} ms + first parse ${value.firstParseMs.toFixed(1)} ms = ${value.totalMs.toFixed(1)} ms ` +
          `(process start to parsed: ${value.sinceStartMs.toFixed(1)} ms; bundle ${(value.bundleBytes / 1000).toFixed(1)} kB min)`
      )
    }
    console.log(`ratio (median of paired runs): ${section.ratio.toFixed(2)}`)
    console.log(`load average before/after: ${section.load.join(' / ')}`)
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}

if (only.has('jobs')) {
  // The batch CLI over `releases` files (the corpus round-robin, HTML included), `--jobs 1`
  // against `--jobs 2`, alternating; each run is a fresh process, so each pays its start-up
  // and its threads' warm-up, as a batch job does.
  const directory = mkdtempSync(join(tmpdir(), 'factsheet-jobs-'))
  try {
    const pool = [...inputs.markdown, ...inputs.html, inputs.seed]
    const folder = join(directory, 'releases')
    mkdirSync(folder)
    for (let index = 0; index < releases; index++) {
      const item = pool[index % pool.length]
      writeFileSync(join(folder, `${String(index).padStart(5, '0')}-${item.name}`), item.text)
    }
    const cli = join(root, 'dist', 'cli.js')
    const run = (jobs) => {
      const output = openSync(join(directory, `out-${jobs}.ndjson`), 'w')
      const started = performance.now()
      const child = spawnSync(process.execPath, [cli, 'parse', folder, '--jobs', String(jobs), '--quiet'], {encoding: 'utf8', stdio: ['ignore', output, 'pipe']})
      const seconds = (performance.now() - started) / 1000
      closeSync(output)
      if (child.status !== 0) throw new Error('factsheet parse failed:\n' + child.stderr)
      return seconds
    }
    // The floor: the same batch shape with remark-parse alone as the parser
    // (scripts/bench-jobs-floor.mjs), to show what speed-up the machine allows at all.
    const floorScript = join(root, 'scripts', 'bench-jobs-floor.mjs')
    const floor = (threads) => {
      const started = performance.now()
      const child = spawnSync(process.execPath, [floorScript, folder, String(threads)], {encoding: 'utf8'})
      const seconds = (performance.now() - started) / 1000
      if (child.status !== 0) throw new Error('bench-jobs-floor failed:\n' + child.stderr)
      return seconds
    }
    const loadBefore = uptime()
    run(1)
    run(2)
    floor(1)
    floor(2)
    const one = []
    const two = []
    const floorOne = []
    const floorTwo = []
    for (let round = 0; round < jobsRuns; round++) {
      one.push(run(1))
      two.push(run(2))
      floorOne.push(floor(1))
      floorTwo.push(floor(2))
    }
    const section = {
      releases,
      runs: jobsRuns,
      jobs1Seconds: fixed(median(one)),
      jobs2Seconds: fixed(median(two)),
      speedup: fixed(median(one.map((value, index) => value / two[index]))),
      floor1Seconds: fixed(median(floorOne)),
      floor2Seconds: fixed(median(floorTwo)),
      floorSpeedup: fixed(median(floorOne.map((value, index) => value / floorTwo[index]))),
      load: [loadBefore, uptime()]
    }
    results.sections.jobs = section
    console.log(`\n## batch CLI: factsheet parse over ${releases} releases, --jobs 1 vs --jobs 2 (fresh process each, medians of ${jobsRuns}, alternating)`)
    console.log(`--jobs 1  ${section.jobs1Seconds.toFixed(2)} s (${(releases / section.jobs1Seconds).toFixed(0)} releases/s)`)
    console.log(`--jobs 2  ${section.jobs2Seconds.toFixed(2)} s (${(releases / section.jobs2Seconds).toFixed(0)} releases/s)`)
    console.log(`speedup (median of paired runs): ${section.speedup.toFixed(2)}×`)
    console.log(
      `floor, remark-parse alone in the same batch shape: 1 thread ${section.floor1Seconds.toFixed(2)} s, ` +
        `2 threads ${section.floor2Seconds.toFixed(2)} s, speedup ${section.floorSpeedup.toFixed(2)}×`
    )
    console.log(`load before: ${section.load[0]}`)
    console.log(`load after:  ${section.load[1]}`)
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}

console.log('\n## targets')
const check = (label, value, limit) => {
  if (value === undefined) return
  console.log(`${value <= limit ? 'ok  ' : 'OVER'} ${label}: ${value.toFixed(2)} (target ≤ ${limit})`)
}
check('markdown ratio vs remark', results.sections.ratio?.markdown.medianRatio, 1.3)
const growth = results.sections.growth?.sizes
check('growth 1 MB → 4 MB', growth?.find((size) => size.megabytes === 4)?.growth, 4.5)
check('growth 1 MB → 10 MB', growth?.find((size) => size.megabytes === 10)?.growth, 11)
check('cold start vs remark', results.sections.cold?.ratio, 1.5)
if (results.sections.jobs) {
  const speedup = results.sections.jobs.speedup
  console.log(`${speedup >= 1.7 ? 'ok  ' : 'UNDER'} --jobs 2 speedup: ${speedup.toFixed(2)} (target ≥ 1.7, on an otherwise idle machine)`)
}
results.end = uptime()
console.log(`end: ${results.end}`)
if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2) + '\n')
