import type {SentenceAnalysis} from '../extract/analyze.js'
import {defineRecognizer} from '../recognize/define.js'
import type {MeetingFinding, RecognizeContext, SectionItem} from '../recognize/types.js'
import {inModifier, isMeetingSentence} from './shared.js'

// A set, not `/^(?:Meeting|…)$/`: it is asked about every token of a meeting sentence.
const meetingHeads: ReadonlySet<string> = new Set([
  'Meeting', 'Meetings', 'Dialogue', 'Summit', 'Talks', 'Consultations', 'Group', 'Committee', 'Commission', 'Conference', 'Forum',
  'Session', 'Council', 'Ministerial', 'Round', 'Visit', 'Call', 'Conversation', 'Exchange', 'Retreat', 'Consultation'
])
// Null prototype: looked up with words of the input (`constructor`).
const ordinals: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, inaugural: 1
})

/**
 * Whether a token starts with an upper-case letter (`/^\p{Lu}/u`, by code unit
 * for ASCII: the regex costs 0.1 ms to compile in the cold first parse).
 *
 * @param token Token text.
 * @returns Whether it does.
 */
function startsUpper(token: string): boolean {
  const code = token.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(token)
}

/**
 * Whether a token starts with an upper-case letter or a digit (`/^[\p{Lu}\d]/u`,
 * by code unit for ASCII).
 *
 * @param token Token text.
 * @returns Whether it does.
 */
function startsUpperOrDigit(token: string): boolean {
  const code = token.charCodeAt(0)
  return (code >= 48 && code <= 57) || startsUpper(token)
}

/**
 * Whether a token reads as an acronym: 2-10 capitals, digits, `+`, `&`, `-`
 * (`/^[\p{Lu}\d+&-]{2,10}$/u`, by code unit for ASCII: the regex costs 0.1 ms
 * to compile in the cold first parse).
 *
 * @param token Token text.
 * @returns Whether it does.
 */
function isAcronym(token: string): boolean {
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index)
    if (code >= 128) return /^[\p{Lu}\d+&-]{2,10}$/u.test(token)
    if (!((code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 43 || code === 38 || code === 45)) return false
  }
  return token.length >= 2 && token.length <= 10
}

/**
 * Find proper meeting names in a sentence: capitalized phrases ending in a
 * meeting noun, with an acronym in parentheses after them.
 *
 * @param sentence Analysis.
 * @returns Names with acronyms, ordinals and token spans.
 */
export function findMeetingNames(sentence: SentenceAnalysis): Array<{name: string; acronym: string | null; ordinal: number | null; start: number; end: number}> {
  const {tokens, text} = sentence
  const names: Array<{name: string; acronym: string | null; ordinal: number | null; start: number; end: number}> = []
  for (let index = 0; index < tokens.length; index++) {
    const head = tokens[index]?.text ?? ''
    if (!meetingHeads.has(head)) continue
    // "Ministerial Dialogue": the last head ends the name.
    if (meetingHeads.has(tokens[index + 1]?.text ?? '')) continue
    // Extend to the last head of "Meeting and 2+2 Ministerial Dialogue"? No: each head ends one name.
    let first = index
    while (first > 0) {
      const previous = tokens[first - 1]?.text ?? ''
      if (startsUpperOrDigit(previous) && previous !== 'The' && previous !== 'A') first--
      else if ((previous === '-' || previous === '–' || previous === 'of' || previous === 'on' || previous === 'and' || previous === 'for') && startsUpperOrDigit(tokens[first - 2]?.text ?? '') && !meetingHeads.has(tokens[first - 2]?.text ?? '')) first--
      else break
    }
    // Continue over "on Regional Political Issues" style complements.
    let last = index + 1
    while ((tokens[last]?.text === 'on' || tokens[last]?.text === 'of' || tokens[last]?.text === 'for') && (startsUpper(tokens[last + 1]?.text ?? '') || (tokens[last + 1]?.text === 'the' && startsUpper(tokens[last + 2]?.text ?? '')))) {
      let cursor = tokens[last + 1]?.text === 'the' ? last + 2 : last + 1
      while (startsUpper(tokens[cursor]?.text ?? '') || (tokens[cursor]?.text === 'and' && startsUpper(tokens[cursor + 1]?.text ?? ''))) cursor++
      last = cursor
    }
    while (first < index && /^(?:\d{4}|and|of|on|-)$/.test(tokens[first]?.text ?? '')) first++
    if (first === index && !/^(?:Dialogue|Summit|Talks|Consultations)$/.test(head)) continue
    let ordinal: number | null = null
    const before = (tokens[first - 1]?.text ?? '').toLowerCase()
    const leading = (tokens[first]?.text ?? '').toLowerCase()
    const numeric = /^(\d+)(?:st|nd|rd|th)$/.exec(leading) ?? /^(\d+)(?:st|nd|rd|th)$/.exec(before)
    if (numeric) ordinal = Number(numeric[1])
    else ordinal = ordinals[leading] ?? ordinals[before] ?? null
    let acronym: string | null = null
    if (tokens[last]?.text === '(' && tokens[last + 2]?.text === ')' && isAcronym(tokens[last + 1]?.text ?? '')) {
      acronym = tokens[last + 1]?.text ?? null
    }
    const name = text.slice(tokens[first]?.start ?? 0, tokens[last - 1]?.end ?? 0)
    // "on the margins of the Munich Security Conference": the host event is a place, not this meeting.
    const lead = tokens.slice(Math.max(0, first - 3), first).map((token) => token.text.toLowerCase())
    if (lead.includes('margins') || lead.includes('sidelines') || lead.includes('margin')) {
      index = last - 1
      continue
    }
    names.push({name, acronym, ordinal, start: tokens[first]?.start ?? 0, end: tokens[last - 1]?.end ?? 0})
    index = last - 1
  }
  return names
}

/**
 * A lower-case meeting phrase right after an establishing verb ("held
 * bilateral political consultations").
 *
 * @param sentence Analysis.
 * @returns The phrase and its start, if any.
 */
function unnamedMeeting(sentence: SentenceAnalysis): {name: string; start: number; end: number} | undefined {
  const verb = sentence.verb
  if (!verb) return undefined
  const {tokens} = sentence
  for (let index = verb.index + 1; index < Math.min(tokens.length, verb.index + 7); index++) {
    const text = tokens[index]?.text ?? ''
    if (!/^[a-z][a-z-]*$/.test(text)) return undefined
    if (/^(?:meeting|meetings|consultations|talks|dialogue|discussions|call|session)$/.test(text)) {
      // "a virtual meeting of the X Group" is the X Group.
      if (tokens[index + 1]?.text === 'of') return undefined
      let first = verb.index + 1
      if (/^(?:a|an|the)$/.test(tokens[first]?.text ?? '')) first++
      return {name: sentence.text.slice(tokens[first]?.start ?? 0, tokens[index]?.end ?? 0), start: tokens[first]?.start ?? 0, end: tokens[index]?.end ?? 0}
    }
  }
  return undefined
}

/**
 * A short descriptor of an unnamed meeting, from the sentence.
 *
 * @param text Sentence text.
 * @param base Base of the main verb.
 * @returns Descriptor.
 */
export function describeMeeting(text: string, base: string): string {
  const lower = text.toLowerCase()
  // Each pattern runs only when a substring it needs is there (~0.3% of a parse: the
  // patterns scanned every meeting sentence up to ten times).
  const has = (word: string) => lower.includes(word)
  if ((has('signing ceremony') && /\bsigning ceremony\b/.test(lower)) || ((lower.startsWith('signed ') || lower.startsWith('done ')) && /^(?:signed|done) (?:at|in) /.test(lower))) {
    return 'signing ceremony'
  }
  if (base === 'sign' && (has('mou') || has('memorandum of understanding')) && /\b(?:mou|memorandum of understanding)\b/.test(lower)) return 'MOU signing'
  if (base === 'sign') return 'signing ceremony'
  if (has('lunch') && /\b(?:lunch|luncheon)\b/.test(lower)) return 'lunch'
  if (has('dinner') && /\bdinner\b/.test(lower)) return 'dinner'
  if ((has('call') || has('spoke')) && /\b(?:phone|telephone) call\b|\bcall\b|\bspoke\b|\bspoken\b/.test(lower)) return 'call'
  if ((has('virtual') || has('video')) && /\bvirtual(?:ly)?\b|\bvideo ?conference\b/.test(lower)) return /\bbilateral\b/.test(lower) ? 'virtual bilateral meeting' : 'virtual meeting'
  if (has('trilateral') && /\btrilateral\b/.test(lower)) return 'trilateral meeting'
  if (base === 'visit' || (has('visit') && /\bvisit\b/.test(lower))) return /\bofficial visit\b/.test(lower) ? 'official visit' : 'visit'
  if (has('consultations') && /\bconsultations\b/.test(lower)) return 'consultations'
  return 'meeting'
}

/**
 * Read the mode of a meeting from its sentence.
 *
 * @param text Sentence text.
 * @returns Mode, if the text says.
 */
export function meetingMode(text: string): 'call' | 'virtual' | null {
  // Substring tests first: most sentences need neither pattern compiled (0.3–0.4 ms each, cold).
  const lower = text.toLowerCase()
  if ((lower.includes('virtual') || lower.includes('video')) && /\bvirtual(?:ly)?\b|\bvideo ?(?:conference|call|link)\b|\bvideoconference\b/i.test(text)) return 'virtual'
  if ((lower.includes('call') || lower.includes('spoke') || lower.includes('phone')) && /\b(?:phone|telephone) call\b|\bcall(?:ed)? (?:with|between)\b|\bspoke (?:by phone |on the phone )?(?:with|to|today|yesterday)\b|\bheld a call\b|\bby (?:phone|telephone)\b/i.test(text)) return 'call'
  return null
}

/**
 * Meetings of one sentence.
 *
 * @param sentence Analysis.
 * @param node Item.
 * @param context Context.
 * @returns Findings.
 */
export function meetingsOf(sentence: SentenceAnalysis, node: SectionItem, context: RecognizeContext): MeetingFinding[] {
  const names = findMeetingNames(sentence)
  const date = sentence.dates.find((candidate) => candidate.date && candidate.kind !== 'month' && !inModifier(sentence, candidate.start))
  const mode = meetingMode(sentence.text)
  const place = mode ? undefined : context.place(sentence)
  const range = [sentence.start, sentence.end] as const
  const base = sentence.verb?.base ?? 'meet'
  const common = {
    date: date?.date ?? null,
    endDate: date?.endDate ?? null,
    mode: mode ?? (place ? 'in-person' : null),
    location: place ? {name: place.name, venue: place.venue, city: place.city, country: place.country} : null,
    node,
    range
  } as const
  // "held bilateral political consultations ... and co-chaired a session of the X Dialogue": an unnamed meeting first.
  const unnamed = unnamedMeeting(sentence)
  // "a virtual meeting on January 26 of the X Group" is the X Group; "held consultations ... and
  // co-chaired a session of the X Dialogue" is two meetings.
  const between = unnamed ? sentence.text.slice(unnamed.end, names[0]?.start ?? 0) : ''
  const ofName = names.length > 0 && /\bof(?: the)?\s*$/.test(between) && !/\band\b/.test(between)
  if (unnamed && names.length > 0 && unnamed.start < (names[0]?.start ?? 0) && !ofName) {
    return [{...common, name: unnamed.name, acronym: null, ordinal: null}, ...names.map((name) => ({...common, name: name.name, acronym: name.acronym, ordinal: name.ordinal, session: /\bsession of\b/i.test(sentence.text)}))]
  }
  if (names.length === 0) return [{...common, name: describeMeeting(sentence.text, base), acronym: null, ordinal: null}]
  return names.map((name, index) => ({...common, name: name.name, acronym: name.acronym, ordinal: name.ordinal, session: index > 0 && /\bsession of\b/i.test(sentence.text)}))
}

/**
 * Built-in recognizer of meetings: the sentences that establish a meeting
 * ("met today", "held the ... Dialogue in Rabat", "co-chaired", "signed ...
 * today"), with their names, dates, modes and places. The parser keeps the
 * first such sentence of the release (several meetings when it names several).
 */
export const meetingRecognizer = defineRecognizer({
  name: 'factsheet:meetings',
  kind: 'meetings',
  priority: 0,
  match: (section) => (section.items.some((item) => item.type === 'paragraph' || item.type === 'item') ? 0.5 : 0),
  extract(section, context) {
    for (const node of section.items) {
      if (node.type !== 'paragraph' && node.type !== 'item') continue
      for (const sentence of context.sentences(node)) {
        if (isMeetingSentence(sentence, context)) return meetingsOf(sentence, node, context)
      }
    }
    return undefined
  }
})
