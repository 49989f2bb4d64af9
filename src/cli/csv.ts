import type {Release} from '../models/types.js'

/** Columns of the outcomes table, in order. */
export const csvColumns: readonly string[] = [
  'file',
  'id',
  'meetingId',
  'section',
  'verb',
  'kind',
  'cameo',
  'modality',
  'actors',
  'text',
  'startOffset',
  'endOffset'
]

/** Row separator: RFC 4180 uses CRLF. */
const newline = '\r\n'

/** First characters that make spreadsheets read a cell as a formula. */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r'])

/**
 * The header row of the outcomes table, with its line break.
 *
 * @returns Header row.
 * @example
 * ```ts
 * csvHeader() // 'file,id,meetingId,...,endOffset\r\n'
 * ```
 */
export function csvHeader(): string {
  return csvColumns.join(',') + newline
}

/**
 * The rows of the outcomes table for one release: one row per outcome, each
 * ending in CRLF. A release without outcomes gives an empty string.
 *
 * @param file Value of the `file` column (the input's name).
 * @param release Parsed release.
 * @returns Rows.
 * @example
 * ```ts
 * csvRows('a.txt', release) // 'a.txt,o1,m1,Outcomes,agreed,agree,...\r\n'
 * ```
 */
export function csvRows(file: string, release: Release): string {
  let rows = ''
  for (const outcome of release.outcomes) {
    rows += csvRow([
      file,
      outcome.id,
      outcome.meetingId,
      outcome.section,
      outcome.verb,
      outcome.kind,
      outcome.cameo,
      outcome.modality,
      outcome.actors.join(';'),
      outcome.text,
      outcome.position.start.offset,
      outcome.position.end.offset
    ])
  }
  return rows
}

/**
 * Encode one row: RFC 4180 quoting, plus a guard against CSV injection (a
 * text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets
 * a leading `'`). `null` becomes an empty cell.
 *
 * @param cells Cells.
 * @returns The row, with its CRLF.
 * @example
 * ```ts
 * csvRow(['a', 'say "hi"', null, '=1+1', 3]) // 'a,"say ""hi""",,\'=1+1,3\r\n'
 * ```
 */
export function csvRow(cells: ReadonlyArray<string | number | null>): string {
  return cells.map((cell) => csvCell(cell)).join(',') + newline
}

/**
 * Encode one cell.
 *
 * @param cell Cell value.
 * @returns Encoded cell.
 */
function csvCell(cell: string | number | null): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return String(cell)
  let value = cell
  if (value.length > 0 && formulaStarts.has(value.charAt(0))) value = "'" + value
  return /[",\r\n]/.test(value) ? '"' + value.replaceAll('"', '""') + '"' : value
}
