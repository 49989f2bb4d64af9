import type {Element, Nodes as HastNodes, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toMdast} from 'hast-util-to-mdast'
import type {Root} from 'mdast'
import {FactsheetError, describe} from '../diagnostics/error.js'
import type {Release} from '../models/types.js'
import type {ParseOptions} from '../options.js'
import {checkInput, type Parser} from '../parse-release.js'
import {defaultParser} from '../parse.js'
import {resolveOptions} from '../options.js'
import {defuseHtml} from '../normalize/defuse.js'
import {createLineIndex, toPosition} from '../normalize/offsets.js'

/** Options of `parseHtmlRelease`: those of `parseRelease`, plus a parser. */
export interface HtmlParseOptions extends ParseOptions {
  /** Parser to use (default: the default parser). */
  parser?: Parser | undefined
}

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
  // Validates the type of `options` (an object or nothing) before reading it.
  resolveOptions(options)
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
  collapseBlankRuns(hast)
  containPositions(hast)
  // `document`: a fragment that is only phrasing (no `<p>`) still becomes paragraphs.
  return toMdast(hast, {document: true}) as Root
}

/**
 * Remove elements whose content is never release text, and comments.
 * Iterative, so deep trees cannot overflow the stack.
 *
 * @param tree hast tree.
 */
function prune(tree: HastRoot): void {
  const stack: Array<HastRoot | Element> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node) continue
    const kept: HastNodes[] = []
    for (const child of node.children as HastNodes[]) {
      if (child.type === 'comment' || (child.type === 'element' && dropped.has(child.tagName))) {
        // Keep the text on either side apart (the converter merges adjacent
        // text into one node spanning the gap): an empty image, ignored later.
        const previous = kept[kept.length - 1]
        if (previous?.type === 'text' && child.position) kept.push({type: 'element', tagName: 'img', properties: {}, children: [], position: child.position})
        continue
      }
      kept.push(child)
    }
    node.children = kept as typeof node.children
    // A figure caption reads as an italic paragraph: the caption rules set it aside.
    for (const child of node.children) {
      if (child.type === 'element' && child.tagName === 'figcaption') {
        child.tagName = 'p'
        child.children = [{type: 'element', tagName: 'em', properties: {}, children: child.children, position: child.position}] as typeof child.children
      }
    }
    for (const child of node.children) if (child.type === 'element') stack.push(child)
  }
}

/**
 * Every element of a tree, parents before their children (iterative: deep
 * trees cannot overflow the stack).
 *
 * @param tree hast tree.
 * @returns Elements, each after its parent.
 */
function elementsOf(tree: HastRoot): Element[] {
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
  return order
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
  const order = elementsOf(tree)
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

// Inline elements that carry no text of their own.
const inlineElements = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark',
  'nobr', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var'
])

/**
 * Whether text is only HTML whitespace.
 *
 * @param value Text.
 * @returns Whether it is.
 */
function isBlank(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) return false
  }
  return true
}

/**
 * Replace each run of siblings that hold no text (whitespace, and inline
 * elements with nothing but whitespace in them: `<b></b>`, `<span> </span>`)
 * by one space, or by nothing. The converter's whitespace pass scans
 * forward over such runs from every node in them: a flood of empty inline
 * elements would take quadratic time. The text read is the same.
 *
 * @param tree hast tree.
 */
function collapseBlankRuns(tree: HastRoot): void {
  const parents: Array<HastRoot | Element> = [tree, ...elementsOf(tree)]
  // Children before parents: an element is blank when all its children are.
  const blank = new Set<HastNodes>()
  for (let index = parents.length - 1; index > 0; index--) {
    const element = parents[index] as Element
    if (inlineElements.has(element.tagName) && element.children.every((child) => blank.has(child as HastNodes) || (child.type === 'text' && isBlank(child.value)))) blank.add(element)
  }
  for (const parent of parents) {
    const children = parent.children as HastNodes[]
    if (!children.some((child) => blank.has(child))) continue
    const kept: HastNodes[] = []
    let index = 0
    while (index < children.length) {
      const child = children[index] as HastNodes
      const isBlankChild = (node: HastNodes | undefined) => node !== undefined && (blank.has(node) || (node.type === 'text' && isBlank(node.value)))
      if (!isBlankChild(child)) {
        kept.push(child)
        index++
        continue
      }
      const first = index
      let spaced = false
      while (index < children.length && isBlankChild(children[index])) {
        const node = children[index] as HastNodes
        if (node.type === 'text' ? node.value.length > 0 : hasText(node)) spaced = true
        index++
      }
      const start = children[first]?.position
      if (spaced) kept.push(start ? {type: 'text', value: ' ', position: start} : {type: 'text', value: ' '})
    }
    parent.children = kept as typeof parent.children
  }
}

/**
 * Whether a blank element holds any (whitespace) text.
 *
 * @param node Element.
 * @returns Whether it does.
 */
function hasText(node: HastNodes): boolean {
  const stack: HastNodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()
    if (!current) continue
    if (current.type === 'text' && current.value.length > 0) return true
    if ('children' in current) for (const child of current.children) stack.push(child as HastNodes)
  }
  return false
}
