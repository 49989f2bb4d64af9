import {differenceInCalendarDays} from 'date-fns/differenceInCalendarDays'
import {isExists} from 'date-fns/isExists'
import type {Lexicons} from '../lexicons/index.js'
import type {Diagnostic, Meeting, Participant, Release} from '../models/types.js'
import type {Check, CheckContext, CheckReport} from './types.js'
import {countryNamesOf, fold, hasHead, isQualifiedMention, isQualifiedTitle, nameTokens, officeWords, sentenceAt, stripCountries} from './words.js'

/**
 * Built-in consistency checks that need no registry. They run on every
 * release, before the parser's and the caller's checks, and report:
 *
 * - `meeting/after-publication`: a meeting dated after the release was
 *   published (a warning for a meeting reported as held; info for an
 *   announcement such as "will visit", or a one-day difference that a time
 *   zone explains);
 * - `meeting/end-before-start`: a meeting that ends before it starts;
 * - `meeting/ordinal-mismatch`: an ordinal that does not fit an annual series
 *   whose first year the text gives ("the 56th SCM" in 2024, first held in
 *   1968: the 57th) (needs the input text);
 * - `participant/conflicting-offices`: one person given two offices that
 *   cannot both be theirs ("Secretary of State" and "National Security
 *   Advisor");
 * - `participant/unresolved-reference`: a titled short reference ("Minister
 *   Lee") that matches no one, while the release introduces someone else with
 *   that office by full name (the resolve stage reports untitled ones).
 *
 * Documented in `docs/checks.md`.
 *
 * @example
 * ```ts
 * const release = parseRelease(text) // runs it
 * release.diagnostics.filter((diagnostic) => diagnostic.source === 'factsheet:consistency')
 * ```
 */
export const consistencyCheck: Check = Object.freeze({
  name: 'factsheet:consistency',
  check(release: Readonly<Release>, context: CheckContext): CheckReport[] {
    const reports: CheckReport[] = []
    for (const meeting of release.meetings) {
      const after = checkAfterPublication(meeting, release, context.text)
      if (after) reports.push(after)
      if (meeting.date && meeting.endDate && meeting.endDate < meeting.date) {
        reports.push({
          code: 'meeting/end-before-start',
          reason: `Meeting \`${meeting.name}\` ends (${meeting.endDate}) before it starts (${meeting.date})`,
          severity: 'warning',
          place: meeting.position
        })
      }
      const ordinal = context.text ? checkOrdinal(meeting, context.text) : undefined
      if (ordinal) reports.push(ordinal)
    }
    const words = releaseWords(context)
    for (const participant of release.participants) {
      const conflict = checkOffices(participant, words)
      if (conflict) reports.push(conflict)
    }
    reports.push(...checkReferences(release, words))
    return reports
  }
})

/**
 * The words of a release's names and offices, each computed once: the
 * checks compare every person with every other.
 */
interface ReleaseWords {
  readonly lexicons: Lexicons
  /** {@link nameTokens} of a person's name. */
  tokensOf(participant: Participant): string[]
  /** {@link officeWords} of a title, abbreviations expanded. */
  officeOf(title: string): string[]
  /** {@link officeWords} of a title, abbreviations expanded, without country names ({@link stripCountries}). */
  strippedOf(title: string): string[]
  /** Whether a mention of a person is qualified ("former Minister …"); `false` without the input text. */
  qualified(participant: Participant): boolean
}

/**
 * Make the {@link ReleaseWords} of one release.
 *
 * @param context Check context.
 * @returns Words, computed on first use.
 */
function releaseWords(context: CheckContext): ReleaseWords {
  const {lexicons, text} = context
  const tokens = new Map<Participant, string[]>()
  const offices = new Map<string, string[]>()
  const qualified = new Map<Participant, boolean>()
  // The country names, listed once per release rather than once per title.
  let names: string[] | undefined
  const listed = () => (names ??= countryNamesOf(lexicons, undefined))
  // The computations, made once per release: `remember` is called in loops over every pair of
  // people, without a closure per call.
  const tokensOf = (participant: Participant) => nameTokens(participant.name)
  const officeOf = (title: string) => officeWords(expand(title, lexicons))
  const qualifiedOf = (participant: Participant) => (text ? participant.mentions.some((mention) => isQualifiedMention(text, mention)) : false)
  return {
    lexicons,
    tokensOf: (participant) => remember(tokens, participant, tokensOf),
    officeOf: (title) => remember(offices, title, officeOf),
    strippedOf: (title) => officeWords(stripCountries(expand(title, lexicons), lexicons, undefined, listed)),
    qualified: (participant) => remember(qualified, participant, qualifiedOf)
  }
}

/**
 * The value of a key in a map, computed and stored on first use.
 *
 * @param map Map.
 * @param key Key.
 * @param compute Computes the value of a key.
 * @returns Value.
 */
function remember<K, V>(map: Map<K, V>, key: K, compute: (key: K) => V): V {
  const known = map.get(key)
  if (known !== undefined || map.has(key)) return known as V
  const value = compute(key)
  map.set(key, value)
  return value
}

/** Words that make a sentence about a meeting an announcement of a future one. */
const futureMarkers =
  /\b(?:will|shall|(?:is|are) (?:scheduled|set|due|expected|slated|planned|planning|going) to|(?:is|are) to|plans? to|upcoming|forthcoming|next (?:week|month))\b/i

/**
 * A meeting dated after the release's publication date.
 *
 * @param meeting Meeting.
 * @param release Release.
 * @param text Original input (optional).
 * @returns A report, if any.
 */
function checkAfterPublication(meeting: Meeting, release: Readonly<Release>, text: string | undefined): CheckReport | undefined {
  const published = release.published?.slice(0, 10)
  if (!published || !meeting.date || meeting.date <= published) return undefined
  const days = daysBetween(published, meeting.date)
  // The dates stage already explains a one-day gap by the time zone of the place ("today in Tokyo").
  if (days === 1 && release.diagnostics.some((diagnostic) => diagnostic.code === 'date/local-date')) return undefined
  const own = release.outcomes.filter((outcome) => outcome.meetingId === meeting.id)
  let why: string | undefined
  if (text && futureMarkers.test(sentenceAt(text, meeting.position))) why = 'the text announces it'
  else if (release.title && futureMarkers.test(release.title)) why = 'the title announces it'
  else if (own.length > 0 && own.every((outcome) => outcome.modality === 'future' || outcome.modality === 'intent')) why = 'its outcomes are all planned'
  else if (own.length === 0 && !text) why = 'it may be an announcement'
  else if (days === 1) why = 'a time-zone difference between the place and the publisher may explain one day'
  return {
    code: 'meeting/after-publication',
    reason: `Meeting \`${meeting.name}\` is dated ${meeting.date}, after the release was published (${published})${why ? '; ' + why : ''}`,
    severity: why ? 'info' : 'warning',
    place: meeting.position
  }
}

/**
 * Days from one ISO date to another.
 *
 * @param from Earlier date.
 * @param to Later date.
 * @returns Days, or `undefined` when a date is not valid.
 */
function daysBetween(from: string, to: string): number | undefined {
  const a = toDate(from)
  const b = toDate(to)
  return a && b ? differenceInCalendarDays(b, a) : undefined
}

/**
 * Read an ISO date.
 *
 * @param value `YYYY-MM-DD`.
 * @returns Local midnight, or `undefined`.
 */
function toDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])]
  return isExists(year, month, day) ? new Date(year, month, day) : undefined
}

const firstWord = /\bfirst\b/gi
const heldVerb = /\b(?:held|convened|took place|met|launched|hosted|inaugurated|established)\b/i
const inYear = /\bin (\d{4})\b/
const sinceYear =
  /\b(?:(?:held|convened|met|meeting) (?:annually|every year|each year) since|since (?:its|their) (?:inception|founding|establishment|creation|launch) in|(?:established|launched|inaugurated|created|founded|began|started|initiated) in) (\d{4})\b/i
const annual = /\b(?:annual|annually|every year|each year|yearly)\b/i
const ordinalWords = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{4})\b/gi

/**
 * An ordinal that contradicts the date of an annual series whose first year
 * the text states: "the 56th SCM" in 2024 when "the first SCM was held in
 * 1968" and the SCM is annual → expected the 57th.
 *
 * @param meeting Meeting.
 * @param text Original input.
 * @returns A report, if any.
 */
function checkOrdinal(meeting: Meeting, text: string): CheckReport | undefined {
  if (meeting.ordinal === null || !meeting.date) return undefined
  const year = Number(meeting.date.slice(0, 4))
  const core = fold(meeting.name).replace(ordinalWords, ' ').replace(/[^a-z0-9]+/g, ' ').trim()
  const letters = meeting.acronym?.replace(/[^A-Z0-9]/gi, '') ?? ''
  // The acronym as a whole word (plural allowed), without building a regex from input.
  // (`includes` first: most sentences do not hold the letters at all, and then are not split.)
  const acronym =
    letters.length >= 2 ? {test: (sentence: string) => sentence.includes(letters) && sentence.split(/[^A-Z0-9]+/i).some((word) => word === letters || word === letters + 's')} : undefined
  // The first word of the name: a sentence whose folded text lacks it cannot hold the name, and is
  // not rewritten (every sentence of the input is tested for every meeting).
  const head = core.split(' ')[0] ?? ''
  let first: number | undefined
  let isAnnual = annual.test(meeting.name)
  // Only sentences that name the series: its acronym or its name without the ordinal.
  for (const sentence of text.slice(0, 200_000).split(/(?<=[.!?])\s+|\n/)) {
    const named = (acronym?.test(sentence) ?? false) || (core.length > 3 && isNamedIn(fold(sentence), head, core))
    if (!named) continue
    const found = firstHeldIn(sentence) ?? sinceYear.exec(sentence)?.[1]
    if (found && first === undefined) first = Number(found)
    if (annual.test(sentence)) isAnnual = true
  }
  if (first === undefined || !isAnnual || first > year) return undefined
  const expected = year - first + 1
  if (expected === meeting.ordinal) return undefined
  return {
    code: 'meeting/ordinal-mismatch',
    reason: `\`${meeting.name}\` is the ${ordinal(meeting.ordinal)} in ${year}, but an annual series first held in ${first} would be at its ${ordinal(expected)}; check the ordinal, the date, or whether the series skipped years`,
    severity: 'info',
    place: meeting.position
  }
}

/**
 * Whether a folded sentence, its punctuation as spaces, holds a name's core.
 *
 * @param folded Folded sentence.
 * @param head First word of `core` (letters and digits only: the rewrite keeps it as it is).
 * @param core Core of the name.
 * @returns Whether it does.
 */
function isNamedIn(folded: string, head: string, core: string): boolean {
  return folded.includes(head) && folded.replace(/[^a-z0-9]+/g, ' ').includes(core)
}

/**
 * The year in "the first … was held in 1968": "first", then within 80
 * characters a verb of holding, then within 20 more "in <year>", in one
 * clause. (Three linear searches instead of one pattern with nested
 * repetition.)
 *
 * @param sentence Sentence.
 * @returns The year as written, if any.
 */
function firstHeldIn(sentence: string): string | undefined {
  for (const match of sentence.matchAll(firstWord)) {
    // A clause ends at a sentence mark before a space, not inside "U.S.-ROK".
    const clause = sentence.slice(match.index, match.index + 120).split(/[.!?;](?=\s|$)|\n/)[0] ?? ''
    const verb = heldVerb.exec(clause)
    if (!verb || verb.index > 85) continue
    const after = clause.slice(verb.index + verb[0].length, verb.index + verb[0].length + 28)
    const year = inYear.exec(after)
    if (year) return year[1]
  }
  return undefined
}

/**
 * An English ordinal.
 *
 * @param value Number.
 * @returns "1st", "22nd", "57th".
 */
function ordinal(value: number): string {
  const tens = value % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th')
  return value + suffix
}

/**
 * The titles a person is given: `title`, and the title part of each alias
 * ("Secretary Austin" → "Secretary").
 *
 * @param participant Person.
 * @param words Words of the release.
 * @returns Titles as written.
 */
function titlesOf(participant: Participant, words: ReleaseWords): string[] {
  const titles: string[] = participant.title ? [participant.title] : []
  if (participant.aliases.length === 0) return titles
  const abbreviations = words.lexicons.titleAbbreviations
  const own = new Set(words.tokensOf(participant))
  for (const alias of participant.aliases) {
    const parts = alias.split(/\s+/)
    // Drop the name at the end: words of the person's name, initials, suffixes.
    while (parts.length > 0) {
      const tokens = nameTokens(parts[parts.length - 1] ?? '')
      if (tokens.length === 0 || tokens.every((token) => own.has(token))) parts.pop()
      else break
    }
    const title = parts.join(' ').trim()
    // Another form of the name ("Joseph R. Biden" for "Joe Biden") is not a title. (An empty
    // title has no head: the scan of the office heads is skipped.)
    const office = Object.hasOwn(abbreviations, title) || (title !== '' && hasHead(title, words.lexicons))
    if (office && !titles.includes(title)) titles.push(title)
  }
  return titles
}

/**
 * Whether one title's words are all in the other's.
 *
 * @param a Words.
 * @param b Words.
 * @returns Whether `a` ⊆ `b`.
 */
function within(a: readonly string[], b: readonly string[]): boolean {
  return a.every((word) => b.includes(word))
}

/**
 * One person given two offices that cannot both be theirs. Two titles agree
 * when the words of one are all in the other ("Secretary" and "Secretary of
 * Defense"; "Defense Minister" and "Minister of National Defense"), or when
 * a third title holds both ("Minister for Law and Minister for Home
 * Affairs").
 *
 * @param participant Person.
 * @param words Words of the release.
 * @returns A report, if any.
 */
function checkOffices(participant: Participant, words: ReleaseWords): CheckReport | undefined {
  const titles = titlesOf(participant, words).filter((title) => !isQualifiedTitle(title))
  if (titles.length < 2) return undefined
  // Compare the words as written first; remove country names ("U.S.", "of Korea") only to confirm a conflict.
  const conflict = findConflict(titles.map((title) => words.officeOf(title)))
  if (!conflict) return undefined
  const confirmed = findConflict(titles.map((title) => words.strippedOf(title)))
  if (!confirmed) return undefined
  return {
    code: 'participant/conflicting-offices',
    reason: `${participant.name} is given two offices: \`${titles[confirmed[0]]}\` and \`${titles[confirmed[1]]}\``,
    severity: 'warning',
    place: participant.mentions[0] ?? null
  }
}

/**
 * The first two titles (as words) that cannot name one office: neither's
 * words are all in the other's, and no third title holds both.
 *
 * @param words Words of each title.
 * @returns Indices of the two titles, if any.
 */
function findConflict(words: ReadonlyArray<readonly string[]>): [number, number] | undefined {
  for (let a = 0; a < words.length; a++) {
    for (let b = a + 1; b < words.length; b++) {
      const left = words[a] ?? []
      const right = words[b] ?? []
      if (left.length === 0 || right.length === 0 || within(left, right) || within(right, left)) continue
      if (words.some((all) => within(left, all) && within(right, all))) continue
      return [a, b]
    }
  }
  return undefined
}

/**
 * Titled short references ("Minister Lee") that match no one introduced with
 * a full name, while the release introduces someone else in that office
 * ("Minister of National Defense Kim Yong-hyun"). The resolve stage already
 * reports untitled ones ("Blinken"); a reference it reported is not reported
 * again.
 *
 * @param release Release.
 * @param words Words of the release.
 * @returns Reports.
 */
function checkReferences(release: Readonly<Release>, words: ReleaseWords): CheckReport[] {
  const reports: CheckReport[] = []
  const full = release.participants.filter((participant) => words.tokensOf(participant).length >= 2)
  for (const participant of release.participants) {
    const tokens = words.tokensOf(participant)
    if (tokens.length !== 1 || !participant.title || /^[IVX]+$/.test(participant.name.trim().split(/\s+/).pop() ?? '')) continue
    const place = participant.mentions[0] ?? null
    if (reported(release.diagnostics, 'participant/unresolved-reference', place)) continue
    const word = tokens[0] ?? ''
    // Someone whose name has this word, that the resolve stage did not merge: not a content problem.
    if (release.participants.some((other) => other !== participant && words.tokensOf(other).includes(word))) continue
    const raw = words.officeOf(participant.title)
    const candidates = full.filter((other) => {
      if (!other.title || isQualifiedTitle(other.title)) return false
      if (participant.country && other.country && participant.country !== other.country) return false
      return !words.qualified(other)
    })
    if (raw.length === 0 || candidates.length === 0) continue
    const offices = candidates.map((other) => words.officeOf(other.title ?? ''))
    // A specific office only: "Secretary" alone says too little.
    const holds = (reference: readonly string[]) => candidates.filter((_, index) => (offices[index]?.length ?? 0) >= 2 && within(reference, offices[index] ?? []))
    let meant = holds(raw)
    // "ROK Minister Lee": without the country, the reference may fit an office.
    if (meant.length === 0) meant = holds(words.strippedOf(participant.title))
    if (meant.length === 0) continue
    reports.push({
      code: 'participant/unresolved-reference',
      reason: `\`${participant.title} ${participant.name}\` matches no one introduced with a full name; the release names ${meant
        .slice(0, 3)
        .map((other) => `${other.name} (${other.title ?? ''})`)
        .join(', ')} in that office`,
      severity: 'warning',
      place
    })
  }
  return reports
}

/**
 * Expand an abbreviated title ("SMS" → "Senior Minister of State").
 *
 * @param title Title.
 * @param lexicons Lexicons.
 * @returns Title.
 */
function expand(title: string, lexicons: Lexicons): string {
  return Object.hasOwn(lexicons.titleAbbreviations, title) ? (lexicons.titleAbbreviations[title] ?? title) : title
}

/**
 * Whether a diagnostic with this code and place was already reported.
 *
 * @param diagnostics Diagnostics so far.
 * @param code Code.
 * @param place Place.
 * @returns Whether it was.
 */
function reported(diagnostics: readonly Diagnostic[], code: string, place: Diagnostic['place']): boolean {
  return diagnostics.some(
    (diagnostic) => diagnostic.code === code && (diagnostic.place === place || (diagnostic.place !== null && place !== null && diagnostic.place.start.offset === place.start.offset))
  )
}
