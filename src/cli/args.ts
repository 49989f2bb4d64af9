import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {FactsheetError} from '../diagnostics/error.js'
import {defaultMaxBytes, resolveOptions, type ReleaseMeta} from '../options.js'

/** How each input is read: `auto` picks HTML by extension or sniffing, else lets the library decide. */
export type InputFormat = 'auto' | 'text' | 'markdown' | 'html'

/** What an input is: one release (`document`), or one feed record per line (`ndjson`). */
export type InputMode = 'document' | 'ndjson'

/** Output formats of `factsheet parse`. */
export type OutputFormat = 'json' | 'ndjson' | 'csv'

/** Settings of one `factsheet parse` run, after validation. */
export interface CliConfig {
  /** Positional arguments: files, directories or `-`; empty means standard input. */
  inputs: string[]
  /** `document` (default) or `ndjson`. */
  inputMode: InputMode
  /** How to read input (default: `auto`). */
  inputFormat: InputFormat
  /** Output format given with `--format`; `undefined` picks one from the inputs. */
  format: OutputFormat | undefined
  /** `true` with `--pretty`, `false` with `--compact`, `undefined` for the default. */
  pretty: boolean | undefined
  /** Worker threads (default: `1`). */
  jobs: number
  /** Largest input accepted, in bytes (default: the library default, 4 MiB). */
  maxBytes: number
  /** Feed metadata from the `--meta-*` flags (only for a single document). */
  meta: ReleaseMeta | undefined
  /** Last-resort ISO date for "today" (optional). */
  referenceDate: string | undefined
  /** No progress line and no automatic summary. */
  quiet: boolean
  /** Always print the summary. */
  summary: boolean
}

/** What the command line asks for. */
export type ParsedCommandLine =
  | {kind: 'help'}
  | {kind: 'version'}
  | {kind: 'parse'; config: CliConfig}
  | {kind: 'usage-error'; message: string}

/** Extensions of the files a directory walk picks up, lower case. */
export const releaseExtensions: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm']

const options = {
  format: {type: 'string'},
  input: {type: 'string'},
  'input-format': {type: 'string'},
  'max-bytes': {type: 'string'},
  'reference-date': {type: 'string'},
  'meta-title': {type: 'string'},
  'meta-published': {type: 'string'},
  'meta-url': {type: 'string'},
  'meta-source': {type: 'string'},
  'meta-timezone': {type: 'string'},
  jobs: {type: 'string', short: 'j'},
  pretty: {type: 'boolean'},
  compact: {type: 'boolean'},
  quiet: {type: 'boolean', short: 'q'},
  summary: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

const metaFlags = [
  ['meta-title', 'title'],
  ['meta-published', 'published'],
  ['meta-url', 'url'],
  ['meta-source', 'source'],
  ['meta-timezone', 'timeZone']
] as const

/** Help text of `factsheet --help`. */
export const helpText = `Usage: factsheet parse [options] [FILE | DIR | -]...

Parse government releases about official meetings (fact sheets, readouts,
joint statements) into typed records. With no FILE, or with -, read standard
input. A DIR is searched recursively for ${releaseExtensions.join(', ')} files.

One input prints pretty JSON; several inputs (or a DIR) print NDJSON, one
release per line, in input order.

Input:
      --input <mode>          document: each input is one release (default)
                              ndjson: each line is a record
                              {"text"|"html": string, "meta"?: {...}, "id"?: string}
      --input-format <f>      auto (default), text, markdown or html
      --max-bytes <n>         largest input accepted (default 4MiB; K, M, G suffixes)
      --reference-date <date> ISO date for "today" when nothing else dates a release
      --meta-title <text>     feed metadata of a single input:
      --meta-published <iso>    title, publication date or date-time,
      --meta-url <url>          address, outlet or agency,
      --meta-source <text>      and the publisher's IANA time zone
      --meta-timezone <zone>

Output:
      --format <f>            json, ndjson or csv (outcomes table)
                              (default: json for one input, ndjson for several)
      --pretty                indent JSON (several inputs then print one JSON array)
      --compact               print JSON on one line
      --summary               print a summary on stderr (default with several inputs)
  -q, --quiet                 no progress line, no automatic summary

Batch:
  -j, --jobs <n>              parse with n worker threads (default 1; "auto": one per CPU)

  -h, --help                  show this help
  -v, --version               show the version

Exit status: 0 if every input parsed, 1 if any input failed, 2 on bad usage.
Documentation: docs/cli.md
`

/** One-line hint printed after a usage error. */
export const usageHint = "Try 'factsheet --help' for more information."

/**
 * Read the command line of `factsheet`.
 *
 * Never throws: problems come back as `{kind: 'usage-error', message}`.
 *
 * @param argv Arguments after the node binary and script (`process.argv.slice(2)`).
 * @returns What to do.
 * @example
 * ```ts
 * parseCommandLine(['parse', '--format', 'csv', 'a.txt'])
 * // {kind: 'parse', config: {inputs: ['a.txt'], format: 'csv', ...}}
 * ```
 */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true})
  } catch (error) {
    return usageError(parseArgsMessage(error))
  }
  const {values, positionals} = parsed
  if (values.help) return {kind: 'help'}
  if (values.version) return {kind: 'version'}
  const [command, ...inputs] = positionals
  if (command === undefined) return usageError('missing command (expected `parse`)')
  if (command === 'help') return {kind: 'help'}
  if (command !== 'parse') return usageError(`unknown command \`${command}\` (expected \`parse\`)`)

  const inputMode = oneOf('--input', values.input, ['document', 'ndjson'] as const, 'document')
  const inputFormat = oneOf('--input-format', values['input-format'], ['auto', 'text', 'markdown', 'html'] as const, 'auto')
  const format = values.format === undefined ? undefined : oneOf('--format', values.format, ['json', 'ndjson', 'csv'] as const, 'json')
  if (isUsageError(inputMode)) return inputMode
  if (isUsageError(inputFormat)) return inputFormat
  if (isUsageError(format)) return format

  if (values.pretty && values.compact) return usageError('--pretty and --compact cannot be combined')
  const pretty = values.pretty ? true : values.compact ? false : undefined
  if (pretty !== undefined && format === 'csv') return usageError(`--${pretty ? 'pretty' : 'compact'} applies to JSON output, not csv`)
  if (pretty === true && format === 'ndjson') return usageError('--pretty cannot be combined with --format ndjson (one record per line); use --format json for a pretty array')

  const jobs = parseJobs(values.jobs)
  if (isUsageError(jobs)) return jobs
  const maxBytes = values['max-bytes'] === undefined ? defaultMaxBytes : parseByteSize(values['max-bytes'])
  if (maxBytes === undefined) return usageError(`--max-bytes: expected a number of bytes like 4194304, 512K or 4MiB, got \`${values['max-bytes']}\``)

  if (inputs.filter((input) => input === '-').length > 1) return usageError('standard input (`-`) can be read only once')

  let meta: ReleaseMeta | undefined
  for (const [flag, key] of metaFlags) {
    const value = values[flag]
    if (value === undefined) continue
    const problem = optionProblem({meta: {[key]: value}})
    if (problem) return usageError(`--${flag}: ${problem}`)
    meta = {...meta, [key]: value}
  }
  if (meta) {
    const flags = metaFlags.filter(([flag]) => values[flag] !== undefined).map(([flag]) => `--${flag}`).join(', ')
    if (inputMode === 'ndjson') return usageError(`--meta-* flags (${flags}) cannot be used with --input ndjson; put "meta" in each record instead`)
    if (inputs.length > 1) return usageError(`--meta-* flags (${flags}) apply to a single input, got ${inputs.length} inputs`)
    const problem = optionProblem({meta})
    if (problem) return usageError(problem)
  }

  const referenceDate = values['reference-date']
  if (referenceDate !== undefined) {
    const problem = optionProblem({referenceDate})
    if (problem) return usageError(`--reference-date: ${problem}`)
  }

  return {
    kind: 'parse',
    config: {
      inputs,
      inputMode,
      inputFormat,
      format,
      pretty,
      jobs,
      maxBytes,
      meta,
      referenceDate,
      quiet: values.quiet === true,
      summary: values.summary === true
    }
  }
}

/**
 * Parse a byte size: a whole number with an optional binary suffix
 * (`K`/`KiB`, `M`/`MiB`, `G`/`GiB`; case-insensitive).
 *
 * @param value Text such as `4194304`, `512K` or `4MiB`.
 * @returns Bytes, or `undefined` when the text is not a size.
 * @example
 * ```ts
 * parseByteSize('4MiB') // 4194304
 * ```
 */
export function parseByteSize(value: string): number | undefined {
  const match = /^\s*(\d{1,15})\s*(?:(?:([kmg])(?:i?b)?|b)\s*)?$/i.exec(value)
  if (!match) return undefined
  const unit = (match[2] ?? '').toLowerCase()
  const size = Number(match[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1)
  return Number.isSafeInteger(size) ? size : undefined
}

/**
 * Read `--jobs`: a whole number from 1 to 256, or `auto` (one per CPU).
 *
 * @param value Flag value (optional).
 * @returns Worker count, or a usage error.
 */
function parseJobs(value: string | undefined): number | {kind: 'usage-error'; message: string} {
  if (value === undefined) return 1
  if (value === 'auto') return availableParallelism()
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    return usageError(`--jobs: expected a whole number from 1 to 256 or \`auto\`, got \`${value}\``)
  }
  return Number(value)
}

/**
 * Check a flag value against a list of choices.
 *
 * @param flag Flag name, for the message.
 * @param value Value given (optional).
 * @param choices Allowed values.
 * @param fallback Default.
 * @returns The value, or a usage error.
 */
function oneOf<const T extends string>(flag: string, value: string | undefined, choices: readonly T[], fallback: T): T | {kind: 'usage-error'; message: string} {
  if (value === undefined) return fallback
  if ((choices as readonly string[]).includes(value)) return value as T
  const names = choices.map((choice) => `\`${choice}\``)
  return usageError(`${flag}: expected ${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}, got \`${value}\``)
}

/**
 * Validate library options the way `parseRelease` will, and describe the problem.
 *
 * @param value Options to check.
 * @returns The problem, or `undefined` when they are valid.
 */
function optionProblem(value: {meta?: ReleaseMeta; referenceDate?: string}): string | undefined {
  try {
    resolveOptions(value)
    return undefined
  } catch (error) {
    if (error instanceof FactsheetError) return error.message.replace(/^Cannot parse release: /, '')
    throw error
  }
}

/**
 * Turn a `parseArgs` error into a one-line message.
 *
 * @param error Error thrown by `parseArgs`.
 * @returns Message.
 */
function parseArgsMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // Keep the first sentence: the rest of Node's message is about positionals starting with `-`.
  const first = /^.*?(?:\.\s|$)/.exec(message)?.[0] ?? message
  return first.trim().replace(/\.$/, '').replace(/^Unknown option/, 'unknown option').replace(/^Option/, 'option')
}

/**
 * Build a usage error.
 *
 * @param message What is wrong.
 * @returns Usage error.
 */
function usageError(message: string): {kind: 'usage-error'; message: string} {
  return {kind: 'usage-error', message}
}

/**
 * Tell a usage error from a value.
 *
 * @param value Value.
 * @returns Whether it is a usage error.
 */
function isUsageError(value: unknown): value is {kind: 'usage-error'; message: string} {
  return typeof value === 'object' && value !== null && (value as {kind?: unknown}).kind === 'usage-error'
}
