import {areIntervalsOverlapping} from 'date-fns/areIntervalsOverlapping'
import {isExists} from 'date-fns/isExists'
import {FactsheetError, describe} from '../diagnostics/error.js'
import type {Lexicons} from '../lexicons/index.js'
import type {Participant, Release} from '../models/types.js'
import type {Check, CheckContext, CheckReport} from './types.js'
import {isQualifiedMention, isQualifiedTitle, nameTokens, officeKey, sameName, stripCountries, titleParts} from './words.js'

/**
 * One term of one person in one office: an entry of an officeholder registry.
 * Dates are ISO calendar dates (`YYYY-MM-DD`) and both ends are inclusive.
 */
export interface OfficeholderEntry {
  /** The person's name: `"Lee Jong-sup"`, `"Lloyd J. Austin III"`. */
  name: string
  /** Other spellings of the person's name (optional): `["Lee Jong-seop"]`. */
  aliases?: readonly string[] | undefined
  /** The office, as the country styles it, without the country: `"Minister of National Defense"`. */
  office: string
  /** Other names of the same office (optional): `["Minister of Defense", "Defense Minister"]`. */
  officeAliases?: readonly string[] | undefined
  /** ISO 3166-1 alpha-2 code, or an organization code as in `Participant.country` (`"KR"`, `"EU"`). */
  country: string
  /** First day in office. */
  from: string
  /** Last day in office, or `null` while still in office. */
  to: string | null
  /** Whether the person only acted in the office (optional; default: `false`). */
  acting?: boolean | undefined
  /** Free text, not read by the check (optional): sources, doubts. */
  note?: string | undefined
  /** Where the dates come from (optional; not read by the check). */
  source?: string | undefined
}

/** Options of {@link officeholderCheck}. */
export interface OfficeholderCheckOptions {
  /** Who held which office when (required). */
  registry: readonly OfficeholderEntry[]
  /**
   * Report `officeholder/unknown-person` (info) when a person holds a
   * registered office in the release, has never held it according to the
   * registry, and the registry names nobody in that office on the date (or
   * there is no date) (optional; default: `true`).
   */
  reportUnknown?: boolean | undefined
}

interface Term {
  name: string
  tokens: string[][]
  office: string
  acting: boolean
  from: string
  to: string | null
  start: Date
  end: Date | null
}

interface Office {
  /** Name of the office in reasons: the `office` of its first entry. */
  name: string
  country: string
  keys: Set<string>
  terms: Term[]
}

interface Span {
  date: string
  start: Date
  end: Date
}

const entryKeys = new Set(['name', 'aliases', 'office', 'officeAliases', 'country', 'from', 'to', 'acting', 'note', 'source'])
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Create a check that compares the people of a release with a registry of
 * officeholders: a person whose office (title) and country are in the
 * registry, named on a date when someone else held that office, gets an
 * `officeholder/not-in-office` warning that names who did hold it.
 *
 * The date is the date of the person's meeting (`roles[].meetingId` →
 * `meeting.date`, to `meeting.endDate` for multi-day meetings), else the
 * release's `published` date. Offices match on their words (case, accents,
 * British spelling, "of"/"for"/"the"/"and" and "acting" ignored; word order
 * free) or on the registry's `officeAliases`; names match through case,
 * accents, hyphens, spacing, initials, suffixes and family-name-first order.
 * Titles or mentions qualified by "former", "then-", "-designate",
 * "nominee" or "-elect" are not checked. See `docs/checks.md`.
 *
 * @param options Registry and options.
 * @returns The check.
 * @throws {FactsheetError} `ERR_FACTSHEET_INVALID_OPTION` when the registry is not valid.
 * @example
 * ```ts
 * const registry = [
 *   {name: 'Kim Yong-hyun', office: 'Minister of National Defense', country: 'KR', from: '2024-09-06', to: '2024-12-05'}
 * ]
 * const release = parseRelease(text, {checks: [officeholderCheck({registry})]})
 * release.diagnostics.filter((diagnostic) => diagnostic.code === 'officeholder/not-in-office')
 * ```
 */
export function officeholderCheck(options: OfficeholderCheckOptions): Check {
  if (!options || typeof options !== 'object' || Array.isArray(options)) {
    throw invalid('expected an options object `{registry}`, got `' + describe(options) + '`')
  }
  const reportUnknown = options.reportUnknown ?? true
  if (typeof reportUnknown !== 'boolean') {
    throw invalid('expected `reportUnknown` to be a boolean, got `' + describe(reportUnknown) + '`')
  }
  const offices = compileRegistry(options.registry)

  return Object.freeze({
    name: 'factsheet:officeholder',
    check(release: Readonly<Release>, context: CheckContext): CheckReport[] {
      const reports: CheckReport[] = []
      for (const participant of release.participants) {
        const report = checkParticipant(participant, release, context, offices, reportUnknown)
        if (report) reports.push(report)
      }
      return reports
    }
  })
}

/**
 * Check one person.
 *
 * @param participant Person.
 * @param release Release.
 * @param context Check context.
 * @param offices Registry, by country.
 * @param reportUnknown Whether to report unknown people.
 * @returns A report, if any.
 */
function checkParticipant(
  participant: Participant,
  release: Readonly<Release>,
  context: CheckContext,
  offices: ReadonlyMap<string, readonly Office[]>,
  reportUnknown: boolean
): CheckReport | undefined {
  const {title, country} = participant
  if (!title || !country) return undefined
  const candidates = offices.get(country)
  if (!candidates) return undefined
  if (isQualifiedTitle(title)) return undefined
  const expanded = Object.hasOwn(context.lexicons.titleAbbreviations, title) ? (context.lexicons.titleAbbreviations[title] ?? title) : title
  const office = findOffice(expanded, candidates, context.lexicons) ?? findOffice(stripCountries(expanded, context.lexicons, country), candidates, context.lexicons)
  if (!office) return undefined
  const text = context.text
  if (text && participant.mentions.some((mention) => isQualifiedMention(text, mention))) return undefined

  const tokens = nameTokens(participant.name)
  if (tokens.length === 0) return undefined
  const own = office.terms.filter((term) => term.tokens.some((form) => sameName(tokens, form)))
  const place = participant.mentions[0] ?? null
  const spans = spansOf(participant, release)

  for (const span of spans) {
    const holders = office.terms.filter((term) => overlaps(term, span))
    if (holders.length === 0) continue
    if (holders.some((term) => own.includes(term))) continue
    const held = holders.map((term) => `${term.name}${term.acting ? ' (acting)' : ''} held the office (${describeTerm(term)})`).join('; ')
    const known = own.length > 0 ? `. The registry lists ${own[0]?.name ?? participant.name} in that office ${own.map((term) => (term.to ? `from ${term.from} to ${term.to}` : `since ${term.from}`)).join(', ')}` : ''
    return {
      code: 'officeholder/not-in-office',
      reason: `${participant.name} was not ${office.name} of ${office.country} on ${span.date}; ${held}${known}`,
      severity: 'warning',
      place
    }
  }

  if (reportUnknown && own.length === 0) {
    const when = spans.length > 0 ? `names nobody in that office on ${spans.map((span) => span.date).join(', ')}` : 'cannot be compared: the release gives no date'
    return {
      code: 'officeholder/unknown-person',
      reason: `${participant.name} is not in the registry as ${office.name} of ${office.country}, and the registry ${when}`,
      severity: 'info',
      place
    }
  }
  return undefined
}

/**
 * The office a title names, among the registered offices of a country.
 *
 * @param title Title (whole or compound).
 * @param candidates Offices of the country.
 * @param lexicons Lexicons.
 * @returns The office.
 */
function findOffice(title: string, candidates: readonly Office[], lexicons: Lexicons): Office | undefined {
  for (const part of titleParts(title, lexicons)) {
    const key = officeKey(part)
    if (!key) continue
    const found = candidates.find((office) => office.keys.has(key))
    if (found) return found
  }
  return undefined
}

/**
 * The dates on which a person is named in office: their meetings' dates, or
 * the release's publication date.
 *
 * @param participant Person.
 * @param release Release.
 * @returns Spans, deduplicated.
 */
function spansOf(participant: Participant, release: Readonly<Release>): Span[] {
  const spans: Span[] = []
  const seen = new Set<string>()
  for (const role of participant.roles) {
    if (role.meetingId === null) continue
    const meeting = release.meetings.find((candidate) => candidate.id === role.meetingId)
    if (!meeting?.date) continue
    const start = toDate(meeting.date)
    if (!start) continue
    const end = (meeting.endDate ? toDate(meeting.endDate) : undefined) ?? start
    const key = meeting.date + '/' + (meeting.endDate ?? '')
    if (seen.has(key)) continue
    seen.add(key)
    spans.push({date: meeting.date, start, end: end < start ? start : end})
  }
  if (spans.length === 0 && release.published) {
    const date = release.published.slice(0, 10)
    const start = toDate(date)
    if (start) spans.push({date, start, end: start})
  }
  return spans
}

/**
 * Whether a term overlaps a span.
 *
 * @param term Term.
 * @param span Span.
 * @returns Whether the person was in office on some day of the span.
 */
function overlaps(term: Term, span: Span): boolean {
  const end = term.end ?? (term.start > span.end ? term.start : span.end)
  return areIntervalsOverlapping({start: term.start, end}, {start: span.start, end: span.end}, {inclusive: true})
}

/**
 * A term as text: "2024-09-06 to 2024-12-05", "since 2025-01-25".
 *
 * @param term Term.
 * @returns Text.
 */
function describeTerm(term: Term): string {
  return term.to ? `${term.from} to ${term.to}` : `since ${term.from}`
}

/**
 * Validate a registry and index it by country and office.
 *
 * @param registry Registry.
 * @returns Offices by country.
 * @throws {FactsheetError} On an invalid entry.
 */
function compileRegistry(registry: unknown): Map<string, Office[]> {
  if (!Array.isArray(registry)) {
    throw invalid('expected `registry` to be an array of `{name, office, country, from, to}` entries, got `' + describe(registry) + '`')
  }
  const byCountry = new Map<string, Office[]>()
  registry.forEach((value: unknown, index) => {
    const at = `registry[${index}]`
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw invalid(`expected \`${at}\` to be an object, got \`${describe(value)}\``)
    }
    const entry = value as Record<string, unknown>
    for (const key of Object.keys(entry)) {
      if (!entryKeys.has(key)) throw invalid(`unknown field \`${at}.${key.slice(0, 40)}\`; expected one of ${[...entryKeys].join(', ')}`)
    }
    const name = nonEmpty(entry['name'], `${at}.name`)
    const office = nonEmpty(entry['office'], `${at}.office`)
    const country = entry['country']
    if (typeof country !== 'string' || !/^[A-Z]{2,6}$/.test(country)) {
      throw invalid(`expected \`${at}.country\` to be an ISO 3166-1 alpha-2 code or an organization code in capitals ("KR", "EU"), got \`${describe(country)}\``)
    }
    const from = date(entry['from'], `${at}.from`)
    if (!('to' in entry)) throw invalid(`expected \`${at}.to\` to be an ISO date or \`null\` (still in office), got nothing`)
    const to = entry['to'] === null ? null : date(entry['to'], `${at}.to`)
    if (to && to.value < from.value) throw invalid(`expected \`${at}.to\` (${to.value}) not to be before \`${at}.from\` (${from.value})`)
    const aliases = strings(entry['aliases'], `${at}.aliases`)
    const officeAliases = strings(entry['officeAliases'], `${at}.officeAliases`)
    const acting = entry['acting'] ?? false
    if (typeof acting !== 'boolean') throw invalid(`expected \`${at}.acting\` to be a boolean, got \`${describe(acting)}\``)
    for (const key of ['note', 'source']) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string') throw invalid(`expected \`${at}.${key}\` to be a string, got \`${describe(entry[key])}\``)
    }
    const tokens = [name, ...aliases].map(nameTokens)
    if (tokens[0]?.length === 0) throw invalid(`expected \`${at}.name\` to be a name, got \`${describe(name)}\``)

    const keys = [office, ...officeAliases].map(officeKey).filter((key) => key.length > 0)
    if (keys.length === 0) throw invalid(`expected \`${at}.office\` to be an office, got \`${describe(office)}\``)
    const offices = byCountry.get(country) ?? []
    byCountry.set(country, offices)
    let record = offices.find((candidate) => keys.some((key) => candidate.keys.has(key)))
    if (!record) {
      record = {name: office, country, keys: new Set(), terms: []}
      offices.push(record)
    }
    for (const key of keys) record.keys.add(key)
    record.terms.push({name, tokens: tokens.filter((form) => form.length > 0), office, acting, from: from.value, to: to?.value ?? null, start: from.date, end: to?.date ?? null})
  })
  return byCountry
}

/**
 * Validate a required non-empty string.
 *
 * @param value Value.
 * @param at Field path.
 * @returns String.
 */
function nonEmpty(value: unknown, at: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(`expected \`${at}\` to be a non-empty string, got \`${describe(value)}\``)
  return value.trim()
}

/**
 * Validate an optional array of non-empty strings.
 *
 * @param value Value.
 * @param at Field path.
 * @returns Strings.
 */
function strings(value: unknown, at: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw invalid(`expected \`${at}\` to be an array of non-empty strings, got \`${describe(value)}\``)
  }
  return value.map((item: string) => item.trim())
}

/**
 * Validate an ISO calendar date.
 *
 * @param value Value.
 * @param at Field path.
 * @returns The date string and a `Date`.
 */
function date(value: unknown, at: string): {value: string; date: Date} {
  const parsed = typeof value === 'string' ? toDate(value) : undefined
  if (typeof value !== 'string' || !parsed) throw invalid(`expected \`${at}\` to be an ISO date (YYYY-MM-DD), got \`${describe(value)}\``)
  return {value, date: parsed}
}

/**
 * Read an ISO calendar date (`YYYY-MM-DD`) as a local midnight `Date`.
 * Every date of a check is read the same way, so comparisons do not depend
 * on the time zone.
 *
 * @param value ISO date.
 * @returns Date, or `undefined` when it is not a real date.
 */
function toDate(value: string): Date | undefined {
  const match = isoDate.exec(value)
  if (!match) return undefined
  const year = Number(match[1])
  const month = Number(match[2]) - 1
  const day = Number(match[3])
  if (!isExists(year, month, day)) return undefined
  const result = new Date(2000, 0, 1)
  // Note: `setFullYear` keeps years below 100 as written (the constructor maps them to 19xx).
  result.setFullYear(year, month, day)
  return result
}

/**
 * Make the error for a bad option.
 *
 * @param message What was expected.
 * @returns Error.
 */
function invalid(message: string): FactsheetError {
  return new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot create officeholder check: ' + message)
}
