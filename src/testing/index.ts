import {findPlace} from '../extract/places.js'
import {isLabel} from '../tree/sections.js'
import {lookupCountry} from '../extract/countries.js'
import {FactsheetError, describe as describeValue} from '../diagnostics/error.js'
import {analyzeItem, analyzeText, compileLexicons, isProseOutcome, type SentenceAnalysis} from '../extract/analyze.js'
import {mergeLexicons, type LexiconsInput} from '../lexicons/index.js'
import type {Diagnostic, Release, ReleaseKind} from '../models/types.js'
import type {ParseOptions} from '../options.js'
import {createParser} from '../parse-release.js'
import type {AnyRecognizer, Format, RecognizeContext, RecognizedKinds, Recognizer, Section, SectionItem} from '../recognize/types.js'

/**
 * Options of the testing helpers that parse a snippet: the options of
 * `parseRelease`, plus the lexicons and formats of `createParser`. The
 * snippet is read as Markdown unless `format` says otherwise.
 *
 * @example
 * ```ts
 * runRecognizer(attendees, '## In attendance\n\n- Omar Haddad, Grand Vizier', {lexicons: {officeHeads: ['Vizier']}})
 * ```
 */
export interface RunRecognizerOptions extends ParseOptions {
  /** Lexicons to extend or replace, as in `createParser` (optional; default: the built-ins). */
  lexicons?: LexiconsInput | undefined
  /** Release formats tried before the built-ins, as in `createParser` (optional). */
  formats?: readonly Format[] | undefined
}

/**
 * Options of `contextFor`.
 *
 * @example
 * ```ts
 * contextFor('acme:in-attendance', {published: '2025-06-03', kind: 'readout'})
 * ```
 */
export interface ContextForOptions {
  /** Publication date the context reports, an ISO date (optional; default: `null`). */
  published?: string | undefined
  /** Fallback reference date, an ISO date (optional; default: `null`). */
  referenceDate?: string | undefined
  /** Release kind the context reports (optional; default: `other`). */
  kind?: ReleaseKind | undefined
  /** Release title (optional; default: `null`). */
  title?: string | undefined
  /** Lexicons to extend or replace, as in `createParser` (optional; default: the built-ins). */
  lexicons?: LexiconsInput | undefined
  /** Sections the context reports in `sections` (optional; default: none). */
  sections?: readonly Section[] | undefined
}

/**
 * What `runRecognizer` saw.
 *
 * @example
 * ```ts
 * const {findings, sections, diagnostics} = runRecognizer(attendees, '## In attendance\n\n- Jane Roe')
 * ```
 */
export interface RecognizerRun<K extends keyof RecognizedKinds> {
  /**
   * Findings exactly as the recognizer returned them, from every section it
   * matched, in document order; `undefined` when no section yielded an array.
   */
  findings: RecognizedKinds[K] | undefined
  /** Sections it matched (a `match` score above `0`). */
  sections: Section[]
  /** Diagnostics whose source is the recognizer: its own reports and the engine's checks of its findings. */
  diagnostics: Diagnostic[]
  /** The release parsed with this recognizer alone. */
  release: Release
}

/**
 * The `describe` and `it` of a test runner (vitest, Jest, Mocha, `node:test`).
 *
 * @example
 * ```ts
 * import {describe, it} from 'node:test'
 *
 * testRecognizer(attendees, cases, {describe, it})
 * ```
 */
export interface TestApi {
  /** Declares a group of tests. */
  describe: (name: string, body: () => void) => unknown
  /** Declares one test; it fails when `body` throws. */
  it: (name: string, body: () => void) => unknown
}

/**
 * The expected part of a finding: any of its fields but `node`.
 *
 * @example
 * ```ts
 * const expected: ExpectedFinding<'participants'> = {name: 'Jane Roe', role: 'attendee'}
 * ```
 */
export type ExpectedFinding<K extends keyof RecognizedKinds> = Partial<Omit<RecognizedKinds[K][number], 'node'>>

/**
 * A snippet a recognizer must read, with what it must find.
 *
 * @example
 * ```ts
 * const valid: ValidCase<'participants'> = {input: '## In attendance\n\n- Jane Roe', expected: [{name: 'Jane Roe'}]}
 * ```
 */
export interface ValidCase<K extends keyof RecognizedKinds> {
  /** Test name (optional; default: the start of `input`). */
  name?: string | undefined
  /** Markdown. */
  input: string
  /** Expected findings, in order: as many as found, each a subset of a finding's fields. */
  expected: ReadonlyArray<ExpectedFinding<K>>
  /** Diagnostics the recognizer must report, each a subset of a diagnostic's fields (optional; default: not checked). */
  diagnostics?: ReadonlyArray<Partial<Diagnostic>> | undefined
  /** Options (optional). */
  options?: RunRecognizerOptions | undefined
}

/**
 * A snippet a recognizer must not read: it must not match it, or must pass on it.
 *
 * @example
 * ```ts
 * const invalid: InvalidCase = {name: 'another list', input: '## Outcomes\n\n- Jane Roe briefed the press.'}
 * ```
 */
export interface InvalidCase {
  /** Test name (optional; default: the start of `input`). */
  name?: string | undefined
  /** Markdown. */
  input: string
  /** Options (optional). */
  options?: RunRecognizerOptions | undefined
}

/**
 * Cases for `testRecognizer`.
 *
 * @example
 * ```ts
 * const cases: RecognizerCases<'participants'> = {
 *   valid: [{input: '## In attendance\n\n- Jane Roe', expected: [{name: 'Jane Roe'}]}],
 *   invalid: ['## Background\n\nProse.']
 * }
 * ```
 */
export interface RecognizerCases<K extends keyof RecognizedKinds> {
  /** Snippets the recognizer must read, with the findings expected. */
  valid: ReadonlyArray<ValidCase<K>>
  /** Snippets the recognizer must not read (Markdown, or a case with options). */
  invalid: ReadonlyArray<string | InvalidCase>
}

/**
 * The error a failing case throws: it carries `actual` and `expected`, so test runners print a diff.
 *
 * @example
 * ```ts
 * try {
 *   body() // a test declared by testRecognizer
 * } catch (error) {
 *   if (error instanceof RecognizerTestError) console.log(error.actual, error.expected)
 * }
 * ```
 */
export class RecognizerTestError extends Error {
  /** What the recognizer gave (findings without `node`, trimmed to the expected fields). */
  readonly actual: unknown
  /** What the case expected. */
  readonly expected: unknown
  /** Asks runners to print a diff of `actual` and `expected`. */
  readonly showDiff = true

  /**
   * @param message Message.
   * @param actual What the recognizer gave.
   * @param expected What the case expected.
   */
  constructor(message: string, actual: unknown, expected: unknown) {
    super(message)
    this.name = 'RecognizerTestError'
    this.actual = actual
    this.expected = expected
  }
}

const emptyOptions: RunRecognizerOptions = {}
const engineCodes = new Set(['recognizer/invalid-result', 'recognizer/invalid-finding'])

/**
 * Build every section of a Markdown snippet exactly as recognizers see them
 * in `parseRelease`: the part before the first heading first (it holds the
 * release title, and may be empty), then each section in document order.
 *
 * @param markdown Markdown (or plain text, with `format: 'text'` or `'auto'`).
 * @param options Parse options, lexicons and formats (optional; default: read as Markdown).
 * @returns Sections.
 * @throws {FactsheetError} `ERR_FACTSHEET_INVALID_INPUT`, `ERR_FACTSHEET_INVALID_OPTION` or `ERR_FACTSHEET_INVALID_META` on misuse, as `parseRelease`.
 * @example
 * ```ts
 * sectionsFrom('Intro.\n\n## One\n\nText.').map((section) => section.title) // [null, 'One']
 * ```
 */
export function sectionsFrom(markdown: string, options: RunRecognizerOptions = emptyOptions): Section[] {
  let sections: readonly Section[] = []
  const spy: AnyRecognizer = {
    name: 'factsheet-testing:sections',
    kind: 'meetings',
    match(_, context) {
      sections = context.sections
      return 0
    },
    extract: () => undefined
  }
  parseWith([spy], markdown, options)
  return [...sections]
}

/**
 * Build the first section of a Markdown snippet that has items, as
 * recognizers see it: usually the section of its first heading.
 *
 * @param markdown Markdown.
 * @param options Parse options, lexicons and formats (optional; default: read as Markdown).
 * @returns Section (an empty untitled section when the snippet has no text).
 * @throws {FactsheetError} On misuse, as `sectionsFrom`.
 * @example
 * ```ts
 * const section = sectionFrom('## In attendance\n\n- Jane Roe, Press Secretary')
 * section.title // 'In attendance'
 * section.items[0]?.text // 'Jane Roe, Press Secretary'
 * ```
 */
export function sectionFrom(markdown: string, options: RunRecognizerOptions = emptyOptions): Section {
  const sections = sectionsFrom(markdown, options)
  return sections.find((section) => section.items.length > 0) ?? sections[0] ?? {title: null, depth: 0, items: [], children: []}
}

/**
 * A recognizer context for hand-written tests of `match` and `extract`, with
 * the built-in lexicons (or extended ones). Diagnostics raised through
 * `report` are collected in `diagnostics`, with `place` `null`.
 *
 * @param name Recognizer name (the `source` of its diagnostics).
 * @param options Dates, kind, title, lexicons and sections the context reports (optional).
 * @returns The context, and the diagnostics it collects.
 * @example
 * ```ts
 * const {context, diagnostics} = contextFor('acme:in-attendance')
 * const section = sectionFrom('## In attendance\n\n- Jane Roe, Press Secretary')
 * attendees.match(section, context) // 1
 * ```
 */
export function contextFor(
  name: string,
  options: ContextForOptions = {}
): {
  /** The context to pass to `match` and `extract`. */
  context: RecognizeContext
  /** Diagnostics reported through `context.report`, in order. */
  diagnostics: Diagnostic[]
} {
  const diagnostics: Diagnostic[] = []
  const compiled = compileLexicons(mergeLexicons(options.lexicons))
  const sentences = new Map<SectionItem, SentenceAnalysis[]>()
  const items = new Map<SectionItem, SentenceAnalysis>()
  const published = options.published ?? null
  const referenceDate = options.referenceDate ?? null
  const reference = published ?? referenceDate
  const context: RecognizeContext = {
    lexicons: compiled.lexicons,
    published,
    referenceDate,
    kind: options.kind ?? 'other',
    title: options.title ?? null,
    compiled,
    sections: options.sections ?? [],
    text: (node) => node.text,
    country: (name) => lookupCountry(String(name), compiled.countries),
    place: (sentence) => findPlace(sentence.text, sentence.tokens, compiled),
    isOutcome: (sentence) => isProseOutcome(sentence),
    isLabel: (text) => isLabel(String(text)),
    sentences(node) {
      let cached = sentences.get(node)
      if (!cached) sentences.set(node, (cached = analyzeText(node.text, compiled, reference)))
      return cached
    },
    item(node) {
      let cached = items.get(node)
      if (!cached) items.set(node, (cached = analyzeItem(node.text, compiled, reference)))
      return cached
    },
    report(reason, reportOptions = {}) {
      diagnostics.push({code: reportOptions.code ?? 'recognizer/message', reason, severity: reportOptions.severity ?? 'warning', source: name, place: null})
    }
  }
  return {context, diagnostics}
}

/**
 * Run one recognizer over a Markdown snippet, alone: the snippet goes through
 * the same normalization and sectioning as in `parseRelease`, and the
 * recognizer gets the same context, but no other recognizer runs. Unlike in a
 * parse, an exception thrown by the recognizer is rethrown, so tests fail
 * loudly.
 *
 * @param recognizer Recognizer.
 * @param markdown Markdown.
 * @param options Parse options, lexicons and formats (optional; default: read as Markdown).
 * @returns Its findings as returned, the sections it matched, its diagnostics and the release.
 * @throws {unknown} Whatever the recognizer's `match` or `extract` throws.
 * @throws {FactsheetError} On misuse, as `sectionsFrom`.
 * @example
 * ```ts
 * const {findings} = runRecognizer(attendees, '## In attendance\n\n- Jane Roe, Press Secretary')
 * findings?.[0]?.name // 'Jane Roe'
 * ```
 */
export function runRecognizer<K extends keyof RecognizedKinds>(
  recognizer: Recognizer<K>,
  markdown: string,
  options: RunRecognizerOptions = emptyOptions
): RecognizerRun<K> {
  if (!recognizer || typeof recognizer !== 'object' || typeof recognizer.match !== 'function' || typeof recognizer.extract !== 'function') {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_RECOGNIZER', 'Cannot run recognizer: expected an object with `match` and `extract`, got `' + describeValue(recognizer) + '`')
  }
  const found: unknown[] = []
  const sections: Section[] = []
  let yielded = false
  let failure: {error: unknown} | undefined
  // Runs the recognizer under its own name, recording what it does; the
  // engine still validates its findings and reports through its context.
  const probe = {
    name: recognizer.name,
    kind: recognizer.kind,
    priority: recognizer.priority,
    match(section: Section, context: RecognizeContext) {
      try {
        const score = recognizer.match(section, context)
        if (Number(score) > 0) sections.push(section)
        return score
      } catch (error) {
        failure ??= {error}
        throw error
      }
    },
    extract(section: Section, context: RecognizeContext) {
      let result
      try {
        result = recognizer.extract(section, context)
      } catch (error) {
        failure ??= {error}
        throw error
      }
      if (Array.isArray(result)) {
        yielded = true
        found.push(...result)
      }
      return result
    }
  } as unknown as AnyRecognizer
  const release = parseWith([probe], markdown, options)
  if (failure) throw failure.error
  return {
    findings: yielded ? (found as RecognizedKinds[K]) : undefined,
    sections,
    diagnostics: release.diagnostics.filter((diagnostic) => diagnostic.source === recognizer.name),
    release
  }
}

/**
 * Test a recognizer, like ESLint's `RuleTester`: one `describe` named after
 * the recognizer, with one `it` per case. A valid case passes when the
 * recognizer runs without throwing, every finding is valid (the engine
 * rejects none), and the findings match `expected` in number and order, each
 * including the expected fields (and the expected diagnostics, when given).
 * An invalid case passes when the recognizer yields no findings.
 *
 * The test functions come from `api`, or else from the runner's globals
 * (vitest with `globals: true`, Jest, Mocha), so this module does not import
 * a test runner itself.
 *
 * @param recognizer Recognizer.
 * @param cases Valid and invalid cases.
 * @param api `describe` and `it` of the test runner (optional; default: the global ones).
 * @throws {FactsheetError} `ERR_FACTSHEET_INVALID_OPTION` when no `describe` and `it` are given or global; `ERR_FACTSHEET_INVALID_RECOGNIZER` when `recognizer` is not one.
 * @example
 * ```ts
 * import {describe, it} from 'vitest'
 * import {testRecognizer} from 'factsheet/testing'
 *
 * testRecognizer(attendees, {
 *   valid: [{input: '## In attendance\n\n- Jane Roe, Press Secretary', expected: [{name: 'Jane Roe', title: 'Press Secretary'}]}],
 *   invalid: ['## Background\n\nProse.']
 * }, {describe, it})
 * ```
 */
export function testRecognizer<K extends keyof RecognizedKinds>(recognizer: Recognizer<K>, cases: RecognizerCases<K>, api?: TestApi): void {
  const globals = globalThis as {describe?: unknown; it?: unknown}
  const runner = api ?? (typeof globals.describe === 'function' && typeof globals.it === 'function' ? (globals as TestApi) : undefined)
  if (!runner || typeof runner.describe !== 'function' || typeof runner.it !== 'function') {
    throw new FactsheetError(
      'ERR_FACTSHEET_INVALID_OPTION',
      'Cannot test recognizer: expected `{describe, it}` from a test runner (or its globals), got `' + describeValue(api) + '`'
    )
  }
  if (!recognizer || typeof recognizer !== 'object' || typeof recognizer.name !== 'string') {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_RECOGNIZER', 'Cannot test recognizer: expected a recognizer, got `' + describeValue(recognizer) + '`')
  }
  if (!cases || !Array.isArray(cases.valid) || !Array.isArray(cases.invalid)) {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot test recognizer `' + recognizer.name + '`: expected `{valid, invalid}` arrays, got `' + describeValue(cases) + '`')
  }
  runner.describe(recognizer.name, () => {
    for (const testCase of cases.valid) {
      runner.it(`valid: ${testCase.name ?? label(testCase.input)}`, () => checkValid(recognizer, testCase))
    }
    for (const entry of cases.invalid) {
      const testCase: InvalidCase = typeof entry === 'string' ? {input: entry} : entry
      runner.it(`invalid: ${testCase.name ?? label(testCase.input)}`, () => checkInvalid(recognizer, testCase))
    }
  })
}

/**
 * Check one valid case.
 *
 * @param recognizer Recognizer.
 * @param testCase Case.
 * @throws {RecognizerTestError} When the case fails.
 */
function checkValid<K extends keyof RecognizedKinds>(recognizer: Recognizer<K>, testCase: ValidCase<K>): void {
  const run = runRecognizer(recognizer, testCase.input, testCase.options)
  const rejected = run.diagnostics.filter((diagnostic) => engineCodes.has(diagnostic.code))
  if (rejected.length > 0) {
    throw new RecognizerTestError(`Recognizer \`${recognizer.name}\` returned invalid findings: ${rejected.map((diagnostic) => diagnostic.reason).join('; ')}`, rejected, [])
  }
  const found = (run.findings ?? []) as unknown[]
  const expected = testCase.expected as readonly unknown[]
  if (found.length !== expected.length || !expected.every((value, index) => includes(found[index], value))) {
    throw new RecognizerTestError(
      `Expected ${expected.length} finding(s) matching the case, got ${found.length}`,
      found.map((finding, index) => trim(finding, expected[index])),
      expected
    )
  }
  if (testCase.diagnostics) {
    const reported = run.diagnostics.filter((diagnostic) => !engineCodes.has(diagnostic.code))
    if (reported.length !== testCase.diagnostics.length || !testCase.diagnostics.every((value, index) => includes(reported[index], value))) {
      throw new RecognizerTestError(
        `Expected ${testCase.diagnostics.length} diagnostic(s) matching the case, got ${reported.length}`,
        reported.map((diagnostic, index) => trim(diagnostic, testCase.diagnostics?.[index])),
        testCase.diagnostics
      )
    }
  }
}

/**
 * Check one invalid case.
 *
 * @param recognizer Recognizer.
 * @param testCase Case.
 * @throws {RecognizerTestError} When the recognizer found something.
 */
function checkInvalid<K extends keyof RecognizedKinds>(recognizer: Recognizer<K>, testCase: InvalidCase): void {
  const found = (runRecognizer(recognizer, testCase.input, testCase.options).findings ?? []) as unknown[]
  if (found.length > 0) {
    throw new RecognizerTestError(`Expected no findings, got ${found.length}`, found.map((finding) => trim(finding, undefined)), [])
  }
}

/**
 * Parse a snippet with the given recognizers only.
 *
 * @param recognizers Recognizers.
 * @param markdown Snippet.
 * @param options Options.
 * @returns Release.
 */
function parseWith(recognizers: readonly AnyRecognizer[], markdown: string, options: RunRecognizerOptions): Release {
  const {lexicons, formats, ...parseOptions} = options ?? emptyOptions
  const parser = createParser({recognizers, ...(lexicons ? {lexicons} : {}), ...(formats ? {formats} : {})})
  return parser.parse(markdown, {format: 'markdown', ...parseOptions})
}

/**
 * Whether `actual` includes `expected`: equal primitives, arrays of the same
 * length whose elements include each other, or objects whose every expected
 * field is included.
 *
 * @param actual Actual value.
 * @param expected Expected value.
 * @returns Whether it does.
 */
function includes(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((value, index) => includes(actual[index], value))
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return false
    return Object.entries(expected).every(([key, value]) => includes((actual as Record<string, unknown>)[key], value))
  }
  return Object.is(actual, expected)
}

/**
 * A finding as shown in a diff: without `node`, and with only the fields the
 * case expects, when it expects an object.
 *
 * @param actual Finding.
 * @param expected Expected fields.
 * @returns View.
 */
function trim(actual: unknown, expected: unknown): unknown {
  if (!actual || typeof actual !== 'object') return actual
  const rest: Record<string, unknown> = {...(actual as Record<string, unknown>)}
  delete rest['node']
  if (!expected || typeof expected !== 'object') return rest
  return Object.fromEntries(Object.keys(expected).map((key) => [key, rest[key]]))
}

/**
 * A short test name from a snippet: its first line, at most 60 characters.
 *
 * @param input Snippet.
 * @returns Name.
 */
function label(input: string): string {
  const line = String(input).split('\n').find((value) => value.trim() !== '') ?? ''
  return line.length > 60 ? line.slice(0, 59) + '…' : line
}
