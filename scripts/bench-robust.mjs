#!/usr/bin/env node
// Benchmark of bounded work (not a test: timings depend on the machine).
//
//   node scripts/bench-robust.mjs [--dist=dist] [--only=growth,seed,markdown,html] [--runs=3]
//
// Checks, all measured in one run and printed side by side:
// - growth: a list-heavy Markdown release growing 64 KB → 512 KB grows at most
//   2.5× per doubling;
// - seed: seed-like plain text repeated to 10 MB parses within 12× the 1 MB time;
// - markdown: every pathological Markdown category at 100 KB takes at most 10×
//   a normal Markdown release of the same size;
// - html: the same for HTML categories through `parseHtmlRelease`.
// Times are CPU time (process.cpuUsage), best of `--runs`, after a warm-up:
// steadier than wall time on a shared machine. Exits 1 when a check fails.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {htmlCategories, markdownCategories} from './hostile-inputs.mjs'
import {htmlRelease, markdownRelease} from './release-fragments.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=')
    return [key, value ?? 'true']
  })
)
const dist = path.resolve(root, args.dist ?? 'dist')
const only = new Set((args.only ?? 'growth,seed,markdown,html').split(','))
const runs = Number(args.runs ?? 3)
const {parseRelease} = await import(pathToFileURL(path.join(dist, 'index.js')).href)
const {parseHtmlRelease} = await import(pathToFileURL(path.join(dist, 'html.js')).href)

const failures = []

/**
 * CPU milliseconds of the process so far.
 *
 * @returns {number}
 */
function cpu() {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/**
 * Best CPU time of `count` runs of `fn`.
 *
 * @param {() => unknown} fn
 * @param {number} count
 * @returns {number} milliseconds
 */
function measure(fn, count = runs) {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < count; run++) {
    const start = cpu()
    fn()
    best = Math.min(best, cpu() - start)
  }
  return best
}

/**
 * Print a row.
 *
 * @param {string[]} cells
 * @param {number[]} widths
 */
function row(cells, widths) {
  console.log(cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  '))
}

// Warm up the JIT on small documents of every kind.
for (let index = 0; index < 5; index++) {
  parseRelease(markdownRelease(16_000, index))
  parseHtmlRelease(htmlRelease(16_000, index))
}

if (only.has('growth')) {
  console.log('\n# growth: list-heavy Markdown release (limit: 2.5× per doubling)')
  const widths = [10, 12, 10]
  row(['size', 'cpu ms', 'ratio'], widths)
  let previous
  for (const kb of [64, 128, 256, 512]) {
    const text = markdownRelease(kb * 1024)
    const time = measure(() => parseRelease(text))
    const ratio = previous ? time / previous : undefined
    row([`${kb} KB`, time.toFixed(1), ratio ? ratio.toFixed(2) + '×' : ''], widths)
    if (ratio && ratio > 2.5) failures.push(`growth ${kb / 2} KB → ${kb} KB: ${ratio.toFixed(2)}×`)
    previous = time
  }
}

if (only.has('seed')) {
  console.log('\n# seed: seed-like plain text repeated to 1 MB and 10 MB (limit: 12×)')
  const seed = readFileSync(path.join(root, 'examples', 'release.txt'), 'utf8')
  const repeat = (bytes) => Array.from({length: Math.ceil(bytes / (seed.length + 2))}, () => seed).join('\n\n')
  const small = repeat(1024 * 1024)
  const large = repeat(10 * 1024 * 1024)
  const options = {maxBytes: 32 * 1024 * 1024}
  const smallTime = measure(() => parseRelease(small, options), 2)
  const largeTime = measure(() => parseRelease(large, options), 1)
  const ratio = largeTime / smallTime
  const widths = [10, 12, 10]
  row(['size', 'cpu ms', 'ratio'], widths)
  row(['1 MB', smallTime.toFixed(1), ''], widths)
  row(['10 MB', largeTime.toFixed(1), ratio.toFixed(2) + '×'], widths)
  if (ratio > 12) failures.push(`seed 1 MB → 10 MB: ${ratio.toFixed(2)}×`)
}

/**
 * Compare hostile categories with a normal release of the same size.
 *
 * @param {string} title
 * @param {Record<string, (bytes: number) => string>} categories
 * @param {string} normal
 * @param {(text: string) => unknown} parse
 */
function compare(title, categories, normal, parse) {
  console.log(`\n# ${title} at 100 KB (limit: 10× a normal release of the same size)`)
  const widths = [40, 10, 10, 10]
  const normalTime = measure(() => parse(normal))
  row(['category', 'bytes', 'cpu ms', 'ratio'], widths)
  row(['(normal release)', String(normal.length), normalTime.toFixed(1), '1.00×'], widths)
  for (const [name, generate] of Object.entries(categories)) {
    const text = generate(100 * 1024)
    const time = measure(() => parse(text))
    // Compare per byte: generators land near, not on, 100 KB.
    const ratio = time / text.length / (normalTime / normal.length)
    row([name, String(text.length), time.toFixed(1), ratio.toFixed(2) + '×'], widths)
    if (ratio > 10) failures.push(`${title} “${name}”: ${ratio.toFixed(2)}×`)
  }
}

if (only.has('markdown')) {
  compare('Markdown pathological categories', markdownCategories, markdownRelease(100 * 1024), (text) => parseRelease(text, {format: 'markdown'}))
}

if (only.has('html')) {
  compare('HTML pathological categories', htmlCategories, htmlRelease(100 * 1024), (text) => parseHtmlRelease(text))
}

console.log('')
if (failures.length > 0) {
  console.log('FAILED:\n- ' + failures.join('\n- '))
  process.exitCode = 1
} else {
  console.log('All bounds held.')
}
