import type {Point, Position} from '../models/types.js'

/**
 * Maps offsets of a rewritten string (the normalized Markdown) back to the
 * original input. Segments are either copied from the original (offsets move
 * together) or inserted (every offset maps to one original offset).
 */
export interface OffsetMap {
  /** Start of each segment in the rewritten string, ascending. */
  readonly from: number[]
  /** Original offset of each segment's start. */
  readonly to: number[]
  /** Whether each segment was copied (`true`) or inserted (`false`). */
  readonly copied: boolean[]
}

/** Builds a rewritten string together with its offset map. */
export interface RewriteBuilder {
  /** Append `original.slice(start, end)`. */
  copy(start: number, end: number): void
  /** Append text that is not in the original, placed at original offset `at`. */
  insert(text: string, at: number): void
  /** The rewritten string and its map. */
  done(): {value: string; map: OffsetMap}
}

/**
 * Create a builder that rewrites `original` and keeps an offset map.
 *
 * @param original The original input.
 * @returns A builder.
 */
export function createRewriter(original: string): RewriteBuilder {
  const parts: string[] = []
  const from: number[] = []
  const to: number[] = []
  const copied: boolean[] = []
  let length = 0

  return {
    copy(start, end) {
      if (end <= start) return
      from.push(length)
      to.push(start)
      copied.push(true)
      parts.push(original.slice(start, end))
      length += end - start
    },
    insert(text, at) {
      if (text.length === 0) return
      from.push(length)
      to.push(at)
      copied.push(false)
      parts.push(text)
      length += text.length
    },
    done() {
      return {value: parts.join(''), map: {from, to, copied}}
    }
  }
}

/** The identity map: offsets of the rewritten string are original offsets. */
export const identityMap: OffsetMap = Object.freeze({
  from: Object.freeze([0]) as unknown as number[],
  to: Object.freeze([0]) as unknown as number[],
  copied: Object.freeze([true]) as unknown as boolean[]
})

/**
 * Map an offset of the rewritten string to the original input.
 *
 * @param map Offset map.
 * @param offset Offset in the rewritten string.
 * @returns Offset in the original input.
 */
export function toOriginal(map: OffsetMap, offset: number): number {
  const {from, to, copied} = map
  if (from.length === 0) return offset
  const low = segmentOf(from, offset)
  const start = from[low] ?? 0
  const target = to[low] ?? 0
  return copied[low] ? target + (offset - start) : target
}

/**
 * Find the segment that holds an offset (binary search).
 *
 * @param from Segment starts, ascending (not empty).
 * @param offset Offset in the rewritten string.
 * @returns Index of the last segment that starts at or before `offset` (`0` if none).
 */
function segmentOf(from: readonly number[], offset: number): number {
  let low = 0
  let high = from.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((from[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** Maps offsets of a rewritten string to the original; see {@link createMapper}. */
export interface Mapper {
  (offset: number): number
  /**
   * End of the run of offsets from `offset` on that map one for one: for
   * every `k` with `offset + k` below it, `mapper(offset + k) === mapper(offset) + k`.
   * At least `offset + 1`.
   */
  linearEnd(offset: number): number
}

/**
 * Create a mapper for offsets read mostly in increasing order, such as the
 * characters of one node. It remembers the segment of the previous offset and
 * steps from there, instead of a binary search per offset: the tree stage maps
 * every character, and plain-text input has a segment per rewritten line.
 * Any order is correct; out-of-order offsets fall back to the binary search.
 *
 * @param map Offset map.
 * @returns Function from an offset of the rewritten string to the original.
 */
export function createMapper(map: OffsetMap): Mapper {
  const {from, to, copied} = map
  if (from.length <= 1) {
    const start = from[0] ?? 0
    const target = to[0] ?? 0
    const copy = copied[0] ?? true
    const single = (offset: number) => (copy ? target + (offset - start) : target)
    return Object.assign(single, {linearEnd: (offset: number) => (copy ? Number.POSITIVE_INFINITY : offset + 1)})
  }
  let segment = 0
  /**
   * Segment of an offset: stepped to from the previous one, or searched for.
   *
   * @param offset Offset in the rewritten string.
   * @returns Segment index.
   */
  const locate = (offset: number): number => {
    if (offset < (from[segment] ?? 0)) return segmentOf(from, offset)
    while (segment + 1 < from.length && (from[segment + 1] ?? 0) <= offset) segment++
    return segment
  }
  const mapper = (offset: number) => {
    const at = locate(offset)
    const start = from[at] ?? 0
    const target = to[at] ?? 0
    return copied[at] ? target + (offset - start) : target
  }
  return Object.assign(mapper, {
    linearEnd(offset: number) {
      const at = locate(offset)
      return copied[at] ? Math.max(offset + 1, from[at + 1] ?? Number.POSITIVE_INFINITY) : offset + 1
    }
  })
}

/** Converts offsets of the original input to unist points. */
export interface LineIndex {
  /** Offset of the start of each line. */
  readonly starts: number[]
  /** Length of the original input. */
  readonly length: number
}

/**
 * Index the line starts of `text` (`\n`, `\r\n` and lone `\r` end lines).
 *
 * @param text The original input.
 * @returns The index.
 */
export function createLineIndex(text: string): LineIndex {
  const starts = [0]
  if (text.indexOf('\r') < 0) {
    // Line feeds only (most input): found by `indexOf`, not one character at a time.
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
    return {starts, length: text.length}
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) starts.push(index + 1)
    else if (code === 13 && text.charCodeAt(index + 1) !== 10) starts.push(index + 1)
  }
  return {starts, length: text.length}
}

/**
 * Get the point of an original offset.
 *
 * @param index Line index of the original input.
 * @param offset Offset (clamped into the input).
 * @returns Point with 1-based line and column.
 */
export function toPoint(index: LineIndex, offset: number): Point {
  const clamped = Math.max(0, Math.min(index.length, offset))
  const {starts} = index
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] ?? 0) <= clamped) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: clamped - (starts[low] ?? 0) + 1, offset: clamped}
}

/**
 * Get the position of an original span.
 *
 * @param index Line index of the original input.
 * @param start Start offset.
 * @param end End offset.
 * @returns Position.
 */
export function toPosition(index: LineIndex, start: number, end: number): Position {
  return {start: toPoint(index, start), end: toPoint(index, Math.max(start, end))}
}
