import {isCapitalized} from '../extract/tokens.js'
import type {Block} from './blocks.js'
import {sliceMapped} from './text.js'

/** A section of the release: a heading and the blocks under it. */
export interface SectionNode {
  /** Heading text without markup or trailing colon; `null` before the first heading. */
  title: string | null
  /** Depth: heading rank (1-6), 7 for bold lines, deeper for lead-ins and bold list items. */
  depth: number
  /** The block the heading was read from. */
  heading: Block | undefined
  /** Content blocks directly in this section. */
  items: Block[]
  /** Nested sections. */
  children: SectionNode[]
}

const plainLeadIn = /^(\p{Lu}[\p{L}\p{N} ,&'’/()-]{1,70}):\s+(?=\S)/u
const minor = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with'])

/**
 * Whether a label reads as a heading: Title Case or ALL CAPS, short.
 *
 * @param label Label.
 * @returns Whether it does.
 */
export function isLabel(label: string): boolean {
  const words = label.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > 10) return false
  let content = 0
  let capitalized = 0
  for (const word of words) {
    if (minor.has(word.toLowerCase())) continue
    content++
    if (startsLabelWord(word)) capitalized++
  }
  return content > 0 && capitalized === content
}

/**
 * Whether a label word counts as capitalized (`/^[\p{Lu}\d(]/u`, ASCII by code
 * unit: the regex costs 0.1 ms to compile in the cold first parse).
 *
 * @param word Word.
 * @returns Whether it does.
 */
function startsLabelWord(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 40
  return isCapitalized(word)
}

/**
 * For ASCII text, whether it has four or more letters and none in lower case
 * (what {@link isCapsHeading} tests with `\p{…}` regexes, which cost 0.1–0.2 ms
 * to compile in the cold first parse).
 *
 * @param text Text.
 * @returns The answer, or `undefined` when the text is not ASCII.
 */
function asciiCaps(text: string): boolean | undefined {
  let letters = 0
  let lower = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 128) return undefined
    if (code >= 65 && code <= 90) letters++
    else if (code >= 97 && code <= 122) lower = true
  }
  return !lower && letters >= 4
}

/**
 * Whether a block is an ALL-CAPS heading line.
 *
 * @param block Block.
 * @returns Whether it is.
 */
function isCapsHeading(block: Block): boolean {
  const text = block.text
  if (block.type !== 'paragraph' || text.length > 90 || /[.!?,;]$/.test(text)) return false
  const ascii = asciiCaps(text)
  if (ascii !== undefined) return ascii
  const letters = text.replace(/\P{L}/gu, '')
  return letters.length >= 4 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)
}

/**
 * Split a block's inline lead-in (`**Label:** text`, `**LABEL**: text`, a bold
 * line followed by a line break, or a Title Case `Label: text`) off its text.
 *
 * @param block Block (its text is trimmed to the content after the label).
 * @returns The label, if the block had one.
 */
export function splitLeadIn(block: Block): string | undefined {
  let label: string | undefined
  let cut = 0
  const text = block.text
  if (block.leadingStrong) {
    const strong = block.leadingStrong.replace(/\s+/g, ' ').trim()
    if (strong && text.startsWith(strong)) {
      let rest = strong.length
      while (text.charAt(rest) === ' ') rest++
      const endsWithColon = strong.endsWith(':')
      if (text.charAt(rest) === ':') rest++
      const colon = endsWithColon || text.charAt(rest - 1) === ':'
      // A bold line ended by a hard break reads as a heading too.
      if (colon || block.leadingBreak || isLabel(strong.replace(/:$/, ''))) {
        label = strong.replace(/:\s*$/, '').trim()
        cut = rest
      }
    }
  } else if (block.type !== 'heading') {
    // The label ends at the first colon, within 71 code points: most blocks have none there.
    const colon = text.indexOf(':')
    const match = colon > 1 && colon <= 142 && isCapitalized(text) ? plainLeadIn.exec(text) : null
    if (match && isLabel(match[1] ?? '') && (match[1] ?? '').split(/\s+/).length <= 6) {
      label = (match[1] ?? '').trim()
      cut = match[0].length
    }
  }
  if (label === undefined || label.length === 0) return undefined
  const rest = sliceMapped(block, cut, block.text.length)
  if (!rest.text) return undefined
  block.text = rest.text
  block.starts = rest.starts
  block.ends = rest.ends
  block.leadingStrong = undefined
  return label
}

/** The result of sectioning. */
export interface Sectioned {
  /** The root section (title `null`). */
  root: SectionNode
  /** Innermost section title of each content block. */
  titleOf: Map<Block, string | null>
  /** Titles of every enclosing section of each content block, outermost first. */
  pathOf: Map<Block, string[]>
  /** Every section, in document order. */
  all: SectionNode[]
}

/**
 * Group content blocks into sections: Markdown headings, bold-only lines,
 * ALL-CAPS lines, bold list items with nested lists, and inline lead-ins.
 *
 * @param blocks Blocks (boilerplate is skipped).
 * @returns Sections.
 */
export function sectionize(blocks: readonly Block[]): Sectioned {
  const root: SectionNode = {title: null, depth: 0, heading: undefined, items: [], children: []}
  const all: SectionNode[] = []
  const titleOf = new Map<Block, string | null>()
  const pathOf = new Map<Block, string[]>()
  const stack: SectionNode[] = [root]
  const top = () => stack[stack.length - 1] ?? root
  let lastHeadingDepth = 1

  const open = (title: string, depth: number, heading: Block) => {
    while (stack.length > 1 && top().depth >= depth) stack.pop()
    const trimmed = title.trimEnd()
    const section: SectionNode = {title: (trimmed.endsWith(':') ? trimmed.slice(0, -1) : trimmed).trim(), depth, heading, items: [], children: []}
    top().children.push(section)
    stack.push(section)
    all.push(section)
  }

  for (const block of blocks) {
    if (block.boilerplate || block.type === 'rule') continue
    // Leaving a bold list item's nested list closes its section.
    while (stack.length > 1 && top().depth >= 100 && !(block.type === 'item' && block.depth + 100 > top().depth)) stack.pop()
    // A lead-in section lasts until the next lead-in or heading.
    if (block.type === 'heading') {
      lastHeadingDepth = block.depth
      open(block.text, block.depth, block)
      continue
    }
    if ((block.type === 'paragraph' && block.strong) || isCapsHeading(block)) {
      open(block.text, 7, block)
      continue
    }
    if (block.type === 'item' && block.strong && block.sublist) {
      open(block.text, 100 + block.depth, block)
      continue
    }
    const label = splitLeadIn(block)
    if (label !== undefined) {
      const depth = block.type === 'item' ? 100 + block.depth - 1 + 0.5 : Math.max(8, lastHeadingDepth + 1)
      open(label, depth, block)
      // The lead-in section holds its own block.
    }
    top().items.push(block)
    titleOf.set(block, top().title)
    pathOf.set(block, stack.map((section) => section.title).filter((title): title is string => title !== null))
  }
  return {root, titleOf, pathOf, all}
}
