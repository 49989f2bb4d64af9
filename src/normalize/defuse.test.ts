import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fc, test} from '@fast-check/vitest'
import {describe, expect, it} from 'vitest'
import {markdownCategories} from '../../scripts/hostile-inputs.mjs'
import {markdownRelease, plainTextRelease, sampleReleases} from '../../scripts/release-fragments.mjs'
import {toBlocks} from '../tree/blocks.js'
import {parseMarkdown} from '../tree/processor.js'
import {bracketBudget, codeBudget, composeMaps, defuse, defuseHtml, emphasisBudget, maxHtmlDepth, parseBounded, parseUntrusted, splitLongBlocks} from './defuse.js'
import {createRewriter, identityMap, toOriginal, type OffsetMap} from './offsets.js'
import {plainTextToMarkdown} from './plain-text.js'

/**
 * Every character of `parsed` is the original character it maps to, or an
 * inserted backslash.
 *
 * @param original Original.
 * @param parsed Rewritten.
 * @param map Map.
 */
function expectTrueMap(original: string, parsed: string, map: OffsetMap): void {
  for (let index = 0; index < parsed.length; index++) {
    const char = parsed.charAt(index)
    if (char === '\\' && original.charAt(toOriginal(map, index)) !== '\\') continue
    expect(original.charAt(toOriginal(map, index)), `offset ${index}`).toBe(char)
  }
}

describe('defuse', () => {
  it('should leave Markdown within every budget untouched', () => {
    for (const text of [markdownRelease(20_000), '# Title\n\n**bold** and *em* and `code` and [a](b) <!-- c --> <?x?>\n', ...sampleReleases().map((sample) => sample.text)]) {
      const result = defuse(text, identityMap)
      expect(result.parsed).toBe(text)
      expect(result.map).toBe(identityMap)
      expect(result.notes).toEqual([])
    }
  })

  it('should escape container markers past the cap and say so', () => {
    const text = '> - '.repeat(100) + 'deep\n' + '> '.repeat(10) + 'shallow\n'
    const result = defuse(text, identityMap, {maxDepth: 64})
    expect(result.parsed.match(/\\/g)?.length).toBe(1)
    // The 65th marker (`>` and `-` alternate, two characters each) is escaped.
    expect(result.parsed.indexOf('\\')).toBe(64 * 2)
    expect(result.notes.map((note) => note.code)).toEqual(['input/nesting-capped'])
    expect(result.notes[0]?.start).toBe(64 * 2)
    expectTrueMap(text, result.parsed, result.map)
  })

  it('should cap nesting at `maxDepth + 1` markers when that is lower', () => {
    const result = defuse('> > > > x\n', identityMap, {maxDepth: 1})
    expect(result.parsed).toBe('> > \\> > x\n')
  })

  it('should escape emphasis, bracket and backtick delimiters past the budget of a paragraph', () => {
    const emphasis = '*a_ '.repeat(emphasisBudget)
    const brackets = '[a'.repeat(bracketBudget + 10)
    const code = 'e`'.repeat(codeBudget + 10)
    for (const [text, escaped] of [[emphasis, emphasisBudget * 2 - emphasisBudget], [brackets, 10], [code, 10]] as const) {
      const result = defuse(text, identityMap)
      expect(result.parsed.length - text.length).toBe(escaped)
      expect(result.notes.map((note) => note.code)).toEqual(['input/markup-escaped'])
      expectTrueMap(text, result.parsed, result.map)
    }
  })

  it('should count delimiters per paragraph: blank lines, bullets and headings start new ones', () => {
    const paragraph = '*a* '.repeat(emphasisBudget / 2)
    for (const separator of ['\n\n', '\n- ', '\n# x\n']) {
      const text = paragraph + separator + paragraph
      expect(defuse(text, identityMap).parsed).toBe(text)
    }
    const joined = paragraph + '\n' + paragraph + '*a*'
    expect(defuse(joined, identityMap).parsed).not.toBe(joined)
  })

  it('should skip escaped delimiters', () => {
    const text = '\\*'.repeat(emphasisBudget * 2)
    expect(defuse(text, identityMap).parsed).toBe(text)
  })

  it('should escape unclosed HTML comments, instructions, CDATA and declarations, and keep closed ones', () => {
    expect(defuse('a <!-- b', identityMap).parsed).toBe('a \\<!-- b')
    expect(defuse('a <!-- b --> c', identityMap).parsed).toBe('a <!-- b --> c')
    expect(defuse('a <? b', identityMap).parsed).toBe('a \\<? b')
    expect(defuse('a <? b ?>', identityMap).parsed).toBe('a <? b ?>')
    expect(defuse('a <![CDATA[ b', identityMap).parsed).toBe('a \\<![CDATA[ b')
    expect(defuse('a <!X b', identityMap).parsed).toBe('a \\<!X b')
    expect(defuse('a <!X b>', identityMap).parsed).toBe('a <!X b>')
  })

  it('should compose with the map of plain text', () => {
    const text = 'Title\n\n' + '• ' + '[a'.repeat(400) + '\n' + '*b_ '.repeat(300)
    const converted = plainTextToMarkdown(text)
    const result = defuse(converted.markdown, converted.map)
    for (let index = 0; index < result.parsed.length; index++) {
      const char = result.parsed.charAt(index)
      const at = toOriginal(result.map, index)
      expect(at).toBeGreaterThanOrEqual(0)
      expect(at).toBeLessThanOrEqual(text.length)
      if (/[a-z]/.test(char)) expect(text.charAt(at)).toBe(char)
    }
  })
})

describe('composeMaps', () => {
  const edit = fc.record({keep: fc.nat({max: 8}), insert: fc.string({maxLength: 3}), drop: fc.nat({max: 3})})

  /**
   * Rewrite a string with edits.
   *
   * @param value String.
   * @param edits Edits.
   * @returns Rewritten string and map.
   */
  function rewrite(value: string, edits: ReadonlyArray<{keep: number; insert: string; drop: number}>): {value: string; map: OffsetMap} {
    const rewriter = createRewriter(value)
    let at = 0
    for (const step of edits) {
      const keep = Math.min(value.length, at + step.keep)
      rewriter.copy(at, keep)
      rewriter.insert(step.insert, keep)
      at = Math.min(value.length, keep + step.drop)
    }
    rewriter.copy(at, value.length)
    return rewriter.done()
  }

  test.prop([fc.string({maxLength: 60}), fc.array(edit, {maxLength: 10}), fc.array(edit, {maxLength: 10})], {numRuns: 300})(
    'should map every offset as the two maps in turn',
    (original, first, second) => {
      const middle = rewrite(original, first)
      const last = rewrite(middle.value, second)
      const composed = composeMaps(middle.map, last.map, last.value.length)
      for (let index = 0; index <= last.value.length; index++) {
        expect(toOriginal(composed, index)).toBe(toOriginal(middle.map, toOriginal(last.map, index)))
      }
    }
  )
})

/**
 * Blocks of Markdown as plain data.
 *
 * @param root Tree.
 * @param markdown Markdown.
 * @returns Blocks.
 */
function blocksOf(root: ReturnType<typeof parseMarkdown>, markdown: string): unknown[] {
  return toBlocks(root, markdown, identityMap).blocks.map((block) => [block.type, block.depth, block.ordered, block.strong, block.emphasis, block.text, block.starts.join(','), block.ends.join(',')])
}

const corpus = path.resolve('..', 'shared', 'corpus', 'docs')
const documents: Array<[string, string]> = [
  ['markdown release', markdownRelease(30_000, 4)],
  ['plain-text release', plainTextToMarkdown(plainTextRelease(30_000, 6)).markdown],
  ['fences and raw HTML', ('Intro paragraph.\n\n```\ncode\n\n- not a list\n```\n\n<script>\nvar a = 1\n\n- hidden\n</script>\n\n<!--\ncomment\n\n-->\n\n- item\n\n> quote\n\n').repeat(60)],
  ['references', '[Austin]: https://example.gov/austin\n\n' + 'Paragraph of filler text that goes on.\n\n'.repeat(200) + 'Met [Secretary Austin][Austin] and [Austin].\n'],
  ...(existsSync(corpus) ? readdirSync(corpus).filter((name) => name.endsWith('.md')).map((name): [string, string] => [name, readFileSync(path.join(corpus, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')]) : [])
]

describe('parseBounded', () => {
  for (const [name, markdown] of documents) {
    it(`should give the same blocks in chunks as whole, when cut at block boundaries: ${name}`, () => {
      const whole = blocksOf(parseMarkdown(markdown), markdown)
      let compared = 0
      for (const chunkSize of [128, 256, 512, 1024, 2048, 4096]) {
        const {root, forcedSplits} = parseBounded(markdown, {chunkSize})
        // Forced cuts (a block too long for a chunk) change the tree by design.
        if (forcedSplits.length > 0 || markdown.length <= chunkSize * 2) continue
        expect(blocksOf(root, markdown), `chunk size ${chunkSize}`).toEqual(whole)
        compared++
      }
      expect(compared).toBeGreaterThan(0)
    })
  }

  it('should keep script and comment content hidden when it cuts inside them', () => {
    const markdown = 'Intro.\n\n<script>\n' + 'var secret = "SECRET";\n'.repeat(2000) + '</script>\n\n<!--\n' + 'SECRET\n'.repeat(2000) + '-->\n\nOutro.\n'
    const {root, forcedSplits} = parseBounded(markdown, {chunkSize: 256})
    expect(forcedSplits.length).toBeGreaterThan(0)
    const text = toBlocks(root, markdown, identityMap).blocks.map((block) => block.text).join('\n')
    expect(text).toBe('Intro.\nOutro.')
  })

  it('should cut a huge line and keep positions inside the input', () => {
    const markdown = 'A sentence of text. '.repeat(5000) + '\n\n> - '.repeat(2000)
    const {root, forcedSplits} = parseBounded(markdown, {chunkSize: 256})
    expect(forcedSplits.length).toBeGreaterThan(10)
    const blocks = toBlocks(root, markdown, identityMap).blocks
    for (const block of blocks) {
      for (const start of block.starts) {
        expect(start).toBeGreaterThanOrEqual(0)
        expect(start).toBeLessThanOrEqual(markdown.length)
      }
    }
    expect(blocks.map((block) => block.text).join(' ').split('A sentence of text.').length - 1).toBe(5000)
  })

  it('should report forced splits as a note', () => {
    const {notes} = parseUntrusted('x'.repeat(100_000), identityMap)
    expect(notes.map((note) => note.code)).toEqual(['input/block-split'])
  })

  it('should parse every pathological category in chunks with true offsets', () => {
    for (const generate of Object.values(markdownCategories)) {
      const markdown = generate(6000)
      const result = parseUntrusted(markdown, identityMap, {}, {chunkSize: 512})
      for (const block of toBlocks(result.root, result.parsed, result.map).blocks) {
        for (let index = 0; index < block.text.length; index++) {
          const start = block.starts[index] ?? 0
          expect(start).toBeGreaterThanOrEqual(0)
          expect(start).toBeLessThanOrEqual(markdown.length)
        }
      }
    }
  })
})

describe('splitLongBlocks', () => {
  it('should cut long blocks at sentence ends and keep offsets', () => {
    const markdown = 'One sentence here. '.repeat(2000)
    const blocks = toBlocks(parseMarkdown(markdown), markdown, identityMap).blocks
    const result = splitLongBlocks(blocks, 1000)
    expect(result.cuts).toBeGreaterThan(30)
    for (const block of result.blocks) {
      expect(block.text.length).toBeLessThanOrEqual(1000)
      expect(block.text.endsWith('.')).toBe(true)
      expect(markdown.slice(block.starts[0], block.ends[block.ends.length - 1])).toBe(block.text)
    }
  })

  it('should leave short blocks alone', () => {
    const markdown = markdownRelease(10_000)
    const blocks = toBlocks(parseMarkdown(markdown), markdown, identityMap).blocks
    const result = splitLongBlocks(blocks)
    expect(result.cuts).toBe(0)
    expect(result.blocks).toEqual(blocks)
  })
})

describe('defuseHtml', () => {
  it('should leave real HTML unchanged', () => {
    const pages = [...sampleReleases().filter((sample) => sample.format === 'html').map((sample) => sample.text), '<p>a<p>b'.repeat(1000), '<ul>' + '<li>x'.repeat(1000) + '</ul>', '<table>' + '<tr><td>a<td>b'.repeat(500) + '</table>', '<b>x</b>'.repeat(1000)]
    if (existsSync(corpus)) for (const name of readdirSync(corpus).filter((file) => file.endsWith('.html'))) pages.push(readFileSync(path.join(corpus, name), 'utf8'))
    for (const html of pages) expect(defuseHtml(html)).toEqual({html, neutralized: 0, first: -1})
  })

  it('should neutralize tags past the depth, keeping every offset', () => {
    const html = '<div class="a>b">'.repeat(300) + 'text' + '</div>'.repeat(300)
    const result = defuseHtml(html)
    expect(result.html.length).toBe(html.length)
    expect(result.neutralized).toBe(300 - maxHtmlDepth)
    expect(result.first).toBe(maxHtmlDepth * '<div class="a>b">'.length)
    expect(result.html.slice(result.first, result.first + 17)).toBe('<?' + ' '.repeat(14) + '>')
    expect(result.html.indexOf('text')).toBe(html.indexOf('text'))
  })

  it('should count formatting elements the parser reopens', () => {
    const html = Array.from({length: 200}, (_, index) => `<p><b id=${index}>x</p>`).join('')
    expect(defuseHtml(html).neutralized).toBeGreaterThan(0)
    expect(defuseHtml('<p><b>x</p>'.repeat(200)).neutralized).toBe(0)
  })

  it('should skip raw text and comments', () => {
    const html = '<script>' + '<div>'.repeat(500) + '</script><!--' + '<div>'.repeat(500) + '--><textarea>' + '<div>'.repeat(500) + '</textarea>'
    expect(defuseHtml(html).neutralized).toBe(0)
  })
})

describe('composeMaps (end of the new string)', () => {
  it('should map the end where the middle string maps it, when text inserted at the end was dropped', () => {
    // Middle "12345 ·" (a space inserted after 5 characters, one dropped, a space inserted at the end);
    // the new string drops the middle's last character again.
    const outer: OffsetMap = {from: [0, 5, 6, 7], to: [0, 5, 5, 7], copied: [true, false, true, false]}
    const inner: OffsetMap = {from: [0], to: [0], copied: [true]}
    const composed = composeMaps(outer, inner, 7)
    for (let index = 0; index <= 7; index++) expect(toOriginal(composed, index), String(index)).toBe(toOriginal(outer, toOriginal(inner, index)))
  })
})
