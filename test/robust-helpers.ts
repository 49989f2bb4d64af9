// Invariants every Release must satisfy, shared by the robustness and
// property tests. Each check returns a list of problems (empty when fine), so
// a failing fast-check case reports all of them at once.
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {Position, Release} from '../src/index.js'
import validateRelease from './generated/validate-release.cjs'

/**
 * Problems with a value that would not survive `JSON.stringify` unchanged:
 * `undefined`, functions, symbols, bigints, non-finite numbers, objects that
 * are not plain (`Object.prototype` or `null` prototype) or arrays, holes,
 * own keys that are not enumerable, and cycles (shared objects are fine: they
 * serialize as copies). Iterative: deep values are fine.
 *
 * @param value Value.
 * @returns Problems.
 */
export function jsonProblems(value: unknown): string[] {
  const problems: string[] = []
  // Objects on the current path: meeting one again is a cycle (sharing is fine).
  const ancestors = new Set<object>()
  const stack: Array<[unknown, string] | [object, string, 'exit']> = [[value, '$']]
  while (stack.length > 0 && problems.length < 20) {
    const entry = stack.pop() as [unknown, string] | [object, string, 'exit']
    const [current, path] = entry
    if (entry.length === 3) {
      ancestors.delete(entry[0])
      continue
    }
    if (current === null || typeof current === 'string' || typeof current === 'boolean') continue
    if (typeof current === 'number') {
      if (!Number.isFinite(current) || Object.is(current, -0)) problems.push(`${path}: number ${current} does not round-trip`)
      continue
    }
    if (typeof current !== 'object') {
      problems.push(`${path}: ${typeof current}`)
      continue
    }
    if (ancestors.has(current)) {
      problems.push(`${path}: cycle`)
      continue
    }
    ancestors.add(current)
    stack.push([current, path, 'exit'])
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index++) {
        if (!(index in current)) problems.push(`${path}[${index}]: hole`)
        stack.push([current[index], `${path}[${index}]`])
      }
      continue
    }
    const prototype = Object.getPrototypeOf(current) as unknown
    if (prototype !== Object.prototype && prototype !== null) problems.push(`${path}: not a plain object`)
    if (Object.getOwnPropertySymbols(current).length > 0) problems.push(`${path}: symbol keys`)
    for (const name of Object.getOwnPropertyNames(current)) {
      const descriptor = Object.getOwnPropertyDescriptor(current, name)
      if (!descriptor || !descriptor.enumerable || !('value' in descriptor)) problems.push(`${path}.${name}: not a plain enumerable data property`)
      stack.push([(current as Record<string, unknown>)[name], `${path}.${name}`])
    }
  }
  return problems
}

/**
 * Line starts of the input, with the parser's line endings (`\n`, `\r\n`, `\r`).
 *
 * @param input Input.
 * @returns Offsets of line starts.
 */
export function lineStarts(input: string): number[] {
  const starts = [0]
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index)
    if (code === 10 || (code === 13 && input.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  return starts
}

/**
 * Every position in a value, with its path.
 *
 * @param value Value.
 * @returns Positions.
 */
export function positionsOf(value: unknown): Array<[string, Position]> {
  const found: Array<[string, Position]> = []
  const stack: Array<[unknown, string]> = [[value, '$']]
  while (stack.length > 0) {
    const [current, path] = stack.pop() as [unknown, string]
    if (!current || typeof current !== 'object') continue
    const record = current as Record<string, unknown>
    if (isPoint(record['start']) && isPoint(record['end'])) found.push([path, current as Position])
    for (const [key, child] of Object.entries(record)) stack.push([child, `${path}.${key}`])
  }
  return found
}

/**
 * Whether a value looks like a unist point.
 *
 * @param value Value.
 * @returns Whether it does.
 */
function isPoint(value: unknown): boolean {
  return Boolean(value) && typeof value === 'object' && 'offset' in (value as object) && 'line' in (value as object) && 'column' in (value as object)
}

/**
 * Problems with positions: every point must be a whole number inside the
 * input (`0 ≤ start.offset ≤ end.offset ≤ length`) and its line and column
 * must be those of its offset (1-based, in UTF-16 code units).
 *
 * @param release Release.
 * @param input Original input.
 * @returns Problems.
 */
export function positionProblems(release: Release, input: string): string[] {
  const problems: string[] = []
  const starts = lineStarts(input)
  const expected = (offset: number) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - (starts[low] ?? 0) + 1}
  }
  for (const [path, position] of positionsOf(release)) {
    const {start, end} = position
    for (const [name, point] of [['start', start], ['end', end]] as const) {
      if (![point.line, point.column, point.offset].every(Number.isInteger)) {
        problems.push(`${path}.${name}: not whole numbers ${JSON.stringify(point)}`)
        continue
      }
      const want = expected(point.offset)
      if (point.line !== want.line || point.column !== want.column) {
        problems.push(`${path}.${name}: line/column ${point.line}:${point.column}, offset ${point.offset} is at ${want.line}:${want.column}`)
      }
    }
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= input.length)) {
      problems.push(`${path}: offsets ${start.offset}–${end.offset} outside 0–${input.length}`)
    }
  }
  return problems
}

/**
 * The letters and digits of a span of the input, with every character
 * reference (`&amp;`, `&#233;`, `&eacute;`, and HTML's legacy forms without
 * `;`) read both as written and decoded: a decoded character may come from a
 * reference, and a reference's letters may be literal text.
 *
 * @param span Span of the original input.
 * @returns Letters and digits.
 */
export function spanLetters(span: string): string {
  let result = ''
  for (let index = 0; index < span.length; index++) {
    const char = span.charAt(index)
    if (char === '&') {
      const match = /^&(#[xX][\da-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z\d]{0,31});?/.exec(span.slice(index, index + 40))
      if (match) {
        const body = match[1] ?? ''
        let decoded = ''
        if (body.startsWith('#')) {
          const code = body.charAt(1) === 'x' || body.charAt(1) === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
          if (code > 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code)
        } else {
          // Longest prefix that names a reference (legacy references have no `;`).
          for (let size = body.length; size > 1 && !decoded; size--) {
            const value = decodeNamedCharacterReference(body.slice(0, size))
            if (value !== false) decoded = value
          }
        }
        result += letters(decoded)
      }
    }
    result += letters(char)
  }
  return result
}

/**
 * Letters and digits of a string.
 *
 * @param value String.
 * @returns Letters and digits.
 */
export function letters(value: string): string {
  return value.replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * Whether `needle` is a subsequence of `haystack` (characters in order, gaps allowed).
 *
 * @param needle Needle.
 * @param haystack Haystack.
 * @returns Whether it is.
 */
export function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0
  for (const char of needle) {
    at = haystack.indexOf(char, at)
    if (at < 0) return false
    at += char.length
  }
  return true
}

/**
 * Problems with outcome positions. The guarantee: the letters and digits of
 * an outcome's `text` appear, in order, among the letters and digits of the
 * span its `position` covers (references read decoded or as written). Markup,
 * punctuation and whitespace are not compared: the text drops markup and
 * collapses whitespace, and separators between blocks are not in the input.
 *
 * @param release Release.
 * @param input Original input.
 * @returns Problems.
 */
export function outcomeProblems(release: Release, input: string): string[] {
  const problems: string[] = []
  for (const outcome of release.outcomes) {
    const span = input.slice(outcome.position.start.offset, outcome.position.end.offset)
    if (!isSubsequence(letters(outcome.text), spanLetters(span))) {
      problems.push(`${outcome.id}: text ${JSON.stringify(outcome.text.slice(0, 120))} is not in its span ${JSON.stringify(span.slice(0, 200))}`)
    }
  }
  return problems
}

/**
 * Problems with a release against the JSON Schema (precompiled validator).
 *
 * @param release Release.
 * @returns Problems.
 */
export function schemaProblems(release: unknown): string[] {
  if (validateRelease(release)) return []
  return (validateRelease.errors ?? []).slice(0, 10).map((error) => `${error.instancePath || '$'}: ${error.message ?? error.keyword}`)
}

/**
 * Every problem with a release parsed from `input`: JSON safety, JSON
 * round-trip, schema, positions, outcome spans.
 *
 * @param release Release.
 * @param input Original input.
 * @returns Problems.
 */
export function releaseProblems(release: Release, input: string): string[] {
  const problems = jsonProblems(release)
  if (problems.length > 0) return problems
  const json = JSON.stringify(release)
  if (JSON.stringify(JSON.parse(json)) !== json) problems.push('JSON round-trip changed the release')
  problems.push(...schemaProblems(release), ...positionProblems(release, input), ...outcomeProblems(release, input))
  return problems
}
