import {createReadStream, type Dirent} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {releaseExtensions} from './args.js'
import {splitLines} from './lines.js'
import {describeFsError, formatBytes, tooLarge} from './read-file.js'
import type {Task} from './task.js'

/** A task before it gets its sequence number. */
export type PendingTask = Task extends infer T ? (T extends Task ? Omit<T, 'seq'> : never) : never

/** What the input side yields, in output order: work to do, or an input that already failed. */
export type InputItem = PendingTask | {type: 'failure'; message: string}

/** Name of standard input in messages. */
export const stdinLabel = '<stdin>'

/**
 * The inputs of `--input document`, lazily: `-` reads standard input; a
 * directory is walked (sorted by name at each level, depth first, skipping
 * names that start with `.`) for release files; anything else is a file
 * task, read later by whichever thread parses it.
 *
 * @param inputs Positional arguments (empty means standard input).
 * @param maxBytes Largest input accepted.
 * @returns Input items, in order.
 * @example
 * ```ts
 * for await (const item of documentInputs(['releases/'], 4 << 20)) console.log(item)
 * ```
 */
export async function* documentInputs(inputs: readonly string[], maxBytes: number): AsyncGenerator<InputItem> {
  for (const input of inputs.length === 0 ? ['-'] : inputs) {
    if (input === '-') {
      const read = await readStream(process.stdin, maxBytes)
      yield read.ok
        ? {type: 'bytes', label: stdinLabel, bytes: read.bytes}
        : {type: 'failure', message: `${stdinLabel}: ${read.reason}`}
      continue
    }
    if (await isDirectory(input)) {
      let found = 0
      for await (const item of walk(input)) {
        if (item.type === 'file') found++
        yield item
      }
      if (found === 0) yield {type: 'failure', message: `${input}: no ${releaseExtensions.join(', ')} files in this directory`}
    } else {
      yield {type: 'file', path: input}
    }
  }
}

/**
 * The inputs of `--input ndjson`: one record task per non-blank line of each
 * file (or of standard input). A line too long to be a record within
 * `--max-bytes` is reported and skipped without being held in memory.
 *
 * @param inputs Positional arguments (empty means standard input).
 * @param maxBytes Largest release text accepted.
 * @returns Input items, in order.
 * @example
 * ```ts
 * for await (const item of recordInputs(['feed.ndjson'], 4 << 20)) console.log(item)
 * ```
 */
export async function* recordInputs(inputs: readonly string[], maxBytes: number): AsyncGenerator<InputItem> {
  // JSON escapes can make a record several times longer than its text (`\u0000` is 6 bytes for 1).
  const maxLineBytes = maxBytes * 6 + 64 * 1024
  for (const input of inputs.length === 0 ? ['-'] : inputs) {
    const source = input === '-' ? stdinLabel : input
    try {
      const stream = input === '-' ? process.stdin : createReadStream(input)
      for await (const line of splitLines(stream, maxLineBytes)) {
        if (line.text === undefined) {
          yield {type: 'failure', message: `${source}:${line.number}: line is too long (over ${formatBytes(maxLineBytes)})`}
        } else if (line.text.trim() !== '') {
          yield {type: 'record', source, line: line.number, json: line.text}
        }
      }
    } catch (error) {
      yield {type: 'failure', message: `${source}: ${describeFsError(error)}`}
    }
  }
}

/**
 * Walk a directory for release files.
 *
 * @param directory Directory.
 * @returns File tasks, and failures for unreadable directories.
 */
async function* walk(directory: string): AsyncGenerator<InputItem> {
  let entries: Dirent[]
  try {
    entries = await readdir(directory, {withFileTypes: true})
  } catch (error) {
    yield {type: 'failure', message: `${directory}: ${describeFsError(error)}`}
    return
  }
  // Code-unit order, not locale order: the same on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(directory, entry.name)
    if (entry.isDirectory()) {
      yield* walk(path)
    } else if ((entry.isFile() || entry.isSymbolicLink()) && hasReleaseExtension(entry.name)) {
      yield {type: 'file', path}
    }
  }
}

/**
 * Whether a file name has one of the release extensions.
 *
 * @param name File name.
 * @returns Whether a directory walk picks it up.
 */
export function hasReleaseExtension(name: string): boolean {
  const dot = name.lastIndexOf('.')
  return dot > 0 && releaseExtensions.includes(name.slice(dot).toLowerCase())
}

/**
 * Whether a path is a directory (following symbolic links).
 *
 * @param path Path.
 * @returns Whether it is a directory; `false` when it cannot be read.
 */
export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

/**
 * Read a whole stream, stopping as soon as it passes `maxBytes`.
 *
 * @param stream Readable stream.
 * @param maxBytes Largest size accepted.
 * @returns Bytes, or a reason.
 */
async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<{ok: true; bytes: Uint8Array} | {ok: false; reason: string}> {
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for await (const raw of stream) {
      const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw
      total += chunk.length
      if (total > maxBytes) return {ok: false, reason: tooLarge(undefined, maxBytes)}
      chunks.push(chunk)
    }
  } catch (error) {
    return {ok: false, reason: describeFsError(error)}
  }
  return {ok: true, bytes: Buffer.concat(chunks, total)}
}
