import type {Nodes, Root, RootContent} from 'mdast'
import type {Block} from '../tree/blocks.js'
import {parseMarkdown} from '../tree/processor.js'
import {sliceMapped} from '../tree/text.js'
import {createRewriter, toOriginal, type OffsetMap} from './offsets.js'
import {isDigit} from '../chars.js'

/**
 * Bounded work for untrusted Markdown.
 *
 * micromark (the parser behind remark-parse) is correct on every input, but
 * some inputs make it slow: many unmatched emphasis, bracket or backtick
 * delimiters in one paragraph (each closer walks back over every opener),
 * unclosed links and HTML comments (each opener scans to the end of the
 * paragraph), deep container nesting on one line, and long documents full of
 * lists (every container it closes splices the whole event list). This
 * module rewrites the Markdown before remark sees it, so that no paragraph
 * holds more delimiters than a small budget and no line opens more than a
 * few containers, and it parses long documents in chunks of bounded size.
 * Real releases stay under every budget and come out unchanged.
 */

/** Limits of {@link defuse}. */
export interface DefuseLimits {
  /** Deepest nesting kept as structure (the parse option; default: `64`). */
  maxDepth?: number | undefined
}

/** Something the pre-pass changed, with its place in the original input. */
export interface DefuseNote {
  /** Diagnostic code: `input/nesting-capped`, `input/markup-escaped` or `input/block-split`. */
  code: string
  /** Human-readable reason. */
  reason: string
  /** Original offset of the first change. */
  start: number
  /** Original offset just after the first change. */
  end: number
}

/** The rewritten Markdown, its offset map into the original input, and notes. */
export interface DefuseResult {
  /** Markdown to hand to remark. */
  parsed: string
  /** Maps offsets of `parsed` to the original input. */
  map: OffsetMap
  /** What was changed (empty when nothing was). */
  notes: DefuseNote[]
}

/** Most container markers (`>`, list markers) that open containers on one line. */
export const maxLineNesting = 64
/** Emphasis delimiter runs (`*`, `_`) kept as markup in one paragraph. */
export const emphasisBudget = 128
/** Brackets (`[`, `]`) kept as markup in one paragraph. */
export const bracketBudget = 128
/** Backtick runs kept as markup in one paragraph. */
export const codeBudget = 32

/**
 * Rewrite Markdown so that micromark does bounded work on it: the container
 * markers of a line past `min(maxDepth + 1, 64)` are escaped (the rest of the
 * line is text), emphasis, bracket and backtick delimiters past a budget per
 * paragraph are escaped, and HTML comments, processing instructions, CDATA
 * sections and declarations that are never closed are escaped. Escapes are
 * inserted backslashes that map to the character they escape, so every
 * offset still maps into the original input.
 *
 * @param markdown Markdown (already rewritten from the input by `map`).
 * @param map Maps offsets of `markdown` to the original input.
 * @param limits Limits (optional).
 * @returns The Markdown to parse, its map into the original input, and notes.
 * @example
 * ```ts
 * const {parsed, map, notes} = defuse('> '.repeat(5000) + 'deep', identityMap)
 * // `parsed` escapes the 65th `>`: remark sees 64 block quotes and text.
 * ```
 */
export function defuse(markdown: string, map: OffsetMap, limits: DefuseLimits = {}): DefuseResult {
  const maxDepth = limits.maxDepth ?? 64
  const cap = Math.max(1, Math.min(maxDepth + 1, maxLineNesting))
  const lines = splitLines(markdown)
  const escapes: number[] = []
  const nesting: number[] = []

  // Pass 1: container prefixes, and where each line's inline content starts.
  const contentStarts: number[] = new Array(lines.count)
  for (let line = 0; line < lines.count; line++) {
    const start = lines.starts[line] ?? 0
    const end = lines.ends[line] ?? 0
    contentStarts[line] = readPrefix(markdown, start, end, cap, nesting)
  }
  for (const at of nesting) escapes.push(at)
  const nestingCount = nesting.length

  // Pass 2: inline delimiters, one paragraph-like scope at a time. Skipped
  // when the whole document stays under every budget of one scope and has no
  // `<!` or `<?` (most releases: the scan was ~1% of a parse).
  let markupCount = 0
  let line = underBudgets(markdown) ? lines.count : 0
  while (line < lines.count) {
    const kind = classify(markdown, lines.starts[line] ?? 0, lines.ends[line] ?? 0)
    if (kind === 'blank') {
      line++
      continue
    }
    let last = line + 1
    if (kind !== 'standalone') {
      while (last < lines.count) {
        const next = classify(markdown, lines.starts[last] ?? 0, lines.ends[last] ?? 0)
        if (next !== 'normal') break
        last++
      }
    }
    markupCount += scanScope(markdown, lines, contentStarts, line, last, escapes)
    line = last
  }

  if (escapes.length === 0) return {parsed: markdown, map, notes: []}

  escapes.sort((a, b) => a - b)
  const rewriter = createRewriter(markdown)
  let from = 0
  let previous = -1
  for (const at of escapes) {
    if (at === previous) continue
    previous = at
    rewriter.copy(from, at)
    rewriter.insert('\\', at)
    from = at
  }
  rewriter.copy(from, markdown.length)
  const done = rewriter.done()
  const notes: DefuseNote[] = []
  if (nestingCount > 0) {
    const at = toOriginal(map, nesting[0] ?? 0)
    notes.push({
      code: 'input/nesting-capped',
      reason: `Container markers past ${cap} levels on one line were kept as text (${nestingCount} line${nestingCount === 1 ? '' : 's'})`,
      start: at,
      end: at + 1
    })
  }
  if (markupCount > 0) {
    let first = Number.POSITIVE_INFINITY
    const nestingSet = new Set(nesting)
    for (const at of escapes) {
      if (!nestingSet.has(at)) {
        first = at
        break
      }
    }
    const at = toOriginal(map, Number.isFinite(first) ? first : 0)
    notes.push({
      code: 'input/markup-escaped',
      reason: `Inline markup past the budget of one paragraph was kept as text (${markupCount} delimiter${markupCount === 1 ? '' : 's'})`,
      start: at,
      end: at + 1
    })
  }
  return {parsed: done.value, map: composeMaps(map, done.map, done.value.length), notes}
}

/**
 * Whether a whole document holds no more delimiters than one scope may
 * (emphasis characters, brackets, backticks: characters bound the runs
 * `scanScope` counts) and no `<!` or `<?`: then it escapes nothing.
 *
 * @param value Markdown.
 * @returns Whether it does.
 */
function underBudgets(value: string): boolean {
  return (
    value.indexOf('<!') < 0 &&
    value.indexOf('<?') < 0 &&
    countUpTo(value, '`', codeBudget) <= codeBudget &&
    countUpTo(value, '*', emphasisBudget) + countUpTo(value, '_', emphasisBudget) <= emphasisBudget &&
    countUpTo(value, '[', bracketBudget) + countUpTo(value, ']', bracketBudget) <= bracketBudget
  )
}

/**
 * Count the occurrences of a character, stopping past `limit`.
 *
 * @param value String.
 * @param char Character.
 * @param limit Count that is enough.
 * @returns The count, or `limit + 1` when there are more.
 */
function countUpTo(value: string, char: string, limit: number): number {
  let count = 0
  let at = value.indexOf(char)
  while (at >= 0 && count <= limit) {
    count++
    at = value.indexOf(char, at + 1)
  }
  return count
}

/** Line starts and ends (without the line ending) of a string. */
interface Lines {
  starts: number[]
  ends: number[]
  count: number
}

/**
 * Split a string into lines; `\n`, `\r\n` and `\r` end lines, as in micromark.
 *
 * @param value String.
 * @returns Lines.
 */
function splitLines(value: string): Lines {
  const starts: number[] = []
  const ends: number[] = []
  let start = 0
  if (value.indexOf('\r') < 0) {
    // Line feeds only (most input): found by `indexOf`, not one character at a time.
    for (let at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', start)) {
      starts.push(start)
      ends.push(at)
      start = at + 1
    }
    starts.push(start)
    ends.push(value.length)
    return {starts, ends, count: starts.length}
  }
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || code === 13) {
      starts.push(start)
      ends.push(index)
      if (code === 13 && value.charCodeAt(index + 1) === 10) index++
      start = index + 1
    }
  }
  starts.push(start)
  ends.push(value.length)
  return {starts, ends, count: starts.length}
}

/**
 * Whether a character code is a space or a tab.
 *
 * @param code Character code.
 * @returns Whether it is.
 */
function isSpace(code: number): boolean {
  return code === 32 || code === 9
}

/**
 * Read the container prefix of a line (`>` and list markers with the spaces
 * between them). Markers past `cap` are escaped: their offsets go to `escapes`.
 *
 * @param value Markdown.
 * @param start Line start.
 * @param end Line end.
 * @param cap Most markers kept.
 * @param escapes Receives the offset of the marker character to escape.
 * @returns Where the line's content starts.
 */
function readPrefix(value: string, start: number, end: number, cap: number, escapes: number[]): number {
  let index = start
  let markers = 0
  for (;;) {
    let cursor = index
    while (cursor < end && isSpace(value.charCodeAt(cursor))) cursor++
    if (cursor >= end) return cursor
    const code = value.charCodeAt(cursor)
    let escapeAt = -1
    let after = cursor
    if (code === 62) {
      escapeAt = cursor
      after = cursor + 1
    } else if ((code === 45 || code === 42 || code === 43) && (cursor + 1 >= end || isSpace(value.charCodeAt(cursor + 1)))) {
      escapeAt = cursor
      after = cursor + 1
    } else if (isDigit(code)) {
      let digit = cursor
      while (digit < end && digit - cursor < 9 && isDigit(value.charCodeAt(digit))) digit++
      const mark = value.charCodeAt(digit)
      if ((mark === 46 || mark === 41) && (digit + 1 >= end || isSpace(value.charCodeAt(digit + 1)))) {
        escapeAt = digit
        after = digit + 1
      }
    }
    if (escapeAt < 0) return cursor
    markers++
    if (markers > cap) {
      escapes.push(escapeAt)
      return cursor
    }
    index = after
  }
}

/** How a line bounds the inline scopes (paragraphs) around it. */
type LineKind = 'blank' | 'standalone' | 'opens' | 'normal'

const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/
const thematicBreak = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/
const fenceLine = /^ {0,3}(?:~{3,}|`{3,}[^`]*$)/
const bulletLine = /^ {0,3}[-*+][ \t]+\S/

/**
 * Classify a line by how it bounds paragraphs. A blank line always ends a
 * paragraph; headings, thematic breaks and fences are blocks of their own; a
 * bullet list item always starts a new paragraph (it interrupts one). Every
 * other line is treated as part of the paragraph before it, which may join
 * lines that micromark keeps apart: never the reverse.
 *
 * @param value Markdown.
 * @param start Line start.
 * @param end Line end.
 * @returns Kind.
 */
function classify(value: string, start: number, end: number): LineKind {
  let index = start
  while (index < end && isSpace(value.charCodeAt(index))) index++
  if (index >= end) return 'blank'
  if (index - start > 3) return 'normal'
  const code = value.charCodeAt(index)
  if (code !== 35 && code !== 42 && code !== 45 && code !== 43 && code !== 95 && code !== 96 && code !== 126) return 'normal'
  // Only the start of the line matters; cap what the patterns see.
  const head = value.slice(start, Math.min(end, start + 256))
  if (atxHeading.test(head)) return 'standalone'
  if (end - start <= 256 && thematicBreak.test(head)) return 'standalone'
  if (end - start <= 4096 && fenceLine.test(value.slice(start, end))) return 'standalone'
  if (bulletLine.test(head)) return 'opens'
  return 'normal'
}

/**
 * Scan the inline content of a scope (lines `first` to `last - 1`) and record
 * the delimiters to escape.
 *
 * @param value Markdown.
 * @param lines Lines.
 * @param contentStarts Where each line's inline content starts.
 * @param first First line.
 * @param last Line after the last.
 * @param escapes Receives offsets to escape.
 * @returns How many delimiters were escaped.
 */
function scanScope(value: string, lines: Lines, contentStarts: number[], first: number, last: number, escapes: number[]): number {
  const scopeStart = lines.starts[first] ?? 0
  const scopeEnd = lines.ends[last - 1] ?? 0
  // Where the last closer of each raw construct is: an opener after it
  // cannot close, and micromark would scan to the end of the scope for it.
  let lastComment = -1
  let lastPi = -1
  let lastCdata = -1
  let lastGreater = -1
  for (let index = scopeStart; index < scopeEnd; index++) {
    if (value.charCodeAt(index) !== 62) continue
    lastGreater = index
    const before = value.charCodeAt(index - 1)
    if (before === 63) lastPi = index - 1
    else if (before === 45 && value.charCodeAt(index - 2) === 45) lastComment = index - 2
    else if (before === 93 && value.charCodeAt(index - 2) === 93) lastCdata = index - 2
  }

  let emphasis = 0
  let brackets = 0
  let code = 0
  let escaped = 0
  for (let line = first; line < last; line++) {
    const end = lines.ends[line] ?? 0
    let index = contentStarts[line] ?? 0
    while (index < end) {
      const char = value.charCodeAt(index)
      if (char === 92) {
        // A backslash escapes the punctuation after it.
        const next = value.charCodeAt(index + 1)
        index += index + 1 < end && isPunctuation(next) ? 2 : 1
        continue
      }
      if (char === 42 || char === 95 || char === 96) {
        let runEnd = index + 1
        while (runEnd < end && value.charCodeAt(runEnd) === char) runEnd++
        const over = char === 96 ? ++code > codeBudget : ++emphasis > emphasisBudget
        if (over) {
          for (let at = index; at < runEnd; at++) escapes.push(at)
          escaped++
        }
        index = runEnd
        continue
      }
      if (char === 91 || char === 93) {
        if (++brackets > bracketBudget) {
          escapes.push(index)
          escaped++
        }
        index++
        continue
      }
      if (char === 60 && value.charCodeAt(index + 1) === 33) {
        // `<!--`, `<![CDATA[`, `<!X`: escape when nothing later closes them.
        const third = value.charCodeAt(index + 2)
        let unclosed = false
        if (third === 45 && value.charCodeAt(index + 3) === 45) unclosed = lastComment < index + 4
        else if (third === 91) unclosed = lastCdata < index + 9
        else if ((third >= 65 && third <= 90) || (third >= 97 && third <= 122)) unclosed = lastGreater < index + 3
        if (unclosed) {
          escapes.push(index)
          escaped++
        }
        index++
        continue
      }
      if (char === 60 && value.charCodeAt(index + 1) === 63) {
        if (lastPi < index + 2) {
          escapes.push(index)
          escaped++
        }
        index++
        continue
      }
      index++
    }
  }
  return escaped
}

/**
 * Whether a character code is ASCII punctuation (what a backslash escapes).
 *
 * @param code Character code.
 * @returns Whether it is.
 */
function isPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)
}

/**
 * Compose two offset maps: `outer` maps a middle string to the original,
 * `inner` maps a new string (of length `length`) to the middle string.
 *
 * @param outer Middle → original.
 * @param inner New → middle.
 * @param length Length of the new string.
 * @returns New → original.
 */
export function composeMaps(outer: OffsetMap, inner: OffsetMap, length: number): OffsetMap {
  const from: number[] = []
  const to: number[] = []
  const copied: boolean[] = []
  const push = (at: number, target: number, isCopy: boolean) => {
    const last = from.length - 1
    if (last >= 0 && (from[last] ?? 0) === at) {
      to[last] = target
      copied[last] = isCopy
      return
    }
    // Merge a copy that continues the one before it.
    if (last >= 0 && isCopy && copied[last] && (to[last] ?? 0) + (at - (from[last] ?? 0)) === target) return
    from.push(at)
    to.push(target)
    copied.push(isCopy)
  }
  let outerIndex = 0
  for (let index = 0; index < inner.from.length; index++) {
    const start = inner.from[index] ?? 0
    const end = index + 1 < inner.from.length ? (inner.from[index + 1] ?? length) : length
    const target = inner.to[index] ?? 0
    if (!inner.copied[index]) {
      push(start, toOriginal(outer, target), false)
      continue
    }
    // Copied span of the middle string: split it at the outer segments.
    const size = end - start
    if (size <= 0) continue
    while (outerIndex > 0 && (outer.from[outerIndex] ?? 0) > target) outerIndex--
    while (outerIndex + 1 < outer.from.length && (outer.from[outerIndex + 1] ?? 0) <= target) outerIndex++
    let cursor = target
    while (cursor < target + size) {
      const segmentStart = outer.from[outerIndex] ?? 0
      const segmentEnd = outerIndex + 1 < outer.from.length ? (outer.from[outerIndex + 1] ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY
      const isCopy = outer.copied[outerIndex] ?? true
      const base = outer.to[outerIndex] ?? 0
      push(start + (cursor - target), isCopy ? base + (cursor - segmentStart) : base, isCopy)
      cursor = Math.min(segmentEnd, target + size)
      if (cursor < target + size) outerIndex++
    }
  }
  if (from.length === 0) {
    from.push(0)
    to.push(toOriginal(outer, 0))
    copied.push(true)
  }
  // The end of the new string: the spans above cover offsets before it only, and the middle
  // string may map its end elsewhere (text inserted at the end, then dropped again).
  const composed = {from, to, copied}
  const end = toOriginal(outer, toOriginal(inner, length))
  if (toOriginal(composed, length) !== end) push(length, end, false)
  return composed
}

/** Options of {@link parseBounded}. */
export interface ParseBoundedOptions {
  /** Size a chunk grows to before it is cut at the next block boundary (default: `16384`). */
  chunkSize?: number | undefined
}

/** The tree of a bounded parse, and what it had to cut. */
export interface ParseBoundedResult {
  /** mdast tree; positions point into the Markdown that was parsed. */
  root: Root
  /** Offsets (into the Markdown) where a block was cut without a block boundary. */
  forcedSplits: number[]
}

/** Default chunk size. */
export const defaultChunkSize = 4 * 1024

const rawOpeners: ReadonlyArray<readonly [RegExp, string, (line: string) => boolean]> = [
  [/^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, '<script>\n', (line) => /<\/(?:script|pre|style|textarea)>/i.test(line)],
  [/^<!--/, '<!--\n', (line) => line.includes('-->')],
  [/^<\?/, '<?\n', (line) => line.includes('?>')],
  [/^<!\[CDATA\[/, '<![CDATA[\n', (line) => line.includes(']]>')],
  [/^<![A-Z]/i, '<!X\n', (line) => line.includes('>')]
]

/**
 * Parse Markdown with remark in chunks of bounded size, so that time grows
 * linearly with the input. Chunks are cut where a block ends: before a line
 * that starts at column 0 after a blank line, outside fenced code and raw HTML
 * blocks. A chunk that grows past four times the chunk size without such a
 * place (one huge paragraph, list or code block) is cut at the next line;
 * a fence or raw HTML block open there is reopened in the next chunk, so
 * script and comment content stay hidden. Link reference definitions are
 * repeated into the chunks that use them. Each chunk's positions are shifted
 * back into the whole, and the children are joined under one root.
 *
 * @param markdown Markdown.
 * @param options Options (optional).
 * @returns Tree and forced splits.
 * @example
 * ```ts
 * const {root} = parseBounded(longMarkdown)
 * ```
 */
export function parseBounded(markdown: string, options: ParseBoundedOptions = {}): ParseBoundedResult {
  const chunkSize = Math.max(64, options.chunkSize ?? defaultChunkSize)
  if (markdown.length <= chunkSize * 2) return {root: parseMarkdown(markdown), forcedSplits: []}

  const lines = splitLines(markdown)
  const chunks: Chunk[] = []
  const forcedSplits: number[] = []
  const definitions = new Map<string, string>()
  const hardSize = chunkSize * 4
  let chunk: Omit<Chunk, 'end' | 'open'> = {start: 0, line: 0, column: 1, reopen: ''}
  let block: OpenBlock | undefined
  let previousBlank = false
  let containers = 0
  const cut = (at: number, line: number, column: number, open: OpenBlock | undefined, forced: boolean) => {
    chunks.push({...chunk, end: at, open: open !== undefined})
    if (forced) forcedSplits.push(at)
    // A chunk cut inside a line starts with a zero-width space, so that the
    // rest of the line stays inline text (no container or block starts there).
    chunk = {start: at, line, column, reopen: forced && open ? open.reopen : column > 1 ? '\u200B' : ''}
    containers = 0
  }

  for (let line = 0; line < lines.count; line++) {
    const start = lines.starts[line] ?? 0
    const end = lines.ends[line] ?? 0
    const size = start - chunk.start
    if (line > 0 && size > 0) {
      const safe = previousBlank && !block && start < end && !isSpace(markdown.charCodeAt(start)) && size >= chunkSize
      // Past the hard size, prefer a line that starts a block (a list item
      // of a long tight list, a quote); past half as much again, any line.
      const forced = size >= hardSize && (startsBlock(markdown, start, end, previousBlank) || size >= hardSize * 1.5)
      if (safe || forced || containers >= chunkSize / 4) cut(start, line, 1, block, !safe)
    }

    // Track fences and raw HTML blocks, with container prefixes stripped.
    const content = readPrefix(markdown, start, end, Number.POSITIVE_INFINITY, [])
    containers += countMarkers(markdown, start, content)
    previousBlank = content >= end
    const before = block
    block = track(markdown, start, content, end, block, definitions)

    // A line too long for one chunk is cut too: at a sentence end, a space,
    // or anywhere but inside a surrogate pair or an escape.
    while (end - chunk.start > hardSize) {
      const at = pickCut(markdown, chunk.start + hardSize, chunk.start + (hardSize >> 1))
      cut(at, line, at - start + 1, block ?? before, true)
    }
  }
  chunks.push({...chunk, end: markdown.length, open: block !== undefined})

  const root: Root = {type: 'root', children: []}
  for (const item of chunks) {
    const body = markdown.slice(item.start, item.end)
    const suffix = definitions.size > 0 && !item.open ? definitionsFor(body, definitions) : ''
    const tree = parseMarkdown(item.reopen + body + suffix)
    const bodyStart = item.reopen.length
    const bodyEnd = bodyStart + body.length
    const reopenLines = item.reopen.endsWith('\n') ? 1 : 0
    const shift: Shift = {
      offset: item.start - bodyStart,
      line: item.line - reopenLines,
      firstLine: reopenLines + 1,
      column: item.column - 1 - (reopenLines ? 0 : item.reopen.length),
      limit: item.end
    }
    for (const child of tree.children) {
      if (suffix && (child.position?.start.offset ?? 0) >= bodyEnd) continue
      shiftPositions(child, shift)
      root.children.push(child)
    }
  }
  const lastLine = lines.count
  root.position = {
    start: {line: 1, column: 1, offset: 0},
    end: {line: lastLine, column: markdown.length - (lines.starts[lastLine - 1] ?? 0) + 1, offset: markdown.length}
  }
  return {root, forcedSplits}
}

/** A chunk of the Markdown, parsed on its own. */
interface Chunk {
  /** Start offset. */
  start: number
  /** End offset. */
  end: number
  /** 0-based line of the start. */
  line: number
  /** 1-based column of the start. */
  column: number
  /** Text parsed before the chunk to reopen a fence or raw HTML block. */
  reopen: string
  /** Whether a fence or raw HTML block is open at the end. */
  open: boolean
}

/** A fence or raw HTML block that is open. */
interface OpenBlock {
  /** Text that reopens it at the start of a chunk. */
  reopen: string
  /** Whether a line closes it. */
  closes: (line: string) => boolean
}

/**
 * Follow fences and raw HTML blocks (`<script>`, `<style>`, `<pre>`,
 * `<textarea>`, comments, processing instructions, declarations, CDATA) over
 * one line; also collect link reference definitions. Container prefixes are
 * ignored, so a block inside a container counts as open too: it may stay open
 * longer than micromark keeps it, never shorter.
 *
 * @param value Markdown.
 * @param start Line start.
 * @param content Start of the line's content (after container markers).
 * @param end Line end.
 * @param block Block open before the line.
 * @param definitions Receives definitions by normalized label.
 * @returns Block open after the line.
 */
function track(value: string, start: number, content: number, end: number, block: OpenBlock | undefined, definitions: Map<string, string>): OpenBlock | undefined {
  if (block) return block.closes(value.slice(start, end)) ? undefined : block
  // Only a line that opens with `` ` ``, `~`, `<` or `[` opens or defines anything:
  // most lines skip the slice and the patterns.
  const first = content < end ? value.charCodeAt(content) : -1
  if (first !== 96 && first !== 126 && first !== 60 && first !== 91) return undefined
  const text = value.slice(content, Math.min(end, content + 4096))
  const fence = /^(?:`{3,}|~{3,})/.exec(text)
  if (fence && !(fence[0].startsWith('`') && text.slice(fence[0].length).includes('`'))) {
    const marker = fence[0]
    return {reopen: marker + '\n', closes: (line) => closesFence(line, marker.charCodeAt(0), marker.length)}
  }
  if (text.charCodeAt(0) === 60) {
    for (const [pattern, reopen, closes] of rawOpeners) {
      if (pattern.test(text)) return closes(value.slice(content + 2, end)) ? undefined : {reopen, closes}
    }
    return undefined
  }
  if (text.charCodeAt(0) === 91) {
    const definition = /^\[((?:[^\\[\]]|\\.){1,999})\]:/.exec(text)
    if (definition) {
      const label = normalizeLabel(definition[1] ?? '')
      if (label && !definitions.has(label) && definitions.size < 4096) definitions.set(label, definition[1] ?? '')
    }
  }
  return undefined
}

/**
 * Whether a line starts a block at column 0: a list item, a quote, a heading,
 * or anything after a blank line.
 *
 * @param value Markdown.
 * @param start Line start.
 * @param end Line end.
 * @param afterBlank Whether the line before is blank.
 * @returns Whether it does.
 */
function startsBlock(value: string, start: number, end: number, afterBlank: boolean): boolean {
  if (start >= end) return false
  const code = value.charCodeAt(start)
  if (afterBlank || code === 62 || code === 35) return true
  if ((code === 45 || code === 42 || code === 43) && isSpace(value.charCodeAt(start + 1))) return true
  let digit = start
  while (digit < end && digit - start < 9 && isDigit(value.charCodeAt(digit))) digit++
  const mark = value.charCodeAt(digit)
  return digit > start && (mark === 46 || mark === 41) && isSpace(value.charCodeAt(digit + 1))
}

/**
 * Whether a line closes a fence: optional spaces and `>` markers, then a run
 * of at least `size` fence characters, then only spaces.
 *
 * @param line Line.
 * @param char Fence character code.
 * @param size Opening run length.
 * @returns Whether it closes.
 */
function closesFence(line: string, char: number, size: number): boolean {
  let index = 0
  while (index < line.length && (isSpace(line.charCodeAt(index)) || line.charCodeAt(index) === 62)) index++
  let run = 0
  while (index < line.length && line.charCodeAt(index) === char) {
    run++
    index++
  }
  while (index < line.length && isSpace(line.charCodeAt(index))) index++
  return run >= size && index === line.length
}

/**
 * Pick where to cut a long line: after the last sentence end (`. `) in
 * `[floor, limit]`, else after the last space, else at `limit` (moved off a
 * surrogate pair or an escape).
 *
 * @param value Markdown.
 * @param limit Latest cut.
 * @param floor Earliest cut.
 * @returns Offset to cut at.
 */
function pickCut(value: string, limit: number, floor: number): number {
  let space = -1
  for (let index = limit; index > floor; index--) {
    const before = value.charCodeAt(index - 1)
    if (before === 32 || before === 9) {
      if (value.charCodeAt(index - 2) === 46) return index
      if (space < 0) space = index
    }
  }
  if (space > 0) return space
  let at = limit
  const previous = value.charCodeAt(at - 1)
  if (previous >= 0xd800 && previous <= 0xdbff) at--
  if (value.charCodeAt(at - 1) === 92) at--
  return at
}

/**
 * Count the container markers in a line's prefix.
 *
 * @param value Markdown.
 * @param start Line start.
 * @param content Where the content starts.
 * @returns Number of markers.
 */
function countMarkers(value: string, start: number, content: number): number {
  let count = 0
  for (let index = start; index < content; index++) {
    const code = value.charCodeAt(index)
    if (code === 62 || code === 45 || code === 42 || code === 43 || code === 46 || code === 41) count++
  }
  return count
}

/**
 * Normalize a link label as micromark does: collapse whitespace, fold case.
 *
 * @param label Label.
 * @returns Normalized label.
 */
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase()
}

/**
 * The definitions a chunk refers to, as Markdown to append to it.
 *
 * @param body Chunk text.
 * @param definitions Labels by normalized label.
 * @returns Definitions (`\n\n[label]: #\n…`), or an empty string.
 */
function definitionsFor(body: string, definitions: ReadonlyMap<string, string>): string {
  const used = new Set<string>()
  let open = -1
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index)
    if (code === 92) {
      index++
      continue
    }
    if (code === 91) open = index
    else if (code === 93 && open >= 0) {
      if (index - open <= 1000) {
        const label = normalizeLabel(body.slice(open + 1, index))
        if (definitions.has(label)) used.add(label)
      }
      open = -1
    }
  }
  if (used.size === 0) return ''
  let result = '\n\n'
  for (const label of used) result += '[' + (definitions.get(label) ?? label) + ']: #\n'
  return result
}

/** How to move the positions of a chunk's tree into the whole. */
interface Shift {
  /** Added to offsets. */
  offset: number
  /** Added to lines. */
  line: number
  /** Line of the chunk's tree where the chunk's body starts. */
  firstLine: number
  /** Added to columns on that line (a chunk cut inside a line). */
  column: number
  /** Largest offset. */
  limit: number
}

/**
 * Shift the positions of a subtree (iteratively: deep trees do not overflow
 * the stack), and clamp them to the chunk.
 *
 * @param node Subtree.
 * @param shift Shift.
 */
function shiftPositions(node: RootContent, shift: Shift): void {
  const stack: Nodes[] = [node]
  const point = (value: {line: number; column: number; offset?: number | undefined}) => ({
    line: value.line + shift.line,
    column: value.line === shift.firstLine ? value.column + shift.column : value.column,
    offset: Math.min(shift.limit, (value.offset ?? 0) + shift.offset)
  })
  while (stack.length > 0) {
    const current = stack.pop()
    if (!current) continue
    const position = current.position
    if (position) current.position = {start: point(position.start), end: point(position.end)}
    if ('children' in current && Array.isArray(current.children)) {
      for (const child of current.children as Nodes[]) stack.push(child)
    }
  }
}

/** What {@link parseUntrusted} gives: the tree and what it had to change. */
export interface ParseUntrustedResult extends DefuseResult {
  /** mdast tree; positions point into `parsed`. */
  root: Root
}

/**
 * Defuse Markdown and parse it in bounded chunks: the one call the pipeline
 * makes between normalizing and building blocks.
 *
 * @param markdown Markdown (already rewritten from the input by `map`).
 * @param map Maps offsets of `markdown` to the original input.
 * @param limits Limits (optional).
 * @param options Chunking options (optional).
 * @returns Tree, the Markdown it was parsed from, its map, and notes.
 * @example
 * ```ts
 * const {root, parsed, map, notes} = parseUntrusted(markdown, identityMap, {maxDepth: 64})
 * ```
 */
export function parseUntrusted(markdown: string, map: OffsetMap, limits: DefuseLimits = {}, options: ParseBoundedOptions = {}): ParseUntrustedResult {
  const defused = defuse(markdown, map, limits)
  const {root, forcedSplits} = parseBounded(defused.parsed, options)
  const notes = [...defused.notes]
  const first = forcedSplits[0]
  if (first !== undefined) {
    const at = toOriginal(defused.map, first)
    notes.push({
      code: 'input/block-split',
      reason: `A block too long to parse in one piece was split (${forcedSplits.length} place${forcedSplits.length === 1 ? '' : 's'})`,
      start: at,
      end: at
    })
  }
  return {parsed: defused.parsed, map: defused.map, notes, root}
}

/** Most elements open at once in HTML, as estimated by {@link defuseHtml}. */
export const maxHtmlDepth = 128

/** HTML with its too-deep tags neutralized. */
export interface DefuseHtmlResult {
  /** The HTML, the same length as the input: offsets are unchanged. */
  html: string
  /** How many tags were neutralized. */
  neutralized: number
  /** Offset of the first neutralized tag, or `-1`. */
  first: number
}

const voidElements = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr'
])
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])
const formattingElements = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u'])
const scopeBarriers = new Set(['applet', 'button', 'caption', 'html', 'marquee', 'math', 'object', 'svg', 'table', 'td', 'template', 'th'])
const closesParagraph = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'listing',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'li', 'dd', 'dt', 'table', 'xmp'
])
const headingElements = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * Neutralize HTML start tags that would nest elements deeper than
 * `maxHtmlDepth` (128), so that no tree built from the HTML (hast, mdast) is
 * deep enough to overflow the stack of the recursive libraries that walk it.
 * A neutralized tag is overwritten in place by a bogus comment of the same
 * length (`<div class="x">` → `<?             >`), so every offset stays
 * true; the text inside it is kept.
 *
 * Depth is estimated in one linear pass with a simplified model of the HTML
 * tree builder: void and raw-text elements, implicit closing of `p`, `li`,
 * `dd`, `dt`, table parts, headings and `a`, end tags popping to their
 * element, and formatting elements that are closed implicitly counted until
 * their end tag (the parser reopens them). The model leans towards deeper
 * estimates; on real releases (nesting well under 128) it changes nothing.
 *
 * @param html HTML.
 * @returns The HTML with deep tags neutralized.
 * @example
 * ```ts
 * defuseHtml('<div>'.repeat(5000) + 'x').neutralized // 4872
 * ```
 */
export function defuseHtml(html: string): DefuseHtmlResult {
  // Open elements: names, formatting keys (name and attributes), and the
  // length of `pending` when a marker element (a cell, caption, …) opened.
  const names: string[] = []
  const keys: string[] = []
  const marks: number[] = []
  // Formatting elements closed implicitly: the parser reopens them later.
  const pending: string[] = []
  const parts: string[] = []
  let copied = 0
  let neutralized = 0
  let first = -1
  let foreign = 0
  let index = 0

  const pop = (implicit: boolean) => {
    const name = names.pop() ?? ''
    const key = keys.pop() ?? ''
    const mark = marks.pop() ?? -1
    if (name === 'svg' || name === 'math') foreign = Math.max(0, foreign - 1)
    if (mark >= 0) pending.length = Math.min(pending.length, mark)
    else if (implicit && formattingElements.has(name)) {
      // Noah's Ark: the parser keeps at most three identical entries.
      let same = 0
      let earliest = -1
      for (let at = pending.length - 1; at >= 0; at--) {
        if (pending[at] === key) {
          same++
          earliest = at
        }
      }
      if (same >= 3) pending.splice(earliest, 1)
      pending.push(key)
    }
  }
  const closeTo = (name: string, barriers: ReadonlySet<string>): boolean => {
    for (let at = names.length - 1; at >= 0; at--) {
      const open = names[at] ?? ''
      if (open === name) {
        while (names.length > at + 1) pop(true)
        pop(false)
        return true
      }
      if (barriers.has(open)) return false
    }
    return false
  }

  while (index < html.length) {
    const open = html.indexOf('<', index)
    if (open < 0) break
    const next = html.charCodeAt(open + 1)
    if (next === 33 || next === 63) {
      // Comment, doctype, CDATA or bogus comment.
      const comment = html.startsWith('<!--', open)
      const close = comment ? html.indexOf('-->', open + 4) : html.indexOf('>', open + 2)
      index = close < 0 ? html.length : close + (comment ? 3 : 1)
      continue
    }
    const closing = next === 47
    const nameStart = closing ? open + 2 : open + 1
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      index = open + 1
      continue
    }
    let nameEnd = nameStart
    while (nameEnd < html.length && !isTagNameEnd(html.charCodeAt(nameEnd))) nameEnd++
    const name = html.slice(nameStart, nameEnd).toLowerCase()
    const end = tagEnd(html, nameEnd)
    if (end < 0) break
    index = end + 1
    if (closing) {
      if (formattingElements.has(name) && !names.includes(name)) {
        for (let at = pending.length - 1; at >= 0; at--) {
          if ((pending[at] ?? '').split(' ', 1)[0] === name) {
            pending.splice(at, 1)
            break
          }
        }
      } else {
        closeTo(name, tableParts.has(name) ? tableOnly : scopeBarriers)
      }
      continue
    }
    if (name === 'plaintext') break
    if (voidElements.has(name) || name === 'html' || name === 'head' || name === 'body') continue
    if (foreign > 0 && html.charCodeAt(end - 1) === 47) continue
    // Implicit closes.
    if (closesParagraph.has(name)) closeTo('p', scopeBarriers)
    if (name === 'li') closeTo('li', withLists)
    else if (name === 'dd' || name === 'dt') {
      if (!closeTo('dd', withLists)) closeTo('dt', withLists)
    } else if (headingElements.has(name) && headingElements.has(names[names.length - 1] ?? '')) pop(false)
    else if (name === 'a' || name === 'nobr' || name === 'button' || name === 'option') closeTo(name, scopeBarriers)
    else if (name === 'tr') closeTo('tr', tableOnly)
    else if (name === 'td' || name === 'th') {
      if (!closeTo('td', tableOnly)) closeTo('th', tableOnly)
    }
    if (names.length + pending.length >= maxHtmlDepth) {
      // Too deep: overwrite the tag with a bogus comment of the same length.
      parts.push(html.slice(copied, open), '<?' + ' '.repeat(end - open - 2) + '>')
      copied = end + 1
      neutralized++
      if (first < 0) first = open
      continue
    }
    names.push(name)
    keys.push(formattingElements.has(name) ? name + ' ' + html.slice(nameEnd, end).trim() : name)
    marks.push(markerElements.has(name) ? pending.length : -1)
    if (name === 'svg' || name === 'math') foreign++
    if (rawTextElements.has(name)) {
      const close = findEndTag(html, name, index)
      index = close < 0 ? html.length : close
    }
  }
  if (neutralized === 0) return {html, neutralized, first}
  parts.push(html.slice(copied))
  return {html: parts.join(''), neutralized, first}
}

const markerElements = new Set(['applet', 'caption', 'marquee', 'object', 'td', 'template', 'th'])
const tableParts = new Set(['caption', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr'])
const withLists = new Set([...scopeBarriers, 'ol', 'ul'])
const tableOnly = new Set(['table', 'template', 'html'])

/**
 * Whether a character code is an ASCII letter.
 *
 * @param code Character code.
 * @returns Whether it is.
 */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * Whether a character code ends a tag name (whitespace, `/`, `>`).
 *
 * @param code Character code.
 * @returns Whether it does.
 */
function isTagNameEnd(code: number): boolean {
  return code === 9 || code === 10 || code === 12 || code === 13 || code === 32 || code === 47 || code === 62
}

/**
 * Find the `>` that ends a tag, skipping quoted attribute values, as the HTML
 * tokenizer does.
 *
 * @param html HTML.
 * @param from Offset after the tag name.
 * @returns Offset of `>`, or `-1` when the input ends inside the tag.
 */
function tagEnd(html: string, from: number): number {
  let index = from
  let afterEquals = false
  while (index < html.length) {
    const code = html.charCodeAt(index)
    if (code === 62) return index
    if (code === 61) {
      afterEquals = true
      index++
      continue
    }
    if (afterEquals && (code === 34 || code === 39)) {
      const close = html.indexOf(code === 34 ? '"' : "'", index + 1)
      if (close < 0) return -1
      index = close + 1
      afterEquals = false
      continue
    }
    if (!isTagNameEnd(code) || code === 47) afterEquals = false
    index++
  }
  return -1
}

/**
 * Find the end tag of a raw-text element (`</script`), case-insensitively.
 *
 * @param html HTML.
 * @param name Element name (lower case).
 * @param from Offset to search from.
 * @returns Offset of `</`, or `-1`.
 */
function findEndTag(html: string, name: string, from: number): number {
  let index = html.indexOf('</', from)
  while (index >= 0) {
    if (html.slice(index + 2, index + 2 + name.length).toLowerCase() === name) return index
    index = html.indexOf('</', index + 2)
  }
  return -1
}

/** Longest block text, in UTF-16 code units, before {@link splitLongBlocks} cuts it. */
export const maxBlockLength = 8 * 1024

/** Blocks with none longer than the limit. */
export interface SplitBlocksResult {
  /** Blocks, in document order. */
  blocks: Block[]
  /** How many cuts were made. */
  cuts: number
  /** Original offset of the first cut, or `-1`. */
  first: number
}

/**
 * Cut blocks longer than `limit` characters (one huge paragraph of an HTML
 * page, a Markdown paragraph cut by the chunked parse) into pieces, at the
 * last sentence end before the limit, else the last space, else the limit.
 * Recognizers and extractors then see bounded text, whatever they do with
 * it; real paragraphs are far shorter and are never cut.
 *
 * @param blocks Blocks.
 * @param limit Longest text kept whole (default: `maxBlockLength`).
 * @returns Blocks and cuts.
 * @example
 * ```ts
 * const {blocks, cuts} = splitLongBlocks(toBlocks(root, parsed, map).blocks)
 * ```
 */
export function splitLongBlocks(blocks: readonly Block[], limit = maxBlockLength): SplitBlocksResult {
  const result: Block[] = []
  let cuts = 0
  let first = -1
  for (const block of blocks) {
    if (block.text.length <= limit || block.type === 'row' || block.type === 'rule') {
      result.push(block)
      continue
    }
    let start = 0
    while (start < block.text.length) {
      let end = block.text.length
      if (end - start > limit) {
        end = pickCut(block.text, start + limit, start + (limit >> 1))
        cuts++
        if (first < 0) first = block.starts[end] ?? block.ends[end - 1] ?? 0
      }
      const piece = sliceMapped(block, start, end)
      if (piece.text) result.push({...block, cells: undefined, text: piece.text, starts: piece.starts, ends: piece.ends, leadingStrong: start === 0 ? block.leadingStrong : undefined})
      start = end
    }
  }
  return {blocks: result, cuts, first}
}
