import {FactsheetError} from '../diagnostics/error.js'
import {parseHtmlRelease} from '../html/index.js'
import type {Release} from '../models/types.js'
import type {ParseOptions, ReleaseMeta} from '../options.js'
import {parseRelease} from '../parse.js'
import type {InputFormat} from './args.js'
import {csvRows} from './csv.js'
import {readFileCapped, tooLarge} from './read-file.js'
import {binaryReason, chooseReader, decodeText} from './sniff.js'

/**
 * How each result is serialized: one pretty JSON document, a pretty element
 * of a JSON array (indented one level), compact JSON, or CSV rows.
 */
export type OutputStyle = 'pretty' | 'pretty-element' | 'compact' | 'csv'

/** Settings shared by every task of a run; plain data, so it can go to a worker. */
export interface TaskSettings {
  /** `--input-format`. */
  inputFormat: InputFormat
  /** `--max-bytes`. */
  maxBytes: number
  /** Serialization. */
  output: OutputStyle
  /** `--meta-*` flags (single input only). */
  meta: ReleaseMeta | undefined
  /** `--reference-date`. */
  referenceDate: string | undefined
}

/**
 * One unit of work. Files travel as paths (the worker reads them), so that
 * messages between threads stay small.
 */
export type Task =
  | {type: 'file'; seq: number; path: string}
  | {type: 'bytes'; seq: number; label: string; bytes: Uint8Array}
  | {type: 'record'; seq: number; source: string; line: number; json: string}

/** What a task gives back: serialized output, or a one-line message for stderr. */
export type TaskResult =
  | {seq: number; ok: true; output: string; bytes: number}
  | {seq: number; ok: false; message: string; bytes: number}

/**
 * Run one task: read the input, parse it and serialize the release. Never
 * throws: every problem becomes `{ok: false, message}`, with the message
 * starting with the input's name.
 *
 * @param task Task.
 * @param settings Run settings.
 * @returns Result.
 * @example
 * ```ts
 * runTask({type: 'file', seq: 0, path: 'a.txt'}, settings)
 * // {seq: 0, ok: true, output: '{"schemaVersion":1,...}', bytes: 2048}
 * ```
 */
export function runTask(task: Task, settings: TaskSettings): TaskResult {
  switch (task.type) {
    case 'file': {
      const read = readFileCapped(task.path, settings.maxBytes)
      if (!read.ok) return failure(task.seq, task.path, read.reason, 0)
      return runBytes(task.seq, task.path, task.path, read.bytes, settings)
    }
    case 'bytes':
      return runBytes(task.seq, task.label, undefined, task.bytes, settings)
    case 'record':
      return runRecord(task, settings)
  }
}

/**
 * Parse one document given as bytes.
 *
 * @param seq Sequence number.
 * @param label Name in messages and in the CSV `file` column.
 * @param path File path, for the extension (optional).
 * @param bytes Bytes.
 * @param settings Run settings.
 * @returns Result.
 */
function runBytes(seq: number, label: string, path: string | undefined, bytes: Uint8Array, settings: TaskSettings): TaskResult {
  if (bytes.length > settings.maxBytes) return failure(seq, label, tooLarge(bytes.length, settings.maxBytes), 0)
  const binary = binaryReason(bytes)
  if (binary) return failure(seq, label, binary, 0)
  const text = decodeText(bytes)
  const options: ParseOptions = {maxBytes: settings.maxBytes}
  if (settings.meta) options.meta = settings.meta
  if (settings.referenceDate !== undefined) options.referenceDate = settings.referenceDate
  const parsed = parseText(text, chooseReader(settings.inputFormat, path, text), options)
  if (!parsed.ok) return failure(seq, label, parsed.reason, bytes.length)
  return {seq, ok: true, output: serialize(parsed.release, undefined, label, settings.output), bytes: bytes.length}
}

/**
 * Parse one feed record: a JSON object `{"text"|"html": string, "meta"?, "id"?}`.
 *
 * @param task Record task.
 * @param settings Run settings.
 * @returns Result.
 */
function runRecord(task: Extract<Task, {type: 'record'}>, settings: TaskSettings): TaskResult {
  const label = `${task.source}:${task.line}`
  const bytes = Buffer.byteLength(task.json)
  let value: unknown
  try {
    value = JSON.parse(task.json)
  } catch (error) {
    return failure(task.seq, label, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`, bytes)
  }
  const record = recordProblem(value)
  if (typeof record === 'string') return failure(task.seq, label, record, bytes)
  const options: ParseOptions = {maxBytes: settings.maxBytes}
  if (record.meta !== undefined) options.meta = record.meta as ReleaseMeta
  if (settings.referenceDate !== undefined) options.referenceDate = settings.referenceDate
  const reader = record.html === undefined ? chooseReader(settings.inputFormat, undefined, record.text ?? '') : 'html'
  const parsed = parseText(record.html ?? record.text ?? '', reader, options)
  if (!parsed.ok) return failure(task.seq, label, parsed.reason, bytes)
  const name = record.id === undefined ? label : String(record.id)
  return {seq: task.seq, ok: true, output: serialize(parsed.release, record.id, name, settings.output), bytes}
}

/** A feed record that passed the shape checks. */
interface FeedRecord {
  text: string | undefined
  html: string | undefined
  meta: unknown
  id: string | number | undefined
}

/**
 * Check the shape of a feed record.
 *
 * @param value Parsed JSON.
 * @returns The record, or what is wrong with it.
 */
function recordProblem(value: unknown): FeedRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `expected a JSON object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`
  }
  const {text, html, meta, id} = value as Record<string, unknown>
  if (text !== undefined && html !== undefined) return 'expected "text" or "html", not both'
  if (text === undefined && html === undefined) return 'expected a "text" or "html" field'
  if (text !== undefined && typeof text !== 'string') return `expected "text" to be a string, got ${kindOf(text)}`
  if (html !== undefined && typeof html !== 'string') return `expected "html" to be a string, got ${kindOf(html)}`
  if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return `expected "id" to be a string or a number, got ${kindOf(id)}`
  }
  return {text, html, meta, id}
}

/**
 * Parse text with the chosen reader, turning misuse errors into a reason.
 *
 * @param text Text.
 * @param reader Reader.
 * @param options Parse options.
 * @returns The release, or a reason.
 */
function parseText(text: string, reader: ReturnType<typeof chooseReader>, options: ParseOptions): {ok: true; release: Release} | {ok: false; reason: string} {
  try {
    const release = reader === 'html' ? parseHtmlRelease(text, options) : parseRelease(text, {...options, format: reader})
    return {ok: true, release}
  } catch (error) {
    if (error instanceof FactsheetError) {
      const detail = error.message.replace(/^Cannot parse (?:HTML )?release: /, '')
      if (error.code === 'ERR_FACTSHEET_INPUT_TOO_LARGE') return {ok: false, reason: tooLarge(undefined, options.maxBytes ?? 0)}
      if (error.code === 'ERR_FACTSHEET_INVALID_META') return {ok: false, reason: `invalid "meta": ${detail}`}
      return {ok: false, reason: detail}
    }
    // Not misuse: a bug in the parser. Report it on this input and go on with the others.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    return {ok: false, reason: `internal error while parsing (please report it): ${message.slice(0, 300)}`}
  }
}

/**
 * Serialize a release in the run's output style.
 *
 * @param release Release.
 * @param id Feed record id, wrapped around the release when given.
 * @param name Value of the CSV `file` column.
 * @param style Output style.
 * @returns Text, without a trailing line break (CSV rows end in CRLF).
 */
function serialize(release: Release, id: string | number | undefined, name: string, style: OutputStyle): string {
  if (style === 'csv') return csvRows(name, release)
  const value = id === undefined ? release : {id, release}
  if (style === 'compact') return JSON.stringify(value)
  const pretty = JSON.stringify(value, null, 2)
  // JSON strings never hold raw line breaks, so every `\n` is between tokens.
  return style === 'pretty-element' ? '  ' + pretty.replaceAll('\n', '\n  ') : pretty
}

/**
 * Build a failed result.
 *
 * @param seq Sequence number.
 * @param label Input name.
 * @param reason Reason.
 * @param bytes Bytes read.
 * @returns Result.
 */
function failure(seq: number, label: string, reason: string, bytes: number): TaskResult {
  return {seq, ok: false, message: `${label}: ${reason}`, bytes}
}

/**
 * Name the JSON type of a value.
 *
 * @param value Value.
 * @returns Description.
 */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}
