import {describe, expect, it} from 'vitest'
import {identityMap} from '../normalize/offsets.js'
import {plainTextToMarkdown} from '../normalize/plain-text.js'
import {toBlocks, type Block} from './blocks.js'
import {parseMarkdown} from './processor.js'

/** Blocks of Markdown read with the identity map. */
function blocksOf(markdown: string, maxDepth?: number) {
  return toBlocks(parseMarkdown(markdown), markdown, identityMap, maxDepth === undefined ? {} : {maxDepth})
}

/** The original span of a whole block. */
function sliceOf(source: string, block: Block): string {
  return source.slice(block.starts[0], block.ends[block.ends.length - 1])
}

/**
 * Check that every character of a block points at itself in the source, or
 * at the escape or character reference it was read from.
 */
function expectTraceable(source: string, block: Block): void {
  expect(block.starts).toHaveLength(block.text.length)
  expect(block.ends).toHaveLength(block.text.length)
  for (let index = 0; index < block.text.length; index++) {
    const char = block.text.charAt(index)
    if (char === ' ') continue
    const slice = source.slice(block.starts[index], block.ends[index])
    if (slice === char) continue
    // Escapes and references: `\*`, `&amp;`, `&#8217;`.
    expect(slice).toMatch(/^\\.$|^&#?[\da-z]+;$/i)
  }
}

describe('toBlocks', () => {
  it('should decode &nbsp;, &amp; and numeric references', () => {
    const source = 'The Minister&nbsp;met A&amp;B on the President&#8217;s day.'
    const [block] = blocksOf(source).blocks
    expect(block?.text).toBe('The Minister met A&B on the President’s day.')
    expectTraceable(source, block as Block)
  })

  it('should point a decoded reference at its place in the source', () => {
    const source = 'A&amp;B and the President&#8217;s'
    const [block] = blocksOf(source).blocks
    expect(block?.text).toBe('A&B and the President’s')
    expect(block?.starts[1]).toBe(1)
    expect(source.slice(block?.starts[2], block?.ends[2])).toBe('B')
    const quote = block?.text.indexOf('’') ?? -1
    expect(source.slice(block?.starts[quote], block?.ends[quote])).toBe('&#8217;')
  })

  it('should drop backslash escapes from the text but point at them', () => {
    const source = 'Not \\*emphasis\\* here.'
    const [block] = blocksOf(source).blocks
    expect(block?.text).toBe('Not *emphasis* here.')
    expect(source.slice(block?.starts[4], block?.ends[4])).toBe('\\*')
  })

  it('should read `<sup>st</sup>` as text', () => {
    const [block] = blocksOf('The 1<sup>st</sup> Meeting of the Committee.').blocks
    expect(block?.text).toBe('The 1st Meeting of the Committee.')
  })

  it('should read a raw HTML image block with an italic caption as a caption', () => {
    const source = '<div class="image"><img src="a.jpg" alt=""><i>Secretary Roe meets Minister Tan.</i></div>\n\nThe sides met.'
    const {blocks} = blocksOf(source)
    expect(blocks[0]).toMatchObject({text: 'Secretary Roe meets Minister Tan.', caption: true, emphasis: true, fromHtml: true})
    expect(sliceOf(source, blocks[0] as Block)).toBe('Secretary Roe meets Minister Tan.')
    expect(blocks[1]).toMatchObject({text: 'The sides met.', caption: false})
  })

  it('should not read plain text in a raw HTML block as a caption', () => {
    const {blocks} = blocksOf('<div><p>The sides met in <b>Oslo</b>.</p></div>')
    expect(blocks[0]).toMatchObject({text: 'The sides met in Oslo.', caption: false, fromHtml: true})
  })

  it('should hide `<style>` and `<script>` content and comments', () => {
    const source = '<style>p { color: red }</style>\n\n<p>Kept.</p><!-- gone --><script>var x = 1</script>'
    const {blocks, hidden} = blocksOf(source)
    expect(blocks.map((block) => block.text)).toEqual(['Kept.'])
    expect(hidden.map((span) => span.reason).sort()).toEqual(['comment', 'script', 'style'])
    const style = hidden.find((span) => span.reason === 'style')
    expect(source.slice(style?.start, style?.end)).toContain('color: red')
  })

  it('should split a raw HTML block at block tags', () => {
    const {blocks} = blocksOf('<p>One.</p><p>Two.</p>')
    expect(blocks.map((block) => block.text)).toEqual(['One.', 'Two.'])
  })

  it('should collapse whitespace and trim the ends', () => {
    const source = '   The   sides\n   met\t\ttoday.   '
    const [block] = blocksOf(source).blocks
    expect(block?.text).toBe('The sides met today.')
    expectTraceable(source, block as Block)
  })

  it('should read a hard break as a space', () => {
    expect(blocksOf('One  \ntwo<br>three').blocks[0]?.text).toBe('One two three')
  })

  it('should keep link text and drop images', () => {
    expect(blocksOf('See [the statement](https://example.gov) ![photo](a.jpg) now.').blocks[0]?.text).toBe('See the statement now.')
  })

  it('should read headings with their rank', () => {
    const {blocks} = blocksOf('# Title\n\n### Sub')
    expect(blocks.map((block) => [block.type, block.depth, block.text])).toEqual([
      ['heading', 1, 'Title'],
      ['heading', 3, 'Sub']
    ])
  })

  it('should read list items with their nesting and whether they are numbered', () => {
    const {blocks} = blocksOf('1. First\n   - Inner\n2. Second')
    expect(blocks.map((block) => [block.type, block.depth, block.ordered, block.sublist, block.text])).toEqual([
      ['item', 1, true, true, 'First'],
      ['item', 2, false, false, 'Inner'],
      ['item', 1, true, false, 'Second']
    ])
  })

  it('should mark an all-bold paragraph as strong and a bold lead-in as leadingStrong', () => {
    const {blocks} = blocksOf('**Key Outcomes**\n\n**HEALTH:** The sides agreed.')
    expect(blocks[0]).toMatchObject({strong: true, leadingStrong: undefined})
    expect(blocks[1]).toMatchObject({strong: false, leadingStrong: 'HEALTH:', text: 'HEALTH: The sides agreed.'})
  })

  it('should note a line break after a bold lead-in', () => {
    const [block] = blocksOf('**Maritime Security**  \nThe sides agreed.').blocks
    expect(block).toMatchObject({leadingStrong: 'Maritime Security', leadingBreak: true})
  })

  it('should mark an all-italic paragraph as emphasis', () => {
    expect(blocksOf('*The Secretary looks on.*').blocks[0]?.emphasis).toBe(true)
  })

  it('should read paragraphs inside block quotes', () => {
    expect(blocksOf('> Quoted **text**.').blocks[0]?.text).toBe('Quoted text.')
  })

  it('should read thematic breaks as rules', () => {
    const {blocks} = blocksOf('One.\n\n---\n\nTwo.')
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'rule', 'paragraph'])
  })

  it('should flatten nesting deeper than maxDepth', () => {
    const deep = Array.from({length: 6}, (_, index) => '  '.repeat(index) + '- level ' + (index + 1)).join('\n')
    const result = blocksOf(deep, 2)
    expect(result.flattened).toBe(true)
    expect(result.blocks.map((block) => block.text).join(' ')).toContain('level 6')
  })

  it('should not overflow the stack on very deep nesting', () => {
    const deep = '>'.repeat(5000) + ' deep'
    expect(() => blocksOf(deep)).not.toThrow()
  })

  it('should point every block character into the original input through the offset map', () => {
    const original = 'Readout\n\nThe Minister & the *Secretary* met.\n\n• They agreed [to meet].'
    const {markdown, map} = plainTextToMarkdown(original)
    const {blocks} = toBlocks(parseMarkdown(markdown), markdown, map)
    expect(blocks.map((block) => block.text)).toEqual(['Readout', 'The Minister & the *Secretary* met.', 'They agreed [to meet].'])
    for (const block of blocks) {
      for (let index = 0; index < block.text.length; index++) {
        if (block.text.charAt(index) === ' ') continue
        expect(original.slice(block.starts[index], block.ends[index])).toBe(block.text.charAt(index))
      }
    }
  })
})
