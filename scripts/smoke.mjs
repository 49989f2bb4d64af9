#!/usr/bin/env node
// Hardened smoke run over the built package (dist/). Run it as
//
//   node --disable-proto=throw --disallow-code-generation-from-strings --frozen-intrinsics scripts/smoke.mjs
//
// (.ci/checks/smoke.sh does). Under these flags any use of `__proto__`, any
// `eval`/`new Function`, and any change to a built-in object throws. The run
// parses sample releases and generated hostile inputs with both entry points
// and checks every output: plain JSON data that round-trips, valid against the
// schema (the precompiled validator: no code generation), positions inside the
// input. It exits 1 on the first class of failure it finds, listing them all.
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {htmlCategories, markdownCategories} from './hostile-inputs.mjs'
import {htmlRelease, markdownRelease, plainTextRelease, sampleReleases} from './release-fragments.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const dist = path.resolve(root, process.env.FACTSHEET_DIST ?? 'dist')
const {parseRelease, createParser, FactsheetError} = await import(pathToFileURL(path.join(dist, 'index.js')).href)
const {parseHtmlRelease} = await import(pathToFileURL(path.join(dist, 'html.js')).href)
const validate = createRequire(import.meta.url)(path.join(root, 'test', 'generated', 'validate-release.cjs'))

const hardened = {
  proto: (() => {
    try {
      void ({}).__proto__
      return false
    } catch {
      return true
    }
  })(),
  codegen: (() => {
    try {
      new Function('return 1')
      return false
    } catch {
      return true
    }
  })(),
  frozen: Object.isFrozen(Object.prototype) && Object.isFrozen(Array.prototype)
}

/**
 * Problems with a value that is not plain JSON data (iterative).
 *
 * @param {unknown} value
 * @returns {string[]}
 */
function jsonProblems(value) {
  const problems = []
  const stack = [[value, '$']]
  while (stack.length > 0 && problems.length < 10) {
    const [current, where] = stack.pop()
    if (current === null || typeof current === 'string' || typeof current === 'boolean') continue
    if (typeof current === 'number') {
      if (!Number.isFinite(current) || Object.is(current, -0)) problems.push(`${where}: ${current}`)
      continue
    }
    if (typeof current !== 'object') {
      problems.push(`${where}: ${typeof current}`)
      continue
    }
    const prototype = Object.getPrototypeOf(current)
    if (!Array.isArray(current) && prototype !== Object.prototype && prototype !== null) problems.push(`${where}: not a plain object`)
    for (const key of Object.keys(current)) stack.push([current[key], `${where}.${key}`])
  }
  return problems
}

/**
 * Problems with positions (inside the input, start before end).
 *
 * @param {unknown} release
 * @param {number} length
 * @returns {string[]}
 */
function positionProblems(release, length) {
  const problems = []
  const stack = [release]
  while (stack.length > 0) {
    const current = stack.pop()
    if (!current || typeof current !== 'object') continue
    if (current.start && current.end && typeof current.start.offset === 'number') {
      const {start, end} = current
      if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= length && start.line >= 1 && start.column >= 1)) {
        problems.push(`position ${JSON.stringify(current)} outside 0–${length}`)
      }
    }
    for (const child of Object.values(current)) stack.push(child)
  }
  return problems
}

const inputs = []
for (const sample of sampleReleases()) inputs.push([sample.name, sample.text])
inputs.push(['markdown 200 KB', markdownRelease(200_000)], ['plain text 200 KB', plainTextRelease(200_000)], ['html 200 KB', htmlRelease(200_000)])
for (const [name, generate] of Object.entries(markdownCategories)) inputs.push([`markdown: ${name}`, generate(16_000)])
for (const [name, generate] of Object.entries(htmlCategories)) inputs.push([`html: ${name}`, generate(16_000)])
inputs.push(
  ['prototype keys', '---\n__proto__: x\nconstructor: y\n---\n\n# __proto__\n\n**constructor:** Minister Constructor met Minister Sato in __proto__.\n'],
  ['controls and surrogates', '\u0000\u0001\uD800\uDC00\uFEFF\u2028\u202E Minister Sato met Minister Dubois.\r'],
  ['script', '<p>Minister Sato met.</p><script>alert("SMOKE_SECRET")</script><p>They agreed.</p>'],
  ['deep nesting', '> '.repeat(5000) + 'x\n\n' + '<div>'.repeat(5000)]
)

const failures = []
let parses = 0
const started = performance.now()
for (const [name, text] of inputs) {
  for (const [entry, parse] of [['parseRelease', (value) => parseRelease(value)], ['parseHtmlRelease', (value) => parseHtmlRelease(value)]]) {
    let release
    try {
      release = parse(text)
      parses++
    } catch (error) {
      failures.push(`${entry} ${name}: threw ${error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : String(error)}`)
      continue
    }
    const problems = jsonProblems(release)
    const json = JSON.stringify(release)
    if (JSON.stringify(JSON.parse(json)) !== json) problems.push('JSON round-trip changed it')
    if (!validate(release)) problems.push(`schema: ${JSON.stringify(validate.errors).slice(0, 300)}`)
    problems.push(...positionProblems(release, text.length))
    if (json.includes('SMOKE_SECRET')) problems.push('script content in the output')
    if (problems.length > 0) failures.push(`${entry} ${name}: ${problems.slice(0, 5).join('; ')}`)
  }
}

// Misuse still throws typed errors under the flags.
for (const [name, fn, code] of [
  ['non-string', () => parseRelease(42), 'ERR_FACTSHEET_INVALID_INPUT'],
  ['too large', () => parseRelease('ab', {maxBytes: 1}), 'ERR_FACTSHEET_INPUT_TOO_LARGE'],
  ['bad option', () => parseRelease('a', {maxDepth: -1}), 'ERR_FACTSHEET_INVALID_OPTION'],
  ['bad meta', () => parseRelease('a', {meta: {url: 'nope'}}), 'ERR_FACTSHEET_INVALID_META'],
  ['bad parser', () => createParser({recognizers: 1}), 'ERR_FACTSHEET_INVALID_OPTION']
]) {
  try {
    fn()
    failures.push(`${name}: did not throw`)
  } catch (error) {
    if (!(error instanceof FactsheetError) || error.code !== code) failures.push(`${name}: threw ${String(error)} instead of ${code}`)
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`Smoke run: ${parses} parses of ${inputs.length} inputs in ${seconds} s; hardened: proto=${hardened.proto} codegen=${hardened.codegen} frozen=${hardened.frozen}`)
if (!hardened.proto || !hardened.codegen || !hardened.frozen) {
  console.log('(not every hardening flag is on: run it as in .ci/checks/smoke.sh)')
  if (process.env.CI) failures.push('hardening flags missing')
}
if (failures.length > 0) {
  console.error('Smoke run failed:\n- ' + failures.join('\n- '))
  process.exit(1)
}
console.log('Smoke run passed.')
