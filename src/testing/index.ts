import {analyzeItem, analyzeText, compileLexicons, type SentenceAnalysis} from '../extract/analyze.js'
import {defaultLexicons} from '../lexicons/index.js'
import type {ReleaseKind} from '../models/types.js'
import {identityMap} from '../normalize/offsets.js'
import type {Diagnostic} from '../models/types.js'
import type {RecognizeContext, RecognizedKinds, Recognizer, Section, SectionItem} from '../recognize/types.js'
import {toBlocks} from '../tree/blocks.js'
import {parseMarkdown} from '../tree/processor.js'
import {sectionize} from '../tree/sections.js'

/** Options of `sectionFrom` and `contextFor`. */
export interface SectionFromOptions {
  /** Publication date for "today" (optional). */
  published?: string | undefined
  /** Release kind the context reports (default: `other`). */
  kind?: ReleaseKind | undefined
  /** Release title (optional). */
  title?: string | undefined
}

const compiled = compileLexicons(defaultLexicons)

/**
 * Build the first section of a Markdown snippet, as recognizers see it: the
 * first heading's section, or the part before any heading.
 *
 * @param markdown Markdown.
 * @returns Section.
 * @example
 * ```ts
 * const section = sectionFrom('## In attendance\n\n- Jane Roe, Press Secretary')
 * section.title // 'In attendance'
 * ```
 */
export function sectionFrom(markdown: string): Section {
  return sectionsFrom(markdown)[0] ?? {title: null, depth: 0, items: [], children: []}
}

/**
 * Build every section of a Markdown snippet, in document order (the part
 * before the first heading first, when it has items).
 *
 * @param markdown Markdown.
 * @returns Sections.
 * @example
 * ```ts
 * sectionsFrom('Intro.\n\n## One\n\nText.').map((section) => section.title) // [null, 'One']
 * ```
 */
export function sectionsFrom(markdown: string): Section[] {
  const {blocks} = toBlocks(parseMarkdown(markdown), markdown, identityMap)
  const {root, all} = sectionize(blocks)
  return root.items.length > 0 ? [root, ...all] : all
}

/**
 * A recognizer context for tests, with the built-in lexicons. Diagnostics
 * raised through `report` are collected in `diagnostics`.
 *
 * @param name Recognizer name (the `source` of its diagnostics).
 * @param options Options (optional).
 * @returns Context and the diagnostics it collects.
 * @example
 * ```ts
 * const {context, diagnostics} = contextFor('acme:test')
 * ```
 */
export function contextFor(
  name: string,
  options: SectionFromOptions = {}
): {
  /** Context to pass to a recognizer's `match` and `extract`. */
  context: RecognizeContext;
  /** Diagnostics raised through `context.report`, in order. */
  diagnostics: Diagnostic[]
} {
  const diagnostics: Diagnostic[] = []
  const sentences = new Map<SectionItem, SentenceAnalysis[]>()
  const items = new Map<SectionItem, SentenceAnalysis>()
  const published = options.published ?? null
  const context: RecognizeContext = {
    lexicons: defaultLexicons,
    published,
    referenceDate: null,
    kind: options.kind ?? 'other',
    title: options.title ?? null,
    compiled,
    sections: [],
    text: (node) => node.text,
    sentences(node) {
      let cached = sentences.get(node)
      if (!cached) sentences.set(node, (cached = analyzeText(node.text, compiled, published)))
      return cached
    },
    item(node) {
      let cached = items.get(node)
      if (!cached) items.set(node, (cached = analyzeItem(node.text, compiled, published)))
      return cached
    },
    report(reason, reportOptions = {}) {
      diagnostics.push({code: reportOptions.code ?? 'recognizer/message', reason, severity: reportOptions.severity ?? 'warning', source: name, place: null})
    }
  }
  return {context, diagnostics}
}

/** Strip `node` and `range` from findings, for comparison. */
type Plain<T> = T extends {node: unknown} ? Omit<T, 'node' | 'range'> : T

/** Cases for `testRecognizer`. */
export interface RecognizerCases<K extends keyof RecognizedKinds> {
  /** Markdown the recognizer must match, with the findings expected (a subset of each finding's fields is compared). */
  valid: ReadonlyArray<{
    /** Markdown snippet. */
    input: string;
    /** Findings expected, in order; only the fields given are compared (`node` and `range` never are). */
    expected: ReadonlyArray<Partial<Plain<RecognizedKinds[K][number]>>>;
    /** Publication date for "today" (optional). */
    published?: string
  }>
  /** Markdown the recognizer must not match, or must pass on. */
  invalid: readonly string[]
}

/**
 * Run a recognizer on one Markdown snippet, without the rest of the pipeline.
 *
 * @param recognizer Recognizer.
 * @param markdown Markdown.
 * @param options Options (optional).
 * @returns Findings (or `undefined` when it did not match or passed).
 * @example
 * ```ts
 * runRecognizer(attendees, '## In attendance\n\n- Jane Roe, Press Secretary')
 * ```
 */
export function runRecognizer<K extends keyof RecognizedKinds>(recognizer: Recognizer<K>, markdown: string, options: SectionFromOptions = {}): RecognizedKinds[K] | undefined {
  const {context} = contextFor(recognizer.name, options)
  const found: Array<RecognizedKinds[K][number]> = []
  let matched = false
  for (const section of sectionsFrom(markdown)) {
    if (!(recognizer.match(section, context) > 0)) continue
    const result = recognizer.extract(section, context)
    if (result === undefined) continue
    matched = true
    found.push(...(result as Array<RecognizedKinds[K][number]>))
  }
  return matched ? (found as RecognizedKinds[K]) : undefined
}

/**
 * Test a recognizer with vitest, like ESLint's `RuleTester`: one `it` per
 * case inside a `describe` named after the recognizer. Valid cases must yield
 * findings whose fields include the expected ones, in order; invalid cases
 * must yield nothing.
 *
 * @param recognizer Recognizer.
 * @param cases Valid and invalid cases.
 * @returns A promise that settles once the tests are registered.
 * @example
 * ```ts
 * testRecognizer(attendees, {
 *   valid: [{input: '## In attendance\n\n- Jane Roe, Press Secretary', expected: [{name: 'Jane Roe', title: 'Press Secretary'}]}],
 *   invalid: ['## Background\n\nProse.']
 * })
 * ```
 */
export async function testRecognizer<K extends keyof RecognizedKinds>(recognizer: Recognizer<K>, cases: RecognizerCases<K>): Promise<void> {
  const {describe, expect, it} = await import('vitest')
  describe(recognizer.name, () => {
    for (const [index, testCase] of cases.valid.entries()) {
      it(`valid #${index + 1}`, () => {
        const found = runRecognizer(recognizer, testCase.input, testCase.published ? {published: testCase.published} : {}) ?? []
        expect(found.length).toBe(testCase.expected.length)
        testCase.expected.forEach((expected, position) => {
          expect(found[position]).toMatchObject(expected as object)
        })
      })
    }
    for (const [index, input] of cases.invalid.entries()) {
      it(`invalid #${index + 1}`, () => {
        const found = runRecognizer(recognizer, input)
        expect(found === undefined || found.length === 0).toBe(true)
      })
    }
  })
}
