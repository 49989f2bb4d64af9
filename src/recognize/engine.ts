import {describeError} from '../diagnostics/error.js'
import type {Diagnostic, Severity} from '../models/types.js'
import type {
  AnyRecognizer,
  FindingSource,
  RecognizeContext,
  RecognizedKinds,
  ReportOptions,
  Section,
  SectionItem
} from './types.js'

/** A finding with the name of the recognizer that made it. */
export type Attributed<T> = T & {readonly recognizer: string}

/** Findings of one run, by kind. */
export interface EngineResult {
  participants: Array<Attributed<RecognizedKinds['participants'][number]>>
  outcomes: Array<Attributed<RecognizedKinds['outcomes'][number]>>
  meetings: Array<Attributed<RecognizedKinds['meetings'][number]>>
}

/** Reports a diagnostic raised inside the engine. */
export type EngineReport = (diagnostic: {
  code: string
  reason: string
  severity: Severity
  source: string
  node?: SectionItem | undefined
  range?: readonly [number, number] | undefined
}) => void

const order: ReadonlyArray<keyof RecognizedKinds> = ['meetings', 'participants', 'outcomes']

/**
 * Sort recognizers by priority (higher first), keeping array order for ties.
 *
 * @param recognizers Recognizers.
 * @returns Sorted copy.
 */
export function sortRecognizers(recognizers: readonly AnyRecognizer[]): AnyRecognizer[] {
  return recognizers
    .map((recognizer, index) => ({recognizer, index}))
    .sort((a, b) => (b.recognizer.priority ?? 0) - (a.recognizer.priority ?? 0) || a.index - b.index)
    .map(({recognizer}) => recognizer)
}

/**
 * Run recognizers over every section. For each kind, recognizers run in
 * priority order; an item claimed by a finding of a higher recognizer is not
 * claimed again for that kind. A recognizer that throws or returns junk is
 * isolated: its failure becomes a diagnostic naming it, and the rest run.
 *
 * @param sections Sections, in document order.
 * @param recognizers Recognizers, sorted.
 * @param createContext Makes the context of one recognizer.
 * @param items Every item of the release (findings must point at one).
 * @param report Reports engine diagnostics.
 * @returns Findings.
 */
export function runRecognizers(
  sections: readonly Section[],
  recognizers: readonly AnyRecognizer[],
  createContext: (name: string) => RecognizeContext,
  items: ReadonlySet<SectionItem>,
  report: EngineReport
): EngineResult {
  const result: EngineResult = {participants: [], outcomes: [], meetings: []}
  const contexts = new Map<string, RecognizeContext>()
  // Keyed by object, not name: a throwing recognizer must not disable another of the same name.
  const disabled = new Set<AnyRecognizer>()
  // Invalid results and findings are counted and reported once per recognizer, not once per section.
  const problems = new Map<AnyRecognizer, {results: number; findings: number; first: string | undefined}>()
  const problemsOf = (recognizer: AnyRecognizer) => {
    let value = problems.get(recognizer)
    if (!value) {
      value = {results: 0, findings: 0, first: undefined}
      problems.set(recognizer, value)
    }
    return value
  }
  const contextOf = (name: string) => {
    let context = contexts.get(name)
    if (!context) {
      context = guardReport(createContext(name), items)
      contexts.set(name, context)
    }
    return context
  }

  for (const kind of order) {
    // Outcome items claimed by a higher recognizer (in any section so far); a
    // recognizer may still return several findings for an item it claims.
    const claimed = new Set<SectionItem>()
    const forKind = recognizers.filter((recognizer) => recognizer.kind === kind)
    for (const section of sections) {
      for (const recognizer of forKind) {
        if (disabled.has(recognizer)) continue
        const context = contextOf(recognizer.name)
        let score: number
        let findings: unknown
        try {
          score = Number(recognizer.match(section, context))
          if (!(score > 0)) continue
          findings = recognizer.extract(section, context)
        } catch (error) {
          disabled.add(recognizer)
          report({
            code: 'recognizer/failed',
            reason: `Recognizer \`${recognizer.name}\` threw and was skipped for the rest of the release: ${describeError(error)}`,
            severity: 'error',
            source: recognizer.name
          })
          continue
        }
        if (findings === undefined) continue
        if (!Array.isArray(findings)) {
          problemsOf(recognizer).results++
          continue
        }
        const accepted: Array<FindingSource & {recognizer: string}> = []
        for (const finding of findings as unknown[]) {
          let checked: FindingSource | string
          try {
            checked = validate(kind, finding, items)
          } catch (error) {
            checked = 'reading it threw: ' + messageOf(error)
          }
          if (typeof checked === 'string') {
            const problem = problemsOf(recognizer)
            problem.findings++
            problem.first ??= checked
            continue
          }
          if (kind === 'outcomes' && claimed.has(checked.node)) continue
          // `validate` made a fresh copy: name it in place rather than copy it again.
          const attributed = checked as FindingSource & {recognizer: string}
          attributed.recognizer = recognizer.name
          accepted.push(attributed)
        }
        for (const finding of accepted) {
          if (kind === 'outcomes') claimed.add(finding.node)
          ;(result[kind] as unknown[]).push(finding)
        }
      }
    }
  }

  for (const [recognizer, problem] of problems) {
    if (problem.results > 0) {
      report({
        code: 'recognizer/invalid-result',
        reason: `Recognizer \`${recognizer.name}\` returned something other than an array (${problem.results} time(s)); its results were ignored`,
        severity: 'error',
        source: recognizer.name
      })
    }
    if (problem.findings > 0) {
      report({
        code: 'recognizer/invalid-finding',
        reason: `Recognizer \`${recognizer.name}\` returned ${problem.findings} invalid finding(s); they were ignored (first: ${problem.first ?? 'unknown'})`,
        severity: 'warning',
        source: recognizer.name
      })
    }
  }
  return result
}

/**
 * The message of a thrown value, without ever throwing itself (a thrown
 * `Object.create(null)` cannot become a string).
 *
 * @param error Thrown value.
 * @returns Message, at most 300 characters.
 */
function messageOf(error: unknown): string {
  try {
    return String(error instanceof Error ? error.message : error).slice(0, 300)
  } catch {
    return 'a value that cannot be shown'
  }
}

const severities = new Set(['info', 'warning', 'error'])

/**
 * Wrap a context so that `report` never turns a recognizer's bad options into
 * a malformed diagnostic: an unknown severity becomes `warning`, a node that
 * is not in the release or a range outside it is dropped.
 *
 * @param context Context.
 * @param items Every item of the release.
 * @returns Context.
 */
function guardReport(context: RecognizeContext, items: ReadonlySet<SectionItem>): RecognizeContext {
  return {
    ...context,
    report(reason, options) {
      const given: ReportOptions = options && typeof options === 'object' ? options : {}
      const safe: ReportOptions = {}
      if (typeof given.code === 'string') safe.code = given.code
      safe.severity = severities.has(given.severity as string) ? given.severity : 'warning'
      if (given.node && items.has(given.node)) {
        safe.node = given.node
        if (given.range !== undefined && validRange(given.range, given.node)) safe.range = given.range
      }
      context.report(typeof reason === 'string' ? reason : messageOf(reason), safe)
    }
  }
}

/**
 * Whether a range is a pair of whole numbers inside an item's text.
 *
 * @param range Range.
 * @param node Item.
 * @returns Whether it is.
 */
function validRange(range: unknown, node: SectionItem): boolean {
  if (!Array.isArray(range) || range.length !== 2) return false
  const [start, end] = range as unknown[]
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) >= (start as number) && (end as number) <= node.text.length
}

const roles = new Set(['chair', 'co-chair', 'host', 'attendee', 'mentioned'])
const modalities = new Set(['done', 'future', 'intent', 'negated'])
const modes = new Set(['in-person', 'call', 'virtual'])
const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Field checks per kind: each returns whether the value is acceptable. */
const fields: Record<keyof RecognizedKinds, Record<string, (value: unknown) => boolean>> = {
  participants: {
    name: (value) => typeof value === 'string' && value.trim() !== '',
    title: optional(isString),
    country: optional(isString),
    rank: optional(isString),
    role: optional((value) => roles.has(value as string)),
    meeting: optional(isString)
  },
  outcomes: {
    text: optional(isString),
    verb: nullable(isString),
    verbs: optional(isStrings),
    modality: optional((value) => modalities.has(value as string)),
    modifiers: optional(isStrings),
    section: nullable(isString),
    subject: optional(isString)
  },
  meetings: {
    name: (value) => typeof value === 'string' && value.trim() !== '',
    acronym: nullable(isString),
    ordinal: nullable((value) => Number.isInteger(value)),
    date: nullable((value) => typeof value === 'string' && isoDate.test(value)),
    endDate: nullable((value) => typeof value === 'string' && isoDate.test(value)),
    mode: nullable((value) => modes.has(value as string)),
    location: nullable(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        isString((value as Record<string, unknown>)['name']) &&
        ['venue', 'city', 'country'].every((key) => nullable(isString)((value as Record<string, unknown>)[key]))
    ),
    session: optional((value) => typeof value === 'boolean')
  }
}

/** `fields` as lists, made once (validation runs for every finding). */
const fieldChecks = Object.fromEntries(Object.entries(fields).map(([kind, checks]) => [kind, Object.entries(checks)])) as unknown as Record<
  keyof RecognizedKinds,
  ReadonlyArray<readonly [string, (value: unknown) => boolean]>
>

/**
 * Check a finding's shape.
 *
 * @param kind Kind.
 * @param finding Finding.
 * @param items Known items.
 * @returns A copy of the finding, if valid, or what is wrong with it.
 */
function validate(kind: keyof RecognizedKinds, finding: unknown, items: ReadonlySet<SectionItem>): FindingSource | string {
  if (!finding || typeof finding !== 'object') return 'not an object'
  // Copy once, so getters run here (inside the caller's try) and never again.
  const value: Record<string, unknown> = {...(finding as Record<string, unknown>)}
  const node = value['node'] as SectionItem | undefined
  if (!node || !items.has(node)) return '`node` is not an item of this release'
  if (value['range'] !== undefined && !validRange(value['range'], node)) return '`range` is not `[start, end]` inside the item\'s text'
  for (const [key, check] of fieldChecks[kind]) {
    if (!check(value[key])) return `\`${key}\` has the wrong type or value`
  }
  return value as unknown as FindingSource
}

/**
 * Whether a value is a string.
 *
 * @param value Value.
 * @returns Whether it is.
 */
function isString(value: unknown): boolean {
  return typeof value === 'string'
}

/**
 * Whether a value is an array of strings.
 *
 * @param value Value.
 * @returns Whether it is.
 */
function isStrings(value: unknown): boolean {
  return Array.isArray(value) && value.every(isString)
}

/**
 * Accept `undefined` besides what `check` accepts.
 *
 * @param check Check.
 * @returns Check.
 */
function optional(check: (value: unknown) => boolean): (value: unknown) => boolean {
  return (value) => value === undefined || check(value)
}

/**
 * Accept `undefined` and `null` besides what `check` accepts.
 *
 * @param check Check.
 * @returns Check.
 */
function nullable(check: (value: unknown) => boolean): (value: unknown) => boolean {
  return (value) => value === undefined || value === null || check(value)
}

/** Turn a diagnostic into the output shape (helper for the parser). */
export type DiagnosticSink = (diagnostic: Diagnostic) => void
