import {addDays} from 'date-fns/addDays'
import {isExists} from 'date-fns/isExists'

/** A date found in text. */
export interface DateMention {
  /** Start index in the text. */
  start: number
  /** End index in the text. */
  end: number
  /** ISO date of the (first) day, or `null` when it needs a reference it lacks. */
  date: string | null
  /** ISO date of the last day of a range. */
  endDate: string | null
  /** `explicit` (with a year), `bare` (no year), `relative` ("today"), `month` (no day). */
  kind: 'explicit' | 'bare' | 'relative' | 'month'
  /** Whether the text gave an impossible date (February 30). */
  impossible: boolean
}

const monthNames: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12
}
const ordinalWords: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22,
  'twenty-third': 23, 'twenty-fourth': 24, 'twenty-fifth': 25, 'twenty-sixth': 26, 'twenty-seventh': 27,
  'twenty-eighth': 28, 'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31
}
const month = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)'
const day = '(\\d{1,2}|' + Object.keys(ordinalWords).join('|') + ')(?:st|nd|rd|th)?'
const range = `(?:[ \\t]?(?:[-–—]|to|through|and)[ \\t]?(?:${month}\\.?[ \\t])?(\\d{1,2})(?:st|nd|rd|th)?)?`
// The three date patterns run on lower-cased text (see `lowerCase`) and so
// need no `i` flag: with it, V8 took twice as long to compile the first one and
// tier it up (~8 ms instead of ~4 ms of a cold first parse, Node 20).
// Alternatives are anchored by distinct literals; every quantifier is bounded: linear.
const datePattern = new RegExp(
  [
    `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
    `\\b(?:the[ \\t])?${day}${range}[ \\t](?:of[ \\t])?${month}\\.?,?[ \\t](\\d{4})\\b`,
    `\\b${month}\\.?[ \\t]${day}${range}(?:,?[ \\t](\\d{4}))?\\b`,
    `\\b${month}[ \\t](\\d{4})\\b`,
    `\\b(today|yesterday|tomorrow|tonight)\\b`
  ].join('|'),
  'g'
)
// V8 runs a regex's first match in its bytecode interpreter and compiles it again to machine
// code for the next one, unless the text is 1,000 characters or more: then it compiles it to
// machine code at once. This pattern runs in nearly every parse: one match on blank text here
// (`match` leaves `lastIndex` at 0) costs 0.9 ms at import and saves 2.9 ms of the first parse
// (Node 20).
' '.repeat(1000).match(datePattern)

// Two more forms, kept in their own expressions: joined to the one above they
// would let the alternatives overlap (recheck reads that as polynomial).
// "30 October to 2 November 2024"
const crossMonthRange = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\t]${month}\\.?[ \\t]?(?:[-–—]|to|through|until)[ \\t]?(\\d{1,2})(?:st|nd|rd|th)?[ \\t]${month}\\.?,?[ \\t](\\d{4})\\b`,
  'g'
)
// "on 3 March" (no year)
const bareDayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\t](?:of[ \\t])?${month}(?![a-z])(?!\\.?,?[ \\t]{0,3}\\d)`, 'g')

// Cheap tests that rule the patterns out, so that most sentences (80% of the
// corpus's) run no date pattern and a cold parse may never compile the two
// day-first ones (~2.5 ms). Every form of `datePattern` holds a year or a month
// name (which starts at a word boundary with one of these) or "today" and the
// like; the day-first forms hold a day number before a month name.
const mayHoldDate = /\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tomorrow|tonight|yesterday)/i
const dayBeforeMonth = /\d(?:st|nd|rd|th)?[ \t](?:of[ \t])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/

/**
 * Format a local date as ISO `yyyy-MM-dd`.
 *
 * @param date Date (local fields are read).
 * @returns ISO date.
 */
export function toIsoDate(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0')
  return `${year}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}

/**
 * Parse an ISO date string (`yyyy-MM-dd`) into a local date.
 *
 * @param iso ISO date.
 * @returns Date, or `undefined` if it does not exist.
 */
export function fromIsoDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return undefined
  const [year, monthNumber, dayNumber] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (!isExists(year, monthNumber - 1, dayNumber)) return undefined
  return new Date(year, monthNumber - 1, dayNumber)
}

/**
 * Shift an ISO date by whole days.
 *
 * @param iso ISO date.
 * @param days Days to add (negative to subtract).
 * @returns ISO date, or `null`.
 */
export function shiftIsoDate(iso: string, days: number): string | null {
  const date = fromIsoDate(iso)
  return date ? toIsoDate(addDays(date, days)) : null
}

/**
 * Make an ISO date from parts, rejecting impossible dates.
 *
 * @param year Year.
 * @param monthNumber Month (1-12).
 * @param dayNumber Day.
 * @returns ISO date, or `undefined`.
 */
function make(year: number, monthNumber: number, dayNumber: number): string | undefined {
  if (!isExists(year, monthNumber - 1, dayNumber)) return undefined
  return toIsoDate(new Date(year, monthNumber - 1, dayNumber))
}

/**
 * Read a day number or ordinal word.
 *
 * @param value Matched day.
 * @returns Day.
 */
function dayOf(value: string | undefined): number {
  if (!value) return Number.NaN
  return ordinalWords[value] ?? Number.parseInt(value, 10)
}

/**
 * Lower-case text for the case-sensitive date patterns, keeping every offset.
 * Without the `i` flag, a pattern of lower-case letters matches the lower-cased
 * text exactly where it matched the text with the flag, as long as no
 * character outside ASCII lower-cases into ASCII: only İ ("i" and a combining
 * dot, which would also shift offsets) and the Kelvin sign ("k") do. Text with
 * either has its ASCII letters lower-cased alone.
 *
 * @param text Text.
 * @returns Text of the same length, ASCII letters lower-cased.
 */
function lowerCase(text: string): string {
  return /[\u0130\u212A]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text.toLowerCase()
}

/**
 * Find dates in text: "October 30, 2024", "12 June 2021", "8 to 10 May 2019",
 * "October 30-31, 2024", "on March 1" (the reference year), "the thirtieth of
 * October, 2024", ISO dates, and "today"/"yesterday" against the reference
 * date.
 *
 * @param text Text.
 * @param reference ISO date that "today" means (the publication date), if known.
 * @returns Dates in order.
 */
export function findDates(text: string, reference: string | null): DateMention[] {
  if (!mayHoldDate.test(text)) return []
  const lower = lowerCase(text)
  const found: DateMention[] = []
  for (const match of lower.matchAll(datePattern)) {
    const start = match.index ?? 0
    const end = start + match[0].length
    const groups = match.slice(1)
    let result: DateMention | undefined
    if (groups[0]) {
      const date = make(Number(groups[0]), Number(groups[1]), Number(groups[2]))
      result = {start, end, date: date ?? null, endDate: null, kind: 'explicit', impossible: !date}
    } else if (groups[3]) {
      // day [range] month year
      const year = Number(groups[7])
      const monthNumber = monthNames[groups[6] ?? ''] ?? 0
      const first = make(year, monthNumber, dayOf(groups[3]))
      const lastMonth = groups[4] ? monthNames[groups[4]] ?? monthNumber : monthNumber
      const last = groups[5] ? make(year, lastMonth, dayOf(groups[5])) : undefined
      // "8 to 10 May": the range's first number is the first day.
      result = {start, end, date: first ?? null, endDate: last ?? null, kind: 'explicit', impossible: !first}
      if (groups[5] && !groups[4]) {
        result.date = first ?? null
      }
    } else if (groups[8]) {
      // month day [range] [year]
      const monthNumber = monthNames[groups[8]] ?? 0
      const explicitYear = groups[12] ? Number(groups[12]) : undefined
      const referenceYear = reference ? Number(reference.slice(0, 4)) : undefined
      const year = explicitYear ?? referenceYear
      const dayNumber = dayOf(groups[9])
      if (year === undefined) {
        result = {start, end, date: null, endDate: null, kind: 'bare', impossible: false}
      } else {
        const first = make(year, monthNumber, dayNumber)
        const lastMonth = groups[10] ? monthNames[groups[10]] ?? monthNumber : monthNumber
        const last = groups[11] ? make(year, lastMonth, dayOf(groups[11])) : undefined
        result = {
          start,
          end,
          date: first ?? null,
          endDate: last ?? null,
          kind: explicitYear === undefined ? 'bare' : 'explicit',
          impossible: !first && Number.isFinite(dayNumber) && dayNumber > 0
        }
        if (!first && !(dayNumber > 0)) result = undefined
      }
    } else if (groups[13]) {
      result = {start, end, date: null, endDate: null, kind: 'month', impossible: false}
    } else if (groups[15]) {
      const word = groups[15]
      const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0
      result = {start, end, date: reference ? shiftIsoDate(reference, shift) : null, endDate: null, kind: 'relative', impossible: false}
    }
    if (result) found.push(result)
  }
  const dayFirst = dayBeforeMonth.test(lower)
  for (const match of dayFirst ? lower.matchAll(crossMonthRange) : []) {
    const start = match.index ?? 0
    const year = Number(match[5])
    const first = make(year, monthNames[match[2] ?? ''] ?? 0, dayOf(match[1]))
    const last = make(year, monthNames[match[4] ?? ''] ?? 0, dayOf(match[3]))
    found.push({start, end: start + match[0].length, date: first ?? null, endDate: last ?? null, kind: 'explicit', impossible: !first})
  }
  for (const match of dayFirst ? lower.matchAll(bareDayFirst) : []) {
    const start = match.index ?? 0
    const year = reference ? Number(reference.slice(0, 4)) : undefined
    const date = year === undefined ? undefined : make(year, monthNames[match[2] ?? ''] ?? 0, dayOf(match[1]))
    found.push({start, end: start + match[0].length, date: date ?? null, endDate: null, kind: 'bare', impossible: year !== undefined && !date})
  }
  // Keep the longest of overlapping readings, in text order.
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: DateMention[] = []
  for (const date of found) {
    const last = kept[kept.length - 1]
    if (last && date.start < last.end) continue
    kept.push(date)
  }
  return kept
}

/**
 * Convert an ISO 8601 timestamp to the local calendar date in a time zone.
 *
 * @param timestamp ISO date or date-time (with offset or `Z`).
 * @param timeZone IANA time zone.
 * @returns ISO date in that zone, or `undefined` if invalid.
 */
export function localDate(timestamp: string, timeZone: string | undefined): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(timestamp)) return fromIsoDate(timestamp) ? timestamp : undefined
  const time = Date.parse(timestamp)
  if (Number.isNaN(time)) return undefined
  if (!timeZone) {
    // No zone known: the date as written in the timestamp.
    return /^\d{4}-\d{2}-\d{2}/.exec(timestamp)?.[0]
  }
  return zonedDate(time, timeZone).date
}

/**
 * The date and the hour of an instant in a time zone, from one formatter
 * (each costs ~90 µs to create).
 *
 * @param time Milliseconds since the epoch.
 * @param timeZone IANA time zone.
 * @returns ISO date and hour (0–23) there.
 */
export function zonedDate(time: number, timeZone: string): {date: string; hour: number} {
  const parts = new Intl.DateTimeFormat('en-US', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: 'numeric', hourCycle: 'h23'}).formatToParts(
    new Date(time)
  )
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? ''
  return {date: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour'))}
}
