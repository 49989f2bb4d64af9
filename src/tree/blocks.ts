import type {Nodes, Root, RootContent} from 'mdast'
import type {OffsetMap} from '../normalize/offsets.js'
import {createMapper} from '../normalize/offsets.js'
import {createSink, decodeReference, isSpaceCode, pushAligned, type MappedText, type TextSink} from './text.js'

/** Kinds of block the tree stage yields. */
export type BlockType = 'heading' | 'paragraph' | 'item' | 'row' | 'rule' | 'caption'

/**
 * A block of the release: a heading, paragraph, list item or table row, with
 * its normalized text and the original offset of every character.
 */
export interface Block extends MappedText {
  /** Kind of block. */
  type: BlockType
  /** Heading rank, or list nesting (1 for a top-level item); `0` otherwise. */
  depth: number
  /** Whether a list item is in an ordered list. */
  ordered: boolean
  /** Whether all of the text is bold. */
  strong: boolean
  /** Whether all of the text is italic. */
  emphasis: boolean
  /** Whether a list item has a nested list. */
  sublist: boolean
  /** Whether the block is an image caption. */
  caption: boolean
  /** Whether the block came from raw HTML inside Markdown. */
  fromHtml: boolean
  /** Text of each cell, for table rows. */
  cells: MappedText[] | undefined
  /** Text of a leading bold span (`**Label:** rest`), if the block starts with one. */
  leadingStrong: string | undefined
  /** Whether a line break follows the leading bold span (a heading line over its paragraph). */
  leadingBreak: boolean
  /** Why the block was set aside as boilerplate, if it was. */
  boilerplate: string | undefined
}

/** What the tree stage found besides blocks. */
export interface TreeResult {
  /** Blocks in document order. */
  blocks: Block[]
  /** Original spans of `<style>`/`<script>` content and HTML comments. */
  hidden: Array<{reason: string; start: number; end: number}>
  /** Whether nesting deeper than the cap was flattened. */
  flattened: boolean
}

/** Options of {@link toBlocks}. */
export interface ToBlocksOptions {
  /** Deepest nesting kept as structure (default: `64`; at most `1000`). */
  maxDepth?: number
}

const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'section',
  'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'
])
const italicTags = new Set(['i', 'em', 'figcaption', 'cite'])
const blockContainers = new Set(['blockquote', 'list', 'listItem', 'root', 'table', 'tableRow', 'footnoteDefinition'])

/**
 * Turn an mdast tree into blocks whose characters map to the original input.
 *
 * @param root Tree parsed from `source`.
 * @param source The string that was parsed.
 * @param map Maps offsets of `source` to the original input.
 * @param options Options (optional).
 * @returns Blocks and hidden spans.
 */
export function toBlocks(root: Root, source: string, map: OffsetMap, options: ToBlocksOptions = {}): TreeResult {
  // Note: `visit` recurses once per level; above 1000 levels (a tree made by
  // hand for `parseTree`) the stack could overflow, so deeper is flattened.
  const maxDepth = Math.min(options.maxDepth ?? 64, 1000)
  const result: TreeResult = {blocks: [], hidden: [] as TreeResult['hidden'], flattened: false}
  // Blocks come in document order, so one mapper serves the whole tree.
  const toOriginal = createMapper(map)

  /**
   * Visit block-level children.
   *
   * @param nodes Children.
   * @param listDepth Current list nesting.
   * @param nesting Current container nesting.
   * @param ordered Whether the parent list is ordered.
   */
  function visit(nodes: readonly RootContent[], listDepth: number, nesting: number, ordered: boolean): void {
    for (const node of nodes) {
      if (nesting > maxDepth && 'children' in node) {
        result.flattened = true
        addBlock('paragraph', node, 0)
        continue
      }
      switch (node.type) {
        case 'heading': {
          addBlock('heading', node, node.depth)
          break
        }
        case 'paragraph': {
          // Pipe tables without a table extension arrive as paragraphs.
          if (!pipeTable(node)) addBlock('paragraph', node, 0)
          break
        }
        case 'code': {
          addBlock('paragraph', node, 0)
          break
        }
        case 'list': {
          for (const item of node.children) {
            const own = item.children.filter((child) => child.type === 'paragraph')
            const rest = item.children.filter((child) => child.type !== 'paragraph')
            const block = addInline('item', own, item, listDepth + 1)
            if (block) {
              block.ordered = node.ordered === true
              block.sublist = rest.some((child) => child.type === 'list')
            }
            visit(rest, listDepth + 1, nesting + 1, node.ordered === true)
          }
          break
        }
        case 'blockquote': {
          visit(node.children, listDepth, nesting + 1, ordered)
          break
        }
        case 'table': {
          for (const row of node.children) addRow(row.children.map((cell) => collect([cell])))
          break
        }
        case 'html': {
          htmlBlocks(node.value, node.position?.start.offset ?? 0)
          break
        }
        case 'thematicBreak': {
          const start = toOriginal(node.position?.start.offset ?? 0)
          result.blocks.push(createBlock('rule', 0, {text: '', starts: [], ends: []}, {}))
          const last = result.blocks[result.blocks.length - 1]
          if (last) last.starts = [start]
          break
        }
        default: {
          if ('children' in node && Array.isArray(node.children)) {
            visit(node.children as RootContent[], listDepth, nesting + 1, ordered)
          }
        }
      }
    }
  }

  /**
   * Add a table row: its cells joined by " | " (the separators map to the cell boundaries).
   *
   * @param cells Cells.
   */
  function addRow(cells: MappedText[]): void {
    if (cells.every((cell) => cell.text === '')) return
    const text: MappedText = {text: '', starts: [], ends: []}
    cells.forEach((cell, index) => {
      if (index > 0) {
        const at = cell.starts[0] ?? text.ends[text.ends.length - 1] ?? 0
        text.text += ' | '
        text.starts.push(at, at, at)
        text.ends.push(at, at, at)
      }
      text.text += cell.text
      text.starts.push(...cell.starts)
      text.ends.push(...cell.ends)
    })
    result.blocks.push(createBlock('row', 0, text, {cells}))
  }

  /**
   * Read a paragraph that is a pipe table (a header line, a delimiter line of
   * dashes, then rows) into row blocks.
   *
   * @param node Paragraph.
   * @returns Whether it was a table.
   */
  function pipeTable(node: Nodes): boolean {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return false
    const raw = source.slice(start, end)
    if (!raw.includes('|')) return false
    const lines: Array<{from: number; value: string}> = []
    let from = 0
    for (const value of raw.split('\n')) {
      lines.push({from: start + from, value})
      from += value.length + 1
    }
    if (lines.length < 2 || !lines.every((line) => line.value.includes('|'))) return false
    // The delimiter row: every cell is dashes, with optional alignment colons.
    const delimiter = (lines[1]?.value ?? '').trim().replace(/^\|/, '').replace(/\|$/, '')
    if (!delimiter.split('|').every((cell) => /^ *:?-{2,}:? *$/.test(cell))) return false
    lines.forEach((line, index) => {
      if (index === 1) return
      const cells: MappedText[] = []
      let cellStart = 0
      const value = line.value
      const bounds: Array<[number, number]> = []
      for (let position = 0; position <= value.length; position++) {
        if (position === value.length || (value.charAt(position) === '|' && value.charAt(position - 1) !== '\\')) {
          bounds.push([cellStart, position])
          cellStart = position + 1
        }
      }
      // Leading and trailing pipes leave empty edge cells.
      if (bounds.length > 0 && value.slice(bounds[0]![0], bounds[0]![1]).trim() === '') bounds.shift()
      if (bounds.length > 0 && value.slice(bounds[bounds.length - 1]![0], bounds[bounds.length - 1]![1]).trim() === '') bounds.pop()
      for (const [a, b] of bounds) {
        const sink = createSink()
        for (let position = a; position < b; position++) {
          const at = toOriginal(line.from + position)
          sink.push(value.charAt(position), at, at + 1)
        }
        cells.push(sink.done())
      }
      addRow(cells)
    })
    return true
  }

  /**
   * Add a block read from one node.
   *
   * @param type Block type.
   * @param node Node.
   * @param depth Depth.
   */
  function addBlock(type: BlockType, node: Nodes, depth: number): void {
    addInline(type, [node], node, depth)
  }

  /**
   * Add a block read from several inline containers.
   *
   * @param type Block type.
   * @param nodes Containers.
   * @param _owner Node the block stands for.
   * @param depth Depth.
   * @returns The block, if it has text.
   */
  function addInline(type: BlockType, nodes: readonly Nodes[], _owner: Nodes, depth: number): Block | undefined {
    const text = collect(nodes)
    const first = nodes[0]
    const marks = first ? inlineMarks(first) : {strong: false, emphasis: false, leadingStrong: undefined, leadingBreak: false}
    if (!text.text) return undefined
    const block = createBlock(type, depth, text, marks)
    result.blocks.push(block)
    return block
  }

  /**
   * Collect the text of nodes, iteratively (deep trees do not overflow the stack).
   *
   * @param nodes Nodes.
   * @returns Mapped text.
   */
  function collect(nodes: readonly Nodes[]): MappedText {
    const sink = createSink()
    // A stack in reverse document order: popping yields document order.
    const queue: Array<Nodes | 'separator'> = []
    // Original offset of the last place seen, for text without a position.
    let here = toOriginal(nodes[0]?.position?.start.offset ?? 0)
    for (let index = nodes.length - 1; index >= 0; index--) {
      const node = nodes[index]
      if (node) queue.push(node)
      if (index > 0) queue.push('separator')
    }
    while (queue.length > 0) {
      const node = queue.pop()
      if (!node) continue
      if (node === 'separator') {
        sink.space(here)
        continue
      }
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined) here = toOriginal(start)
      switch (node.type) {
        case 'text':
        case 'inlineCode':
        case 'code': {
          if (start === undefined || end === undefined) {
            // Text the converter made up (no position): place it where we are.
            for (const char of node.value) sink.push(char, here, here)
          } else {
            pushAligned(sink, node.value, source, start, end, toOriginal)
            here = toOriginal(end)
          }
          break
        }
        case 'break': {
          sink.space(toOriginal(start ?? 0))
          break
        }
        case 'html': {
          if (/^<br\b/i.test(node.value)) sink.space(toOriginal(start ?? 0))
          else if (start !== undefined) inlineHtml(sink, node.value, start)
          break
        }
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
        case 'definition': {
          break
        }
        default: {
          if ('children' in node && Array.isArray(node.children)) {
            const children = node.children as Nodes[]
            // Blocks flattened into one (nesting past `maxDepth`) stay apart.
            const apart = blockContainers.has(node.type)
            for (let index = children.length - 1; index >= 0; index--) {
              const child = children[index]
              if (child) queue.push(child)
              if (apart && index > 0) queue.push('separator')
            }
          }
        }
      }
    }
    return sink.done()
  }

  /**
   * Read the text of an inline HTML node that is more than a tag (rare).
   *
   * @param sink Sink.
   * @param value HTML.
   * @param start Start in `source`.
   */
  function inlineHtml(sink: TextSink, value: string, start: number): void {
    if (/^<\/?[A-Z][^<>]*>$/i.test(value) || value.startsWith('<!--')) return
    readHtml(value, start, () => sink, () => {})
  }

  /**
   * Split a raw HTML block into blocks of text.
   *
   * @param value HTML.
   * @param start Start in `source`.
   */
  function htmlBlocks(value: string, start: number): void {
    let sink = createSink()
    let italicOnly = true
    let sawText = false
    let captionDepth = 0
    const flush = () => {
      const text = sink.done()
      if (text.text) {
        const block = createBlock('paragraph', 0, text, {emphasis: italicOnly && sawText})
        block.fromHtml = true
        block.caption = captionDepth > 0 && italicOnly
        result.blocks.push(block)
      }
      sink = createSink()
      italicOnly = true
      sawText = false
    }
    readHtml(
      value,
      start,
      (italic) => {
        sawText = true
        if (!italic) italicOnly = false
        return sink
      },
      (tag, closing, attributes) => {
        if (blockTags.has(tag)) flush()
        if (tag === 'div' || tag === 'figure') {
          if (!closing && /\b(?:image|photo|caption|figure)/i.test(attributes)) captionDepth++
          else if (closing && captionDepth > 0) captionDepth--
        }
      }
    )
    flush()
  }

  /**
   * Tokenize HTML linearly: text goes to a sink, tags to a callback; style,
   * script and comments are hidden.
   *
   * @param value HTML.
   * @param start Start in `source`.
   * @param text Gets the sink for text (with whether it is italic).
   * @param onTag Called for each tag.
   */
  function readHtml(
    value: string,
    start: number,
    text: (italic: boolean) => TextSink,
    onTag: (tag: string, closing: boolean, attributes: string) => void
  ): void {
    const lower = value.toLowerCase()
    let italic = 0
    let index = 0
    let nextClose = -1
    while (index < value.length) {
      const char = value.charAt(index)
      if (char === '<') {
        if (value.startsWith('<!--', index)) {
          const close = value.indexOf('-->', index + 4)
          const end = close < 0 ? value.length : close + 3
          result.hidden.push({reason: 'comment', start: toOriginal(start + index), end: toOriginal(start + end)})
          index = end
          continue
        }
        const tag = /^<(\/?)([A-Z][A-Z\d-]{0,20})/i.exec(value.slice(index, index + 24))
        if (tag) {
          if (nextClose < index) nextClose = value.indexOf('>', index)
          if (nextClose < 0) nextClose = value.length
          const name = (tag[2] ?? '').toLowerCase()
          const closing = tag[1] === '/'
          const attributes = value.slice(index + tag[0].length, nextClose)
          let end = nextClose + 1
          if (!closing && (name === 'style' || name === 'script')) {
            const close = lower.indexOf('</' + name, end)
            const stop = close < 0 ? value.length : close
            result.hidden.push({reason: name, start: toOriginal(start + index), end: toOriginal(start + stop)})
            end = close < 0 ? value.length : Math.max(stop, lower.indexOf('>', stop) + 1)
          }
          if (italicTags.has(name)) italic = Math.max(0, italic + (closing ? -1 : 1))
          onTag(name, closing, attributes)
          index = end
          continue
        }
      }
      if (char === '&') {
        const reference = decodeReference(value, index)
        if (reference) {
          const sink = text(italic > 0)
          for (const part of reference.value.split('')) {
            sink.push(part, toOriginal(start + index), toOriginal(start + reference.end - 1) + 1)
          }
          index = reference.end
          continue
        }
      }
      const code = char.charCodeAt(0)
      const sink = text(italic > 0 || (code !== 0x200b && isSpaceCode(code)))
      const at = toOriginal(start + index)
      sink.push(char, at, at + 1)
      index++
    }
  }

  visit(root.children, 0, 0, false)
  return result
}

/**
 * Make a block.
 *
 * @param type Type.
 * @param depth Depth.
 * @param text Mapped text.
 * @param extra Flags.
 * @returns Block.
 */
function createBlock(
  type: BlockType,
  depth: number,
  text: MappedText,
  extra: {strong?: boolean; emphasis?: boolean; cells?: MappedText[]; leadingStrong?: string | undefined; leadingBreak?: boolean}
): Block {
  return {
    type,
    depth,
    ordered: false,
    strong: extra.strong ?? false,
    emphasis: extra.emphasis ?? false,
    sublist: false,
    caption: false,
    fromHtml: false,
    cells: extra.cells,
    leadingStrong: extra.leadingStrong,
    leadingBreak: extra.leadingBreak ?? false,
    boilerplate: undefined,
    text: text.text,
    starts: text.starts,
    ends: text.ends
  }
}

/**
 * Find whether a paragraph is all bold or all italic, and its leading bold span.
 *
 * @param node Paragraph-like node.
 * @returns Marks.
 */
function inlineMarks(node: Nodes): {strong: boolean; emphasis: boolean; leadingStrong: string | undefined; leadingBreak: boolean} {
  if (!('children' in node) || !Array.isArray(node.children)) {
    return {strong: false, emphasis: false, leadingStrong: undefined, leadingBreak: false}
  }
  const all = node.children as Nodes[]
  const children = (node.children as Nodes[]).filter(
    (child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'break' &&
      !(child.type === 'html' && /^<br\b/i.test(child.value))
  )
  const strong = children.length > 0 && children.every((child) => child.type === 'strong')
  const emphasis = children.length > 0 && children.every((child) => child.type === 'emphasis')
  const first = children[0]
  let leadingStrong: string | undefined
  if (first && first.type === 'strong' && children.length > 1) leadingStrong = plain(first)
  const next = all[all.indexOf(first as Nodes) + 1]
  const leadingBreak = leadingStrong !== undefined && next !== undefined && (next.type === 'break' || (next.type === 'text' && /^[ \t]*\r?\n/.test(next.value)) || (next.type === 'html' && /^<br\b/i.test(next.value)))
  return {strong, emphasis, leadingStrong, leadingBreak}
}

/**
 * Plain text of a small inline node (used for labels only).
 *
 * @param node Node.
 * @returns Text.
 */
function plain(node: Nodes): string {
  // Iterative: a deep tree given to `parseTree` must not overflow the stack.
  let result = ''
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()
    if (!current) continue
    if (current.type === 'text' || current.type === 'inlineCode') result += current.value
    else if ('children' in current && Array.isArray(current.children)) {
      const children = current.children as Nodes[]
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Nodes)
    }
  }
  return result
}
