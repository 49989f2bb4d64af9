import type {Lexicons} from '../lexicons/index.js'
import {compileCountries, matchCountry, type CountryTable} from './countries.js'
import {findDates, type DateMention} from './dates.js'
import {compilePeople, findPeople, type PeopleTable, type PersonMention} from './people.js'
import {splitSentences} from './sentences.js'
import {isCapitalized, isWordToken, tokenize, type Token} from './tokens.js'
import {compileVerbs, findVerb, lookup, type VerbPhrase, type VerbTable} from './verbs.js'

/** Lexicons compiled into lookup tables, once per parser. */
export interface Compiled {
  readonly lexicons: Lexicons
  readonly verbs: VerbTable
  readonly people: PeopleTable
  readonly countries: CountryTable
}

/**
 * Compile lexicons into lookup tables.
 *
 * @param lexicons Lexicons.
 * @returns Tables.
 */
export function compileLexicons(lexicons: Lexicons): Compiled {
  return {
    lexicons,
    verbs: compileVerbs(lexicons),
    people: compilePeople(lexicons),
    countries: compileCountries(lexicons)
  }
}

/** What the subject of a clause is. */
export type SubjectKind = 'person' | 'party' | 'meeting' | 'pronoun' | 'it' | 'other' | 'none'

/** A sentence, analyzed. */
export interface SentenceAnalysis {
  /** Sentence text. */
  text: string
  /** Start index in the analyzed text. */
  start: number
  /** End index in the analyzed text. */
  end: number
  /** Tokens (indices relative to `text`). */
  tokens: Token[]
  /** Token index where the main clause starts (after a leading adverbial). */
  clause: number
  /** The main verb phrase. */
  verb: VerbPhrase | undefined
  /** Kind of subject. */
  subject: SubjectKind
  /** People mentioned. */
  people: PersonMention[]
  /** Dates mentioned. */
  dates: DateMention[]
  /** Whether the main verb only establishes a meeting (so the sentence is not an outcome). */
  establishing: boolean
  /** Whether the sentence establishes a meeting, even if a coordinated verb makes it an outcome too. */
  meets: boolean
  /** Whether it is a quotation. */
  quotation: boolean
}

const leadingWords = new Set([
  'in', 'during', 'on', 'at', 'after', 'before', 'following', 'prior', 'today', 'yesterday', 'earlier',
  'later', 'building', 'as', 'under', 'through', 'throughout', 'together', 'separately', 'additionally',
  'also', 'furthermore', 'moreover', 'finally', 'further', 'since', 'with', 'given', 'then', 'meanwhile',
  'to', 'when', 'while', 'for', 'from', 'by', 'upon', 'over', 'across', 'drawing', 'recognizing',
  'reflecting', 'noting', 'consistent', 'in addition', 'among', 'beyond', 'again', 'lastly', 'first',
  'second', 'third', 'specifically', 'importantly', 'notably', 'separately', 'thereafter', 'subsequently',
  'regarding', 'looking', 'amid', 'against', 'concerning', 'following', 'despite', 'beginning'
])
/** One-word adverbs that may open a sentence. */
const singleAdverbs = new Set([
  'today', 'yesterday', 'tonight', 'earlier', 'later', 'also', 'additionally', 'furthermore', 'moreover',
  'further', 'separately', 'subsequently', 'meanwhile', 'then', 'together', 'importantly', 'notably',
  'specifically', 'again', 'finally', 'lastly', 'thereafter', 'similarly', 'likewise', 'however'
])
/** Leading words that open an adverbial only when a comma follows at once ("First, ..."). */
const commaWords = new Set(['first', 'second', 'third', 'finally', 'lastly', 'next', 'last', 'here', 'there', 'now'])
const partyNouns =
  /^(?:sides?|part(?:y|ies)|delegations?|leaders?|officials?|ministers?|secretar(?:y|ies)|governments?|countr(?:y|ies)|nations?|co-chairs?|chairs?|principals?|representatives?|teams?|participants?|counterparts?|allies|partners?|presidents?|prime|members?|administration|envoys?|diplomats?|heads?|authorities|states?|ministr(?:y|ies)|people|quad|we|two|three|four)$/i
const meetingNouns =
  /^(?:meetings?|dialogues?|discussions?|talks|sessions?|consultations?|summits?|group|committee|calls?|conversations?|exchanges?|visit|conference|forum|gathering|ministerial|council|commission)$/i
const titleHeads = /^(?:Secretary|Secretary-General|General|Minister|President|Prime|King|Queen|Chancellor|Ambassador|Majesty|Highness|Excellency|Premier|Advisor|Adviser|Envoy|Director|Coordinator|Representative|Deputy|Crown|Emir|Sultan|Taoiseach|Governor|Commissioner|Chair|Chairman|Spokesperson|Counselor)$/

/**
 * Analyze one sentence or list item.
 *
 * @param text Sentence text.
 * @param start Start index of the sentence in its block.
 * @param compiled Lexicon tables.
 * @param reference Publication date ("today"), if known.
 * @param item Whether it is a list item (gerunds and imperatives may open it).
 * @returns Analysis.
 */
export function analyzeSentence(
  text: string,
  start: number,
  compiled: Compiled,
  reference: string | null,
  item = false,
  reuse?: Pick<SentenceAnalysis, 'text' | 'tokens' | 'people' | 'dates'>
): SentenceAnalysis {
  // The same sentence read as prose and as a list item shares its tokens, people and dates.
  const same = reuse !== undefined && reuse.text === text
  const tokens = same ? reuse.tokens : tokenize(text)
  const people = same ? reuse.people : findPeople(text, tokens, compiled.people, compiled.countries)
  const dates = same ? reuse.dates : findDates(text, reference)
  let clause = clauseStart(tokens, people, item)
  const read = (from: number, asItem: boolean) => {
    const phrase = findVerb(tokens, compiled.verbs, {item: asItem, from})
    return {phrase, subject: phrase ? classifySubject(tokens, from, phrase.index, people, compiled) : ('none' as SubjectKind)}
  }
  let {phrase: verb, subject} = read(clause, item)
  // "Full of potential, the Quad looks forward"; "Drawing on our strengths, we will tackle": an
  // opening phrase without a subject of its own gives way to the clause after its comma.
  if (clause === 0 && (subject === 'other' || subject === 'none' || (item && verb?.form === 'gerund' && verb.index === 0))) {
    const comma = tokens.findIndex((token, index) => token.text === ',' && index < 14)
    if (comma > 0) {
      const retry = read(comma + 1, false)
      if (retry.phrase && retry.subject !== 'other' && retry.subject !== 'none' && retry.phrase.form !== 'gerund') {
        clause = comma + 1
        verb = retry.phrase
        subject = retry.subject
      }
    }
  }

  let establishing = false
  let meets = false
  if (verb) {
    const base = verb.base
    const space = base.indexOf(' ')
    establishing = compiled.verbs.establishing.has(base) || compiled.verbs.establishing.has(space < 0 ? base : base.slice(0, space))
    if (base === 'welcome' || base === 'host') {
      // "welcomed X to the White House" establishes; "welcomed X's invitation" is an outcome.
      const after = tokens.slice(verb.index + 1, verb.index + 12).map((token) => token.text)
      const guest = people.find((person) => person.first === verb!.index + 1)
      establishing =
        base === 'host'
          ? !/^(?:a|an)$/.test(after[0] ?? '') || after.includes('for')
          : guest !== undefined && !/['’]s?$/.test(tokens[guest.nameEnd - 1]?.text ?? '') && /^(?:to|for|at)$/.test(tokens[guest.last]?.text ?? '')
    }
    if (base.startsWith('call') && /^(?:on|upon|for)$/.test(tokens[verb.index + 1]?.text ?? '') && !people.some((person) => person.first === verb!.index + 2 || person.first === verb!.index + 3)) {
      establishing = false
    }
    if (base === 'take' && tokens[verb.index + 1]?.text !== 'place') establishing = false
    // "launched the Dialogue", "held talks" establish; "launched a task force", "hold accountable" do not.
    if (objectMeeting.has(base)) {
      const object = tokens.slice(verb.index + 1, verb.index + 9).map((token) => token.text)
      // In the passive the meeting is the subject: "The Meeting was held in Riga".
      establishing = verb.copular
        ? subject === 'meeting'
        : object.some((word) => meetingObject.test(word)) && !object.slice(0, 3).some((word) => /^(?:accountable|responsible|exercises?|drills?|operations?|elections?|investigations?)$/i.test(word))
    }
    if (base === 'pay' && !/^(?:a|an)$/.test(tokens[verb.index + 1]?.text ?? '')) establishing = false
    meets = establishing && !backgroundVerbs.has(base)
    if (establishing && verb.bases.length > 1) {
      // "met ... and jointly reaffirmed": the outcome verb carries the sentence.
      const position = verb.bases.findIndex((candidate) => !compiled.verbs.establishing.has(candidate))
      if (position > 0) {
        const verbs = verb.verbs.slice(position)
        const bases = verb.bases.slice(position)
        verb = {...verb, verb: verbs[0] ?? verb.verb, base: bases[0] ?? verb.base, verbs, bases}
        establishing = false
      }
    }
  }
  // By code unit and `includes`, not `/^["“'‘]/` and `/[“"]/` (~1% of the analysis, run on every sentence).
  const opening = text.charCodeAt(0)
  const quotation =
    opening === 34 || opening === 0x201c || opening === 39 || opening === 0x2018 ||
    (verb !== undefined && compiled.verbs.quotation.has(verb.base)) ||
    ((text.includes('“') || text.includes('"')) && verb !== undefined && /^(?:note|state|add|remark|emphasize|stress)$/.test(verb.base) && /[,:]\s*[“"]/.test(text))
  return {text, start, end: start + text.length, tokens, clause, verb, subject, people, dates, establishing, meets, quotation}
}

/**
 * Find where the main clause starts: after a leading adverbial phrase that
 * ends in a comma ("During the meeting,", "Building on ..., ").
 *
 * @param tokens Tokens.
 * @param people People (their spans are not adverbials).
 * @returns Token index.
 */
function clauseStart(tokens: readonly Token[], people: readonly PersonMention[], item: boolean): number {
  const first = tokens[0]?.text.toLowerCase() ?? ''
  if (commaWords.has(first)) return tokens[1]?.text === ',' ? 2 : 0
  // One-word adverbs open the sentence with or without a comma: "Today the Quad Leaders ...".
  if (singleAdverbs.has(first)) return tokens[1]?.text === ',' ? 2 : 1
  // A list item that opens with a gerund is its verb ("Expanding ...").
  if (item && /ing$/.test(first) && tokens[1]?.text !== ',') return 0
  if (!leadingWords.has(first) && !/ing$/.test(first) && !/^(?:on|in|at)$/.test(first)) return 0
  if (people.some((person) => person.first === 0)) return 0
  let depth = 0
  for (let index = 1; index < Math.min(tokens.length, 60); index++) {
    const text = tokens[index]?.text ?? ''
    if (text === '(') depth++
    if (text === ')') depth = Math.max(0, depth - 1)
    if (depth > 0 || text !== ',') continue
    // "in Washington, D.C., ..." and "on May 21, 2021, ...": keep going.
    const next = tokens[index + 1]?.text ?? ''
    if (/^(?:D\.C\.|DC|\d{4}|Jr\.?|Sr\.?|SC|S\.C\.)$/.test(next)) continue
    return index + 1
  }
  return 0
}

/**
 * Classify the subject between the clause start and the verb.
 *
 * @param tokens Tokens.
 * @param from Clause start.
 * @param to Verb index.
 * @param people People in the sentence.
 * @param compiled Tables.
 * @returns Subject kind.
 */
function classifySubject(tokens: readonly Token[], from: number, to: number, people: readonly PersonMention[], compiled: Compiled): SubjectKind {
  if (to <= from) return 'none'
  const first = (tokens[from]?.text ?? '').toLowerCase()
  if (first === 'it' && to - from <= 2) return 'it'
  if (/^(?:they|he|she|we|both|i)$/.test(first)) return 'pronoun'
  const head = subjectHead(tokens, from, to)
  if (head < 0) return 'other'
  // The head noun decides: "The Treaty", "The DPRK's support" and "the strength of our two nations" do nothing.
  if (people.some((person) => person.first <= head && head < person.last)) return 'person'
  const word = tokens[head]?.text ?? ''
  if (titleHeads.test(word)) return 'person'
  if (partyNouns.test(word)) return 'party'
  for (let index = from; index <= head; index++) {
    const country = isCapitalized(tokens[index]?.text ?? '') ? matchCountry(tokens, index, compiled.countries) : undefined
    if (country && index + country.length - 1 === head && !country.possessive) return 'party'
    if (country) index += country.length - 1
  }
  if (meetingNouns.test(word)) return 'meeting'
  return 'other'
}

const auxiliaryWords = new Set([
  'will', 'would', 'shall', 'can', 'could', 'may', 'might', 'must', 'should', 'have', 'has', 'had', 'do', 'does',
  'did', 'is', 'are', 'was', 'were', 'be', 'been', 'not', 'also', 'jointly', 'further', 'together'
])
const stops = new Set([
  'of', 'between', 'with', 'for', 'in', 'on', 'from', 'to', 'among', 'at', 'by', 'under', 'through',
  'including', 'against', 'during', 'which', 'that', 'who', 'whose', ',', '(', '—', '–', 'as', 'across', 'within'
])

/**
 * Find the head noun of a subject: the last word before its first
 * preposition, comma or relative pronoun ("the strength of our nations" →
 * "strength"), past any possessive ("The DPRK's support" → "support").
 *
 * @param tokens Tokens.
 * @param from Subject start.
 * @param to Subject end (the verb).
 * @returns Token index of the head, or `-1`.
 */
function subjectHead(tokens: readonly Token[], from: number, to: number): number {
  let head = -1
  for (let index = from; index < to; index++) {
    const text = tokens[index]?.text ?? ''
    const lower = text.toLowerCase()
    // Auxiliaries and adverbs before the verb are not part of the subject.
    if (auxiliaryWords.has(lower) || (/^[a-z]+ly$/.test(text) && head >= 0)) break
    if (stops.has(lower) && head >= 0) {
      // "Secretary of State Blinken", "Minister of Foreign Affairs Park": a title's "of" is not a stop.
      if (lower === 'of' && titleHeads.test(tokens[index - 1]?.text ?? '')) continue
      if (lower === 'and') continue
      break
    }
    if (isWordToken(text) && !/^(?:and|or|also|jointly|both|further|the|a|an)$/i.test(text)) head = index
  }
  return head
}

/**
 * Split block text into sentences and analyze each.
 *
 * @param text Block text.
 * @param compiled Tables.
 * @param reference Publication date.
 * @returns Analyses.
 */
export function analyzeText(text: string, compiled: Compiled, reference: string | null): SentenceAnalysis[] {
  return splitSentences(text).map((span) => analyzeSentence(text.slice(span.start, span.end), span.start, compiled, reference))
}

const objectMeeting = new Set(['launch', 'conduct', 'hold', 'open', 'kick', 'organize', 'organise', 'begin'])
const meetingObject = /^(?:meetings?|dialogues?|talks|consultations?|summits?|sessions?|conferences?|calls?|discussions?|negotiations?|round|forum|ministerial|gathering|Dialogue|Meeting|Summit|Talks|Consultations|Conference|Forum|Session|Group|Committee|Council|Commission)$/
const backgroundVerbs = new Set(['follow', 'precede', 'last', 'mark', 'commemorate', 'attract'])
const passiveOutcomes = new Set(['discuss', 'address', 'review', 'agree', 'decide', 'exchange', 'raise', 'explore', 'consider', 'note', 'highlight', 'emphasize', 'reaffirm', 'examine', 'share'])

/**
 * Whether an analyzed prose sentence reports an outcome: its subject is a
 * person, party, delegation or the meeting, its main verb reports what they
 * did or declared, and it is neither a quotation, nor a state ("are united"),
 * nor a sentence that only establishes the meeting.
 *
 * @param sentence Analysis.
 * @returns Whether it is an outcome.
 */
export function isProseOutcome(sentence: SentenceAnalysis): boolean {
  const {verb, subject} = sentence
  if (!verb || sentence.quotation || verb.stative) return false
  // Meetings agreed for later are outcomes ("we will hold an in-person summit"); held ones only establish.
  if (sentence.establishing && verb.modality === 'done' && !verb.copular) return false
  // Passives report outcomes only for the meeting ("It was agreed", "Issues were discussed").
  // "The meeting was held in Riga" only establishes it.
  if (verb.copular && sentence.establishing && verb.modality === 'done') return false
  if (verb.copular) return subject === 'it' || subject === 'meeting' || (subject === 'other' && passiveOutcomes.has(verb.base))
  if (subject === 'meeting' && verb.modality !== 'done') return false
  if (subject === 'it') return false
  if (verb.form === 'gerund' && verb.modifiers.length === 0 && verb.index === sentence.clause) return false
  return subject === 'person' || subject === 'party' || subject === 'meeting' || subject === 'pronoun'
}

/**
 * The verb of a list item: the first main verb, or `undefined` for verbless
 * noun phrases.
 *
 * @param text Item text.
 * @param compiled Tables.
 * @param reference Publication date.
 * @returns Analysis of the item's first sentence.
 */
export function analyzeItem(text: string, compiled: Compiled, reference: string | null, prose?: readonly SentenceAnalysis[]): SentenceAnalysis {
  const first = prose ? prose[0] : undefined
  if (first) return analyzeSentence(first.text, first.start, compiled, reference, true, first)
  const span = splitSentences(text)[0]
  const sentence = span ? text.slice(span.start, span.end) : text
  return analyzeSentence(sentence, span?.start ?? 0, compiled, reference, true)
}

/**
 * Whether a word is a verb form the tables know.
 *
 * @param word Word.
 * @param compiled Tables.
 * @returns Whether it is.
 */
export function isVerbForm(word: string, compiled: Compiled): boolean {
  return lookup(word.toLowerCase(), compiled.verbs) !== undefined
}
