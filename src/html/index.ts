import type {Element, Nodes as HastNodes, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toMdast} from 'hast-util-to-mdast'
import type {Root} from 'mdast'
import {FactsheetError, describe} from '../diagnostics/error.js'
import type {Release} from '../models/types.js'
import type {ParseOptions} from '../options.js'
import {checkInput, createParser, type Parser} from '../parse-release.js'
import {resolveOptions} from '../options.js'
import {defuseHtml} from '../normalize/defuse.js'
import {createLineIndex, toPosition} from '../normalize/offsets.js'

/** Options of `parseHtmlRelease`: those of `parseRelease`, plus a parser. */
export interface HtmlParseOptions extends ParseOptions {
  /** Parser to use (default: the default parser). */
  parser?: Parser | undefined
}

const defaultParser = createParser()
// Inline wrappers whose content is all we read; unwrapped before conversion,
// where links and deletions are split and cloned per child (slow on floods).
const unwrapped = new Set(['a', 'del', 'ins', 's', 'strike', 'span', 'font'])
const dropped = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'nav', 'form', 'button', 'select', 'input', 'textarea'])

/**
 * Parse an HTML release (a fragment from a feed's `content:encoded`, or a
 * page) into typed records. HTML is read with a real HTML parser (parse5, via
 * hast) and turned into mdast; `<script>`, `<style>` and comments never reach
 * the records; positions point into the original HTML.
 *
 * @param html HTML.
 * @param options Options (optional).
 * @returns The release.
 * @throws {FactsheetError} `ERR_FACTSHEET_INVALID_INPUT`, `ERR_FACTSHEET_INPUT_TOO_LARGE`, `ERR_FACTSHEET_INVALID_OPTION`, `ERR_FACTSHEET_INVALID_META`.
 * @example
 * ```ts
 * import {parseHtmlRelease} from 'factsheet/html'
 *
 * const release = parseHtmlRelease('<p>Secretary Blinken met today with ...</p>', {
 *   meta: {title: 'Secretary Blinken’s Meeting with ...', published: '2021-05-24T21:03:00Z'}
 * })
 * ```
 */
export function parseHtmlRelease(html: string, options?: HtmlParseOptions): Release {
  const {parser, ...rest} = options ?? {}
  if (parser !== undefined && (typeof parser !== 'object' || typeof parser.parseTree !== 'function')) {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot parse HTML release: expected `parser` from `createParser()`, got `' + describe(parser) + '`')
  }
  const resolved = resolveOptions(rest)
  checkInput(html, resolved.maxBytes)
  // Bounded depth: tags past 128 open elements are neutralized in place.
  const defused = defuseHtml(html)
  const tree = htmlToMdast(defused.html)
  if (defused.neutralized === 0) return (parser ?? defaultParser).parseTree(tree, html, rest)
  const place = toPosition(createLineIndex(html), defused.first, defused.first)
  const note = {
    name: 'factsheet',
    check: () => [{code: 'input/nesting-capped', reason: `Elements nested deeper than 128 levels were kept as text (${defused.neutralized} tag${defused.neutralized === 1 ? '' : 's'})`, severity: 'warning' as const, place}]
  }
  return (parser ?? defaultParser).parseTree(tree, html, {...rest, checks: [...(rest.checks ?? []), note]})
}

/**
 * Turn HTML into an mdast tree whose positions point into the HTML.
 *
 * @param html HTML.
 * @returns mdast root.
 */
export function htmlToMdast(html: string): Root {
  const hast = fromHtml(html, {fragment: !/^\s*(?:<!doctype|<html)/i.test(html)})
  prune(hast)
  containPositions(hast)
  // `document`: a fragment that is only phrasing (no `<p>`) still becomes paragraphs.
  return toMdast(hast, {document: true}) as Root
}

/**
 * Remove elements whose content is never release text, and comments; unwrap
 * inline wrappers (links, spans, deletions). Iterative, so deep trees cannot
 * overflow the stack.
 *
 * @param tree hast tree.
 */
function prune(tree: HastRoot): void {
  const stack: Array<HastRoot | Element> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node) continue
    const kept: HastNodes[] = []
    const queue = [...(node.children as HastNodes[])].reverse()
    while (queue.length > 0) {
      const child = queue.pop()
      if (!child || child.type === 'comment') continue
      if (child.type === 'element' && dropped.has(child.tagName)) continue
      if (child.type === 'element' && unwrapped.has(child.tagName)) {
        for (let index = child.children.length - 1; index >= 0; index--) queue.push(child.children[index] as HastNodes)
        continue
      }
      kept.push(child)
    }
    node.children = kept as typeof node.children
    for (const child of node.children) if (child.type === 'element') stack.push(child)
  }
}

/**
 * Make every element's position contain its children's. The HTML parser
 * reopens formatting elements left open (`<li><code>a</li><li>b`), and the
 * reopened copy keeps the position of the original start tag, far from its
 * content; such an element gets the span of its content instead. Children
 * come before parents (reverse pre-order), so fixes propagate upwards.
 *
 * @param tree hast tree.
 */
function containPositions(tree: HastRoot): void {
  const order: Element[] = []
  const stack: Array<HastRoot | Element> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node) continue
    for (const child of node.children) {
      if (child.type === 'element') {
        order.push(child)
        stack.push(child)
      }
    }
  }
  for (let index = order.length - 1; index >= 0; index--) {
    const element = order[index]
    if (!element) continue
    let start = Number.POSITIVE_INFINITY
    let end = Number.NEGATIVE_INFINITY
    let first: HastNodes['position']
    let last: HastNodes['position']
    for (const child of element.children) {
      const position = child.position
      if (!position || position.start.offset === undefined || position.end.offset === undefined) continue
      if (position.start.offset < start) {
        start = position.start.offset
        first = position
      }
      if (position.end.offset > end) {
        end = position.end.offset
        last = position
      }
    }
    const own = element.position
    if (!first || !last || !own || own.start.offset === undefined || own.end.offset === undefined) continue
    if (own.start.offset <= start && own.end.offset >= end) continue
    element.position = {start: {...first.start}, end: {...last.end}}
  }
}
