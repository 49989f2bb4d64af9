export type {
  Boilerplate,
  Diagnostic,
  GeneratedEvidence,
  Meeting,
  MeetingLocation,
  MeetingMode,
  Modality,
  Outcome,
  Participant,
  ParticipantRole,
  Point,
  Position,
  Provenance,
  Release,
  ReleaseKind,
  Role,
  SectionInfo,
  Severity
} from './models/types.js'
export {FactsheetError, type FactsheetErrorCode} from './diagnostics/error.js'
export {parseRelease} from './parse.js'
export {createParser, type Parser, type ParserOptions} from './parse-release.js'
export {factsheetPlugin, type FactsheetPluginOptions} from './unified/plugin.js'
export type {ParseOptions, ReleaseMeta} from './options.js'
export {defineFormat, defineRecognizer} from './recognize/define.js'
export type {
  AnyRecognizer,
  FindingSource,
  Format,
  MeetingFinding,
  OutcomeFinding,
  ParticipantFinding,
  RecognizeContext,
  RecognizedKinds,
  Recognizer,
  ReportOptions,
  Section,
  SectionItem
} from './recognize/types.js'
export type {SentenceAnalysis, SubjectKind} from './extract/analyze.js'
export type {PersonMention} from './extract/people.js'
export type {PlaceMention} from './extract/places.js'
export {defaultFormats, defaultRecognizers} from './recognizers/index.js'
export {defaultLexicons, type Lexicons, type LexiconsInput} from './lexicons/index.js'
export type {ActionEntry} from './lexicons/verbs.js'
export type {Check, CheckContext, CheckReport} from './checks/types.js'
export {officeholderCheck, type OfficeholderCheckOptions, type OfficeholderEntry} from './checks/officeholder.js'
