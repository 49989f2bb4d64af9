import type {SentenceAnalysis} from '../extract/analyze.js'
import type {RecognizeContext} from '../recognize/types.js'

/**
 * Whether a dated sentence is background: it names a month without a day, or
 * a date more than a week before the publication date.
 *
 * @param sentence Analysis.
 * @param context Context.
 * @returns Whether it is background.
 */
export function isBackground(sentence: SentenceAnalysis, context: RecognizeContext): boolean {
  const reference = context.published ?? context.referenceDate
  // Plans are not background, whatever dates they cite ("will modify the duty of April 2").
  if (sentence.verb && sentence.verb.modality !== 'done') return false
  let old = false
  for (const date of sentence.dates) {
    if (date.kind === 'relative') return false
    if (date.date && reference && daysBetween(date.date, reference) <= 7) return false
    // A date inside a participial modifier dates something else ("the Dialogue, initiated on June 11, 2020").
    if (inModifier(sentence, date.start)) continue
    // "Building on the Dialogue held in October 2023, the co-chairs ...": context for a present action.
    const clauseAt = sentence.tokens[sentence.clause]?.start ?? 0
    if (sentence.clause > 0 && date.start < clauseAt && /^\p{Lu}\p{Ll}+ing$/u.test(sentence.tokens[0]?.text ?? '')) continue
    if (date.kind === 'month' || (date.date && reference && daysBetween(date.date, reference) > 7)) old = true
  }
  return old
}

const meetingNoun = /\b(?:meeting|dialogue|summit|talks|consultations|conference|session|call|visit|ceremony|gathering|ministerial)\b/i

/**
 * Whether a text index falls inside a ", <participle> ..." modifier after the verb.
 *
 * @param sentence Analysis.
 * @param at Text index.
 * @returns Whether it does.
 */
export function inModifier(sentence: SentenceAnalysis, at: number): boolean {
  if (!sentence.verb) return false
  const {tokens} = sentence
  // "the Joint Declaration of December 22, 2020": a date in a name.
  // `/\b(?:of|dated)\s*$/` on the text before: `\s` and `trimEnd` strip the same characters,
  // and the end-anchored pattern scanned the whole prefix.
  const before = sentence.text.slice(0, at).trimEnd()
  if (endsWithWord(before, 'of') || endsWithWord(before, 'dated')) return true
  for (let index = sentence.verb.index + 1; index < tokens.length - 1; index++) {
    const token = tokens[index]
    if (!token || token.start >= at) break
    if (token.text === ',' && /^[a-z]+ed$/.test(tokens[index + 1]?.text ?? '')) return true
    // "the dialogue on human rights held in September 2021": a participle after a noun.
    if (participles.has(token.text) && !sentence.verb.verbs.includes(token.text)) return true
  }
  return false
}

const participles = new Set(['held', 'signed', 'launched', 'established', 'adopted', 'hosted', 'convened', 'organized', 'organised', 'concluded', 'agreed', 'issued'])

/**
 * Whether a text ends with a word, with a word boundary (`\b`, ASCII) before it.
 *
 * @param text Text.
 * @param word Word (ASCII letters).
 * @returns Whether it does.
 */
function endsWithWord(text: string, word: string): boolean {
  if (!text.endsWith(word)) return false
  const code = text.charCodeAt(text.length - word.length - 1)
  return !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95)
}

/**
 * Whole days from `a` to `b` (ISO dates).
 *
 * @param a Earlier date.
 * @param b Later date.
 * @returns Days.
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 86_400_000)
}

/**
 * Whether a sentence establishes a meeting (met, held, spoke, visited, signed
 * today, took place), and is not background.
 *
 * @param sentence Analysis.
 * @param context Context.
 * @returns Whether it does.
 */
export function isMeetingSentence(sentence: SentenceAnalysis, context: RecognizeContext): boolean {
  // The signature formula of treaty-style texts: "Signed in Tallinn on 9 September 2025", "Done at Rabat on ...".
  // The prefix test first: the pattern runs (and compiles) only for the treaty formula's sentences.
  const formula = (sentence.text.startsWith('Signed') || sentence.text.startsWith('Done')) && /^(?:Signed|Done)\s+(?:at|in)\s+\p{Lu}/u.test(sentence.text)
  if (formula && sentence.dates.some((date) => date.date)) return true
  if (!sentence.verb || sentence.quotation || isBackground(sentence, context)) return false
  // "may be conducted in China": a possibility, not this meeting.
  if (sentence.meets) return sentence.verb.modality !== 'intent'
  // "discussed ... at the annual strategic dialogue on April 26": a dated meeting noun.
  const reference = context.published ?? context.referenceDate
  if (
    (sentence.subject === 'party' || sentence.subject === 'person' || sentence.subject === 'pronoun') &&
    sentence.verb.modality === 'done' &&
    // The dates first: most sentences have none, and the pattern then never compiles (~0.1 ms cold).
    sentence.dates.some((date) => date.date && date.kind !== 'month' && (!reference || daysBetween(date.date, reference) >= 0)) &&
    meetingNoun.test(sentence.text)
  ) {
    return true
  }
  const base = sentence.verb.base
  // Signings are events too: "signed the Treaty ... today".
  if (base === 'sign' && sentence.verb.modality !== 'future' && (sentence.subject === 'party' || sentence.subject === 'person')) return true
  if ((base === 'take' || base === 'hold') && sentence.subject === 'meeting') return true
  return false
}
