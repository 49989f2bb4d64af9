import type {SentenceAnalysis} from '../extract/analyze.js'
import {defineRecognizer} from '../recognize/define.js'
import type {OutcomeFinding, RecognizeContext, Section, SectionItem} from '../recognize/types.js'
import {isBackground} from './shared.js'

/**
 * Whether a list is read item by item (bullets, short numbered items) rather
 * than as numbered paragraphs (ministry releases).
 *
 * @param node Item.
 * @param context Context.
 * @returns Whether it is a list item outcome candidate.
 */
export function isListItem(node: SectionItem, context: RecognizeContext): boolean {
  if (node.type !== 'item') return false
  if (!node.ordered) return true
  // Numbered paragraphs of several sentences, or of one sentence with its own subject, are paragraphs.
  const sentences = context.sentences(node)
  if (sentences.length > 1 || node.text.length >= 400) return false
  const subject = sentences[0]?.subject
  return !(subject === 'person' || subject === 'party' || subject === 'pronoun' || subject === 'meeting')
}

/**
 * Whether a text ends with `.`, `;`, `!` or `?` (`/[.;!?]$/`, without scanning the text).
 *
 * @param text Text.
 * @returns Whether it does.
 */
function endsSentence(text: string): boolean {
  const code = text.charCodeAt(text.length - 1)
  return code === 46 || code === 59 || code === 33 || code === 63
}

/**
 * Subject text of an analyzed sentence, for actor resolution.
 *
 * @param sentence Analysis.
 * @returns Subject text.
 */
export function subjectText(sentence: SentenceAnalysis): string | undefined {
  if (!sentence.verb) return undefined
  const from = sentence.tokens[sentence.clause]?.start
  const to = sentence.tokens[sentence.verb.index]?.start
  if (from === undefined || to === undefined || to <= from) return undefined
  return sentence.text.slice(from, to).trim()
}

/**
 * Outcome finding from an analysis.
 *
 * @param sentence Analysis.
 * @param node Item.
 * @param range Span.
 * @returns Finding.
 */
function finding(sentence: SentenceAnalysis, node: SectionItem, range: readonly [number, number]): OutcomeFinding {
  const verb = sentence.verb
  return {
    node,
    range,
    verb: verb ? verb.verb : null,
    verbs: verb ? verb.verbs : [],
    modality: verb?.modality ?? 'done',
    modifiers: verb?.modifiers ?? [],
    subject: subjectText(sentence)
  }
}

/**
 * Built-in recognizer of list-item outcomes: every bullet (and short numbered
 * item) is one outcome, with its first main verb; Title Case labels, bold
 * sub-headings and lead-ins ending in a colon are not.
 */
export const listItemRecognizer = defineRecognizer({
  name: 'factsheet:list-items',
  kind: 'outcomes',
  priority: 10,
  match: (section, context) => (section.items.some((node) => isListItem(node, context)) ? 0.9 : 0),
  extract(section, context) {
    const findings: OutcomeFinding[] = []
    for (const node of section.items) {
      if (!isListItem(node, context)) continue
      const text = node.text
      if (node.strong && node.sublist) continue
      if (text.endsWith(':')) continue
      const sentence = context.item(node)
      // Title Case labels ("Building Back Together") name things; they report nothing.
      if (!endsSentence(text) && context.isLabel(text)) continue
      if (sentence.quotation) continue
      findings.push(finding(sentence, node, [0, text.length]))
    }
    return findings
  }
})

/**
 * Built-in recognizer of prose outcomes: each sentence whose subject is a
 * person, party, delegation or the meeting and that reports what they did or
 * declared. Not outcomes: sentences that only establish the meeting, states
 * ("are united"), background, quotations, treaty preambles and list lead-ins.
 */
export const sentenceRecognizer = defineRecognizer({
  name: 'factsheet:sentences',
  kind: 'outcomes',
  priority: 0,
  match: (section) => (section.items.some((node) => node.type === 'paragraph' || node.type === 'item') ? 0.5 : 0),
  extract(section: Section, context) {
    const findings: OutcomeFinding[] = []
    for (const node of section.items) {
      if (node.type !== 'paragraph' && node.type !== 'item') continue
      // Bullets are read whole by the list recognizer, labels included.
      if (isListItem(node, context)) continue
      for (const sentence of context.sentences(node)) {
        // Bare lead-ins ("We affirm that:") introduce a list; they report nothing themselves.
        if (sentence.text.endsWith(':') && (/\b(?:that|to|follows|following|below)\s*:$/i.test(sentence.text) || sentence.tokens.length <= 8)) continue
        if (isBackground(sentence, context)) continue
        if (!context.isOutcome(sentence)) {
          // A gerund paragraph among bullets is one more item ("Exploring collaborations on ...").
          const listy = section.items.some((other) => other.type === 'item')
          // (Preamble clauses end with ";" or ",": "Recognizing the threat ...;".)
          if (listy && sentence.start === 0 && /^\p{Lu}\p{Ll}+ing\b/u.test(sentence.text) && sentence.text.endsWith('.') && context.sentences(node).length === 1) {
            const asItem = context.item(node)
            if (asItem.verb?.index === 0) findings.push(finding(asItem, node, [0, node.text.length]))
          }
          continue
        }
        findings.push(finding(sentence, node, [sentence.start, sentence.end]))
      }
    }
    return findings
  }
})
