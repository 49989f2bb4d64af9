import type {Compiled} from '../extract/analyze.js'
import {countryKey, matchCountry} from '../extract/countries.js'
import {tokenize} from '../extract/tokens.js'
import type {Attributed, EngineResult} from '../recognize/engine.js'
import type {MeetingFinding, OutcomeFinding, ParticipantFinding} from '../recognize/types.js'
import type {LineIndex} from '../normalize/offsets.js'
import {toPosition} from '../normalize/offsets.js'
import type {Meeting, Outcome, Participant, Position, Role} from '../models/types.js'
import type {Block} from '../tree/blocks.js'
import {spanOf} from '../tree/text.js'

/** What the resolve stage needs. */
export interface ResolveInput {
  readonly findings: EngineResult
  readonly lines: LineIndex
  readonly compiled: Compiled
  /** Section title of each block. */
  readonly sectionOf: ReadonlyMap<Block, string | null>
  /** Country of the publisher, used for people the text gives no country. */
  readonly publisherCountry: string | null
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
  return countryKey(name).replace(/[^a-z0-9]+/g, '')
}

/**
 * Words of a name, normalized, without initials and suffixes.
 *
 * @param name Name.
 * @returns Words.
 */
export function nameWords(name: string): string[] {
  return countryKey(name)
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 1 && !/^(?:jr|sr|ii|iii|iv|vi|sc|s c|kc|qc|mp)$/.test(word))
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
  const participants = resolveParticipants(input.findings.participants, meetings, input)
  const outcomes = resolveOutcomes(input.findings.outcomes, meetings, participants, input)
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

interface Cluster {
  name: string
  words: string[]
  aliases: Set<string>
  title: string | undefined
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
 * @returns Participants.
 */
function resolveParticipants(findings: ReadonlyArray<Attributed<ParticipantFinding>>, meetings: readonly Meeting[], input: ResolveInput): Participant[] {
  const clusters: Cluster[] = []
  const sorted = [...findings].sort((a, b) => nameWords(b.name).length - nameWords(a.name).length)
  const meetingId = (finding: ParticipantFinding): string | null => {
    if (meetings.length === 0) return null
    if (finding.meeting && meetings.length > 1) {
      const names = finding.meeting.split('\n')
      const ids = meetings.filter((meeting) => names.includes(meeting.name)).map((meeting) => meeting.id)
      if (ids.length > 0) return ids.join('\n')
    }
    return meetings.length > 1 && finding.role !== 'mentioned' ? meetings.map((meeting) => meeting.id).join('\n') : meetings[0]?.id ?? null
  }

  for (const finding of sorted) {
    const words = nameWords(finding.name)
    if (words.length === 0) continue
    const key = nameKey(finding.name)
    let cluster = clusters.find((candidate) => nameKey(candidate.name) === key)
    if (!cluster && words.length >= 2) {
      cluster = clusters.find((candidate) => candidate.words.length >= 2 && words.every((word) => candidate.words.includes(word)) && words.length >= 2)
    }
    if (!cluster && words.length === 1) {
      const word = words[0] ?? ''
      const candidates = clusters.filter((candidate) => candidate.words.length >= 2 && (candidate.words[candidate.words.length - 1] === word || candidate.words[0] === word))
      cluster = pickByTitle(candidates, finding) ?? candidates[0]
      if (!cluster) {
        const joined = clusters.filter((candidate) => candidate.words.length >= 2 && candidate.words.join('') === word)
        cluster = joined[0]
      }
    }
    if (!cluster) {
      cluster = {
        name: finding.name,
        words,
        aliases: new Set(),
        title: undefined,
        rank: undefined,
        country: undefined,
        roles: new Map(),
        mentions: [],
        virtualOnly: true,
        short: words.length === 1
      }
      clusters.push(cluster)
    } else if (finding.name !== cluster.name) {
      cluster.aliases.add(finding.title ? `${finding.title} ${finding.name}` : finding.name)
    }
    if (finding.title && (!cluster.title || finding.title.length > cluster.title.length)) cluster.title = finding.title
    cluster.rank ??= finding.rank
    cluster.country ??= finding.country
    const virtual = input.virtual.has(finding.node as Block)
    if (!virtual) {
      cluster.virtualOnly = false
      cluster.mentions.push(positionOf(finding, input.lines))
    }
    const role = finding.role ?? 'mentioned'
    for (const id of (meetingId(finding) ?? '').split('\n')) {
      const key2 = role === 'mentioned' ? null : id || null
      const previous = cluster.roles.get(key2)
      if (!previous || rolePrecedence[role] > rolePrecedence[previous]) cluster.roles.set(key2, role)
    }
  }

  const participants: Participant[] = []
  for (const cluster of clusters) {
    if (cluster.virtualOnly) continue
    cluster.mentions.sort((a, b) => a.start.offset - b.start.offset)
    const roles = [...cluster.roles.entries()]
      .filter(([meeting, role]) => meeting !== null || role !== 'mentioned' || cluster.roles.size === 1)
      .map(([meeting, role]) => ({meetingId: meeting, role}))
    const taking = roles.filter((role) => role.role !== 'mentioned')
    const finalRoles = taking.length > 0 ? taking : [{meetingId: null, role: 'mentioned' as Role}]
    let country = cluster.country ?? null
    if (!country && input.publisherCountry && taking.length > 0) country = input.publisherCountry
    if (!country) {
      input.report('participant/no-country', `No country found for \`${cluster.name}\``, 'info', cluster.mentions[0] ?? null)
    }
    if (cluster.short && !cluster.title) {
      input.report('participant/unresolved-reference', `\`${cluster.name}\` matches no one introduced with a full name`, 'info', cluster.mentions[0] ?? null)
    }
    participants.push({
      id: 'p' + (participants.length + 1),
      name: cluster.name,
      aliases: [...cluster.aliases],
      title: cluster.title ?? null,
      rank: cluster.rank ?? null,
      country,
      roles: finalRoles.sort((a, b) => String(a.meetingId).localeCompare(String(b.meetingId))),
      mentions: cluster.mentions
    })
  }
  participants.sort((a, b) => (a.mentions[0]?.start.offset ?? 0) - (b.mentions[0]?.start.offset ?? 0))
  participants.forEach((participant, index) => {
    participant.id = 'p' + (index + 1)
  })
  return participants
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

const plural = /^(?:they|we|both|the two|the parties|the sides|both sides|the leaders|the two leaders|the delegations|the two delegations|the co-chairs|the officials|the two officials|the ministers|the two ministers|the secretaries|the principals|all|together|each)\b/i

/**
 * Build outcomes: ids, meetings by section, kind and CAMEO by verb, actors by subject.
 *
 * @param findings Findings.
 * @param meetings Meetings.
 * @param participants Participants.
 * @param input Input.
 * @returns Outcomes.
 */
function resolveOutcomes(
  findings: ReadonlyArray<Attributed<OutcomeFinding>>,
  meetings: readonly Meeting[],
  participants: readonly Participant[],
  input: ResolveInput
): Outcome[] {
  const sorted = [...findings].sort((a, b) => {
    const pa = positionOf(a, input.lines).start.offset
    const pb = positionOf(b, input.lines).start.offset
    return pa - pb
  })
  const takingPart = participants.filter((participant) => participant.roles.some((role) => role.role !== 'mentioned'))
  const partyCountries = [...new Set(takingPart.map((participant) => participant.country).filter((code): code is string => Boolean(code)))]
  const outcomes: Outcome[] = []
  const seen = new Set<string>()
  for (const finding of sorted) {
    const block = finding.node as Block
    const position = positionOf(finding, input.lines)
    const key = `${position.start.offset}:${position.end.offset}`
    if (seen.has(key)) continue
    seen.add(key)
    const text = finding.text ?? (finding.range ? block.text.slice(finding.range[0], finding.range[1]) : block.text)
    const section = finding.section !== undefined ? finding.section : input.sectionOf.get(block) ?? null
    const verb = finding.verb === undefined ? null : finding.verb
    const base = verb ? baseOf(verb, input.compiled) : undefined
    const action = base ? input.compiled.verbs.actions.get(base) ?? input.compiled.verbs.actions.get(base.split(' ')[0] ?? base) : undefined
    const meeting = section ? meetings.find((candidate) => sameName(candidate.name, section)) : undefined
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
      actors: actorsOf(finding.subject, participants, takingPart, partyCountries, input),
      text,
      position
    })
  }
  return outcomes
}

/**
 * Base form of a written verb.
 *
 * @param verb Verb as written.
 * @param compiled Tables.
 * @returns Base.
 */
function baseOf(verb: string, compiled: Compiled): string | undefined {
  const [head, particle] = verb.split(' ')
  const entry = compiled.verbs.forms.get(head ?? verb)
  if (!entry) return head?.endsWith('ed') ? head.slice(0, -2) : head
  return particle ? `${entry.base} ${particle}` : entry.base
}

/**
 * Whether a section title names a meeting.
 *
 * @param meeting Meeting name.
 * @param section Section title.
 * @returns Whether it does.
 */
function sameName(meeting: string, section: string): boolean {
  const a = nameKey(meeting)
  const b = nameKey(section)
  return b.length > 3 && (a === b || a.endsWith(b))
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
 * @returns Actors.
 */
function actorsOf(
  subject: string | undefined,
  participants: readonly Participant[],
  takingPart: readonly Participant[],
  partyCountries: readonly string[],
  input: ResolveInput
): string[] {
  if (!subject) return [...partyCountries]
  const actors: string[] = []
  const subjectWords = new Set(nameWords(subject))
  for (const participant of participants) {
    const words = nameWords(participant.name)
    const last = words[words.length - 1]
    const first = words[0]
    if ((last && subjectWords.has(last)) || (first && words.length > 1 && subjectWords.has(first))) actors.push(participant.id)
  }
  if (actors.length > 0) return actors
  if (plural.test(subject)) return takingPart.length > 0 ? takingPart.map((participant) => participant.id) : [...partyCountries]
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
  if (/^(?:he|she|the (?:secretary|minister|president|prime minister|king|chancellor))\b/i.test(subject)) {
    return takingPart.slice(0, 1).map((participant) => participant.id)
  }
  return [...partyCountries]
}

