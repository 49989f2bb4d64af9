// Hostile inputs: each returns a JSON-safe, schema-valid Release with true
// positions within a few seconds, or, for misuse, throws an error with a
// string `code`. The time bound is a generous safety net only: the speed
// checks live in scripts/bench-robust.mjs.
import {describe, expect, it} from 'vitest'
import {htmlCategories, markdownCategories} from '../scripts/hostile-inputs.mjs'
import {markdownRelease} from '../scripts/release-fragments.mjs'
import {parseHtmlRelease} from '../src/html/index.js'
import {createParser, FactsheetError, parseRelease} from '../src/index.js'
import type {Release} from '../src/index.js'
import {releaseProblems} from './robust-helpers.js'

/** Safety net per parse, in milliseconds (the machine may be loaded). */
const bound = 20_000

/**
 * Parse with an entry point, and check the time bound and every invariant.
 *
 * @param input Input.
 * @param parse Entry point.
 * @returns The release.
 */
function checked(input: string, parse: (text: string) => Release): Release {
  const start = performance.now()
  const release = parse(input)
  expect(performance.now() - start).toBeLessThan(bound)
  expect(releaseProblems(release, input)).toEqual([])
  return release
}

/**
 * Check both entry points on an input.
 *
 * @param input Input.
 * @returns Releases from `parseRelease` and `parseHtmlRelease`.
 */
function checkedBoth(input: string): [Release, Release] {
  return [checked(input, (text) => parseRelease(text)), checked(input, (text) => parseHtmlRelease(text))]
}

describe('hostile Markdown (cmark pathological categories and micromark floods)', () => {
  for (const [name, generate] of Object.entries(markdownCategories)) {
    it(`should return a sound release for “${name}”`, () => {
      checkedBoth(generate(64 * 1024))
    })
  }
})

describe('hostile HTML', () => {
  for (const [name, generate] of Object.entries(htmlCategories)) {
    it(`should return a sound release for “${name}”`, () => {
      checkedBoth(generate(64 * 1024))
    })
  }
})

describe('hostile text', () => {
  const text = 'Minister Haruka Sato met Minister Claire Dubois in Ottawa on March 3, 2026. The two ministers agreed to hold talks.'
  const cases: Record<string, string> = {
    'NUL and control bytes': Array.from({length: 4096}, (_, index) => String.fromCharCode(index % 32)).join('') + text + '\u0000\u007F\u0085\u009F',
    'lone surrogates': '\uD800' + text + '\uDC00\uDBFF\uD800x\uDFFF'.repeat(1000),
    'BOMs and odd line breaks': '\uFEFF' + text + '\r' + text + '\u2028' + text + '\u2029\u0085\v\f' + text + '\r\n\r\r\n\uFEFF' + text,
    'carriage returns only': ['Readout', '', text, '', '• Agreed to hold talks.', '• Reaffirmed the alliance.'].join('\r'),
    mojibake: 'Minister â€œHaruka Satoâ€\u009d met Ã©lÃ¨ve Claire Dubois â€” they agreed to hold talks.\n'.repeat(200),
    'bidi controls': ('\u202EMinister \u2067Haruka Sato\u2069 met \u202DMinister Claire Dubois\u202C.\u200F\u200E ').repeat(500),
    'combining-mark flood': 'Minister Sato a' + '\u0301'.repeat(100_000) + ' met Minister Dubois.',
    '100k-repeat title': '# ' + 'Joint Statement '.repeat(100_000) + '\n\n' + text,
    '100k-repeat front-matter title': '---\ntitle: "' + 'Fact Sheet '.repeat(100_000) + '"\n---\n\n' + text,
    '100k-repeat names': 'Minister Haruka Sato, '.repeat(100_000) + 'met.',
    'impossible dates': 'On February 30, 2026, 2026-13-45, the 31st of June 2026 and 0000-00-00, ' + text,
    'entity flood': '&amp;&#x2019;&bogus;&#0;&#xD800;&#1114112;&'.repeat(5000),
    'one very long word': 'Minister ' + 'a'.repeat(1_000_000) + ' met.',
    'only whitespace': ' \t\n\u00A0\u3000\u2028'.repeat(1000),
    empty: ''
  }
  for (const [name, input] of Object.entries(cases)) {
    it(`should return a sound release for ${name}`, () => {
      checkedBoth(input)
    })
  }

  it('should report impossible dates as diagnostics', () => {
    const [release] = checkedBoth(cases['impossible dates'] ?? '')
    expect(release.diagnostics.some((diagnostic) => diagnostic.code === 'date/impossible')).toBe(true)
  })
})

describe('deep trees never overflow the stack', () => {
  const deep: Record<string, string> = {
    '5,000 levels of `>`': '> '.repeat(5000) + 'Minister Sato met Minister Dubois.',
    '5,000 list markers on one line': '- '.repeat(5000) + 'Minister Sato met Minister Dubois.',
    '5,000 lines of `>` nesting': Array.from({length: 5000}, (_, index) => '> '.repeat(Math.min(index, 60)) + 'quote').join('\n'),
    '1,000 levels of indented lists': Array.from({length: 1000}, (_, index) => '  '.repeat(index) + '- Minister Sato met.').join('\n'),
    '5,000 nested `<div>` in Markdown': '<div>'.repeat(5000) + 'Minister Sato met Minister Dubois.' + '</div>'.repeat(5000),
    '5,000 nested `<div>`': '<div>'.repeat(5000) + '<p>Minister Sato met Minister Dubois.</p>' + '</div>'.repeat(5000),
    '5,000 nested `<ul><li>`': '<ul><li>'.repeat(5000) + 'Minister Sato met Minister Dubois.',
    '5,000 nested `<blockquote>`': '<blockquote>'.repeat(5000) + 'Minister Sato met Minister Dubois.',
    '20,000 unclosed `<b>`': '<b>'.repeat(20_000) + 'Minister Sato met Minister Dubois.'
  }
  for (const [name, input] of Object.entries(deep)) {
    it(`should parse ${name}`, () => {
      const [markdown, html] = checkedBoth(input)
      expect(JSON.parse(JSON.stringify(markdown))).toEqual(markdown)
      expect(JSON.parse(JSON.stringify(html))).toEqual(html)
    })
  }

  it('should flag capped nesting with a diagnostic', () => {
    const markdown = parseRelease('> '.repeat(5000) + 'x', {format: 'markdown'})
    expect(markdown.diagnostics.map((diagnostic) => diagnostic.code)).toContain('input/nesting-capped')
    const html = parseHtmlRelease('<div>'.repeat(5000) + 'x')
    expect(html.diagnostics.map((diagnostic) => diagnostic.code)).toContain('input/nesting-capped')
  })

  it('should walk a 100,000-level mdast tree given to `parseTree`, even with a huge `maxDepth`', () => {
    const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}}
    let node: Record<string, unknown> = {type: 'paragraph', children: [{type: 'strong', children: [{type: 'text', value: 'Talk', position}]}, {type: 'text', value: ' x'}]}
    for (let level = 0; level < 100_000; level++) node = {type: level % 2 ? 'blockquote' : 'emphasis', children: [node]}
    const tree = {type: 'root', children: [{type: 'paragraph', children: [node]}, node]} as unknown as Parameters<ReturnType<typeof createParser>['parseTree']>[0]
    for (const maxDepth of [64, 1_000_000_000]) {
      const release = createParser().parseTree(tree, 'Talk x', {maxDepth})
      expect(releaseProblems(release, 'Talk x')).toEqual([])
    }
  })
})

describe('script content never reaches the output', () => {
  const secret = 'SECRET_MARKER_41'
  const script = `<script>var a = "${secret}"; document.write('<p>${secret}</p>')</script>`
  const inputs: Record<string, string> = {
    'an HTML fragment': `<p>Minister Sato met Minister Dubois.</p>${script}<p>They agreed.</p>`,
    'a script in a list item': `<ul><li>Agreed to talk.${script}</li></ul>`,
    'an unclosed script': `<p>Minister Sato met.</p><script>${secret}`,
    'a style and a comment': `<style>.x{content:"${secret}"}</style><!-- ${secret} --><p>Minister Sato met.</p>`,
    'a script block in Markdown': `# Readout\n\nMinister Sato met.\n\n${script}\n\nThey agreed.`,
    'a script inline in Markdown': `Minister Sato met ${script} Minister Dubois.`,
    'an unclosed script block in Markdown': `Minister Sato met.\n\n<script>\n${secret}\n\n- ${secret}\n`,
    'a script in a long Markdown document': markdownRelease(40_000) + `\n<script>\n${`var x = "${secret}";\n\n- ${secret}\n`.repeat(4000)}</script>\n\n` + markdownRelease(40_000, 2),
    'a script after a long paragraph': `<script>\n${('x '.repeat(50) + secret + '\n').repeat(2000)}</script>\n\nMinister Sato met.`
  }
  for (const [name, input] of Object.entries(inputs)) {
    it(`should hide the script of ${name}`, () => {
      for (const release of checkedBoth(input)) expect(JSON.stringify(release)).not.toContain(secret)
    })
  }
})

describe('misuse throws a FactsheetError with a string code', () => {
  const notStrings: unknown[] = [undefined, null, 42, true, {}, [], new String('x'), Symbol('x'), 10n, () => 'x', new Uint8Array([65])]
  for (const value of notStrings) {
    it(`should reject ${typeof value === 'symbol' ? 'a symbol' : typeof value === 'function' ? 'a function' : Object.prototype.toString.call(value)} as input`, () => {
      for (const parse of [parseRelease, parseHtmlRelease] as Array<(text: unknown) => unknown>) {
        expect(() => parse(value)).toThrow(expect.objectContaining({code: 'ERR_FACTSHEET_INVALID_INPUT'}))
      }
    })
  }

  it('should reject input over the default 4 MiB', () => {
    const input = 'a'.repeat(4 * 1024 * 1024 + 1)
    for (const parse of [parseRelease, parseHtmlRelease]) {
      let error: unknown
      try {
        parse(input)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(FactsheetError)
      expect((error as FactsheetError).code).toBe('ERR_FACTSHEET_INPUT_TOO_LARGE')
    }
  })

  it('should count bytes as UTF-8', () => {
    expect(() => parseRelease('é'.repeat(6), {maxBytes: 11})).toThrow(expect.objectContaining({code: 'ERR_FACTSHEET_INPUT_TOO_LARGE'}))
    expect(parseRelease('é'.repeat(6), {maxBytes: 12}).schemaVersion).toBe(1)
    expect(() => parseRelease('😀'.repeat(3), {maxBytes: 11})).toThrow(expect.objectContaining({code: 'ERR_FACTSHEET_INPUT_TOO_LARGE'}))
    expect(parseRelease('😀'.repeat(3), {maxBytes: 12}).schemaVersion).toBe(1)
  })
})
