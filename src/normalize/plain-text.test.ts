import {describe, expect, it} from 'vitest'
import {toOriginal, type OffsetMap} from './offsets.js'
import {detectFormat, isHeadingLine, plainTextToMarkdown} from './plain-text.js'
import {parseMarkdown} from '../tree/processor.js'
import {toBlocks} from '../tree/blocks.js'

/**
 * Whether the character at `offset` of the rewritten text was copied.
 */
function isCopied(map: OffsetMap, offset: number): boolean {
  let segment = 0
  while (segment + 1 < map.from.length && (map.from[segment + 1] ?? 0) <= offset) segment++
  return map.copied[segment] === true
}

/** Blocks of plain text, as the pipeline reads them. */
function blocksOf(text: string) {
  const {markdown, map} = plainTextToMarkdown(text)
  return toBlocks(parseMarkdown(markdown), markdown, map).blocks
}

const factSheet = [
  'Defense.gov,U.S.-Japan Extended Deterrence Dialogue Fact Sheet',
  '',
  'Overview',
  '',
  'On 12 June 2021, the United States and Japan held the Extended Deterrence Dialogue in Tokyo.',
  '',
  'Key Outcomes:',
  '• Reaffirmed the Alliance.',
  '· Discussed regional security [in detail].',
  '- Agreed to meet again.',
  '1. Welcomed the new *framework* <draft>.',
  '',
  'Cooperation in Space',
  '',
  'The sides discussed 2_000 items | 3 `tools` ~ here \\ there.'
].join('\n')

describe('plainTextToMarkdown', () => {
  it('should read a `Source,Title` first line and set it aside', () => {
    const result = plainTextToMarkdown(factSheet)
    expect(result.sourceLine).toEqual({
      source: 'Defense.gov',
      title: 'U.S.-Japan Extended Deterrence Dialogue Fact Sheet',
      start: 0,
      end: factSheet.indexOf('\n')
    })
    expect(result.markdown).not.toContain('Defense.gov')
  })

  it('should not read a first line with spaces before the comma as a source line', () => {
    expect(plainTextToMarkdown('The Secretary, in Tokyo, met the Minister.').sourceLine).toBeUndefined()
  })

  it('should read a source line only on the first content line', () => {
    expect(plainTextToMarkdown('Intro.\n\nState.gov,Readout').sourceLine).toBeUndefined()
  })

  it('should turn •, ·, - and * bullets into Markdown list items', () => {
    const items = blocksOf('Intro:\n\n• One.\n· Two.\n- Three.\n* Four.').filter((block) => block.type === 'item')
    expect(items.map((block) => block.text)).toEqual(['One.', 'Two.', 'Three.', 'Four.'])
    expect(items.every((block) => !block.ordered)).toBe(true)
  })

  it('should turn numbered lines into an ordered list', () => {
    const items = blocksOf('1. First.\n2. Second.\n3) Third.').filter((block) => block.type === 'item')
    expect(items.map((block) => block.text)).toEqual(['First.', 'Second.', 'Third.'])
    expect(items.every((block) => block.ordered)).toBe(true)
  })

  it('should start a list on its own after a paragraph line', () => {
    const blocks = blocksOf('The sides agreed to:\n• expand training;\n• share data.')
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'item', 'item'])
    expect(blocks[0]?.text).toBe('The sides agreed to:')
  })

  it('should nest a more indented bullet', () => {
    const blocks = blocksOf('• Outer item:\n    • Inner item.')
    expect(blocks.map((block) => [block.type, block.depth, block.text])).toEqual([
      ['item', 1, 'Outer item:'],
      ['item', 2, 'Inner item.']
    ])
  })

  it('should make a bare Title Case line between blank lines a heading', () => {
    const blocks = blocksOf('Intro text here.\n\nCooperation in Space\n\nBody text.')
    expect(blocks[1]).toMatchObject({type: 'heading', depth: 2, text: 'Cooperation in Space'})
  })

  it('should make a `Heading:` line a sub-heading', () => {
    const blocks = blocksOf('Intro text here.\n\nKey Outcomes:\n• Item one.')
    expect(blocks[1]).toMatchObject({type: 'heading', depth: 3, text: 'Key Outcomes:'})
  })

  it('should not make a sentence line a heading', () => {
    const blocks = blocksOf('Intro.\n\nThe two sides met today in Tokyo.\n\nMore.')
    expect(blocks[1]?.type).toBe('paragraph')
  })

  it('should not make a Title Case line inside a paragraph a heading', () => {
    const blocks = blocksOf('First line of a paragraph\nSecond Line Of It\nthird line.')
    expect(blocks).toHaveLength(1)
    expect(blocks[0]?.type).toBe('paragraph')
  })

  it('should not make a date line a heading', () => {
    const blocks = blocksOf('Intro.\n\nOctober 30, 2024\n\nBody.')
    expect(blocks[1]?.type).toBe('paragraph')
  })

  it('should escape characters that Markdown reads as markup', () => {
    const blocks = blocksOf('A *b* _c_ [d](e) <f> | g ~h~ `i` \\j.')
    expect(blocks).toHaveLength(1)
    expect(blocks[0]?.text).toBe('A *b* _c_ [d](e) <f> | g ~h~ `i` \\j.')
  })

  it('should keep a line that starts with `#` as paragraph text', () => {
    const blocks = blocksOf('Intro.\n\n# 1 priority is security.')
    expect(blocks[1]).toMatchObject({type: 'paragraph', text: '# 1 priority is security.'})
  })

  it('should keep a line that starts with `=` as paragraph text', () => {
    const blocks = blocksOf('Intro line\n= not a heading underline')
    expect(blocks).toHaveLength(1)
    expect(blocks[0]?.text).toBe('Intro line = not a heading underline')
  })

  it('should keep a line that starts with `>` as paragraph text', () => {
    const blocks = blocksOf('Intro.\n\n> 50 delegates attended.')
    expect(blocks[1]?.text).toBe('> 50 delegates attended.')
  })

  it('should keep a wrapped line that starts with a year and a period as plain text', () => {
    const blocks = blocksOf('The ministers last met in\n2021. They agreed to meet again.')
    expect(blocks[0]?.text).toBe('The ministers last met in 2021. They agreed to meet again.')
  })

  it('should not turn the line above a `---` separator into a heading', () => {
    const blocks = blocksOf('The sides met today.\n---\nMore text.')
    expect(blocks[0]?.type).toBe('paragraph')
  })

  it('should map every character of the Markdown that came from the input back to the same character', () => {
    const {markdown, map} = plainTextToMarkdown(factSheet)
    let copied = 0
    for (let offset = 0; offset < markdown.length; offset++) {
      if (!isCopied(map, offset)) continue
      copied++
      expect(factSheet.charAt(toOriginal(map, offset))).toBe(markdown.charAt(offset))
    }
    expect(copied).toBeGreaterThan(factSheet.length / 2)
  })

  it('should map copied characters back with \\r\\n line endings', () => {
    const input = factSheet.replace(/\n/g, '\r\n')
    const {markdown, map} = plainTextToMarkdown(input)
    for (let offset = 0; offset < markdown.length; offset++) {
      if (!isCopied(map, offset)) continue
      expect(input.charAt(toOriginal(map, offset))).toBe(markdown.charAt(offset))
    }
  })

  it('should give blocks whose every character slices back to the same input character', () => {
    const blocks = blocksOf(factSheet)
    for (const block of blocks) {
      for (let index = 0; index < block.text.length; index++) {
        const char = block.text.charAt(index)
        if (char === ' ') continue
        expect(factSheet.slice(block.starts[index], block.ends[index])).toBe(char)
      }
    }
  })

  it('should start after `start` (a byte order mark)', () => {
    const result = plainTextToMarkdown('\uFEFFState.gov,Readout of a Call\n\nText.', 1)
    expect(result.sourceLine?.source).toBe('State.gov')
    expect(result.markdown).not.toContain('\uFEFF')
  })

  it('should give empty Markdown for empty text', () => {
    expect(plainTextToMarkdown('').markdown.trim()).toBe('')
  })
})

describe('isHeadingLine', () => {
  it('should accept short Title Case lines', () => {
    expect(isHeadingLine('Key Outcomes')).toBe(true)
    expect(isHeadingLine('Cooperation in Space and Cyber')).toBe(true)
    expect(isHeadingLine('Next Steps:')).toBe(true)
  })

  it('should reject sentences, dates and numbers', () => {
    expect(isHeadingLine('The sides met today.')).toBe(false)
    expect(isHeadingLine('October 30, 2024')).toBe(false)
    expect(isHeadingLine('30 October 2024')).toBe(false)
    expect(isHeadingLine('2024')).toBe(false)
    expect(isHeadingLine('the lower case line')).toBe(false)
  })

  it('should reject lines over twelve words', () => {
    expect(isHeadingLine('One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen')).toBe(false)
  })
})

describe('detectFormat', () => {
  it('should read front matter as Markdown', () => {
    expect(detectFormat('---\ntitle: A\n---\nText')).toBe('markdown')
  })

  it('should read headings with bold or bullets as Markdown', () => {
    expect(detectFormat('# Readout\n\n**Bold** text.')).toBe('markdown')
    expect(detectFormat('## Outcomes\n\n- one\n- two')).toBe('markdown')
  })

  it('should read links with inline HTML as Markdown', () => {
    expect(detectFormat('See [the text](https://example.gov/a).<br>More <strong>here</strong>.')).toBe('markdown')
  })

  it('should read kramdown attribute lists with bold as Markdown', () => {
    expect(detectFormat('{:start="1"}\n1. **The Minister** met.')).toBe('markdown')
  })

  it('should read a plain-text release as text', () => {
    expect(detectFormat(factSheet)).toBe('text')
  })

  it('should read a document that opens with an ATX heading over numbered paragraphs as Markdown', () => {
    expect(detectFormat('# Joint Communiqué of the Ministers\n\n1. The Ministers met in Jakarta.\n\n2. Ministers agreed to meet again.')).toBe('markdown')
  })

  it('should read plain text with a single Markdown-like signal as text', () => {
    expect(detectFormat('Readout\n\n- The sides met.\n- They agreed.')).toBe('text')
  })

  it('should read empty input as text', () => {
    expect(detectFormat('')).toBe('text')
  })
})
