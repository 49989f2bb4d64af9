import {closeSync, fstatSync, openSync, readSync} from 'node:fs'

/** Bytes read, or why they could not be. */
export type ReadResult = {ok: true; bytes: Uint8Array} | {ok: false; reason: string}

/** Chunk size for files whose size is unknown (pipes, devices). */
const chunkSize = 64 * 1024

/**
 * Read a whole file, refusing directories and files over `maxBytes` without
 * reading more than `maxBytes + 1` bytes. Works for regular files, FIFOs and
 * devices (`/dev/stdin`). Synchronous: it runs in worker threads, or in the
 * main thread when there are none.
 *
 * @param path File path.
 * @param maxBytes Largest size accepted.
 * @returns The bytes, or a reason for `factsheet: <file>: <reason>`.
 * @example
 * ```ts
 * const result = readFileCapped('release.txt', 4 * 1024 * 1024)
 * if (!result.ok) console.error(`factsheet: release.txt: ${result.reason}`)
 * ```
 */
export function readFileCapped(path: string, maxBytes: number): ReadResult {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    return {ok: false, reason: describeFsError(error)}
  }
  try {
    const stats = fstatSync(fd)
    if (stats.isDirectory()) return {ok: false, reason: 'is a directory'}
    if (stats.isFile() && stats.size > maxBytes) return {ok: false, reason: tooLarge(stats.size, maxBytes)}
    // One byte more than allowed tells a file that grew past the limit.
    const limit = maxBytes + 1
    const chunks: Uint8Array[] = []
    let total = 0
    let buffer = Buffer.allocUnsafe(Math.min(limit, stats.isFile() ? stats.size + 1 : chunkSize))
    let filled = 0
    for (;;) {
      if (filled === buffer.length) {
        chunks.push(buffer)
        buffer = Buffer.allocUnsafe(Math.min(chunkSize, limit - total))
        filled = 0
        if (buffer.length === 0) break
      }
      const read = readSync(fd, buffer, filled, buffer.length - filled, null)
      if (read === 0) break
      filled += read
      total += read
      if (total >= limit) break
    }
    chunks.push(buffer.subarray(0, filled))
    if (total > maxBytes) return {ok: false, reason: tooLarge(undefined, maxBytes)}
    return {ok: true, bytes: chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks, total)}
  } catch (error) {
    return {ok: false, reason: describeFsError(error)}
  } finally {
    closeSync(fd)
  }
}

/**
 * The reason for an input over the size limit.
 *
 * @param size Size, if known.
 * @param maxBytes Limit.
 * @returns Reason.
 */
export function tooLarge(size: number | undefined, maxBytes: number): string {
  const actual = size === undefined ? 'more than ' + formatBytes(maxBytes) : formatBytes(size)
  return `is too large (${actual}; the limit is ${formatBytes(maxBytes)}, see --max-bytes)`
}

/**
 * Describe a file system error in a few words, like coreutils do.
 *
 * @param error Error from `node:fs`.
 * @returns Reason.
 * @example
 * ```ts
 * describeFsError(Object.assign(new Error('...'), {code: 'ENOENT'})) // 'no such file or directory'
 * ```
 */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as {code?: unknown}).code : undefined
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ENOTDIR':
      return 'not a directory (a parent in the path is a file)'
    case 'ELOOP':
      return 'too many levels of symbolic links'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files'
    case 'EIO':
      return 'input/output error'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

/**
 * Format a byte count for people: `512 B`, `12.5 KiB`, `4 MiB`.
 *
 * @param bytes Bytes.
 * @returns Text.
 */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const text = unit === 0 || Number.isInteger(value) ? String(value) : value.toFixed(1)
  return `${text} ${units[unit]}`
}
