import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

/** The Markdown processor, frozen once: it holds no per-call state. */
const processor = unified().use(remarkParse).freeze()

/**
 * Parse Markdown into an mdast tree with positions.
 *
 * @param markdown Markdown.
 * @returns Tree.
 */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown)
}
