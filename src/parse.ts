import type {Release} from './models/types.js'
import type {ParseOptions} from './options.js'
import {createParser} from './parse-release.js'

/** The default parser: built-in recognizers, formats and lexicons. Immutable. */
export const defaultParser = createParser()

/**
 * Parse the text of a release (plain text or Markdown, with or without front
 * matter) into typed records.
 *
 * Never throws on messy text: content problems become diagnostics.
 *
 * @param text Release text.
 * @param options Options (optional).
 * @returns The release.
 * @throws {FactsheetError} `ERR_FACTSHEET_INVALID_INPUT` (not a string), `ERR_FACTSHEET_INPUT_TOO_LARGE` (over `maxBytes`), `ERR_FACTSHEET_INVALID_OPTION` or `ERR_FACTSHEET_INVALID_META` (bad options).
 * @example
 * ```ts
 * import {parseRelease} from 'factsheet'
 *
 * const release = parseRelease('# Readout\n\nSecretary of State Jane Roe met today with ...')
 * console.log(release.meetings, release.participants, release.outcomes)
 * ```
 */
export function parseRelease(text: string, options?: ParseOptions): Release {
  return defaultParser.parse(text, options)
}
