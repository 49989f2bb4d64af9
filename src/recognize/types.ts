import type {Compiled, SentenceAnalysis} from '../extract/analyze.js'
import type {PlaceMention} from '../extract/places.js'
import type {Lexicons} from '../lexicons/index.js'
import type {MeetingMode, Modality, Position, ReleaseKind, Role, Severity} from '../models/types.js'

/** One block of a section, as recognizers see it. */
export interface SectionItem {
  /** `heading`, `paragraph`, `item` (list item), `row` (table row), `rule`, or `caption` (a photo caption: people in it were there, nothing in it is an outcome). */
  readonly type: 'heading' | 'paragraph' | 'item' | 'row' | 'rule' | 'caption'
  /** Heading rank, or list nesting (1 for a top-level item). */
  readonly depth: number
  /** Normalized text: markup removed, entities decoded, whitespace collapsed. */
  readonly text: string
  /** Whether a list item is numbered. */
  readonly ordered: boolean
  /** Whether all of the text is bold. */
  readonly strong: boolean
  /** Whether a list item has a nested list. */
  readonly sublist: boolean
}

/** A section: a heading and the items under it. */
export interface Section {
  /** Heading text, or `null` before the first heading. */
  readonly title: string | null
  /** Heading depth (`0` for the part before any heading). */
  readonly depth: number
  /** Items directly in the section. */
  readonly items: readonly SectionItem[]
  /** Nested sections. */
  readonly children: readonly Section[]
}

/** Where a finding was read: an item, and optionally a span of its text. */
export interface FindingSource {
  /** The item the finding was read from. */
  node: SectionItem
  /** `[start, end)` indexes into `node.text` (optional; default: the whole item). */
  range?: readonly [number, number] | undefined
}

/** A person a recognizer found. */
export interface ParticipantFinding extends FindingSource {
  /** Name without honorifics. */
  name: string
  /** Office, if given. */
  title?: string | undefined
  /** ISO alpha-2 or organization code, if given. */
  country?: string | undefined
  /** Rank or honorific, if given. */
  rank?: string | undefined
  /** Role, if the text says (default: `mentioned`). */
  role?: Role | undefined
  /** Name of the meeting the role is in, if the text says. */
  meeting?: string | undefined
}

/** An outcome a recognizer found. */
export interface OutcomeFinding extends FindingSource {
  /** Text (default: the text of `range` or the item). */
  text?: string | undefined
  /** First main verb, lower case (default: found by the built-in verb reader). */
  verb?: string | null | undefined
  /** Every coordinated verb. */
  verbs?: string[] | undefined
  /** Modality. */
  modality?: Modality | undefined
  /** Adverbs that modify the action. */
  modifiers?: string[] | undefined
  /** Section heading (default: the section's title). */
  section?: string | null | undefined
  /** Who did it: names, `"both"`, or country codes (resolved later). */
  subject?: string | undefined
}

/** A meeting a recognizer found. */
export interface MeetingFinding extends FindingSource {
  /** Proper name or short descriptor. */
  name: string
  /** Acronym. */
  acronym?: string | null | undefined
  /** Ordinal of a series. */
  ordinal?: number | null | undefined
  /** ISO date. */
  date?: string | null | undefined
  /** ISO date of the last day. */
  endDate?: string | null | undefined
  /** Mode. */
  mode?: MeetingMode | null | undefined
  /** Place. */
  location?: {
    /** The place as written: `"the Pentagon"`, `"Washington, D.C."`. */
    name: string;
    /** A building or an event (optional). */
    venue?: string | null;
    /** A city (optional). */
    city?: string | null;
    /** ISO 3166-1 alpha-2 code of the place (optional). */
    country?: string | null
  } | null | undefined
  /** Whether this is a session held within another meeting found before it. */
  session?: boolean | undefined
}

/** The findings each kind of recognizer yields. Users may augment it, like unified's `Data`. */
export interface RecognizedKinds {
  /** People. */
  participants: ParticipantFinding[]
  /** Outcomes. */
  outcomes: OutcomeFinding[]
  /** Meetings. */
  meetings: MeetingFinding[]
}

/** Options of `report`. */
export interface ReportOptions {
  /** Stable code (default: `recognizer/message`). */
  code?: string | undefined
  /** Severity (default: `warning`). */
  severity?: Severity | undefined
  /** Item the problem is in. */
  node?: SectionItem | undefined
  /** Span of the item's text. */
  range?: readonly [number, number] | undefined
}

/** What a recognizer gets besides the section. */
export interface RecognizeContext {
  /** Lexicons in use. */
  readonly lexicons: Lexicons
  /** Publication date (the publisher's local date), if known. */
  readonly published: string | null
  /** Fallback reference date for relative dates, if given. */
  readonly referenceDate: string | null
  /** Detected release kind. */
  readonly kind: ReleaseKind
  /** Release title, if known. */
  readonly title: string | null
  /** Compiled lexicon tables, for the built-in analysis helpers. */
  readonly compiled: Compiled
  /** Every section of the release, in document order. */
  readonly sections: readonly Section[]
  /** The normalized text of an item. */
  text(node: SectionItem): string
  /** The ISO code of a country name, alias, demonym or organization (`"Ghana"` → `"GH"`), if the lexicons know it. */
  country(name: string): string | undefined
  /** The place a sentence names for a meeting ("in Washington, D.C.", "at the White House", "on the margins of ..."), if any. */
  place(sentence: SentenceAnalysis): PlaceMention | undefined
  /** Whether an analyzed prose sentence reports an outcome (the rule the built-in outcome recognizer uses). */
  isOutcome(sentence: SentenceAnalysis): boolean
  /** Whether a short text reads as a label or heading (Title Case or ALL CAPS, no verb needed). */
  isLabel(text: string): boolean
  /** The item's sentences, analyzed by the built-in reader (cached per parse). */
  sentences(node: SectionItem): readonly SentenceAnalysis[]
  /** The item analyzed as one list item (its first sentence; cached per parse). */
  item(node: SectionItem): SentenceAnalysis
  /** Report a content problem; its `source` is the recognizer's name. */
  report(reason: string, options?: ReportOptions): void
}

/** A pluggable recognizer for one kind of finding. */
export interface Recognizer<K extends keyof RecognizedKinds = keyof RecognizedKinds> {
  /** Stable id `scope:name`; the `source` of its diagnostics. */
  readonly name: string
  /** The kind of finding it yields. */
  readonly kind: K
  /** Higher runs first; ties keep array order (default: `0`). */
  readonly priority?: number | undefined
  /** How sure it is that the section is its own: `0` (not mine) to `1` (certain). Cheap. */
  match(section: Section, context: RecognizeContext): number
  /** Typed findings, or `undefined` to pass the section on. */
  extract(section: Section, context: RecognizeContext): RecognizedKinds[K] | undefined
}

/** Any recognizer. */
export type AnyRecognizer = {[K in keyof RecognizedKinds]: Recognizer<K>}[keyof RecognizedKinds]

/** A release format: how to detect it and which recognizers it brings. */
export interface Format {
  /** Stable id `scope:name`. */
  readonly name: string
  /** Release kind it yields. */
  readonly kind: ReleaseKind
  /** How sure it is that the release is of this format: `0` to `1`. */
  detect(input: {title: string | null; text: string; url: string | null; source: string | null}): number
  /** Recognizers to run first when this format is detected (optional). */
  readonly recognizers?: readonly AnyRecognizer[] | undefined
}

/** Position helper type re-exported for recognizer authors. */
export type {Position}
