import {describeError} from '../diagnostics/error.js'
import type {Diagnostic, Severity} from '../models/types.js'
import type {
  AnyRecognizer,
  FindingSource,
  RecognizeContext,
  RecognizedKinds,
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
  const disabled = new Set<string>()
  const contextOf = (name: string) => {
    let context = contexts.get(name)
    if (!context) {
      context = createContext(name)
      contexts.set(name, context)
    }
    return context
  }

  for (const kind of order) {
    const claimed = new Set<SectionItem>()
    const forKind = recognizers.filter((recognizer) => recognizer.kind === kind)
    for (const section of sections) {
      const claimedHere = new Set<SectionItem>()
      for (const recognizer of forKind) {
        if (disabled.has(recognizer.name)) continue
        const context = contextOf(recognizer.name)
        let score: number
        let findings: unknown
        try {
          score = Number(recognizer.match(section, context))
          if (!(score > 0)) continue
          findings = recognizer.extract(section, context)
        } catch (error) {
          disabled.add(recognizer.name)
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
          report({
            code: 'recognizer/invalid-result',
            reason: `Recognizer \`${recognizer.name}\` returned something other than an array; its result was ignored`,
            severity: 'error',
            source: recognizer.name
          })
          continue
        }
        const accepted: Array<FindingSource & {recognizer: string}> = []
        let rejected = 0
        for (const finding of findings as unknown[]) {
          const valid = validate(kind, finding, items)
          if (!valid) {
            rejected++
            continue
          }
          if (claimed.has(valid.node) && !claimedHere.has(valid.node) && kind === 'outcomes') continue
          accepted.push({...(finding as object), recognizer: recognizer.name} as FindingSource & {recognizer: string})
        }
        if (rejected > 0) {
          report({
            code: 'recognizer/invalid-finding',
            reason: `Recognizer \`${recognizer.name}\` returned ${rejected} finding(s) without a valid \`node\` or required fields; they were ignored`,
            severity: 'warning',
            source: recognizer.name
          })
        }
        for (const finding of accepted) {
          claimedHere.add(finding.node)
          ;(result[kind] as unknown[]).push(finding)
        }
      }
      for (const item of claimedHere) claimed.add(item)
    }
  }
  return result
}

/**
 * Check a finding's shape.
 *
 * @param kind Kind.
 * @param finding Finding.
 * @param items Known items.
 * @returns The finding, if valid.
 */
function validate(kind: keyof RecognizedKinds, finding: unknown, items: ReadonlySet<SectionItem>): FindingSource | undefined {
  if (!finding || typeof finding !== 'object') return undefined
  const value = finding as Record<string, unknown>
  const node = value['node'] as SectionItem | undefined
  if (!node || !items.has(node)) return undefined
  const range = value['range']
  if (range !== undefined) {
    if (!Array.isArray(range) || range.length !== 2) return undefined
    const [start, end] = range as unknown[]
    if (typeof start !== 'number' || typeof end !== 'number' || !(start >= 0) || !(end >= start) || end > node.text.length) {
      return undefined
    }
  }
  if (kind === 'participants' && (typeof value['name'] !== 'string' || (value['name'] as string).trim() === '')) return undefined
  if (kind === 'meetings' && typeof value['name'] !== 'string') return undefined
  if (kind === 'outcomes' && value['text'] !== undefined && typeof value['text'] !== 'string') return undefined
  return value as unknown as FindingSource
}

/** Turn a diagnostic into the output shape (helper for the parser). */
export type DiagnosticSink = (diagnostic: Diagnostic) => void
