/**
 * The output contract of `factsheet` (schemaVersion 1).
 *
 * Every record is plain data: it round-trips through `JSON.stringify` and
 * `JSON.parse` unchanged. Every `Position` points into the ORIGINAL input.
 */

/** A point in the original input: 1-based line and column, 0-based offset. */
export interface Point {
  /** Line (1-indexed). */
  line: number
  /** Column (1-indexed, in UTF-16 code units). */
  column: number
  /** Offset into the original input (0-indexed, in UTF-16 code units). */
  offset: number
}

/** A unist position: a span of the original input. */
export interface Position {
  /** Place of the first character. */
  start: Point
  /** Place just after the last character. */
  end: Point
}

/** The kind of release, detected from its title and body. */
export type ReleaseKind =
  | 'fact-sheet'
  | 'readout'
  | 'joint-statement'
  | 'communique'
  | 'press-release'
  | 'other'

/** What a person did in a meeting; `mentioned` means they did not take part. */
export type Role = 'chair' | 'co-chair' | 'host' | 'attendee' | 'mentioned'

/** How a meeting was held. */
export type MeetingMode = 'in-person' | 'call' | 'virtual'

/** Where a meeting took place. */
export interface MeetingLocation {
  /** The place as written: `"the Pentagon"`, `"Washington, D.C."`. */
  name: string
  /** A building or an event: `"the White House"`, `"Munich Security Conference"`. */
  venue: string | null
  /** A city: `"Washington"`, `"Seoul"`. */
  city: string | null
  /** ISO 3166-1 alpha-2 code of the place, where the text or the gazetteer tells. */
  country: string | null
}

/** A meeting, call, dialogue, visit or ceremony that the release reports on. */
export interface Meeting {
  /** Stable within one release: `"m1"`, `"m2"`, … */
  id: string
  /** Proper name as written, or a short descriptor (`"call"`, `"meeting"`). */
  name: string
  /** Acronym given in the text (`"SCM"`). */
  acronym: string | null
  /** Ordinal of a series (`56` for "the 56th SCM"). */
  ordinal: number | null
  /** ISO date of the (first) day. */
  date: string | null
  /** ISO date of the last day of a multi-day meeting. */
  endDate: string | null
  /** How it was held, where the text says. */
  mode: MeetingMode | null
  /** Where it was held; `null` for calls, virtual meetings and unstated places. */
  location: MeetingLocation | null
  /** The meeting this one was a session of. */
  parentId: string | null
  /** Span of the text the meeting was read from. */
  position: Position
}

/** The role of a participant in one meeting (or in the release, when `meetingId` is `null`). */
export interface ParticipantRole {
  /** Meeting id, or `null` when the person is only mentioned in the release. */
  meetingId: string | null
  /** The role. */
  role: Role
}

/** A named person. One entry per person across all meetings of the release. */
export interface Participant {
  /** Stable within one release: `"p1"`, `"p2"`, … */
  id: string
  /** Fullest form in the text, without honorifics: `"Lloyd J. Austin III"`. */
  name: string
  /** Other forms resolved to this person: `"Secretary Austin"`. */
  aliases: string[]
  /** Office as written, without "of <country>": `"Secretary of Defense"`. */
  title: string | null
  /** Military rank or honorific: `"Gen."`, `"Dr."`, `"H.E."`. */
  rank: string | null
  /** ISO 3166-1 alpha-2 code, or an organization code (`"EU"`, `"UN"`, `"NATO"`, `"AUC"`). */
  country: string | null
  /** Never empty: a person who did not take part is `mentioned`. */
  roles: ParticipantRole[]
  /** Every mention of the person in the original input. */
  mentions: Position[]
}

/** Whether an outcome was done, is planned, is intended, or was not done. */
export type Modality = 'done' | 'future' | 'intent' | 'negated'

/** One thing the parties did or declared: a list item or a sentence. */
export interface Outcome {
  /** Stable within one release: `"o1"`, `"o2"`, … */
  id: string
  /** The meeting it belongs to. */
  meetingId: string | null
  /** Innermost heading it falls under, without markup or trailing colon. */
  section: string | null
  /** First main verb, lower case, as written, without auxiliaries; `null` if verbless. */
  verb: string | null
  /** Every coordinated main verb, in order; `verb` is the first. */
  verbs: string[]
  /** Normalized action: `"reaffirm"`, `"agree"`, `"discuss"`, `"condemn"`, … */
  kind: string
  /** CAMEO event code of the action, or `null` when none fits. */
  cameo: string | null
  /** Adverbs that modify the action: `["strongly"]`. */
  modifiers: string[]
  /** Done, future, intent or negated. */
  modality: Modality
  /** Participant ids or country codes the text names as doing it. */
  actors: string[]
  /** The item or sentence, normalized: markup, list markers and paragraph numbers removed. */
  text: string
  /** Span of the original input that `text` was read from. */
  position: Position
}

/** How bad a diagnostic is. */
export type Severity = 'info' | 'warning' | 'error'

/** A content problem found while parsing. Messy text never throws: it becomes diagnostics. */
export interface Diagnostic {
  /** Stable code, documented in `docs/diagnostics.md`: `"participant/unresolved-reference"`. */
  code: string
  /** Human-readable reason. */
  reason: string
  /** How bad it is. */
  severity: Severity
  /** The recognizer or check that raised it. */
  source: string
  /** Where in the original input, if anywhere. */
  place: Position | null
}

/** A span of the input set aside as boilerplate. */
export interface Boilerplate {
  /** Why it was set aside: `"share-count"`, `"ai-disclosure"`, `"attribution"`, … */
  reason: string
  /** The text, whitespace collapsed. */
  text: string
  /** Where it was. */
  position: Position
}

/** Evidence that a machine wrote the text, as the text itself discloses. */
export interface GeneratedEvidence {
  /** `true` when the text says an AI wrote or rewrote it. */
  likely: boolean
  /** Quotes of the disclosures. */
  evidence: string[]
  /** Where each disclosure is, in the order of `evidence`. */
  positions: Position[]
}

/** Where the records came from, and what was set aside. */
export interface Provenance {
  /** Spans set aside: trailers, share counts, attribution lines, captions. */
  boilerplate: Boilerplate[]
  /** Whether the text says an AI wrote it. */
  generated: GeneratedEvidence
}

/** A heading of the release. */
export interface SectionInfo {
  /** Heading text without markup or trailing colon. */
  title: string
  /** Depth (1 is the top). */
  depth: number
  /** Where the heading is. */
  position: Position
}

/** The parsed release. */
export interface Release {
  /** Version of this contract. */
  schemaVersion: 1
  /** Kind of release. */
  kind: ReleaseKind
  /** Title of the release. */
  title: string | null
  /** Outlet or agency as printed: `"Defense.gov"`. */
  source: string | null
  /** The release's own address. */
  url: string | null
  /** Publisher's local date (`"2021-05-21"`). */
  published: string | null
  /** Meetings the release reports on. */
  meetings: Meeting[]
  /** People named in the release, one entry each. */
  participants: Participant[]
  /** Outcomes in document order. */
  outcomes: Outcome[]
  /** Headings of the release. */
  sections: SectionInfo[]
  /** What was set aside, and whether a machine wrote it. */
  provenance: Provenance
  /** Content problems. */
  diagnostics: Diagnostic[]
}
