import {FactsheetError, describe} from './diagnostics/error.js'
import {localDate} from './extract/dates.js'
import type {Check} from './checks/types.js'

/** What a feed reader already knows about a release. */
export interface ReleaseMeta {
  /** Title from the feed (optional). */
  title?: string | undefined
  /** ISO 8601 date or date-time with an offset or `Z` (optional). */
  published?: string | undefined
  /** Outlet or agency (optional). */
  source?: string | undefined
  /** Address of the release (optional). */
  url?: string | undefined
  /** IANA time zone of the publisher, for `published` date-times (optional). */
  timeZone?: string | undefined
}

/** Options of `parseRelease`. */
export interface ParseOptions {
  /** How to read the input: `auto` (default), `text` or `markdown`. */
  format?: 'auto' | 'text' | 'markdown' | undefined
  /** Feed metadata, used where the body lacks it (optional). */
  meta?: ReleaseMeta | undefined
  /** Last-resort ISO date for "today" when nothing gives a publication date (optional; the clock is never read). */
  referenceDate?: string | Date | undefined
  /** Largest input accepted, in UTF-8 bytes (default: `4194304`, 4 MiB). */
  maxBytes?: number | undefined
  /** Deepest nesting kept as structure; deeper content is flattened (default: `64`). */
  maxDepth?: number | undefined
  /** Checks to run on the finished release, after the parser's own (optional). */
  checks?: readonly Check[] | undefined
}

/** Default `maxBytes`: 4 MiB. */
export const defaultMaxBytes = 4 * 1024 * 1024
/** Default `maxDepth`. */
export const defaultMaxDepth = 64

/** Options after validation. */
export interface ResolvedOptions {
  format: 'auto' | 'text' | 'markdown'
  meta: ReleaseMeta
  referenceDate: string | null
  maxBytes: number
  maxDepth: number
  checks: readonly Check[]
}

const emptyOptions: ParseOptions = {}
const metaKeys = new Set(['title', 'published', 'source', 'url', 'timeZone'])

/**
 * Validate options and apply defaults, once, at the top of a parse.
 *
 * @param options Options (optional).
 * @returns Resolved options.
 * @throws {FactsheetError} `ERR_FACTSHEET_INVALID_OPTION` or `ERR_FACTSHEET_INVALID_META`.
 */
export function resolveOptions(options: ParseOptions | null | undefined): ResolvedOptions {
  const value = options ?? emptyOptions
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot parse release: expected `options` to be an object, got `' + describe(value) + '`')
  }
  const format = value.format ?? 'auto'
  if (format !== 'auto' && format !== 'text' && format !== 'markdown') {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot parse release: expected `format` of `auto`, `text` or `markdown`, got `' + describe(format) + '`')
  }
  const maxBytes = limit('maxBytes', value.maxBytes, defaultMaxBytes)
  const maxDepth = limit('maxDepth', value.maxDepth, defaultMaxDepth)
  let referenceDate: string | null = null
  if (value.referenceDate !== undefined) {
    const reference = value.referenceDate
    if (reference instanceof Date) {
      if (Number.isNaN(reference.getTime())) {
        throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot parse release: expected `referenceDate` to be a valid date, got `Invalid Date`')
      }
      referenceDate = reference.toISOString().slice(0, 10)
    } else if (typeof reference === 'string' && localDate(reference, undefined)) {
      referenceDate = localDate(reference, undefined) ?? null
    } else {
      throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot parse release: expected `referenceDate` to be an ISO date or a Date, got `' + describe(reference) + '`')
    }
  }
  const checks = value.checks ?? []
  if (!Array.isArray(checks) || checks.some((check) => !check || typeof check !== 'object' || typeof check.name !== 'string' || typeof check.check !== 'function')) {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot parse release: expected `checks` to be an array of `{name, check}` objects, got `' + describe(checks) + '`')
  }
  return {format, meta: validateMeta(value.meta), referenceDate, maxBytes, maxDepth, checks}
}

/**
 * Validate a limit option: `0` means zero; negative numbers, NaN, infinity and
 * non-numbers are errors.
 *
 * @param name Option name.
 * @param value Value.
 * @param fallback Default.
 * @returns The limit.
 */
function limit(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || !Number.isInteger(value)) {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', `Cannot parse release: expected \`${name}\` to be a whole number >= 0, got \`${describe(value)}\``)
  }
  return value
}

/**
 * Validate feed metadata.
 *
 * @param meta Meta.
 * @returns Meta.
 * @throws {FactsheetError} `ERR_FACTSHEET_INVALID_META`.
 */
function validateMeta(meta: unknown): ReleaseMeta {
  if (meta === undefined || meta === null) return {}
  if (typeof meta !== 'object' || Array.isArray(meta)) {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_META', 'Cannot parse release: expected `meta` to be an object, got `' + describe(meta) + '`')
  }
  const record = meta as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!metaKeys.has(key)) {
      throw new FactsheetError('ERR_FACTSHEET_INVALID_META', 'Cannot parse release: unknown `meta` field `' + key.slice(0, 40) + '`')
    }
    const field = record[key]
    if (field !== undefined && typeof field !== 'string') {
      throw new FactsheetError('ERR_FACTSHEET_INVALID_META', `Cannot parse release: expected \`meta.${key}\` to be a string, got \`${describe(field)}\``)
    }
  }
  const result: ReleaseMeta = {}
  if (typeof record['title'] === 'string') result.title = record['title']
  if (typeof record['source'] === 'string') result.source = record['source']
  if (typeof record['url'] === 'string') {
    try {
      new URL(record['url'])
    } catch {
      throw new FactsheetError('ERR_FACTSHEET_INVALID_META', 'Cannot parse release: expected `meta.url` to be an absolute URL, got `' + describe(record['url']) + '`')
    }
    result.url = record['url']
  }
  if (typeof record['timeZone'] === 'string') {
    try {
      new Intl.DateTimeFormat('en-US', {timeZone: record['timeZone']})
    } catch {
      throw new FactsheetError('ERR_FACTSHEET_INVALID_META', 'Cannot parse release: expected `meta.timeZone` to be an IANA time zone, got `' + describe(record['timeZone']) + '`')
    }
    result.timeZone = record['timeZone']
  }
  if (typeof record['published'] === 'string') {
    const published = record['published']
    if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(published) || localDate(published, 'UTC') === undefined) {
      throw new FactsheetError('ERR_FACTSHEET_INVALID_META', 'Cannot parse release: expected `meta.published` to be an ISO 8601 date or date-time, got `' + describe(published) + '`')
    }
    result.published = published
  }
  return result
}
