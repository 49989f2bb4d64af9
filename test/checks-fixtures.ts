/**
 * Builders of small `Release` objects for the tests of `src/checks/`: a check
 * sees only the finished release, so most cases need no parsing.
 */
import {defaultLexicons} from '../src/index.js'
import type {CheckContext, Meeting, Outcome, Participant, Position, Release} from '../src/index.js'

/**
 * A position for an offset range on line 1.
 *
 * @param start Start offset.
 * @param end End offset.
 * @returns Position.
 */
export function at(start: number, end: number = start + 1): Position {
  return {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}
}

/**
 * The position of the first occurrence of `needle` in `text`.
 *
 * @param text Text.
 * @param needle Substring.
 * @param from Where to start looking (default: `0`).
 * @returns Position.
 */
export function find(text: string, needle: string, from = 0): Position {
  const start = text.indexOf(needle, from)
  if (start < 0) throw new Error('Cannot find `' + needle + '`')
  return at(start, start + needle.length)
}

/**
 * A meeting.
 *
 * @param fields Fields to set.
 * @returns Meeting.
 */
export function meeting(fields: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    name: 'meeting',
    acronym: null,
    ordinal: null,
    date: null,
    endDate: null,
    mode: null,
    location: null,
    parentId: null,
    position: at(0),
    ...fields
  }
}

/**
 * A participant taking part in `m1`.
 *
 * @param fields Fields to set.
 * @returns Participant.
 */
export function participant(fields: Partial<Participant> = {}): Participant {
  return {
    id: 'p1',
    name: 'Jane Roe',
    aliases: [],
    title: null,
    rank: null,
    country: null,
    roles: [{meetingId: 'm1', role: 'attendee'}],
    mentions: [at(10, 18)],
    ...fields
  }
}

/**
 * An outcome of `m1`.
 *
 * @param fields Fields to set.
 * @returns Outcome.
 */
export function outcome(fields: Partial<Outcome> = {}): Outcome {
  return {
    id: 'o1',
    meetingId: 'm1',
    section: null,
    verb: 'agreed',
    verbs: ['agreed'],
    kind: 'agree',
    cameo: '030',
    modifiers: [],
    modality: 'done',
    actors: [],
    text: 'The two sides agreed to meet again.',
    position: at(0, 35),
    ...fields
  }
}

/**
 * A release.
 *
 * @param fields Fields to set.
 * @returns Release.
 */
export function release(fields: Partial<Release> = {}): Release {
  return {
    schemaVersion: 1,
    kind: 'readout',
    title: null,
    source: null,
    url: null,
    published: null,
    meetings: [],
    participants: [],
    outcomes: [],
    sections: [],
    provenance: {boilerplate: [], generated: {likely: false, evidence: [], positions: []}},
    diagnostics: [],
    ...fields
  }
}

/**
 * A check context with the default lexicons.
 *
 * @param text Original input (optional).
 * @returns Context.
 */
export function context(text?: string): CheckContext {
  return text === undefined ? {lexicons: defaultLexicons} : {lexicons: defaultLexicons, text}
}
