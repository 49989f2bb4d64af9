import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {findCuts, parseMarkdown} from './processor.js'

const whole = (markdown: string) => unified().use(remarkParse).parse(markdown)

/** A release-like unit with the constructs that could span a cut. */
function unit(index: number): string {
  return [
    `# Fact Sheet ${index}`,
    '',
    'October 30, 2024\tWashington',
    '',
    '- Reaffirmed the *commitment* to the Alliance &amp; its partners.',
    '- Agreed to meet again.',
    '',
    '  A second paragraph of the item.',
    '',
    '1. First',
    '',
    '2. Second, a loose list',
    '',
    '```',
    'fenced code',
    '',
    'with a blank line and a line that could be cut',
    '```',
    '',
    '<!-- a comment',
    '',
    'that spans a blank line -->',
    '',
    '<div class="image">',
    '',
    '*Photo: the delegations*',
    '',
    '</div>',
    '',
    '> A quotation',
    '',
    'Closing paragraph with \\* an escape.',
    ''
  ].join('\n')
}

describe('parseMarkdown', () => {
  it('parses small input in one go', () => {
    const markdown = unit(0)
    expect(findCuts(markdown, 32_768)).toEqual([])
    expect(parseMarkdown(markdown)).toEqual(whole(markdown))
  })

  it('gives the same tree as one parse when it cuts large input into pieces', () => {
    const markdown = Array.from({length: 300}, (_, index) => unit(index)).join('\n')
    expect(findCuts(markdown, 32_768).length).toBeGreaterThan(2)
    expect(parseMarkdown(markdown)).toEqual(whole(markdown))
  })

  it('keeps positions with CRLF and lone CR line endings', () => {
    const base = Array.from({length: 300}, (_, index) => unit(index)).join('\n')
    for (const ending of ['\r\n', '\r']) {
      const markdown = base.replace(/\n/g, ending)
      expect(findCuts(markdown, 32_768).length).toBeGreaterThan(2)
      expect(parseMarkdown(markdown)).toEqual(whole(markdown))
    }
  })

  it('never cuts inside fenced code or an unclosed HTML block', () => {
    const filler = 'Paragraph text. '.repeat(40) + '\n\n'
    const fenced = '```\n' + filler.repeat(200) + '```\n\nAfter.\n'
    expect(findCuts(fenced, 1000).map((cut) => cut.offset)).toEqual([fenced.indexOf('After.')])
    expect(parseMarkdown(fenced)).toEqual(whole(fenced))
    const comment = '<!--\n\n' + filler.repeat(200) + '-->\n\nAfter.\n'
    expect(findCuts(comment, 1000).map((cut) => cut.offset)).toEqual([comment.indexOf('After.')])
    expect(parseMarkdown(comment)).toEqual(whole(comment))
  })

  it('parses input with link reference definitions whole', () => {
    const markdown = 'See [the release][r].\n\n' + 'Paragraph text. '.repeat(40).concat('\n\n').repeat(200) + '[r]: https://example.org\n'
    expect(findCuts(markdown, 1000)).toEqual([])
    expect(parseMarkdown(markdown)).toEqual(whole(markdown))
  })
})
