import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {createMapper, type Mapper, type OffsetMap} from '../normalize/offsets.js'

/**
 * Text with the original offsets of every character: what every extracted
 * span is cut from, so positions always point into the original input.
 */
export interface MappedText {
  /** The text. */
  text: string
  /** Original offset of the start of each character. */
  starts: number[]
  /** Original offset just after each character. */
  ends: number[]
}

/** Accumulates characters with original offsets. */
export interface TextSink {
  /** Append one character read from the original span `[start, end)`. */
  push(char: string, start: number, end: number): void
  /**
   * Append `value.slice(from, to)`, printable ASCII read one for one from
   * the source, starting and ending with a non-space and with no two spaces
   * together: character `k` from original offset `original(cursor + k)`.
   * With a {@link Mapper}'s `linearEnd`, offsets that map one for one are
   * filled without a call per character.
   */
  run(value: string, from: number, to: number, cursor: number, original: ((offset: number) => number) & Partial<Pick<Mapper, 'linearEnd'>>): void
  /** Append a separator (a space) at original offset `at`. */
  space(at: number): void
  /** Finish: whitespace collapsed, ends trimmed. */
  done(): MappedText
}

/**
 * Whether a UTF-16 code unit is white space: what `/[\s\u200B]/` matches
 * (NBSP and the Unicode spaces included). A comparison chain, not a regex:
 * the tree stage asks this for every character of the release.
 *
 * @param code Code unit.
 * @returns Whether it is white space.
 */
export function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true
  if (code < 0xa0) return false
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/**
 * Create a sink that collapses whitespace runs (NBSP included) into one space
 * and drops control characters.
 *
 * @returns A sink.
 */
export function createSink(): TextSink {
  // Appending to a string measured faster than pushing one-character strings
  // and joining them (`done` took a sixth of the tree stage with the join).
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  let pendingSpace = -1

  return {
    push(char, start, end) {
      const code = char.charCodeAt(0)
      if (isSpaceCode(code)) {
        if (pendingSpace < 0) pendingSpace = start
        return
      }
      if (code < 32 || (code >= 0x7f && code < 0xa0) || (code >= 0x200c && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return
      if (pendingSpace >= 0 && starts.length > 0) {
        text += ' '
        starts.push(pendingSpace)
        ends.push(pendingSpace + 1 > start ? start : pendingSpace + 1)
      }
      pendingSpace = -1
      text += char
      starts.push(start)
      ends.push(end)
    },
    run(value, from, to, cursor, original) {
      const first = original(cursor)
      if (pendingSpace >= 0 && starts.length > 0) {
        text += ' '
        starts.push(pendingSpace)
        ends.push(pendingSpace + 1 > first ? first : pendingSpace + 1)
      }
      pendingSpace = -1
      text += value.slice(from, to)
      const linearEnd = original.linearEnd
      let at = first
      let index = from
      while (index < to) {
        // Characters before `stop` map one for one: no mapper call each
        // (that call was ~1.5% of a parse).
        const stop = linearEnd ? Math.min(to - 1, from + (linearEnd(cursor + (index - from)) - cursor) - 1) : index
        for (; index < stop; index++) {
          starts.push(at)
          ends.push(++at)
        }
        const next = index + 1 < to ? original(cursor + (index - from) + 1) : -1
        starts.push(at)
        // A single space between two characters ends where the next one starts, as `push` does.
        ends.push(value.charCodeAt(index) === 32 && next < at + 1 ? next : at + 1)
        at = next
        index++
      }
    },
    space(at) {
      if (pendingSpace < 0) pendingSpace = at
    },
    done() {
      return {text, starts, ends}
    }
  }
}

/**
 * Decode a character reference at `index` of `source` (`&amp;`, `&#39;`, `&#x2019;`).
 *
 * @param source Source string.
 * @param index Offset of `&`.
 * @returns The decoded value and the offset after `;`, or `undefined`.
 */
export function decodeReference(source: string, index: number): {value: string; end: number} | undefined {
  // Look no further than the longest reference: `&&&…` must stay linear.
  const relative = source.slice(index + 1, index + 34).indexOf(';')
  if (relative < 0) return undefined
  const semicolon = index + 1 + relative
  const body = source.slice(index + 1, semicolon)
  if (body.charAt(0) === '#') {
    const hex = body.charAt(1) === 'x' || body.charAt(1) === 'X'
    const digits = body.slice(hex ? 2 : 1)
    if (!(hex ? /^[\da-f]{1,6}$/i : /^\d{1,7}$/).test(digits)) return undefined
    const code = Number.parseInt(digits, hex ? 16 : 10)
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return {value: '\uFFFD', end: semicolon + 1}
    return {value: String.fromCodePoint(code), end: semicolon + 1}
  }
  if (!/^[A-Z][A-Z\d]{0,31}$/i.test(body)) return undefined
  const value = decodeNamedCharacterReference(body)
  return value === false ? undefined : {value, end: semicolon + 1}
}

/**
 * Align a node's decoded `value` with its span of `source`, pushing each
 * character with its original offsets. Backslash escapes, character
 * references and stripped indentation are skipped over. Linear: every step
 * advances through the value or the source.
 *
 * @param sink Target.
 * @param value Decoded value (an mdast `text` value).
 * @param source Parsed string (normalized Markdown, or the HTML).
 * @param start Start of the node in `source`.
 * @param end End of the node in `source`.
 * @param map Maps `source` offsets to original ones (a map, or a mapper from
 *   `createMapper` to share across the nodes of one block).
 */
export function pushAligned(
  sink: TextSink,
  value: string,
  source: string,
  start: number,
  end: number,
  map: OffsetMap | ((offset: number) => number)
): void {
  const original = typeof map === 'function' ? map : createMapper(map)
  let index = 0
  let cursor = start
  let budget = 4 * (end - start) + 4096
  // Whether the value is its span of the source, character for character:
  // then `cursor - start === index` throughout, and runs need no comparison.
  const same = end - start === value.length && source.startsWith(value, start)
  // A run of printable ASCII with single spaces inside. A literal per call: a
  // sticky pattern holds state (lastIndex), so none lives at module level;
  // V8 compiles the pattern once and shares it between the objects.
  const asciiRun = /[\x21-\x7E]+(?: [\x21-\x7E]+)*/y
  while (index < value.length) {
    const code = value.charCodeAt(index)
    if (cursor >= end) {
      // Ran out of source: pin the rest at the end.
      const at = original(end)
      sink.push(value.charAt(index), at, at)
      index++
      continue
    }
    const sourceCode = source.charCodeAt(cursor)
    // Runs of printable ASCII copied as they are (most of a release) go to the sink in one
    // call: one string append per run instead of per character (the tree stage's main cost).
    if (sourceCode === code && code > 32 && code < 127) {
      let to = index + 1
      if (same) {
        // The value is its source span (most text nodes): no need to compare
        // the two (that comparison was ~1.5% of a parse).
        asciiRun.lastIndex = index
        asciiRun.test(value)
        to = asciiRun.lastIndex
      } else {
        while (to < value.length && cursor + (to - index) < end) {
          const next = value.charCodeAt(to)
          if (next < 32 || next >= 127 || next !== source.charCodeAt(cursor + (to - index))) break
          // Single spaces between words stay in the run; two in a row end it.
          if (next === 32 && value.charCodeAt(to - 1) === 32) break
          to++
        }
      }
      while (value.charCodeAt(to - 1) === 32) to--
      sink.run(value, index, to, cursor, original)
      cursor += to - index
      index = to
      continue
    }
    // Parsers read NUL as U+FFFD.
    if (sourceCode === code || (code === 0xfffd && sourceCode === 0)) {
      const at = original(cursor)
      sink.push(value.charAt(index), at, at + 1)
      index++
      cursor++
      continue
    }
    if (sourceCode === 92 /* `\\` */ && source.charCodeAt(cursor + 1) === code) {
      sink.push(value.charAt(index), original(cursor), original(cursor + 1) + 1)
      index++
      cursor += 2
      continue
    }
    if (sourceCode === 38 /* `&` */) {
      const reference = decodeReference(source, cursor)
      if (reference && value.startsWith(reference.value, index)) {
        const from = original(cursor)
        const to = original(reference.end - 1) + 1
        // One offset per UTF-16 unit: an astral character (`&#x22019;`) is two units of text.
        for (let unit = 0; unit < reference.value.length; unit++) sink.push(reference.value.charAt(unit), from, to)
        index += reference.value.length
        cursor = reference.end
        continue
      }
    }
    if (isSpaceCode(code)) {
      const at = original(cursor)
      sink.push(value.charAt(index), at, at)
      index++
      continue
    }
    // Source has markup or stripped whitespace here: skip to the character.
    // A character that is not in the source (U+FFFD for a NUL, quotes the
    // HTML converter adds for `<q>`) stays, zero-width, here. Searches share
    // a budget linear in the span; past it they look 1024 characters ahead.
    const limit = budget > 0 ? end : Math.min(end, cursor + 1024)
    const ahead = source.slice(cursor, limit)
    let skip = ahead.indexOf(value.charAt(index))
    // A character reference before it may be what decodes to it (`<code>&eacute;`).
    const reference = ahead.indexOf('&', 1)
    if (reference > 0 && (skip < 0 || reference < skip)) skip = reference
    budget -= skip >= 0 ? skip : limit - cursor
    if (skip > 0) {
      cursor += skip
      continue
    }
    const at = original(cursor)
    sink.push(value.charAt(index), at, at)
    index++
  }
}

/**
 * Slice mapped text.
 *
 * @param mapped Mapped text.
 * @param start Start index in `mapped.text`.
 * @param end End index in `mapped.text`.
 * @returns The slice, trimmed, with its offsets.
 */
export function sliceMapped(mapped: MappedText, start: number, end: number): MappedText {
  let from = Math.max(0, start)
  let to = Math.min(mapped.text.length, end)
  while (from < to && mapped.text.charAt(from) === ' ') from++
  while (to > from && mapped.text.charAt(to - 1) === ' ') to--
  return {
    text: mapped.text.slice(from, to),
    starts: mapped.starts.slice(from, to),
    ends: mapped.ends.slice(from, to)
  }
}

/**
 * The original span of mapped text.
 *
 * @param mapped Mapped text.
 * @param start Start index (default `0`).
 * @param end End index (default: the end).
 * @returns Original `[start, end)` offsets.
 */
export function spanOf(mapped: MappedText, start = 0, end = mapped.text.length): [number, number] {
  if (end <= start) {
    const at = mapped.starts[start] ?? mapped.ends[mapped.ends.length - 1] ?? 0
    return [at, at]
  }
  const from = mapped.starts[start] ?? 0
  let to = mapped.ends[end - 1] ?? from
  if (to < from) to = from
  return [from, to]
}
