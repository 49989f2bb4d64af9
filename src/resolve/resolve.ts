import type {Compiled} from '../extract/analyze.js'
import {countryKey, matchCountry} from '../extract/countries.js'
import {tokenize} from '../extract/tokens.js'
import type {Attributed, EngineResult} from '../recognize/engine.js'
import type {MeetingFinding, OutcomeFinding, ParticipantFinding} from '../recognize/types.js'
import type {LineIndex} from '../normalize/offsets.js'
import {toPosition} from '../normalize/offsets.js'
import type {Meeting, Outcome, Participant, ParticipantRole, Position, Role} from '../models/types.js'
import type {Block} from '../tree/blocks.js'
import {spanOf} from '../tree/text.js'
import {isAscii, isWhiteSpace} from '../chars.js'

/** What the resolve stage needs. */
export interface ResolveInput {
  readonly findings: EngineResult
  readonly lines: LineIndex
  readonly compiled: Compiled
  /** Section title of each block. */
  readonly sectionOf: ReadonlyMap<Block, string | null>
  /** Enclosing section titles of each block. */
  readonly pathOf: ReadonlyMap<Block, readonly string[]>
  /** Country of the publisher, used for people the text gives no country. */
  readonly publisherCountry: string | null
  /** Countries the release names, most often first. */
  readonly countries: readonly string[]
  /** Blocks that are not in the input (a title from `meta`). */
  readonly virtual: ReadonlySet<Block>
  /** Reports a diagnostic. */
  readonly report: (code: string, reason: string, severity: 'info' | 'warning' | 'error', place: Position | null, source?: string) => void
}

/** Resolved records. */
export interface Resolved {
  meetings: Meeting[]
  participants: Participant[]
  outcomes: Outcome[]
}

const rolePrecedence: Record<Role, number> = {chair: 5, 'co-chair': 4, host: 3, attendee: 2, mentioned: 1}

/**
 * Position of a finding in the original input.
 *
 * @param finding Finding.
 * @param lines Line index.
 * @returns Position.
 */
export function positionOf(finding: {node: unknown; range?: readonly [number, number] | undefined}, lines: LineIndex): Position {
  const block = finding.node as Block
  const [start, end] = finding.range ? spanOf(block, finding.range[0], finding.range[1]) : spanOf(block)
  return toPosition(lines, start, end)
}

/**
 * Comparable key of a name: accents, case, hyphens and spacing ignored.
 *
 * @param name Name.
 * @returns Key.
 */
export function nameKey(name: string): string {
  return keyOf(foldName(name))
}

/**
 * `countryKey` of a name, but for its spacing, which {@link keyOf} and
 * {@link splitName} ignore. ASCII names need no Unicode normalization even
 * when they start with "the" or have line breaks, which `countryKey` only
 * knows after it normalized them (subjects such as "The two leaders": ~5% of
 * resolve).
 *
 * @param name Name.
 * @returns Folded name.
 */
function foldName(name: string): string {
  if (!isAscii(name)) return countryKey(name)
  const lower = name.toLowerCase()
  return lower.startsWith('the') ? lower.replace(/^the\s+/, '') : lower
}

/**
 * {@link nameKey} of a name already through `countryKey`.
 *
 * @param folded Folded name.
 * @returns Key.
 */
function keyOf(folded: string): string {
  return folded.replace(/[^a-z0-9]+/g, '')
}

const officeDomain = / (?:of|for|to|on) /

/**
 * Offices in a title, lower case, without their domains ("Minister of
 * Foreign Affairs and Trade Minister" → `minister`, `trade minister`).
 *
 * @param title Title.
 * @returns Offices.
 */
function officesOfTitle(title: string | null): string[] {
  const offices: string[] = []
  const lower = title?.toLowerCase() ?? ''
  // Most titles name one office: no split.
  for (const part of lower.includes(' and ') ? lower.split(' and ') : [lower]) {
    // The part before its first domain: a search, not a `split` that cuts every one.
    const office = part.slice(0, officeDomain.exec(part)?.index)
    if (office) offices.push(office)
  }
  return offices
}

/**
 * Compare two strings by UTF-16 code units.
 *
 * @param a A string.
 * @param b Another.
 * @returns Negative, zero or positive.
 */
function compareText(a: string, b: string): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}

/**
 * Words of a name, normalized, without initials and suffixes.
 *
 * @param name Name.
 * @returns Words.
 */
export function nameWords(name: string): string[] {
  return splitName(foldName(name))
}

const nameSuffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'vi', 'sc', 'kc', 'qc', 'mp'])

/**
 * {@link nameWords} of a name already through `countryKey`.
 *
 * @param folded Folded name.
 * @returns Words.
 */
function splitName(folded: string): string[] {
  // `folded.split(/[\s.,]+/).filter(…)` without the regex and the array of every piece: ~2% of
  // resolve, run for every name and every subject.
  const words: string[] = []
  let start = 0
  for (let index = 0; index <= folded.length; index++) {
    if (index < folded.length && !isNameBreak(folded.charCodeAt(index))) continue
    if (index - start > 1) {
      const word = folded.slice(start, index)
      if (!nameSuffixes.has(word)) words.push(word)
    }
    start = index + 1
  }
  return words
}

/**
 * Whether a code unit is in `[\s.,]` (JavaScript's `\s`: white space and line terminators).
 *
 * @param code Code unit.
 * @returns Whether it is.
 */
function isNameBreak(code: number): boolean {
  return code === 46 || code === 44 || isWhiteSpace(code)
}

/**
 * Resolve findings into records: pick the meetings, merge people and their
 * references, give outcomes ids, meetings, kinds, CAMEO codes and actors.
 *
 * @param input Input.
 * @returns Records.
 */
export function resolve(input: ResolveInput): Resolved {
  const meetings = resolveMeetings(input.findings.meetings, input)
  const {participants, wordsOf} = resolveParticipants(input.findings.participants, meetings, input)
  const outcomes = resolveOutcomes(input.findings.outcomes, meetings, participants, wordsOf, input)
  return {meetings, participants, outcomes}
}

/**
 * Keep the meetings of the first establishing sentence.
 *
 * @param findings Meeting findings.
 * @param input Input.
 * @returns Meetings.
 */
function resolveMeetings(findings: ReadonlyArray<Attributed<MeetingFinding>>, input: ResolveInput): Meeting[] {
  const first = findings[0]
  if (!first) return []
  const group = findings.filter((finding) => finding.node === first.node && (finding.range?.[0] ?? 0) === (first.range?.[0] ?? 0))
  const meetings: Meeting[] = []
  for (const finding of group) {
    const id = 'm' + (meetings.length + 1)
    meetings.push({
      id,
      name: finding.name,
      acronym: finding.acronym ?? null,
      ordinal: finding.ordinal ?? null,
      date: finding.date ?? null,
      endDate: finding.endDate ?? null,
      mode: finding.mode ?? null,
      location: finding.location
        ? {name: finding.location.name, venue: finding.location.venue ?? null, city: finding.location.city ?? null, country: finding.location.country ?? null}
        : null,
      parentId: finding.session && meetings[0] ? meetings[0].id : null,
      position: positionOf(finding, input.lines)
    })
  }
  return meetings
}

/** A person finding and the words of its name. */
interface NameForm {
  finding: Attributed<ParticipantFinding>
  words: string[]
  /** `words` joined. */
  joined: string
  /** {@link nameKey} of the name. */
  key: string
}

/**
 * Longest names first (a stable sort keeps the findings' order among equals).
 *
 * @param a A form.
 * @param b Another.
 * @returns Order.
 */
function byWordCount(a: NameForm, b: NameForm): number {
  return b.words.length - a.words.length
}

interface Cluster {
  name: string
  /** {@link nameKey} of `name`. */
  key: string
  words: string[]
  /** `words` joined. */
  joined: string
  aliases: Set<string>
  title: string | undefined
  titleFromHeadline: boolean
  rank: string | undefined
  country: string | undefined
  roles: Map<string | null, Role>
  mentions: Position[]
  virtualOnly: boolean
  short: boolean
}

/**
 * Merge person findings: full names by key or word subset, then short
 * references ("Secretary Austin", "Minister Lee") to the full name whose
 * family name they give.
 *
 * @param findings Findings.
 * @param meetings Meetings.
 * @param input Input.
 * @returns Participants, and the {@link nameWords} of each one's name.
 */
function resolveParticipants(
  findings: ReadonlyArray<Attributed<ParticipantFinding>>,
  meetings: readonly Meeting[],
  input: ResolveInput
): {participants: Participant[]; wordsOf: Map<Participant, string[]>} {
  const clusters: Cluster[] = []
  // Words and key of each name, from one `countryKey`, beside their finding (sorted without
  // map look-ups).
  const forms: NameForm[] = []
  for (const finding of findings) {
    const folded = foldName(finding.name)
    const words = splitName(folded)
    forms.push({finding, words, joined: words.join(''), key: keyOf(folded)})
  }
  forms.sort(byWordCount)
  const allIds = meetings.map((meeting) => meeting.id)
  const firstId = allIds.length > 0 ? allIds.slice(0, 1) : ['']
  // Ids of a finding's meetings (`''` for none).
  const meetingIds = (finding: ParticipantFinding): readonly string[] => {
    if (finding.meeting && meetings.length > 1) {
      const names = finding.meeting.split('\n')
      const ids = meetings.filter((meeting) => names.includes(meeting.name)).map((meeting) => meeting.id)
      if (ids.length > 0) return ids
    }
    return meetings.length > 1 && finding.role !== 'mentioned' ? allIds : firstId
  }

  for (const form of forms) {
    const {finding, words, joined, key} = form
    if (words.length === 0) continue
    let cluster = clusters.find((candidate) => candidate.key === key)
    if (!cluster) {
      const candidates = clusters.filter((candidate) => sameModuloForm(words, joined, candidate, finding))
      cluster = pickByTitle(candidates, finding) ?? candidates[0]
    }
    if (!cluster) {
      cluster = {
        name: finding.name,
        key,
        words,
        joined,
        aliases: new Set(),
        title: undefined,
        titleFromHeadline: false,
        rank: undefined,
        country: undefined,
        roles: new Map(),
        mentions: [],
        virtualOnly: true,
        short: words.length === 1
      }
      clusters.push(cluster)
    } else if (finding.name !== cluster.name) {
      if (words.length >= cluster.words.length && finding.name.length > cluster.name.length) {
        // The fullest form names the person: "Joseph R. Biden, Jr." over "Joe Biden".
        cluster.aliases.add(cluster.name)
        cluster.name = finding.name
        cluster.key = key
        cluster.words = words
        cluster.joined = joined
      } else {
        cluster.aliases.add(finding.title ? `${finding.title} ${finding.name}` : finding.name)
      }
    }
    // Titles as the body gives them win over the headline's ("Political and Legal Affairs Commission Secretary").
    const headline = (finding.node as Block).depth === 0 && (finding.node as Block).type === 'heading'
    if (finding.title) {
      if (!cluster.title || (cluster.titleFromHeadline && !headline) || (headline === cluster.titleFromHeadline && finding.title.length > cluster.title.length)) {
        cluster.title = finding.title
        cluster.titleFromHeadline = headline
      }
    }
    cluster.rank ??= finding.rank
    cluster.country ??= finding.country
    const virtual = input.virtual.has(finding.node as Block)
    if (!virtual) {
      cluster.virtualOnly = false
      cluster.mentions.push(positionOf(finding, input.lines))
    }
    const role = finding.role ?? 'mentioned'
    for (const id of meetingIds(finding)) {
      const key2 = role === 'mentioned' ? null : id || null
      const previous = cluster.roles.get(key2)
      if (!previous || rolePrecedence[role] > rolePrecedence[previous]) cluster.roles.set(key2, role)
    }
  }

  const participants: Participant[] = []
  const wordsOf = new Map<Participant, string[]>()
  for (const cluster of clusters) {
    if (cluster.virtualOnly) continue
    cluster.mentions.sort(byOffset)
    // The roles taken, else one mention (no chain of arrays).
    const finalRoles: ParticipantRole[] = []
    for (const [meetingId, role] of cluster.roles) if (role !== 'mentioned') finalRoles.push({meetingId, role})
    if (finalRoles.length === 0) finalRoles.push({meetingId: null, role: 'mentioned'})
    const country = cluster.country ?? null
    if (cluster.short && !cluster.title) {
      input.report('participant/unresolved-reference', `\`${cluster.name}\` matches no one introduced with a full name`, 'info', cluster.mentions[0] ?? null)
    }
    const participant: Participant = {
      id: 'p' + (participants.length + 1),
      name: cluster.name,
      aliases: [...cluster.aliases],
      title: cluster.title ?? null,
      rank: cluster.rank ?? null,
      country,
      // Ids are ASCII ("m1", null): compared by code unit. (localeCompare loads a collator, a
      // twentieth of a cold first parse.)
      roles: finalRoles.sort(byMeetingId),
      mentions: cluster.mentions
    }
    participants.push(participant)
    wordsOf.set(participant, cluster.words)
  }
  inferCountries(participants, clusters.filter((cluster) => !cluster.virtualOnly), input)
  participants.sort(byFirstMention)
  participants.forEach((participant, index) => {
    participant.id = 'p' + (index + 1)
  })
  return {participants, wordsOf}
}

/**
 * Order positions by start offset.
 *
 * @param a A position.
 * @param b Another.
 * @returns Order.
 */
function byOffset(a: Position, b: Position): number {
  return a.start.offset - b.start.offset
}

/**
 * Order roles by meeting id.
 *
 * @param a A role.
 * @param b Another.
 * @returns Order.
 */
function byMeetingId(a: ParticipantRole, b: ParticipantRole): number {
  return compareText(String(a.meetingId), String(b.meetingId))
}

/**
 * Order people by their first mention.
 *
 * @param a A person.
 * @param b Another.
 * @returns Order.
 */
function byFirstMention(a: Participant, b: Participant): number {
  return (a.mentions[0]?.start.offset ?? 0) - (b.mentions[0]?.start.offset ?? 0)
}

/**
 * Whether a mention names the same person as a cluster: its words are a
 * subset that keeps the family name ("Secretary Austin", "Minister Lee" for
 * "Lee Jong-sup"), the same words spaced or hyphenated differently, or the
 * same family name and first initial under the same office ("Joe Biden" and
 * "Joseph R. Biden, Jr.").
 *
 * @param words Words of the mention.
 * @param joined The words joined.
 * @param cluster Cluster.
 * @param finding Finding.
 * @returns Whether they match.
 */
function sameModuloForm(words: readonly string[], joined: string, cluster: Cluster, finding: ParticipantFinding): boolean {
  const other = cluster.words
  if (joined === cluster.joined) return true
  const last = words[words.length - 1] ?? ''
  const first = words[0] ?? ''
  if (words.length === 1) return other.includes(first) && (other[other.length - 1] === first || other[0] === first)
  if (words.every((word) => other.includes(word)) && (other[other.length - 1] === last || other[0] === first)) return true
  if (other.length >= 2 && other[other.length - 1] === last && (other[0] ?? '').charAt(0) === first.charAt(0)) {
    const head = (title: string | undefined) => title?.split(' ').pop()?.toLowerCase()
    return !finding.title || !cluster.title || head(finding.title) === head(cluster.title)
  }
  return false
}

/**
 * Give people the text does not qualify a country: the publisher's own
 * officials go unqualified ("Secretary Blinken" in a U.S. release), unless
 * their office does not exist there ("Prime Minister" in a U.S. release) or
 * their counterparts already are the publisher's; otherwise the country the
 * release names most that is not their counterparts'.
 *
 * @param participants Participants (same order as `clusters`).
 * @param clusters Clusters.
 * @param input Input.
 */
function inferCountries(participants: Participant[], clusters: readonly Cluster[], input: ResolveInput): void {
  const taking = (participant: Participant) => participant.roles.some((role) => role.role !== 'mentioned')
  // The countries the text gives people taking part. Computed once: everyone inferred below has
  // none of their own, and those who have one keep it.
  const others = new Set<string | null>()
  for (let index = 0; index < participants.length; index++) {
    const other = participants[index] as Participant
    if (taking(other) && clusters[index]?.country) others.add(other.country)
  }
  participants.forEach((participant, index) => {
    if (participant.country || !taking(participant)) {
      if (!participant.country) input.report('participant/no-country', `No country found for \`${participant.name}\``, 'info', participant.mentions[0] ?? null)
      return
    }
    const title = clusters[index]?.title
    const publisher = input.publisherCountry
    const foreign = publisher !== null && title !== undefined && isForeignOffice(title, publisher, input.compiled)
    // One counterpart country: this person is from the other side. Several: no hint.
    const counterpart = others.size === 1 ? [...others][0] : undefined
    let country: string | null = null
    if (publisher && !foreign && counterpart !== publisher) country = publisher
    else country = input.countries.find((code) => code !== counterpart && !(foreign && code === publisher)) ?? null
    participant.country = country
    if (!country) input.report('participant/no-country', `No country found for \`${participant.name}\``, 'info', participant.mentions[0] ?? null)
  })
}

/**
 * Whether an office does not exist in the publisher's country ("Prime
 * Minister" for the United States).
 *
 * @param title Title.
 * @param country Publisher country.
 * @param compiled Tables.
 * @returns Whether it is foreign.
 */
function isForeignOffice(title: string, country: string, compiled: Compiled): boolean {
  const offices = compiled.lexicons.foreignOffices[country]
  if (!offices) return false
  const words = ` ${title} `
  // Unpadded first: most offices are not in the title, and then no padded copy is built.
  return offices.some((office) => title.includes(office) && words.includes(` ${office} `))
}

/**
 * Among clusters, the one whose title shares the finding's office head.
 *
 * @param candidates Clusters.
 * @param finding Finding.
 * @returns Cluster.
 */
function pickByTitle(candidates: Cluster[], finding: ParticipantFinding): Cluster | undefined {
  if (candidates.length < 2 || !finding.title) return undefined
  const head = finding.title.split(' ').pop() ?? ''
  return candidates.find((candidate) => candidate.title?.includes(head))
}

/** An outcome finding and its position. */
interface Placed {
  finding: Attributed<OutcomeFinding>
  position: Position
}

/**
 * Order by start offset (a stable sort keeps the findings' order among equals).
 *
 * @param a A finding.
 * @param b Another.
 * @returns Order.
 */
function byStart(a: Placed, b: Placed): number {
  return a.position.start.offset - b.position.start.offset
}

/** Subjects that stand for everyone taking part, as they start a subject (lower case). */
const pluralStarts = [
  'they', 'we', 'both', 'the two', 'the parties', 'the sides', 'both sides', 'the leaders', 'the two leaders', 'the delegations', 'the two delegations',
  'the co-chairs', 'the officials', 'the two officials', 'the ministers', 'the two ministers', 'the secretaries', 'the principals', 'all', 'together', 'each'
]

/**
 * Whether a subject starts with one of {@link pluralStarts}, in any ASCII case,
 * as whole words. (A search instead of one regex of 21 alternatives: compiling
 * that took ~0.2 ms of a cold first parse.)
 *
 * @param subject Subject.
 * @returns Whether it does.
 */
function isPlural(subject: string): boolean {
  return pluralStarts.some((start) => {
    if (subject.length < start.length || isWordCode(subject.charCodeAt(start.length))) return false
    for (let index = 0; index < start.length; index++) {
      const code = subject.charCodeAt(index)
      const expected = start.charCodeAt(index)
      // The letters of `start` are lower case: an upper-case ASCII letter is 32 below.
      if (code !== expected && !(expected >= 97 && expected <= 122 && code === expected - 32)) return false
    }
    return true
  })
}

/**
 * Whether a code unit is a word character of a regex without the `u` flag (`[A-Za-z0-9_]`).
 *
 * @param code Code unit (`NaN` past the end).
 * @returns Whether it is.
 */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
}

/**
 * Build outcomes: ids, meetings by section, kind and CAMEO by verb, actors by subject.
 *
 * @param findings Findings.
 * @param meetings Meetings.
 * @param participants Participants.
 * @param wordsOf The {@link nameWords} of each participant's name.
 * @param input Input.
 * @returns Outcomes.
 */
function resolveOutcomes(
  findings: ReadonlyArray<Attributed<OutcomeFinding>>,
  meetings: readonly Meeting[],
  participants: readonly Participant[],
  wordsOf: ReadonlyMap<Participant, string[]>,
  input: ResolveInput
): Outcome[] {
  // Positions computed once per finding, beside it (sorted without map look-ups).
  const sorted: Placed[] = []
  for (const finding of findings) sorted.push({finding, position: positionOf(finding, input.lines)})
  sorted.sort(byStart)
  const takingPart = participants.filter((participant) => participant.roles.some((role) => role.role !== 'mentioned'))
  const partyCountries = [...new Set(takingPart.map((participant) => participant.country).filter((code): code is string => Boolean(code)))]
  const outcomes: Outcome[] = []
  // Ends of the outcomes kept at the current start offset (the findings are sorted by start): one
  // outcome per span, without a string key per finding.
  let seenStart = -1
  const seenEnds: number[] = []
  // Offices of each participant, computed once per release (actors are found for every
  // outcome against every participant).
  const offices = new Map(participants.map((participant) => [participant, officesOfTitle(participant.title)] as const))
  const officesOf = (participant: Participant) => offices.get(participant) ?? officesOfTitle(participant.title)
  // Who takes part holding an office that ends with a phrase, and the meeting a section title
  // names: asked again for every outcome, answered once per release.
  const holdersByEnd = new Map<string, Participant[]>()
  const holdersOf = (end: string) => {
    let holders = holdersByEnd.get(end)
    if (!holders) {
      holders = takingPart.filter((participant) => officesOf(participant).some((office) => office.endsWith(end)))
      holdersByEnd.set(end, holders)
    }
    return holders
  }
  const meetingKeys = meetings.map((meeting) => nameKey(meeting.name))
  const meetingsByTitle = new Map<string, Meeting | undefined>()
  const meetingOf = (title: string) => {
    if (!meetingsByTitle.has(title)) {
      const key = nameKey(title)
      meetingsByTitle.set(title, meetings.find((_, index) => sameKey(meetingKeys[index] ?? '', key)))
    }
    return meetingsByTitle.get(title)
  }
  const of = {wordsOf, officesOf, holdersOf}
  let lastPerson: readonly string[] = []
  for (const {finding, position} of sorted) {
    const block = finding.node as Block
    if (position.start.offset !== seenStart) {
      seenStart = position.start.offset
      seenEnds.length = 0
    } else if (seenEnds.includes(position.end.offset)) continue
    seenEnds.push(position.end.offset)
    const text = finding.text ?? (finding.range ? block.text.slice(finding.range[0], finding.range[1]) : block.text)
    const section = finding.section !== undefined ? finding.section : input.sectionOf.get(block) ?? null
    const verb = finding.verb === undefined ? null : finding.verb
    const base = verb ? baseOf(verb, input.compiled) : undefined
    // "looked forward to": the particle makes the action.
    const phrasal = base === 'look' && verb !== null && text.toLowerCase().includes(`${verb} forward`) ? 'look forward' : base
    let action = phrasal ? input.compiled.verbs.actions.get(phrasal) ?? input.compiled.verbs.actions.get(phrasal.split(' ')[0] ?? phrasal) : undefined
    // "expressed concern" and "expressed appreciation" say more than "expressed".
    if (base === 'express' || base === 'voice' || base === 'convey') {
      const object = /\b(?:express|voice|convey)\w*\s+(?:\w+\s+){0,3}?(concern|alarm|worry|regret|disappointment|appreciation|gratitude|thanks|support|condolences|hope|confidence)/i.exec(text)?.[1]?.toLowerCase()
      if (object && /^(?:concern|alarm|worry|regret|disappointment)$/.test(object)) action = input.compiled.verbs.actions.get('worry') ?? action
      else if (object && /^(?:appreciation|gratitude|thanks|support|condolences)$/.test(object)) action = input.compiled.verbs.actions.get('welcome') ?? action
    }
    const path = input.pathOf.get(block) ?? (section ? [section] : [])
    let meeting: Meeting | undefined
    for (const title of path) meeting = meetingOf(title) ?? meeting
    const actors = actorsOf(finding.subject, participants, takingPart, partyCountries, input, of, lastPerson)
    if (actors.length === 1 && actors[0]?.startsWith('p')) lastPerson = actors
    outcomes.push({
      id: 'o' + (outcomes.length + 1),
      meetingId: meeting?.id ?? meetings[0]?.id ?? null,
      section,
      verb,
      verbs: finding.verbs && finding.verbs.length > 0 ? finding.verbs : verb ? [verb] : [],
      kind: action?.kind ?? (verb ? 'other' : 'other'),
      cameo: action?.cameo ?? (verb ? '010' : null),
      modifiers: finding.modifiers ?? [],
      modality: finding.modality ?? 'done',
      actors,
      text,
      position
    })
  }
  return outcomes
}

/**
 * A subject in lower case, its characters other than letters, numbers,
 * spaces and hyphens as spaces, with a space either side.
 *
 * @param subject Subject.
 * @returns Words.
 */
function paddedWords(subject: string): string {
  const lower = subject.toLowerCase()
  // In ASCII, letters and numbers are [a-z0-9]: that class replaces in a fifth of the time of the Unicode one.
  return ` ${isAscii(lower) ? lower.replace(/[^a-z0-9 -]+/g, ' ') : lower.replace(/[^\p{L}\p{N} -]+/gu, ' ')} `
}

/**
 * Base form of a written verb.
 *
 * @param verb Verb as written.
 * @param compiled Tables.
 * @returns Base.
 */
function baseOf(verb: string, compiled: Compiled): string | undefined {
  // `split(' ')` without its array: the first two words.
  const space = verb.indexOf(' ')
  const next = space < 0 ? -1 : verb.indexOf(' ', space + 1)
  const head = space < 0 ? verb : verb.slice(0, space)
  const particle = space < 0 ? undefined : verb.slice(space + 1, next < 0 ? undefined : next)
  const entry = compiled.verbs.forms.get(head)
  if (!entry) return head?.endsWith('ed') ? head.slice(0, -2) : head
  return particle ? `${entry.base} ${particle}` : entry.base
}

/**
 * Whether a section title names a meeting, by their {@link nameKey}s.
 *
 * @param meeting Key of the meeting name.
 * @param section Key of the section title.
 * @returns Whether it does.
 */
function sameKey(meeting: string, section: string): boolean {
  return section.length > 3 && (meeting === section || meeting.endsWith(section))
}

/**
 * Who did it: people named in the subject, everyone for "both sides" and
 * pronouns, countries named, or the parties for subjectless items.
 *
 * @param subject Subject text.
 * @param participants Everyone.
 * @param takingPart People taking part.
 * @param partyCountries Their countries.
 * @param input Input.
 * @param of Name words and offices of each participant, and who takes part holding an office
 *   that ends with a phrase.
 * @param lastPerson The actor of the last outcome, if one person.
 * @returns Actors.
 */
function actorsOf(
  subject: string | undefined,
  participants: readonly Participant[],
  takingPart: readonly Participant[],
  partyCountries: readonly string[],
  input: ResolveInput,
  of: {wordsOf: ReadonlyMap<Participant, string[]>; officesOf: (participant: Participant) => string[]; holdersOf: (end: string) => readonly Participant[]},
  lastPerson: readonly string[]
): string[] {
  const {wordsOf, officesOf, holdersOf} = of
  if (!subject) return [...partyCountries]
  const actors: string[] = []
  // A few words: searched in the array, without building a set per outcome.
  const subjectWords = nameWords(subject)
  for (const participant of participants) {
    const words = wordsOf.get(participant) ?? []
    const last = words[words.length - 1]
    const first = words[0]
    if ((last && subjectWords.includes(last)) || (first && words.length > 1 && subjectWords.includes(first))) actors.push(participant.id)
  }
  // "The Foreign Secretary and the External Affairs Minister", "the Secretary and the Minister":
  // people by their offices, or by an office's head word when only one person holds such an office.
  // Built for the first person with an office: many take part without one.
  let lowerSubject: string | undefined
  for (const participant of takingPart) {
    const offices = officesOf(participant)
    if (offices.length === 0) continue
    lowerSubject ??= paddedWords(subject)
    const padded = lowerSubject
    const named = offices.some((office) => {
      // Unpadded first: most offices are not in the subject, and then no padded copy is built.
      if (!padded.includes(office) || !padded.includes(` ${office} `)) return false
      // An office names someone only if no one else taking part holds one like it; a one-word
      // office ("the Secretary") also needs its article.
      const unique = holdersOf(office).length === 1
      if (office.includes(' ')) return unique
      return unique && padded.includes(` the ${office} `)
    })
    // "The Secretary and Foreign Minister Marsudi": offices and names together.
    if (named && !actors.includes(participant.id)) actors.push(participant.id)
  }
  if (actors.length > 0) return actors
  if (isPlural(subject)) return takingPart.length > 0 ? takingPart.map((participant) => participant.id) : [...partyCountries]
  const codes = new Set<string>()
  const tokens = tokenize(subject)
  for (let index = 0; index < tokens.length; index++) {
    const found = matchCountry(tokens, index, input.compiled.countries)
    if (found) {
      codes.add(found.code)
      index += found.length - 1
    }
  }
  if (codes.size > 0) return [...codes]
  // "The Secretary" where two hold such offices: the publisher's own official, else the first named.
  const single = /^the ((?:[a-z-]+ ){0,3}[a-z-]+)$/i.exec(subject.trim())?.[1]?.toLowerCase()
  if (single) {
    const holders = holdersOf(single)
    const own = holders.find((participant) => participant.country === input.publisherCountry)
    const chosen = own ?? holders[0]
    if (chosen) return [chosen.id]
  }
  // "He", "She": the last person who acted alone, else the first person taking part.
  if (/^(?:he|she)\b/i.test(subject)) return lastPerson.length > 0 ? [...lastPerson] : takingPart.slice(0, 1).map((participant) => participant.id)
  return [...partyCountries]
}

