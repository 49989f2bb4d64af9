import type {Nodes, Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

/** The Markdown processor, frozen once: it holds no per-call state. */
const processor = unified().use(remarkParse).freeze()

/**
 * Inputs longer than twice this many characters are parsed in pieces of about
 * this size. micromark 4.0.3 copies the whole document event list
 * (`EditMap#consume` in `initialize/document.js`) each time a container (list,
 * block quote) closes, so one parse is quadratic in the number of lists: on
 * concatenated fact sheets remark-parse took 3.3 s for 1 MB and 11.8 s for
 * 2 MB, but 2.9 s for the same 2 MB cut into 32 kB pieces (scripts/bench.mjs
 * measures the growth). Releases are far smaller than this, so they are
 * parsed in one go, exactly as before.
 */
const pieceSize = 32_768

const fence = /^ {0,3}(`{3,}|~{3,})/
const htmlStart = /^ {0,3}<(?:(script|pre|style|textarea)(?:[\s>]|$)|(!--)|(\?)|(![A-Z])|(!\[CDATA\[))/i
const htmlEnds = [/<\/(?:script|pre|style|textarea)>/i, /-->/, /\?>/, />/, /\]\]>/] as const
const listStart = /^(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/
// A link reference definition anywhere (also inside containers) makes the
// references of the whole document depend on it: such input is parsed whole.
const definition = /^[ \t>]*(?:(?:[*+-]|\d{1,9}[.)])[ \t]+)?\[[^\]\n\r\u2028\u2029]{1,999}\]:/m

/**
 * Parse Markdown into an mdast tree with positions.
 *
 * @param markdown Markdown.
 * @returns Tree.
 */
export function parseMarkdown(markdown: string): Root {
  if (markdown.length <= pieceSize * 2) return processor.parse(markdown)
  const cuts = findCuts(markdown, pieceSize)
  if (cuts.length === 0) return processor.parse(markdown)
  const children: RootContent[] = []
  let last: Root | undefined
  let from = 0
  let line = 0
  for (const cut of [...cuts, {offset: markdown.length, line: -1}]) {
    last = processor.parse(markdown.slice(from, cut.offset))
    if (from > 0) shift(last, from, line)
    children.push(...last.children)
    from = cut.offset
    line = cut.line
  }
  const end = last?.position?.end ?? {line: 1, column: 1, offset: 0}
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

/**
 * Find where `markdown` can be cut into pieces that parse to the same trees
 * as the whole: at the start of a line that follows a blank line, is not
 * indented and starts no list item, outside fenced code and outside HTML
 * blocks that blank lines do not end. A blank line followed by such a line
 * closes every container (lists, block quotes) and every other block, so
 * nothing spans the cut. One pass over the lines.
 *
 * @param markdown Markdown.
 * @param size Least piece size.
 * @returns Offsets of the cuts with the number of line endings before each.
 */
export function findCuts(markdown: string, size: number): Array<{offset: number; line: number}> {
  if (definition.test(markdown)) return []
  const cuts: Array<{offset: number; line: number}> = []
  let previousCut = 0
  let lineNumber = 0
  let start = 0
  let blankBefore = false
  let openFence: string | undefined
  let openHtml: RegExp | undefined
  while (start < markdown.length) {
    let end = start
    while (end < markdown.length) {
      const code = markdown.charCodeAt(end)
      if (code === 10 || code === 13) break
      end++
    }
    const next = markdown.charCodeAt(end) === 13 && markdown.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    const text = markdown.slice(start, end)
    const blank = !/[^ \t]/.test(text)
    if (openFence !== undefined) {
      const match = fence.exec(text)
      if (match?.[1] && match[1].charAt(0) === openFence.charAt(0) && match[1].length >= openFence.length && !/[^ \t]/.test(text.slice(match[0].length))) {
        openFence = undefined
      }
    } else if (openHtml !== undefined) {
      if (openHtml.test(text)) openHtml = undefined
    } else {
      const first = text.charCodeAt(0)
      if (blankBefore && !blank && start - previousCut >= size && first !== 32 && first !== 9 && !listStart.test(text)) {
        cuts.push({offset: start, line: lineNumber})
        previousCut = start
      }
      const match = fence.exec(text)
      const html = htmlStart.exec(text)
      if (match?.[1]) {
        openFence = match[1]
      } else if (html) {
        const kind = html.slice(1).findIndex((group) => group !== undefined)
        const ends = htmlEnds[kind]
        if (ends && !ends.test(text.slice(html[0].length))) openHtml = ends
      }
    }
    blankBefore = blank
    lineNumber++
    start = next
  }
  return cuts
}

/**
 * Move the positions of a tree parsed from a piece to where the piece starts
 * in the whole. Pieces start at line starts, so columns stay. Iterative.
 *
 * @param tree Tree of a piece.
 * @param offset Offset of the piece.
 * @param lines Line endings before the piece.
 */
function shift(tree: Root, offset: number, lines: number): void {
  const stack: Nodes[] = [...tree.children]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node) continue
    const position = node.position
    if (position) {
      node.position = {
        start: {line: position.start.line + lines, column: position.start.column, offset: (position.start.offset ?? 0) + offset},
        end: {line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset}
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  if (tree.position) {
    const {end} = tree.position
    tree.position = {start: tree.position.start, end: {line: end.line + lines, column: end.column, offset: (end.offset ?? 0) + offset}}
  }
}
