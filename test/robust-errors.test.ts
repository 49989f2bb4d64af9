// Typed errors: misuse throws a FactsheetError with a stable code (see
// docs/errors.md); limits validate; user code that throws never makes a parse
// throw.
import {describe, expect, it} from 'vitest'
import {parseHtmlRelease} from '../src/html/index.js'
import {createParser, defaultRecognizers, defineFormat, defineRecognizer, FactsheetError, parseRelease} from '../src/index.js'
import type {FactsheetErrorCode, Recognizer} from '../src/index.js'
import {releaseProblems} from './robust-helpers.js'

/**
 * Run `fn` and return what it threw.
 *
 * @param fn Function.
 * @returns Thrown value.
 */
function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('Expected a throw')
}

/**
 * Expect `fn` to throw a FactsheetError with `code`.
 *
 * @param fn Function.
 * @param code Code.
 */
function expectCode(fn: () => unknown, code: FactsheetErrorCode): void {
  const error = thrown(fn)
  expect(error).toBeInstanceOf(FactsheetError)
  expect(error).toBeInstanceOf(Error)
  const typed = error as FactsheetError
  expect(typed.code).toBe(code)
  expect(typed.name).toBe('FactsheetError')
  expect(typed.message).toMatch(/^Cannot /)
}

const entries = [
  ['parseRelease', (text: unknown, options?: unknown) => parseRelease(text as string, options as never)],
  ['parseHtmlRelease', (text: unknown, options?: unknown) => parseHtmlRelease(text as string, options as never)]
] as const

describe('FactsheetError codes', () => {
  for (const [name, parse] of entries) {
    it(`${name} should throw ERR_FACTSHEET_INVALID_INPUT on non-strings`, () => {
      for (const value of [undefined, null, 1, {}, [], new String('x'), Buffer.from('x')]) expectCode(() => parse(value), 'ERR_FACTSHEET_INVALID_INPUT')
    })

    it(`${name} should throw ERR_FACTSHEET_INPUT_TOO_LARGE over maxBytes`, () => {
      expectCode(() => parse('abcd', {maxBytes: 3}), 'ERR_FACTSHEET_INPUT_TOO_LARGE')
      expect(parse('abc', {maxBytes: 3}).schemaVersion).toBe(1)
    })

    it(`${name} should throw ERR_FACTSHEET_INVALID_OPTION on bad options`, () => {
      for (const options of [1, 'x', [], true]) expectCode(() => parse('x', options), 'ERR_FACTSHEET_INVALID_OPTION')
      expectCode(() => parse('x', {format: 'html'}), 'ERR_FACTSHEET_INVALID_OPTION')
      expectCode(() => parse('x', {referenceDate: 'tomorrow'}), 'ERR_FACTSHEET_INVALID_OPTION')
      expectCode(() => parse('x', {referenceDate: new Date(Number.NaN)}), 'ERR_FACTSHEET_INVALID_OPTION')
      expectCode(() => parse('x', {checks: [{name: 'acme:x'}]}), 'ERR_FACTSHEET_INVALID_OPTION')
    })

    it(`${name} should throw ERR_FACTSHEET_INVALID_META on bad meta`, () => {
      const metas = [1, [], {title: 1}, {unknown: 'x'}, {url: 'not a url'}, {timeZone: 'Mars/Olympus'}, {published: 'May 5'}, {published: '2021-02-30'}, JSON.parse('{"__proto__": "x"}')]
      for (const meta of metas) expectCode(() => parse('x', {meta}), 'ERR_FACTSHEET_INVALID_META')
    })
  }

  it('should throw ERR_FACTSHEET_INVALID_RECOGNIZER when defining a bad recognizer or format', () => {
    const match = () => 1
    const extract = () => []
    const recognizers: unknown[] = [null, 1, {name: 'nocolon', kind: 'outcomes', match, extract}, {name: 'acme:x', kind: 'nope', match, extract}, {name: 'acme:x', kind: 'outcomes'}, {name: 'acme:x', kind: 'outcomes', match, extract, priority: Number.NaN}]
    for (const recognizer of recognizers) expectCode(() => defineRecognizer(recognizer as Recognizer<'outcomes'>), 'ERR_FACTSHEET_INVALID_RECOGNIZER')
    expectCode(() => defineFormat({name: 'x', kind: 'other', detect: () => 0}), 'ERR_FACTSHEET_INVALID_RECOGNIZER')
    expectCode(() => defineFormat({name: 'acme:x', kind: 'other'} as never), 'ERR_FACTSHEET_INVALID_RECOGNIZER')
  })

  it('should throw ERR_FACTSHEET_INVALID_OPTION when creating a parser with bad parts', () => {
    for (const options of [1, {recognizers: 1}, {recognizers: [{}]}, {formats: [{}]}, {checks: [1]}]) expectCode(() => createParser(options as never), 'ERR_FACTSHEET_INVALID_OPTION')
    expectCode(() => parseHtmlRelease('x', {parser: {} as never}), 'ERR_FACTSHEET_INVALID_OPTION')
  })
})

describe('limits', () => {
  const bad: unknown[] = [-1, -0.5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '10', null, true, {}, 10n]
  for (const key of ['maxBytes', 'maxDepth']) {
    it(`should reject a bad \`${key}\` with ERR_FACTSHEET_INVALID_OPTION`, () => {
      for (const value of bad) {
        for (const [, parse] of entries) expectCode(() => parse('x', {[key]: value}), 'ERR_FACTSHEET_INVALID_OPTION')
      }
    })
  }

  it('should read `maxBytes: 0` as zero: only the empty input passes', () => {
    for (const [, parse] of entries) {
      expect(parse('', {maxBytes: 0}).schemaVersion).toBe(1)
      expectCode(() => parse(' ', {maxBytes: 0}), 'ERR_FACTSHEET_INPUT_TOO_LARGE')
    }
  })

  it('should read `maxDepth: 0` as zero: nested structure is flattened, text kept', () => {
    const input = '- Agreed to hold talks.\n  - The two ministers discussed the region.\n    > They reaffirmed the alliance.\n'
    const release = parseRelease(input, {format: 'markdown', maxDepth: 0})
    expect(releaseProblems(release, input)).toEqual([])
    expect(release.diagnostics.map((diagnostic) => diagnostic.code)).toContain('input/nesting-flattened')
    expect(release.outcomes.map((outcome) => outcome.text)).toEqual(['Agreed to hold talks.', 'The two ministers discussed the region.', 'They reaffirmed the alliance.'])
  })

  it('should accept the largest safe integer as a limit', () => {
    expect(parseRelease('x', {maxBytes: Number.MAX_SAFE_INTEGER, maxDepth: Number.MAX_SAFE_INTEGER}).schemaVersion).toBe(1)
  })
})

describe('user code that throws never makes a parse throw', () => {
  const thrownValues: unknown[] = [
    new Error('boom'),
    'a string',
    Object.create(null),
    {toString: () => {
      throw new Error('toString')
    }},
    {get message(): string {
      throw new Error('message')
    }},
    Symbol('s'),
    null,
    undefined
  ]
  const input = '# Readout\n\nMinister Haruka Sato met Minister Claire Dubois. They agreed to hold talks.'

  it('should turn a throwing recognizer into a `recognizer/failed` diagnostic (ERR_FACTSHEET_RECOGNIZER is never thrown)', () => {
    for (const value of thrownValues) {
      const recognizer = defineRecognizer({
        name: 'acme:throws',
        kind: 'outcomes',
        match: () => 1,
        extract: () => {
          throw value
        }
      })
      const release = createParser({recognizers: [recognizer, ...defaultRecognizers]}).parse(input)
      expect(releaseProblems(release, input)).toEqual([])
      expect(release.diagnostics.find((diagnostic) => diagnostic.code === 'recognizer/failed')?.source).toBe('acme:throws')
      expect(release.outcomes.length).toBeGreaterThan(0)
    }
  })

  it('should turn a throwing check or format into a diagnostic', () => {
    for (const value of thrownValues) {
      const fail = () => {
        throw value
      }
      const release = createParser({checks: [{name: 'acme:check', check: fail}], formats: [{name: 'acme:format', kind: 'other', detect: fail}]}).parse(input)
      expect(releaseProblems(release, input)).toEqual([])
      const codes = release.diagnostics.map((diagnostic) => diagnostic.code)
      expect(codes).toContain('check/failed')
      expect(codes).toContain('format/failed')
    }
  })

  it('should keep the output contract whatever a check reports', () => {
    const check = {
      name: 'acme:junk',
      check: () => [
        {code: 'acme/a', reason: 'bad severity', severity: 'fatal' as never},
        {code: 'acme/b', reason: 'place outside the input', place: {start: {line: 99, column: 1, offset: -5}, end: {line: 99, column: 1, offset: 10_000}}},
        {code: 'acme/c', reason: 'place without numbers', place: {start: {}, end: {}} as never},
        null,
        {code: 1, reason: 'no'}
      ] as never
    }
    const release = parseRelease(input, {checks: [check]})
    expect(releaseProblems(release, input)).toEqual([])
    const mine = release.diagnostics.filter((diagnostic) => diagnostic.source === 'acme:junk')
    expect(mine.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([['acme/a', 'warning'], ['acme/b', 'warning'], ['acme/c', 'warning']])
    expect(mine[1]?.place?.start.offset).toBe(0)
    expect(mine[1]?.place?.end.offset).toBe(input.length)
    expect(mine[2]?.place).toBeNull()
  })
})
