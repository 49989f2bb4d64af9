// Property tests: for any input, both entry points return a Release that is
// deterministic, JSON-safe, valid against the JSON Schema, with every
// position inside the input and every outcome's letters inside its span
// (see test/robust-helpers.ts for the exact guarantees).
//
// CI runs 10,000 cases in all; `npm run fuzz` sets FUZZ_RUNS=1000000 and every
// property scales its share of the runs.
import {fc, test} from '@fast-check/vitest'
import {describe, expect} from 'vitest'
import {outcomeItems, parties} from '../scripts/release-fragments.mjs'
import {parseHtmlRelease} from '../src/html/index.js'
import {parseRelease} from '../src/index.js'
import type {Release} from '../src/index.js'
import {releaseProblems} from './robust-helpers.js'

const totalRuns = Number(process.env['FUZZ_RUNS'] ?? 10_000)
// CI replays the same cases every run (a failure there is reproducible); `FUZZ_SEED=random`
// (what `npm run fuzz` sets) explores new ones, and any number replays a reported seed.
const seedSetting = process.env['FUZZ_SEED'] ?? '20261127'
const seed = seedSetting === 'random' ? undefined : Number(seedSetting)
const settings = (numRuns: number) => (seed === undefined ? {numRuns} : {numRuns, seed})

/**
 * Runs of a property that takes `share` of the total.
 *
 * @param share Fraction of the total.
 * @returns Runs.
 */
function runs(share: number): number {
  return Math.max(1, Math.round(totalRuns * share))
}

/**
 * Timeout of a property with `count` runs: generous, a safety net only.
 *
 * @param count Runs.
 * @returns Milliseconds.
 */
function timeout(count: number): number {
  return Math.max(120_000, count * 200)
}

/**
 * Parse `input` with an entry point twice and check every invariant.
 *
 * @param input Input.
 * @param parse Entry point.
 */
function check(input: string, parse: (text: string) => Release): void {
  const release = parse(input)
  const again = parse(input)
  const json = JSON.stringify(release)
  expect(JSON.stringify(again), 'same output twice').toBe(json)
  expect(releaseProblems(release, input)).toEqual([])
  expect(JSON.parse(json)).toEqual(release)
}

/**
 * Check both entry points.
 *
 * @param input Input.
 */
function checkBoth(input: string): void {
  check(input, (text) => parseRelease(text))
  check(input, (text) => parseHtmlRelease(text))
}

// Arbitrary text: any code point; any UTF-16 code unit (lone surrogates,
// controls, BOMs, line and paragraph separators).
const binaryText = fc.string({unit: 'binary', maxLength: 400})
const codeUnitText = fc.string({unit: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code)), maxLength: 300})

const markdownPieces = [
  '*', '**', '_', '__', '`', '```', '~~~', '[', ']', '(', ')', '![', '](', '<', '>', '> ', '!', '#', '## ', '- ', '* ', '+ ', '1. ', '2) ',
  ' ', '  ', '    ', '\t', '\n', '\n\n', '\r\n', '\r', '\\', '&amp;', '&#x2019;', '&#8217;', '&copy', '&bogus;', '&', ';', ':', '|', '---', '===',
  '<!--', '-->', '<div>', '</div>', '<script>', '</script>', '<br>', '{:.x}', '[a]: /u', '[a]', '\u00A0', '\u200B', '\u2028', '\uFEFF',
  'Minister', 'Haruka Sato', 'Secretary', 'met', 'agreed', 'reaffirmed', 'the', 'Iceland', 'Norway', 'on March 3, 2026', 'today', '.', ',',
  'Fact Sheet', 'Readout', 'Key Outcomes', 'Joint Statement', '•', '–', '—', '“', '”', '’', 'é', 'e\u0301', '\u202E', '\u0000',
  '__proto__', 'constructor', 'Constructor', 'prototype', 'toString', '---\n__proto__: x\n---\n'
]
const htmlPieces = [
  '<p>', '</p>', '<div>', '</div>', '<ul>', '</ul>', '<ol>', '<li>', '</li>', '<b>', '</b>', '<strong>', '<em>', '<i>', '<a href="x">', '</a>',
  '<h1>', '</h1>', '<h2>', '<h3>', '<br>', '<br/>', '<hr>', '<table>', '<tr>', '<td>', '</td>', '<blockquote>', '<q>', '<del>', '<span>',
  '<script>', '</script>', '<style>', '</style>', '<!--', '-->', '<![CDATA[', ']]>', '<?x', '?>', '<!DOCTYPE html>', '<svg>', '<math>',
  '<template>', '<select>', '<textarea>', '<img alt="x">', '<wbr>', '<pre>', '</pre>', '<code>', '<sup>', '<font color=red>', '<p class="a>b">',
  '&amp;', '&nbsp;', '&nbsp', '&copy', '&eacute;', '&#39;', '&#39', '&#x2019;', '&lt;', '&', ' ', '\n', '\t', '"', "'", '=', '>', '<',
  'Minister', 'Haruka Sato', 'met', 'agreed', 'reaffirmed', 'Canada', 'Japan', 'on May 5, 2026', '.', ',', 'Readout', 'Joint Statement',
  '\u0000', '\uFFFD', '\uD800', '\u00A0', '__proto__', 'constructor', 'Constructor', 'prototype'
]
const markdownText = fc.array(fc.constantFrom(...markdownPieces), {maxLength: 120}).map((pieces) => pieces.join(''))
const htmlText = fc.array(fc.constantFrom(...htmlPieces), {maxLength: 120}).map((pieces) => pieces.join(''))

// Release-shaped documents built from fragments, in a random format and
// style, then mutated.
const party = fc.constantFrom(...parties)
const section = fc.record({
  heading: fc.constantFrom('Overview', 'Key Outcomes', 'Maritime Safety', 'Regional Security', 'Next Steps', 'Economic Cooperation'),
  items: fc.array(fc.constantFrom(...outcomeItems), {minLength: 1, maxLength: 6}),
  prose: fc.boolean()
})
const releaseShape = fc.record({
  format: fc.constantFrom('text', 'markdown', 'html'),
  bullet: fc.constantFrom('•', '-', '*', '1.', '·'),
  headingStyle: fc.constantFrom('plain', 'atx', 'bold', 'colon'),
  frontMatter: fc.boolean(),
  a: party,
  b: party,
  day: fc.integer({min: 1, max: 31}),
  month: fc.constantFrom('January', 'February', 'March', 'June', 'October', 'December'),
  sections: fc.array(section, {minLength: 1, maxLength: 4})
})
type Shape = typeof releaseShape extends fc.Arbitrary<infer T> ? T : never

/**
 * Render a release shape as text.
 *
 * @param shape Shape.
 * @returns Text.
 */
function render(shape: Shape): string {
  const {a, b} = shape
  const title = `${a[0]}-${b[0]} Strategic Dialogue Fact Sheet`
  const date = `${shape.month} ${shape.day}, 2026`
  const intro = `On ${date}, ${a[0]} and ${b[0]} held the Strategic Dialogue. The Dialogue was co-chaired by ${a[1]} ${a[2]} ${a[3]} and ${b[1]} ${b[2]} ${b[3]}.`
  if (shape.format === 'html') {
    let html = `<h1>${title}</h1><p><em>${date}</em></p><p>${intro.replace(/&/g, '&amp;')}</p>`
    for (const part of shape.sections) {
      html += `<h2>${part.heading}</h2>` + (part.prose ? `<p>${part.items.join(' ')}</p>` : `<ul>${part.items.map((item) => `<li>${item}</li>`).join('')}</ul>`)
    }
    return html
  }
  const heading = (text: string) =>
    shape.format === 'text' || shape.headingStyle === 'plain' ? text : shape.headingStyle === 'atx' ? `## ${text}` : shape.headingStyle === 'bold' ? `**${text}**` : `${text}:`
  let text = shape.frontMatter && shape.format === 'markdown' ? `---\ntitle: "${title}"\ndate: 2026-03-03\n---\n\n` : shape.format === 'text' ? `Example.gov,${title}\n\n${title}\n\n` : `# ${title}\n\n`
  text += `${date}\n\n${intro}\n\n`
  for (const part of shape.sections) {
    text += heading(part.heading) + '\n\n'
    text += part.prose ? part.items.join(' ') + '\n\n' : part.items.map((item) => `${shape.format === 'text' ? '  ' : ''}${shape.bullet} ${item}`).join('\n') + '\n\n'
  }
  return text
}

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'upper'),
  piece: fc.constantFrom(...markdownPieces, ...htmlPieces),
  size: fc.nat({max: 60})
})

/**
 * Apply mutations to a text.
 *
 * @param text Text.
 * @param mutations Mutations.
 * @returns Mutated text.
 */
function mutate(text: string, mutations: ReadonlyArray<typeof mutation extends fc.Arbitrary<infer T> ? T : never>): string {
  let result = text
  for (const change of mutations) {
    const at = change.at % (result.length + 1)
    const end = Math.min(result.length, at + change.size)
    if (change.kind === 'insert') result = result.slice(0, at) + change.piece + result.slice(at)
    else if (change.kind === 'delete') result = result.slice(0, at) + result.slice(end)
    else if (change.kind === 'duplicate') result = result.slice(0, end) + result.slice(at, end) + result.slice(end)
    else result = result.slice(0, at) + result.slice(at, end).toUpperCase() + result.slice(end)
  }
  return result
}

const releaseText = fc.tuple(releaseShape, fc.array(mutation, {maxLength: 8})).map(([shape, mutations]) => mutate(render(shape), mutations))

describe('parseRelease and parseHtmlRelease on any input', () => {
  test.prop([binaryText], settings(runs(0.2)))('should hold every invariant on arbitrary code points', checkBoth, timeout(runs(0.2)))
  test.prop([codeUnitText], settings(runs(0.1)))('should hold every invariant on arbitrary UTF-16 (lone surrogates, controls)', checkBoth, timeout(runs(0.1)))
  test.prop([markdownText], settings(runs(0.25)))('should hold every invariant on the Markdown alphabet', checkBoth, timeout(runs(0.25)))
  test.prop([htmlText], settings(runs(0.2)))('should hold every invariant on the HTML alphabet', checkBoth, timeout(runs(0.2)))
  test.prop([releaseText], settings(runs(0.25)))('should hold every invariant on mutated release-shaped documents', checkBoth, timeout(runs(0.25)))
})
