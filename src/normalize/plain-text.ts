import {isCapitalized} from '../extract/tokens.js'
import {createRewriter, type OffsetMap} from './offsets.js'
import {isDigit} from '../chars.js'

/** What plain text becomes: Markdown, its offset map, and what the first line said. */
export interface PlainTextResult {
  /** The release as Markdown. */
  readonly markdown: string
  /** Maps offsets of `markdown` back to the input. */
  readonly map: OffsetMap
  /** A `Source,Title` first line (as syndicated copies carry), if any. */
  readonly sourceLine:
    | {readonly source: string; readonly title: string; readonly start: number; readonly end: number}
    | undefined
}

const bullet = /^[ \t]*(?:[•·▪◦‣●○■□➢►▸‐‑–—*+-]|\(?[a-z\d]{1,3}[.)])[ \t]+(?=\S)/
const sourceLinePattern = /^([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+|[A-Z][A-Z&]{1,11}),[ \t]*(\p{Lu}[^\n]{0,500}[^.!?;,\s])$/u
const dateOnly =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d\d-\d\d)$/i
const minor = new Set([
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'vs', 'via'
])

/**
 * Decide whether a line of plain text is a bare heading: short, Title Case,
 * no sentence punctuation at its end.
 *
 * @param line Trimmed line.
 * @returns Whether it reads as a heading.
 */
export function isHeadingLine(line: string): boolean {
  if (line.length < 2 || line.length > 100) return false
  if (/[.;,!?…"”]$/.test(line)) return false
  if (!isDigit(line.charCodeAt(0)) && !isCapitalized(line)) return false
  // Both need a digit; most headings have none (dateOnly costs 0.3 ms to compile).
  if (/\d/.test(line) && (dateOnly.test(line) || /^\d+$/.test(line))) return false
  const words = line.replace(/:$/, '').split(/\s+/)
  if (words.length > 12) return false
  let content = 0
  let capitalized = 0
  for (const word of words) {
    if (minor.has(word.toLowerCase())) continue
    content++
    if (startsHeadingWord(word)) capitalized++
  }
  return content > 0 && capitalized / content >= 0.7
}

/**
 * Whether a heading word counts as capitalized (`/^[\p{Lu}\d"“'‘(]/u`, ASCII
 * by code unit: the regex costs 0.1 ms to compile in the cold first parse).
 *
 * @param word Word.
 * @returns Whether it does.
 */
function startsHeadingWord(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return (code >= 65 && code <= 90) || isDigit(code) || code === 34 || code === 39 || code === 40
  return code === 0x201c || code === 0x2018 || isCapitalized(word)
}

/**
 * Turn a plain-text release into Markdown, keeping an offset map: bullets
 * (`•`, `·`, `-`, `1.`) become list items, bare Title Case lines become
 * headings (`Heading:` lines become sub-headings), and characters that would
 * read as Markdown markup are escaped.
 *
 * @param text Plain text.
 * @param start Offset where the body starts (after a BOM).
 * @returns Markdown with an offset map.
 */
export function plainTextToMarkdown(text: string, start = 0): PlainTextResult {
  const rewriter = createRewriter(text)
  const lines: Array<{start: number; end: number; next: number}> = []
  let cursor = start
  while (cursor <= text.length) {
    let end = cursor
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
    let next = end
    if (text.charCodeAt(next) === 13) next++
    if (text.charCodeAt(next) === 10) next++
    lines.push({start: cursor, end, next})
    if (next === end) break
    cursor = next
  }

  const blank = (index: number) => {
    const line = lines[index]
    return !line || text.slice(line.start, line.end).trim() === ''
  }

  let sourceLine: PlainTextResult['sourceLine']
  let firstContent = true
  let sawHeading = false
  let sawText = false
  let listIndent = -1

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (!line) continue
    const raw = text.slice(line.start, line.end)
    const trimmed = raw.trim()
    const lead = raw.length - raw.trimStart().length
    if (trimmed === '') {
      rewriter.insert('\n', line.start)
      listIndent = -1
      continue
    }

    if (firstContent) {
      firstContent = false
      const match = trimmed.includes(',') ? sourceLinePattern.exec(trimmed) : null
      if (match && !/\s/.test(match[1] ?? '')) {
        sourceLine = {source: match[1] ?? '', title: (match[2] ?? '').trim(), start: line.start + lead, end: line.end}
        rewriter.insert('\n', line.start)
        continue
      }
    }

    const marker = bullet.exec(raw)
    if (marker) {
      const indent = lead
      if (listIndent < 0) listIndent = indent
      const nested = indent > listIndent + 1
      const ordered = /\d/.test(marker[0]) && /[.)]\s*$/.test(marker[0]) && !marker[0].includes('(')
      if (blank(index - 1) === false && listIndent === indent && !previousIsItem(lines, index, text)) {
        // A bullet right after a paragraph line: start the list on its own.
        rewriter.insert('\n', line.start)
      }
      rewriter.insert(nested ? '    ' : '', line.start)
      rewriter.insert(ordered ? '1. ' : '- ', line.start + marker[0].length)
      copyEscaped(rewriter, text, line.start + marker[0].length, line.end)
      rewriter.insert('\n', line.end)
      continue
    }

    const heading =
      blank(index - 1) &&
      (blank(index + 1) || bullet.test(text.slice(lines[index + 1]?.start ?? 0, lines[index + 1]?.end ?? 0))) &&
      isHeadingLine(trimmed)
    if (heading) {
      // The first line of the release, when it reads as a heading, is its title.
      const top = !sawHeading && !sawText
      sawHeading = true
      rewriter.insert(top ? '# ' : trimmed.endsWith(':') ? '### ' : '## ', line.start + lead)
      copyEscaped(rewriter, text, line.start + lead, line.end)
      rewriter.insert('\n', line.end)
      continue
    }

    sawText = true
    // Paragraph line: keep it literal. ">" is escaped by copyEscaped already; a
    // numbered line's period, a heading mark, or a setext underline is escaped here.
    const first = trimmed.charAt(0)
    const number = /^\d+(?=[.)])/.exec(trimmed)
    if (first === '#' || first === '+' || first === '=' || (first === '-' && /^-+$/.test(trimmed))) rewriter.insert('\\', line.start + lead)
    if (number) {
      copyEscaped(rewriter, text, line.start + lead, line.start + lead + number[0].length)
      rewriter.insert('\\', line.start + lead + number[0].length)
      copyEscaped(rewriter, text, line.start + lead + number[0].length, line.end)
    } else {
      copyEscaped(rewriter, text, line.start + lead, line.end)
    }
    rewriter.insert('\n', line.end)
  }

  const {value, map} = rewriter.done()
  return {markdown: value, map, sourceLine}
}

/**
 * Whether the line before `index` is a list item.
 *
 * @param lines Lines.
 * @param index Current line.
 * @param text Input.
 * @returns Whether the previous line is a bullet.
 */
function previousIsItem(lines: Array<{start: number; end: number}>, index: number, text: string): boolean {
  const previous = lines[index - 1]
  return previous ? bullet.test(text.slice(previous.start, previous.end)) : false
}

/**
 * Copy a span, escaping characters that Markdown would read as markup.
 *
 * @param rewriter Rewriter.
 * @param text Input.
 * @param start Start offset.
 * @param end End offset.
 */
function copyEscaped(rewriter: ReturnType<typeof createRewriter>, text: string, start: number, end: number): void {
  let from = start
  for (let index = start; index < end; index++) {
    if (isMarkdownSpecial(text.charCodeAt(index))) {
      rewriter.copy(from, index)
      rewriter.insert('\\', index)
      from = index
    }
  }
  rewriter.copy(from, end)
}

/**
 * Whether a code unit would read as Markdown markup (`/[\\`*_[\]<>|~]/`; a
 * switch, as it runs for every character of a plain-text release).
 *
 * @param code Code unit.
 * @returns Whether it would.
 */
function isMarkdownSpecial(code: number): boolean {
  switch (code) {
    case 42: // *
    case 60: // <
    case 62: // >
    case 91: // [
    case 92: // \
    case 93: // ]
    case 95: // _
    case 96: // `
    case 124: // |
    case 126: // ~
      return true
    default:
      return false
  }
}

/**
 * Guess whether an input is Markdown (or HTML-in-Markdown) rather than plain text.
 *
 * @param text Input.
 * @returns `'markdown'` or `'text'`.
 */
export function detectFormat(text: string): 'markdown' | 'text' {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text
  if (/^\uFEFF?---[ \t]*\r?\n/.test(sample)) return 'markdown'
  // A release that opens with an ATX heading is Markdown.
  if (/^\s*#{1,6}[ \t]+\S/.test(sample)) return 'markdown'
  // Raw scripts and styles are markup to hide, never text to read.
  if (text.includes('<') && /<(?:script|style)[\s>]/i.test(text)) return 'markdown'
  let signals = 0
  // Each pattern with the mark it needs ('' for none): a cold parse compiles only
  // the patterns that can match, and stops at the second signal.
  const patterns: ReadonlyArray<readonly [string, RegExp]> = [
    ['#', /^#{1,6}[ \t]+\S/m],
    ['**', /\*\*\S/],
    ['', /^[ \t]{0,3}[-*+][ \t]+\S/m],
    ['](', /\]\([^)\s\]]{1,300}\)/],
    ['<', /<(?:[pai]|div|br|span|strong|em|sup|b|ul|li)\b/i],
    ['', /^[ \t]{0,3}(?:=+|-{2,})[ \t]*$/m],
    ['{:', /^\{:[^}\n\r\u2028\u2029]{0,200}\}/m]
  ]
  for (const [mark, pattern] of patterns) {
    if (sample.includes(mark) && pattern.test(sample)) signals++
    if (signals >= 2) return 'markdown'
  }
  return 'text'
}
