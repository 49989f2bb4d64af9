import type {Root} from 'mdast'
import type {Check} from './checks/types.js'
import {consistencyCheck} from './checks/consistency.js'
import {FactsheetError, describe, describeError} from './diagnostics/error.js'
import {analyzeItem, analyzeText, compileLexicons, isProseOutcome, type Compiled, type SentenceAnalysis} from './extract/analyze.js'
import {findDates, localDate, shiftIsoDate, zonedDate} from './extract/dates.js'
import {findPlace} from './extract/places.js'
import {tokenize, type Token} from './extract/tokens.js'
import {lookupCountry, matchCountry} from './extract/countries.js'
import {mergeLexicons, type LexiconsInput} from './lexicons/index.js'
import type {Boilerplate, Diagnostic, Position, Release, ReleaseKind, SectionInfo, Severity} from './models/types.js'
import {markBoilerplate} from './normalize/boilerplate.js'
import {parseUntrusted, splitLongBlocks, type DefuseNote} from './normalize/defuse.js'
import {readFrontMatter, type FrontMatter} from './normalize/front-matter.js'
import {createLineIndex, toPosition, type LineIndex, type OffsetMap} from './normalize/offsets.js'
import {detectFormat, plainTextToMarkdown, type PlainTextResult} from './normalize/plain-text.js'
import {resolveOptions, type ParseOptions, type ResolvedOptions} from './options.js'
import {runRecognizers, sortRecognizers, type EngineReport} from './recognize/engine.js'
import type {AnyRecognizer, Format, RecognizeContext, Section, SectionItem} from './recognize/types.js'
import {defaultFormats, defaultRecognizers} from './recognizers/index.js'
import {describeMeeting, meetingMode} from './recognizers/meetings.js'
import {resolve} from './resolve/resolve.js'
import {toBlocks, type Block} from './tree/blocks.js'
import {isLabel, sectionize} from './tree/sections.js'
import {sliceMapped, spanOf} from './tree/text.js'

/** Options of `createParser`. */
export interface ParserOptions {
  /** Recognizers (default: the built-ins). Pass `[mine, ...defaultRecognizers]` to add yours. */
  recognizers?: readonly AnyRecognizer[] | undefined
  /** Release formats (default: the built-ins). Yours are tried before the built-ins. */
  formats?: readonly Format[] | undefined
  /** Lexicons: extend the built-ins, or replace those named in `replace` (optional). */
  lexicons?: LexiconsInput | undefined
  /** Checks to run on every release (optional). */
  checks?: readonly Check[] | undefined
}

/** A configured parser. */
export interface Parser {
  /**
   * Parse the text of a release (plain text or Markdown).
   *
   * @param text Release text.
   * @param options Options (optional).
   * @returns The release.
   */
  parse(text: string, options?: ParseOptions): Release
  /**
   * Parse an mdast tree whose positions point into `source` (used by the HTML
   * entry and the unified plugin).
   *
   * @param tree mdast tree.
   * @param source The string the tree's positions point into.
   * @param options Options (optional).
   * @returns The release.
   */
  parseTree(tree: Root, source: string, options?: ParseOptions): Release
}

const identity: OffsetMap = {from: [0], to: [0], copied: [true]}

/**
 * Create a configured parser. The default parser is `createParser()`.
 *
 * @param options Recognizers, formats, lexicons and checks (optional).
 * @returns Parser.
 * @throws {FactsheetError} `ERR_FACTSHEET_INVALID_OPTION` on bad options.
 * @example
 * ```ts
 * const parser = createParser({recognizers: [attendees, ...defaultRecognizers]})
 * const release = parser.parse(text)
 * ```
 */
export function createParser(options: ParserOptions = {}): Parser {
  if (!options || typeof options !== 'object') {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot create parser: expected an options object, got `' + describe(options) + '`')
  }
  const recognizers = options.recognizers ?? defaultRecognizers
  if (!Array.isArray(recognizers) || recognizers.some((recognizer) => !recognizer || typeof recognizer.name !== 'string' || typeof recognizer.match !== 'function' || typeof recognizer.extract !== 'function')) {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot create parser: expected `recognizers` to be an array of recognizers')
  }
  const formats = [...(options.formats ?? []), ...defaultFormats]
  if (formats.some((format) => !format || typeof format.detect !== 'function' || typeof format.name !== 'string')) {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot create parser: expected `formats` to be an array of formats')
  }
  const checks = options.checks ?? []
  if (!Array.isArray(checks) || checks.some((check) => !check || typeof check.check !== 'function')) {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot create parser: expected `checks` to be an array of checks')
  }
  const compiled = compileLexicons(mergeLexicons(options.lexicons))
  const sorted = sortRecognizers(recognizers)
  // Longest suffix first, sorted once per parser rather than per parse.
  const zones = [...compiled.lexicons.publisherZones].sort((a, b) => b[0].length - a[0].length)
  const settings: Settings = {compiled, recognizers: sorted, formats, checks, zones}

  return Object.freeze({
    parse(text: string, parseOptions?: ParseOptions): Release {
      const resolved = resolveOptions(parseOptions)
      checkInput(text, resolved.maxBytes)
      return parseText(text, resolved, settings)
    },
    parseTree(tree: Root, source: string, parseOptions?: ParseOptions): Release {
      const resolved = resolveOptions(parseOptions)
      checkInput(source, resolved.maxBytes)
      if (!tree || typeof tree !== 'object' || tree.type !== 'root') {
        throw new FactsheetError('ERR_FACTSHEET_INVALID_INPUT', 'Cannot parse tree: expected an mdast `root`, got `' + describe(tree) + '`')
      }
      return parseDocument({original: source, parsed: source, map: identity, root: tree, frontMatter: undefined, sourceLine: undefined}, resolved, settings)
    }
  })
}

interface Settings {
  compiled: Compiled
  recognizers: readonly AnyRecognizer[]
  formats: readonly Format[]
  checks: readonly Check[]
  /** Publisher zones, longest suffix first. */
  zones: ReadonlyArray<readonly [string, string, string]>
}

/**
 * Reject input that is not a string or is too large, before any parsing.
 *
 * @param text Input.
 * @param maxBytes Limit.
 */
export function checkInput(text: unknown, maxBytes: number): asserts text is string {
  if (typeof text !== 'string') {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_INPUT', 'Cannot parse release: expected a string, got `' + describe(text) + '`')
  }
  if (text.length > maxBytes || utf8Length(text, maxBytes) > maxBytes) {
    throw new FactsheetError('ERR_FACTSHEET_INPUT_TOO_LARGE', `Cannot parse release: expected at most ${maxBytes} bytes, got more`)
  }
}

/**
 * UTF-8 length of a string, counting no further than `stop`.
 *
 * @param text Text.
 * @param stop Stop counting past this.
 * @returns Bytes.
 */
function utf8Length(text: string, stop: number): number {
  if (text.length * 3 <= stop) return text.length
  let bytes = 0
  for (let index = 0; index < text.length && bytes <= stop; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4
      index++
    } else bytes += 3
  }
  return bytes
}

interface Prepared {
  original: string
  parsed: string
  map: OffsetMap
  root: Root
  frontMatter: FrontMatter | undefined
  sourceLine: PlainTextResult['sourceLine']
  notes?: readonly DefuseNote[] | undefined
}

/**
 * Parse plain text or Markdown.
 *
 * @param text Input.
 * @param options Options.
 * @param settings Parser settings.
 * @returns Release.
 */
function parseText(text: string, options: ResolvedOptions, settings: Settings): Release {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const frontMatter = readFrontMatter(text, start)
  const bodyStart = frontMatter?.end ?? start
  const body = text.slice(bodyStart)
  const format = options.format === 'auto' ? (frontMatter ? 'markdown' : detectFormat(body)) : options.format
  let parsed: string
  let map: OffsetMap
  let sourceLine: PlainTextResult['sourceLine']
  if (format === 'text') {
    const converted = plainTextToMarkdown(text, bodyStart)
    parsed = converted.markdown
    map = converted.map
    sourceLine = converted.sourceLine
  } else {
    parsed = body
    map = {from: [0], to: [bodyStart], copied: [true]}
  }
  // Bounded work on untrusted Markdown: escapes past the budgets, chunked parse.
  const bounded = parseUntrusted(parsed, map, {maxDepth: options.maxDepth})
  return parseDocument({original: text, parsed: bounded.parsed, map: bounded.map, root: bounded.root, frontMatter, sourceLine, notes: bounded.notes}, options, settings)
}

const numberPrefix = /^(?:\{:[^}\n]{0,200}\}\s*)?(?:(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,5})\))\s+(?=\S)/
const iaPrefix = /^\{:[^}\n]{0,200}\}\s*/

/**
 * Parse a prepared document.
 *
 * @param prepared Input, tree and maps.
 * @param options Options.
 * @param settings Parser settings.
 * @returns Release.
 */
function parseDocument(prepared: Prepared, options: ResolvedOptions, settings: Settings): Release {
  const {original, frontMatter, sourceLine} = prepared
  const {compiled} = settings
  const lines = createLineIndex(original)
  const diagnostics: Diagnostic[] = []
  const report = (code: string, reason: string, severity: Severity, place: Position | null, source = 'factsheet') => {
    // Recognizers and checks are user code: keep the output contract whatever they pass.
    const known = severity === 'info' || severity === 'warning' || severity === 'error'
    diagnostics.push({code, reason, severity: known ? severity : 'warning', source, place: place === null ? null : soundPlace(place, lines)})
  }

  for (const note of prepared.notes ?? []) report(note.code, note.reason, 'warning', toPosition(lines, note.start, note.end))
  const tree = toBlocks(prepared.root, prepared.parsed, prepared.map, {maxDepth: options.maxDepth})
  if (tree.flattened) report('input/nesting-flattened', `Nesting deeper than ${options.maxDepth} levels was flattened`, 'warning', null)
  // Bounded text per block: no extractor sees more than 8 KB at once.
  const bounded = splitLongBlocks(tree.blocks)
  if (bounded.cuts > 0) report('input/block-split', `A block too long to analyze in one piece was split (${bounded.cuts} place${bounded.cuts === 1 ? '' : 's'})`, 'warning', toPosition(lines, bounded.first, bounded.first))
  const blocks = bounded.blocks
  for (const block of blocks) stripNumber(block)

  // Title: front matter, a `Source,Title` line, the first top-level heading, or meta.
  const meta = options.meta
  const data = frontMatter?.data
  let title: string | null = clean(data?.['title']) ?? sourceLine?.title ?? null
  let titleBlock: Block | undefined
  const virtual = new Set<Block>()
  if (title && frontMatter) {
    const at = original.indexOf('title:', 0)
    titleBlock = syntheticBlock(title, at >= 0 && at < frontMatter.end ? at : 0, at >= 0 && at < frontMatter.end ? lineEnd(original, at) : 0)
  } else if (title && sourceLine) {
    titleBlock = syntheticBlock(title, sourceLine.end - sourceLine.title.length, sourceLine.end)
    // Exact text: copy the offsets of the line.
    const first = sourceLine.end - sourceLine.title.length
    titleBlock.starts = []
    titleBlock.ends = []
    for (let index = 0; index < title.length; index++) {
      titleBlock.starts.push(first + index)
      titleBlock.ends.push(first + index + 1)
    }
  } else {
    const heading = blocks.find((block) => block.type === 'heading' && block.depth === 1)
    const firstContent = blocks.find((block) => block.type !== 'rule')
    if (heading && heading === firstContent) {
      title = heading.text
      titleBlock = {...heading, depth: 0, starts: [...heading.starts], ends: [...heading.ends]}
    } else if (meta.title) {
      title = clean(meta.title) ?? null
      if (title) {
        titleBlock = syntheticBlock(title, 0, 0)
        virtual.add(titleBlock)
      }
    }
  }

  const found = markBoilerplate(blocks, title ?? undefined)

  // Publication date: a "Posted in" line, front matter, a dateline, then meta.
  const url = clean(data?.['source_url']) ?? clean(data?.['url']) ?? clean(data?.['canonical_url']) ?? meta.url ?? null
  const host = hostOf(url)
  const publisher = publisherZone(host, settings.zones)
  const zone = meta.timeZone ?? publisher?.[1]
  let published: string | null = null
  if (found.postedIn) published = findDates(found.postedIn, null)[0]?.date ?? null
  if (!published && data) {
    for (const key of ['date', 'published', 'published_time', 'pubDate', 'created']) {
      const value = data[key]
      if (!value) continue
      published = localDate(value.trim().replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'), undefined) ?? findDates(value, null)[0]?.date ?? null
      if (published) break
    }
  }
  if (!published && found.dateline) published = findDates(found.dateline, null).find((date) => date.date)?.date ?? null
  if (!published && meta.published) published = localDate(meta.published, /^\d{4}-\d{2}-\d{2}$/.test(meta.published) ? undefined : zone ?? 'UTC') ?? null
  const reference = published ?? options.referenceDate

  const source = sourceLine?.source ?? clean(data?.['source']) ?? meta.source ?? host ?? null

  // Sections, with the title as the first item of the root section.
  const sectioned = sectionize(blocks)
  if (titleBlock) {
    titleBlock.type = 'heading'
    titleBlock.depth = 0
    sectioned.root.items = [titleBlock, ...sectioned.root.items]
    sectioned.titleOf.set(titleBlock, null)
  }
  // Photo captions stay out of outcomes, but the people pictured were there.
  const captions = blocks.filter((block) => block.boilerplate === 'caption').map((block): Block => ({...block, type: 'caption', boilerplate: undefined}))
  sectioned.root.items = [...sectioned.root.items, ...captions]
  const allSections: Section[] = [sectioned.root, ...sectioned.all]
  const contentBlocks = blocks.filter((block) => !block.boilerplate && block.type !== 'rule')
  const bodyText = contentBlocks.map((block) => block.text).join('\n')
  const detected = detectKind(settings.formats, {title, text: bodyText, url, source}, diagnostics)
  const kind = detected.kind
  // A detected format brings its own recognizers, tried before the parser's.
  const formatRecognizers = detected.format?.recognizers ?? []
  const recognizers = formatRecognizers.length > 0 ? sortRecognizers([...formatRecognizers, ...settings.recognizers]) : settings.recognizers

  // Recognizers.
  const analyses = new Map<SectionItem, SentenceAnalysis[]>()
  const itemAnalyses = new Map<SectionItem, SentenceAnalysis>()
  const items = new Set<SectionItem>([...(titleBlock ? [titleBlock] : []), ...contentBlocks, ...captions])
  const engineReport: EngineReport = (diagnostic) => {
    const place = diagnostic.node ? placeOf(diagnostic.node as Block, diagnostic.range, lines) : null
    report(diagnostic.code, diagnostic.reason, diagnostic.severity, place, diagnostic.source)
  }
  const createContext = (name: string): RecognizeContext => ({
    lexicons: compiled.lexicons,
    published,
    referenceDate: options.referenceDate,
    kind,
    title,
    compiled,
    sections: allSections,
    text: (node) => node.text,
    country: (name) => lookupCountry(String(name), compiled.countries),
    place: (sentence) => findPlace(sentence.text, sentence.tokens, compiled),
    isOutcome: (sentence) => isProseOutcome(sentence),
    isLabel: (text) => isLabel(String(text)),
    sentences(node) {
      let cached = analyses.get(node)
      if (!cached) {
        cached = analyzeText(node.text, compiled, reference)
        analyses.set(node, cached)
      }
      return cached
    },
    item(node) {
      let cached = itemAnalyses.get(node)
      if (!cached) {
        cached = analyzeItem(node.text, compiled, reference, this.sentences(node))
        itemAnalyses.set(node, cached)
      }
      return cached
    },
    report(reason, reportOptions = {}) {
      const place = reportOptions.node ? placeOf(reportOptions.node as Block, reportOptions.range, lines) : null
      report(
        typeof reportOptions.code === 'string' ? reportOptions.code : 'recognizer/message',
        String(reason),
        reportOptions.severity ?? 'warning',
        place,
        name
      )
    }
  })
  const findings = runRecognizers(allSections, recognizers, createContext, items, engineReport)

  // Credits and signatures name the publisher's country too ("Photo credit: Ministry of Foreign Affairs, Singapore").
  // Blocks the recognizers analyzed are ranked from their sentences' tokens, not tokenized again.
  const sentencesOf = (block: Block) => analyses.get(block)
  const ranked = rankCountries(title, [...contentBlocks, ...blocks.filter((block) => block.boilerplate === 'photo-credit' || block.boilerplate === 'signature')], compiled, sentencesOf)
  const publisherCountry = publisher?.[2] ?? null
  const resolved = resolve({
    findings,
    lines,
    compiled,
    sectionOf: sectioned.titleOf,
    pathOf: sectioned.pathOf,
    publisherCountry,
    countries: ranked,
    virtual,
    report
  })

  // A meeting named only by the title ("Readout of ... Call with ...").
  if (resolved.meetings.length === 0 && titleBlock && (kind !== 'other' || resolved.participants.length > 0) && /\b(?:meeting|call|talks|dialogue|summit|visit|consultations|conversation|session|statement|readout)\b/i.test(title ?? '')) {
    const titleText = title ?? ''
    const mode = meetingMode(titleText) ?? (/\bcall\b/i.test(titleText) ? 'call' : null)
    const first = contentBlocks[0]
    resolved.meetings.push({
      id: 'm1',
      name: describeMeeting(titleText, /\bcall\b/i.test(titleText) ? 'call' : 'meet'),
      acronym: null,
      ordinal: null,
      date: null,
      endDate: null,
      mode,
      location: null,
      parentId: null,
      position: placeOf(virtual.has(titleBlock) && first ? first : titleBlock, undefined, lines)
    })
  }
  const firstMeeting = resolved.meetings[0]
  if (firstMeeting) {
    const helper = createContext('factsheet')
    const readable = blocks.filter((block) => block.type !== 'rule' && (!block.boilerplate || block.boilerplate === 'wrapper'))
    completeMeeting(firstMeeting, readable, (block) => helper.sentences(block), compiled, published)
    const said = original.slice(firstMeeting.position.start.offset, firstMeeting.position.end.offset)
    if (/\btoday\b/i.test(said) && findDates(said, null).every((date) => date.kind === 'relative')) {
      const before = firstMeeting.date
      if (localMeetingDate(firstMeeting, compiled, {timestamp: meta.published ?? clean(data?.['published_time']), zone, publisherCountry})) {
        report('date/local-date', `"Today" at ${firstMeeting.location?.name ?? 'the meeting place'} was ${firstMeeting.date} when the release came out (${before} where it was published)`, 'info', firstMeeting.position)
      }
    }
  }
  // A place named only by the title ("Joint Statement on ... Meeting in Geneva").
  if (firstMeeting && !firstMeeting.location && firstMeeting.mode !== 'call' && firstMeeting.mode !== 'virtual' && title) {
    const place = findPlace(title, tokenize(title), compiled)
    if (place) firstMeeting.location = {name: place.name, venue: place.venue, city: place.city, country: place.country}
  }
  // A release announcing a future visit describes its programme ("will call on", "will meet"): not outcomes.
  if (firstMeeting?.date && published && firstMeeting.date > published) {
    const establishing = (verb: string | null) => verb !== null && compiled.verbs.establishing.has(compiled.verbs.forms.get(verb.split(' ')[0] ?? verb)?.base ?? verb)
    resolved.outcomes = resolved.outcomes.filter((outcome) => !(outcome.modality === 'future' && establishing(outcome.verb)))
    resolved.outcomes.forEach((outcome, index) => {
      outcome.id = 'o' + (index + 1)
    })
  }
  for (const outcome of resolved.outcomes) if (outcome.meetingId === null && firstMeeting) outcome.meetingId = firstMeeting.id
  for (const participant of resolved.participants) {
    for (const role of participant.roles) if (role.role !== 'mentioned' && role.meetingId === null && firstMeeting) role.meetingId = firstMeeting.id
  }

  // Impossible dates, and dates nothing can place in a year or a day.
  for (const [node, sentences] of analyses) {
    for (const sentence of sentences) {
      for (const date of sentence.dates) {
        if (!date.impossible && date.date === null && (date.kind === 'bare' || date.kind === 'relative')) {
          report('date/unresolved', `\`${sentence.text.slice(date.start, date.end)}\` needs a publication date (or \`referenceDate\`) to be placed; it was left out`, 'info', placeOf(node as Block, [sentence.start + date.start, sentence.start + date.end], lines))
        }
        if (date.impossible) {
          report('date/impossible', `\`${sentence.text.slice(date.start, date.end)}\` is not a real date; it was ignored`, 'warning', placeOf(node as Block, [sentence.start + date.start, sentence.start + date.end], lines))
        }
      }
    }
  }

  const boilerplate: Boilerplate[] = []
  if (sourceLine) boilerplate.push({reason: 'source-line', text: original.slice(sourceLine.start, sourceLine.end), position: toPosition(lines, sourceLine.start, sourceLine.end)})
  for (const block of blocks) {
    if (!block.boilerplate || block.boilerplate === 'title') continue
    boilerplate.push({reason: block.boilerplate, text: block.text, position: placeOf(block, undefined, lines)})
  }
  for (const hidden of tree.hidden) boilerplate.push({reason: hidden.reason, text: '', position: toPosition(lines, hidden.start, hidden.end)})
  boilerplate.sort((a, b) => a.position.start.offset - b.position.start.offset)

  const evidence: string[] = []
  const evidencePositions: Position[] = []
  for (const index of found.disclosures) {
    const block = blocks[index]
    if (!block) continue
    evidence.push(block.text)
    evidencePositions.push(placeOf(block, undefined, lines))
  }

  const sections: SectionInfo[] = sectioned.all
    .filter((section) => section.heading && section.title)
    .map((section) => ({title: section.title ?? '', depth: Math.min(section.depth, 99), position: placeOf(section.heading as Block, undefined, lines)}))

  if (contentBlocks.length === 0) {
    report('input/empty', 'The input has no readable text', 'warning', null)
  } else if (resolved.meetings.length === 0 && resolved.participants.length === 0 && resolved.outcomes.length === 0) {
    report('input/no-records', 'No meeting, person or outcome was found', 'info', null)
  }

  const release: Release = {
    schemaVersion: 1,
    // A release with nothing of a meeting in it is not a press release about one.
    kind: contentBlocks.length === 0 || (kind === 'press-release' && resolved.meetings.length === 0 && resolved.outcomes.length === 0) ? 'other' : kind,
    title,
    source,
    url,
    published,
    meetings: resolved.meetings,
    participants: resolved.participants,
    outcomes: resolved.outcomes,
    sections,
    provenance: {
      boilerplate,
      generated: {likely: evidence.length > 0 && found.disclosures.some((index) => /\b(?:AI|artificial intelligence|ChatGPT|Gemini|Claude|Copilot|GPT|Bard|LLM|chatbot|language model)\b/i.test(blocks[index]?.text ?? '')), evidence, positions: evidencePositions}
    },
    diagnostics
  }

  for (const check of [consistencyCheck, ...settings.checks, ...options.checks]) {
    let reports
    try {
      reports = check.check(release, {lexicons: compiled.lexicons, text: original})
    } catch (error) {
      report('check/failed', `Check \`${check.name}\` threw: ${describeError(error)}`, 'error', null, check.name)
      continue
    }
    if (!Array.isArray(reports)) continue
    try {
      for (const item of reports) {
        if (!item || typeof item.code !== 'string' || typeof item.reason !== 'string') continue
        report(item.code, item.reason, item.severity ?? 'warning', item.place ?? null, check.name)
      }
    } catch (error) {
      report('check/failed', `Check \`${check.name}\` returned an unreadable report: ${describeError(error)}`, 'error', null, check.name)
    }
  }
  return release
}

const meetingNoun = /\b(?:meeting|dialogue|summit|talks|consultations|conference|session|call|visit|ceremony|signing|signed|gathering|ministerial)\b/i

/**
 * Fill a meeting's missing date and place from the sentences that follow the
 * one that established it ("... signed the Treaty today. ... during a signing
 * ceremony in Singapore."), then from wrapper lines ("following their
 * strategic dialogue in Reykjavik, Iceland on April 26").
 *
 * @param meeting Meeting.
 * @param blocks Readable blocks, in order.
 * @param sentencesOf Sentence analyses of a block.
 * @param compiled Tables.
 * @param published Publication date.
 */
function completeMeeting(
  meeting: Release['meetings'][number],
  blocks: readonly Block[],
  sentencesOf: (block: Block) => readonly SentenceAnalysis[],
  compiled: Compiled,
  published: string | null
): void {
  const inPerson = meeting.mode !== 'call' && meeting.mode !== 'virtual'
  if (meeting.date && (meeting.location || !inPerson)) return
  const end = meeting.position.end.offset
  const start = blocks.findIndex((block) => (block.ends[block.ends.length - 1] ?? -1) >= end)
  const candidates: SentenceAnalysis[] = []
  if (start >= 0) {
    for (const block of blocks.slice(start, start + 3)) {
      if (block.boilerplate) continue
      for (const sentence of sentencesOf(block)) {
        const sentenceStart = block.starts[sentence.start] ?? 0
        if (sentenceStart >= end && candidates.length < 6) candidates.push(sentence)
      }
    }
  }
  const wrapper: SentenceAnalysis[] = []
  for (const block of blocks) if (block.boilerplate === 'wrapper') wrapper.push(...sentencesOf(block))
  for (const sentence of [...candidates, ...wrapper]) {
    if (!meetingNoun.test(sentence.text) && !sentence.meets) continue
    // Plans ("may be conducted alternately in China") say nothing of this meeting.
    if (sentence.verb && sentence.verb.modality !== 'done') continue
    const fromWrapper = wrapper.includes(sentence)
    if (!meeting.location && inPerson) {
      const place = findPlace(sentence.text, sentence.tokens, compiled)
      // "the recent discussions held in Reykjavik": a place in a participle names another event.
      const lead = place ? sentence.text.slice(Math.max(0, place.start - 16), place.start) : ''
      if (place && !/\b(?:held|hosted|signed|convened|organi[sz]ed|launched)\s+(?:in|at)\s+(?:the\s+)?$/.test(lead)) {
        meeting.location = {name: place.name, venue: place.venue, city: place.city, country: place.country}
        meeting.mode ??= 'in-person'
      }
    }
    if (!meeting.date) {
      // Later sentences may name other, earlier meetings: only "today" or the publication date itself counts there.
      const date = sentence.dates.find(
        (candidate) =>
          candidate.date &&
          candidate.kind !== 'month' &&
          (candidate.kind === 'relative' || !published || candidate.date === published || (fromWrapper && daysBefore(candidate.date, published) <= 7 && daysBefore(candidate.date, published) >= 0))
      )
      if (date) {
        meeting.date = date.date
        meeting.endDate = date.endDate
      }
    }
  }
}

/**
 * Days from `date` to `published`.
 *
 * @param date ISO date.
 * @param published ISO date.
 * @returns Days.
 */
function daysBefore(date: string, published: string): number {
  return (Date.parse(published + 'T00:00:00Z') - Date.parse(date + 'T00:00:00Z')) / 86_400_000
}

/**
 * "Met today in Tokyo", published from Washington: when the meeting's place
 * has a known time zone other than the publisher's and the publication time
 * is known, "today" is the local date at the meeting's place.
 *
 * @param meeting Meeting.
 * @param compiled Tables.
 * @param info Publication timestamp, publisher zone and country.
 */
function localMeetingDate(
  meeting: Release['meetings'][number],
  compiled: Compiled,
  info: {timestamp: string | undefined; zone: string | undefined; publisherCountry: string | null}
): boolean {
  const {timestamp, zone} = info
  if (!meeting.date || !meeting.location?.country || !timestamp || !zone || !/T|\d \d/.test(timestamp)) return false
  if (meeting.location.country === info.publisherCountry) return false
  const placeZone = (meeting.location.city && compiled.lexicons.cityZones[meeting.location.city]) || compiled.lexicons.countryZones[meeting.location.country]
  if (!placeZone || placeZone === zone) return false
  const stamp = timestamp.trim().replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
  const time = Date.parse(stamp)
  // An unreadable time stamp ("published_time: Tuesday") says nothing of the hour there.
  if (Number.isNaN(time)) return false
  // The date and the hour at the place from one formatter.
  const local = zonedDate(time, placeZone)
  let there = local.date
  // Meetings are held in the daytime: a release out before 8:00 at the place reports the day before there.
  if (local.hour < 8) there = shiftIsoDate(there, -1) ?? there
  // Only a meeting dated "today" (the publisher's date) moves to the local date; the
  // publisher's date is needed only when the place's date differs from the meeting's.
  if (there === meeting.date) return false
  if (localDate(stamp, zone) === meeting.date) {
    meeting.date = there
    return true
  }
  return false
}

/**
 * Remove a paragraph number or kramdown attribute list from the start of a
 * block ("1.  The Government ...", "{:start="2"}").
 *
 * @param block Block.
 */
function stripNumber(block: Block): void {
  if (block.type !== 'paragraph' && block.type !== 'item') return
  // Only `{`, `(`, a digit or a lower-case letter can open either prefix.
  const first = block.text.charCodeAt(0)
  if (!(first === 123 || first === 40 || (first >= 48 && first <= 57) || (first >= 97 && first <= 122))) return
  const match = numberPrefix.exec(block.text) ?? iaPrefix.exec(block.text)
  if (!match) return
  const rest = sliceMapped(block, match[0].length, block.text.length)
  block.text = rest.text
  block.starts = rest.starts
  block.ends = rest.ends
}

/**
 * Make a block for text that is not in the Markdown body.
 *
 * @param text Text.
 * @param start Original start of the span it stands for.
 * @param end Original end.
 * @returns Block.
 */
function syntheticBlock(text: string, start: number, end: number): Block {
  return {
    type: 'heading',
    depth: 0,
    ordered: false,
    strong: false,
    emphasis: false,
    sublist: false,
    caption: false,
    fromHtml: false,
    cells: undefined,
    leadingStrong: undefined,
    leadingBreak: false,
    boilerplate: undefined,
    text,
    // ~1% of a parse: `Array.from({length}, fn)` is far slower than a fill.
    starts: filled(text.length, start),
    ends: filled(text.length, end)
  }
}

/**
 * An array of `length` copies of `value`.
 *
 * @param length Length.
 * @param value Value.
 * @returns Array.
 */
function filled(length: number, value: number): number[] {
  const result: number[] = []
  for (let index = 0; index < length; index++) result.push(value)
  return result
}

/**
 * End of the line that contains `offset`, with YAML continuation lines.
 *
 * @param text Text.
 * @param offset Offset.
 * @returns End offset.
 */
function lineEnd(text: string, offset: number): number {
  let end = text.indexOf('\n', offset)
  while (end >= 0 && /^[ \t]+\S/.test(text.slice(end + 1, end + 3))) end = text.indexOf('\n', end + 1)
  return end < 0 ? text.length : end
}

/**
 * A place given by a recognizer or check, rebuilt from its offsets so that it
 * lies inside the input with a true line and column; `null` when it has none.
 *
 * @param place Place.
 * @param lines Line index.
 * @returns Position, or `null`.
 */
function soundPlace(place: Position, lines: LineIndex): Position | null {
  if (!place || typeof place !== 'object') return null
  const start = place.start?.offset
  const end = place.end?.offset
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) return null
  return toPosition(lines, start, end)
}

/**
 * Position of a block span.
 *
 * @param block Block.
 * @param range Range in its text.
 * @param lines Line index.
 * @returns Position.
 */
function placeOf(block: Block, range: readonly [number, number] | undefined, lines: LineIndex): Position {
  const [start, end] = range ? spanOf(block, range[0], range[1]) : spanOf(block)
  return toPosition(lines, start, end)
}

/**
 * Clean a metadata string: NBSP to space, whitespace collapsed.
 *
 * @param value Value.
 * @returns Cleaned value, or `undefined` when empty.
 */
function clean(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const result = value.replace(/\s+/g, ' ').trim()
  return result || undefined
}

/**
 * Host of a URL.
 *
 * @param url URL.
 * @returns Host without `www.`.
 */
function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null
  } catch {
    return null
  }
}

/**
 * The time zone and country of a publisher, by its host.
 *
 * @param host Host.
 * @param zones Publisher zones, longest suffix first.
 * @returns `[suffix, zone, country]`.
 */
function publisherZone(host: string | null, zones: Settings['zones']): readonly [string, string, string] | undefined {
  if (!host) return undefined
  const dotted = '.' + host
  return zones.find(([suffix]) => dotted.endsWith(suffix))
}

/**
 * Countries a release names, most often first (title and body; names,
 * aliases and demonyms). The first is the release's home country when its
 * publisher is unknown.
 *
 * @param title Title.
 * @param blocks Content blocks.
 * @param compiled Tables.
 * @param sentencesOf The sentence analyses of a block, if the recognizers made them.
 * @returns Country codes.
 */
function rankCountries(
  title: string | null,
  blocks: readonly Block[],
  compiled: Compiled,
  sentencesOf: (block: Block) => readonly SentenceAnalysis[] | undefined
): string[] {
  const counts = new Map<string, number>()
  const count = (tokens: readonly Token[]) => {
    for (let index = 0; index < tokens.length; index++) {
      // No country name starts with a lower-case ASCII letter, a digit or punctuation:
      // skip the call for most tokens (what matchCountry's first test rules out).
      const code = tokens[index]?.text.charCodeAt(0) ?? 0
      if (code < 65 || (code > 90 && code < 128)) continue
      const found = matchCountry(tokens, index, compiled.countries)
      if (!found) continue
      index += found.length - 1
      if (!compiled.countries.organizations.has(found.code)) counts.set(found.code, (counts.get(found.code) ?? 0) + (found.demonym ? 0.5 : 1))
    }
  }
  // "Singapore-Vietnam", "U.S.-ROK": count each side of a compound.
  count(tokenize(spaceCompounds(title ?? '')))
  for (const block of blocks.slice(0, 40)) {
    const sentences = sentencesOf(block)
    if (!sentences) {
      count(tokenize(spaceCompounds(block.text)))
      continue
    }
    for (const {text, tokens} of sentences) count(text.includes('-') ? splitCompounds(tokens) : tokens)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code)
}

/**
 * The tokens of a sentence with each compound ("Singapore-Vietnam") split
 * into its sides: what tokenizing the tokens joined by spaces, compounds
 * spaced, gives (`tokenize` looks no further than the next space, and gives a
 * token back as it is). The sentence's own tokens when it has no compound.
 * Profiled: re-tokenizing whole sentences was ~0.5% of a parse.
 *
 * @param tokens Tokens.
 * @returns Tokens.
 */
function splitCompounds(tokens: readonly Token[]): readonly Token[] {
  let split: Token[] | undefined
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (!token) continue
    const spaced = token.text.includes('-') ? spaceCompounds(token.text) : token.text
    if (spaced === token.text) {
      split?.push(token)
      continue
    }
    split ??= tokens.slice(0, index)
    for (const part of tokenize(spaced)) split.push(part)
  }
  return split ?? tokens
}

/**
 * Put spaces around the hyphen of a compound of names ("Singapore-Vietnam",
 * "U.S.-ROK"): a hyphen after a letter (or a letter and a period) and before
 * an upper-case letter. What `/(?<=\p{L}\.?)-(?=\p{Lu})/gu` replaces, found by
 * looking at hyphens only: the lookbehind pattern cost more than the
 * tokenizing it prepares.
 *
 * @param text Text.
 * @returns Text with `' - '` for each such hyphen.
 */
function spaceCompounds(text: string): string {
  let result = ''
  let from = 0
  let hyphen = text.indexOf('-')
  while (hyphen >= 0) {
    const before = text.charCodeAt(hyphen - 1) === 46 ? hyphen - 2 : hyphen - 1
    if (before >= 0 && letterAt(text, before) && upperAt(text, hyphen + 1)) {
      result += text.slice(from, hyphen) + ' - '
      from = hyphen + 1
    }
    hyphen = text.indexOf('-', hyphen + 1)
  }
  return from === 0 ? text : result + text.slice(from)
}

const letterBefore = /\p{L}$/u
const upperAfter = /^\p{Lu}/u

/**
 * Whether the character that ends at `index` is a letter (`/\p{L}$/u` on the
 * two code units up to it). ASCII by code: the Unicode pattern costs ~0.1 ms
 * to compile in a cold first parse.
 *
 * @param text Text.
 * @param index Index of the character's last code unit.
 * @returns Whether it is.
 */
function letterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return letterBefore.test(text.slice(Math.max(0, index - 1), index + 1))
}

/**
 * Whether the character at `index` is an upper-case letter (`/^\p{Lu}/u`),
 * ASCII by code.
 *
 * @param text Text.
 * @param index Index.
 * @returns Whether it is.
 */
function upperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return code >= 65 && code <= 90
  return upperAfter.test(text.slice(index, index + 2))
}

/**
 * Detect the release kind with the formats.
 *
 * @param formats Formats.
 * @param input Title and text.
 * @param diagnostics Diagnostics.
 * @returns Kind.
 */
function detectKind(formats: readonly Format[], input: Parameters<Format['detect']>[0], diagnostics: Diagnostic[]): {kind: ReleaseKind; format: Format | undefined} {
  let best: ReleaseKind = 'other'
  let winner: Format | undefined
  let score = 0
  for (const format of formats) {
    let value = 0
    try {
      value = Number(format.detect(input))
    } catch (error) {
      diagnostics.push({code: 'format/failed', reason: `Format \`${format.name}\` threw: ${describeError(error, 200)}`, severity: 'error', source: format.name, place: null})
      continue
    }
    if (value > score) {
      score = value
      best = format.kind
      winner = format
    }
  }
  return {kind: best, format: winner}
}
