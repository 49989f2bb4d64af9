/** Front matter read from the top of a Markdown release. */
export interface FrontMatter {
  /** Scalar values by key (a `null`-prototype object: keys come from the input). */
  readonly data: Record<string, string>
  /** Offset just after the closing fence: where the body starts. */
  readonly end: number
}

/**
 * Read YAML front matter (`---` fences) from the start of `text`.
 *
 * Only what releases carry is read: flat `key: value` pairs whose values are
 * plain, single-quoted or double-quoted scalars, folded over several lines.
 * Nested maps and lists are skipped. A full YAML parser costs 30 kB in the
 * bundle for no gain on this input.
 *
 * @param text Input, starting at offset 0 (after any BOM).
 * @param start Offset to start at (`1` after a BOM).
 * @returns The front matter, or `undefined` when there is none.
 */
export function readFrontMatter(text: string, start = 0): FrontMatter | undefined {
  if (!text.startsWith('---', start)) return undefined
  const firstBreak = text.indexOf('\n', start)
  if (firstBreak < 0 || text.slice(start + 3, firstBreak).trim() !== '') return undefined

  const lines: string[] = []
  let cursor = firstBreak + 1
  let end = -1
  while (cursor <= text.length) {
    let next = text.indexOf('\n', cursor)
    if (next < 0) next = text.length
    const line = text.charCodeAt(next - 1) === 13 && next > cursor ? text.slice(cursor, next - 1) : text.slice(cursor, next)
    if (line === '---' || line === '...') {
      end = Math.min(text.length, next + 1)
      break
    }
    lines.push(line)
    if (next >= text.length) break
    cursor = next + 1
  }
  if (end < 0) return undefined

  const data = Object.create(null) as Record<string, string>
  let index = 0
  while (index < lines.length) {
    const line = lines[index] ?? ''
    const match = /^([A-Z_][\w-]*)[ \t]*:(?:[ \t](.*))?$/i.exec(line)
    index++
    if (!match) continue
    const key = match[1] ?? ''
    let raw = (match[2] ?? '').replace(/^[ \t]+/, '').trimEnd()
    // Continuation lines are indented.
    while (index < lines.length && /^[ \t]+\S/.test(lines[index] ?? '')) {
      raw += '\n' + (lines[index] ?? '')
      index++
    }
    const value = readScalar(raw)
    if (value !== undefined) data[key] = value
  }
  return {data, end}
}

/**
 * Read one YAML scalar.
 *
 * @param raw Source of the value, continuation lines included.
 * @returns The value, or `undefined` for structures that are not scalars.
 */
function readScalar(raw: string): string | undefined {
  const first = raw.charAt(0)
  if (first === '"') return readDoubleQuoted(raw)
  if (first === "'") return fold(raw.slice(1, raw.lastIndexOf("'") > 0 ? raw.lastIndexOf("'") : undefined)).replace(/''/g, "'")
  if (first === '|' || first === '>' || first === '[' || first === '{' || first === '&' || first === '*') return undefined
  if (raw === '' || raw === '~' || raw === 'null') return undefined
  return fold(stripComment(raw))
}

/**
 * Remove a ` # comment` from the last line of a plain scalar (as
 * `raw.replace(/[ \t]#.*$/, '')` would, in linear time).
 *
 * @param raw Raw scalar.
 * @returns Scalar without the comment.
 */
function stripComment(raw: string): string {
  // Most values hold no `#`: nothing to look for then.
  if (!raw.includes('#')) return raw
  let lineStart = raw.length
  while (lineStart > 0 && !isLineBreak(raw.charCodeAt(lineStart - 1))) lineStart--
  const hash = raw.slice(lineStart).search(/[ \t]#/)
  return hash < 0 ? raw : raw.slice(0, lineStart + hash)
}

/**
 * Whether a code unit breaks a line (`/[\n\r\u2028\u2029]/`).
 *
 * @param code Code unit.
 * @returns Whether it does.
 */
function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029
}

/**
 * Fold a multi-line flow scalar: line breaks become spaces, indentation goes.
 *
 * @param value Raw value.
 * @returns Folded value.
 */
function fold(value: string): string {
  // One line (most values): folding is trimming.
  if (!value.includes('\n')) return value.trim()
  return value
    .split('\n')
    .map((line) => line.trim())
    .join(' ')
    .trim()
}

const escapes: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  ' ': ' ',
  _: '\u00A0',
  N: '\u0085',
  L: '\u2028',
  P: '\u2029',
  '"': '"',
  '/': '/',
  '\\': '\\',
  a: '\u0007',
  b: '\b',
  e: '\u001B',
  f: '\f',
  v: '\v'
}

/**
 * Read a double-quoted YAML scalar with escapes and folding.
 *
 * @param raw Source, starting at the opening quote.
 * @returns The value.
 */
function readDoubleQuoted(raw: string): string {
  let result = ''
  let index = 1
  while (index < raw.length) {
    const char = raw.charAt(index)
    if (char === '"') break
    if (char === '\\') {
      const next = raw.charAt(index + 1)
      if (next === '\n') {
        // Escaped line break: join without a space, drop the indentation.
        index += 2
        while (index < raw.length && /[ \t]/.test(raw.charAt(index))) index++
        continue
      }
      const width = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0
      if (width > 0) {
        const code = Number.parseInt(raw.slice(index + 2, index + 2 + width), 16)
        if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) result += String.fromCodePoint(code)
        index += 2 + width
        continue
      }
      result += escapes[next] ?? next
      index += 2
      continue
    }
    if (char === '\n') {
      // Folded line break: one space, indentation dropped.
      result = result.trimEnd() + ' '
      index++
      while (index < raw.length && /[ \t]/.test(raw.charAt(index))) index++
      continue
    }
    result += char
    index++
  }
  return result.trim()
}
