import {describe, expect, it} from 'vitest'
import {FactsheetError} from './diagnostics/error.js'
import {parseHtmlRelease} from './html/index.js'
import type {Release} from './models/types.js'
import {parseRelease} from './parse.js'
import {createParser, defaultRecognizers, defineRecognizer} from './index.js'

/** The code of the error `run` throws. */
function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(FactsheetError)
    return (error as FactsheetError).code
  }
  return undefined
}

/** Whether a release has no records. */
function isEmpty(release: Release): boolean {
  return release.meetings.length === 0 && release.participants.length === 0 && release.outcomes.length === 0
}

const readout = [
  '# Readout of Secretary Roe’s Meeting with Foreign Minister Tan',
  '',
  'Secretary of State Jane Roe met today with Foreign Minister Ola Tan of Singapore in Washington, D.C. The two sides reaffirmed their partnership.',
  '',
  '- Agreed to expand cooperation on cyber security.',
  '- Discussed regional maritime security.'
].join('\n')

describe('parseRelease misuse', () => {
  it('should throw ERR_FACTSHEET_INVALID_INPUT on input that is not a string', () => {
    for (const input of [42, null, undefined, {}, ['text'], Buffer.from('text')]) {
      expect(codeOf(() => parseRelease(input as never))).toBe('ERR_FACTSHEET_INVALID_INPUT')
    }
  })

  it('should throw ERR_FACTSHEET_INPUT_TOO_LARGE over maxBytes, counting UTF-8 bytes', () => {
    expect(codeOf(() => parseRelease('hello world', {maxBytes: 5}))).toBe('ERR_FACTSHEET_INPUT_TOO_LARGE')
    expect(codeOf(() => parseRelease('ééé', {maxBytes: 5}))).toBe('ERR_FACTSHEET_INPUT_TOO_LARGE')
    expect(codeOf(() => parseRelease('ééé', {maxBytes: 6}))).toBeUndefined()
  })

  it('should accept only the empty string with maxBytes 0', () => {
    expect(codeOf(() => parseRelease('a', {maxBytes: 0}))).toBe('ERR_FACTSHEET_INPUT_TOO_LARGE')
    expect(codeOf(() => parseRelease('', {maxBytes: 0}))).toBeUndefined()
  })

  it('should throw ERR_FACTSHEET_INVALID_OPTION on negative or NaN limits and bad formats', () => {
    expect(codeOf(() => parseRelease('a', {maxBytes: -1}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
    expect(codeOf(() => parseRelease('a', {maxBytes: Number.NaN}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
    expect(codeOf(() => parseRelease('a', {maxDepth: -1}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
    expect(codeOf(() => parseRelease('a', {format: 'html' as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
  })

  it('should throw ERR_FACTSHEET_INVALID_META on bad meta', () => {
    expect(codeOf(() => parseRelease('a', {meta: {author: 'x'} as never}))).toBe('ERR_FACTSHEET_INVALID_META')
    expect(codeOf(() => parseRelease('a', {meta: {published: 'last Tuesday'}}))).toBe('ERR_FACTSHEET_INVALID_META')
    expect(codeOf(() => parseRelease('a', {meta: {timeZone: 'Mars/Olympus'}}))).toBe('ERR_FACTSHEET_INVALID_META')
    expect(codeOf(() => parseRelease('a', {meta: {url: 'www.state.gov'}}))).toBe('ERR_FACTSHEET_INVALID_META')
  })

  it('should check options before the input', () => {
    expect(codeOf(() => parseRelease(42 as never, {format: 'html' as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
  })
})

describe('parseHtmlRelease misuse', () => {
  it('should throw the same codes as parseRelease', () => {
    expect(codeOf(() => parseHtmlRelease(5 as never))).toBe('ERR_FACTSHEET_INVALID_INPUT')
    expect(codeOf(() => parseHtmlRelease('<p>hello</p>', {maxBytes: 3}))).toBe('ERR_FACTSHEET_INPUT_TOO_LARGE')
    expect(codeOf(() => parseHtmlRelease('<p>a</p>', {meta: {published: 'x'}}))).toBe('ERR_FACTSHEET_INVALID_META')
    expect(codeOf(() => parseHtmlRelease('<p>a</p>', {parser: 5 as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
  })
})

describe('createParser misuse', () => {
  it('should throw ERR_FACTSHEET_INVALID_OPTION on bad parser options', () => {
    expect(codeOf(() => createParser(null as never))).toBe('ERR_FACTSHEET_INVALID_OPTION')
    expect(codeOf(() => createParser({recognizers: 'x' as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
    expect(codeOf(() => createParser({recognizers: [{}] as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
    expect(codeOf(() => createParser({formats: [{}] as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
    expect(codeOf(() => createParser({checks: [{}] as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
  })

  it('should throw ERR_FACTSHEET_INVALID_RECOGNIZER on a badly named recognizer', () => {
    expect(codeOf(() => defineRecognizer({name: 'nocolon', kind: 'outcomes', match: () => 0, extract: () => undefined}))).toBe(
      'ERR_FACTSHEET_INVALID_RECOGNIZER'
    )
  })
})

describe('parseRelease on messy input', () => {
  it('should return an empty release with input/empty for empty and blank input', () => {
    for (const input of ['', '   \n\n\t ', '\uFEFF', '---\ntitle: Only front matter\n---\n']) {
      const release = parseRelease(input)
      expect(isEmpty(release)).toBe(true)
      expect(release.kind).toBe('other')
      expect(release.diagnostics.map((diagnostic) => diagnostic.code)).toContain('input/empty')
    }
  })

  it('should return an empty release with input/no-records for junk and unrelated prose', () => {
    for (const input of ['!!!! ### ??? *** \u0000\u0001 <<<>>> ]]]', 'The weather was nice and the sandwiches were good.', '{"json": true}']) {
      const release = parseRelease(input)
      expect(isEmpty(release)).toBe(true)
      expect(release.diagnostics.map((diagnostic) => diagnostic.code)).toContain('input/no-records')
    }
  })

  it('should not throw on pathological nesting, lone surrogates or control characters', () => {
    expect(() => parseRelease('>'.repeat(20_000) + ' deep')).not.toThrow()
    expect(() => parseRelease('- '.repeat(300) + 'x')).not.toThrow()
    expect(() => parseRelease('The sides met \uD800 today.\u0000')).not.toThrow()
    expect(() => parseRelease('<div>'.repeat(5000) + 'text')).not.toThrow()
  })

  // Speed is checked by the benchmark scripts, not here: this checks the mechanism that keeps it linear.
  it('should cap list markers nested on one line before the Markdown parser sees them', () => {
    const release = parseRelease('- '.repeat(1000) + 'x')
    expect(release.diagnostics.map((diagnostic) => diagnostic.code)).toContain('input/nesting-capped')
  })

  it('should not throw on junk HTML', () => {
    const release = parseHtmlRelease('<div><script>alert(1)</script><style>x{}</style></div>')
    expect(isEmpty(release)).toBe(true)
    expect(release.diagnostics.map((diagnostic) => diagnostic.code)).toContain('input/empty')
  })

  it('should report a recognizer that throws and keep going', () => {
    const boom = defineRecognizer({
      name: 'test:boom',
      kind: 'outcomes',
      match: () => 1,
      extract: () => {
        throw new Error('boom')
      }
    })
    const release = createParser({recognizers: [boom, ...defaultRecognizers]}).parse(readout, {referenceDate: '2024-10-30'})
    expect(release.diagnostics).toContainEqual(expect.objectContaining({code: 'recognizer/failed', source: 'test:boom', severity: 'error'}))
    expect(release.outcomes.length).toBeGreaterThan(0)
  })
})

describe('parseRelease', () => {
  it('should give plain data that round-trips through JSON', () => {
    const release = parseRelease(readout, {meta: {published: '2024-10-30'}})
    expect(JSON.parse(JSON.stringify(release))).toEqual(release)
  })

  it('should be deterministic', () => {
    expect(JSON.stringify(parseRelease(readout))).toBe(JSON.stringify(parseRelease(readout)))
  })

  it('should read schemaVersion, kind, title and records', () => {
    const release = parseRelease(readout, {meta: {published: '2024-10-30'}})
    expect(release).toMatchObject({schemaVersion: 1, kind: 'readout', title: 'Readout of Secretary Roe’s Meeting with Foreign Minister Tan'})
    expect(release.meetings[0]).toMatchObject({date: '2024-10-30', location: expect.objectContaining({city: 'Washington', country: 'US'})})
    expect(release.participants.map((participant) => participant.name)).toEqual(['Jane Roe', 'Ola Tan'])
    expect(release.outcomes.map((outcome) => outcome.verb)).toEqual(['reaffirmed', 'agreed', 'discussed'])
  })

  it('should resolve "today" against meta.published', () => {
    expect(parseRelease(readout, {meta: {published: '2024-10-30'}}).meetings[0]?.date).toBe('2024-10-30')
  })

  it('should resolve "today" against referenceDate when nothing gives a publication date', () => {
    const release = parseRelease(readout, {referenceDate: '2020-01-02'})
    expect(release.published).toBeNull()
    expect(release.meetings[0]?.date).toBe('2020-01-02')
  })

  it('should convert a UTC meta.published to the publisher’s local date with meta.timeZone', () => {
    expect(parseRelease(readout, {meta: {published: '2021-07-21T02:14:00Z', timeZone: 'America/New_York'}}).published).toBe('2021-07-20')
    expect(parseRelease(readout, {meta: {published: '2021-07-21T02:14:00Z', timeZone: 'Asia/Tokyo'}}).published).toBe('2021-07-21')
  })

  it('should convert a UTC meta.published with the zone of a known publisher', () => {
    const release = parseRelease(readout, {meta: {published: '2021-07-21T02:14:00Z', url: 'https://www.state.gov/readout/'}})
    expect(release.published).toBe('2021-07-20')
    expect(release.url).toBe('https://www.state.gov/readout/')
  })

  it('should read title, date and url from front matter', () => {
    const release = parseRelease(
      '---\ntitle: "Readout of Secretary Roe\\u2019s Meeting"\ndate: 2024-10-30\nsource_url: https://www.state.gov/x\n---\n\n' + readout.split('\n').slice(2).join('\n')
    )
    expect(release).toMatchObject({title: 'Readout of Secretary Roe’s Meeting', published: '2024-10-30', url: 'https://www.state.gov/x', source: 'state.gov'})
  })

  it('should prefer the body’s metadata over meta', () => {
    const release = parseRelease('---\ntitle: From the body\n---\n\nThe sides met.', {meta: {title: 'From the feed'}})
    expect(release.title).toBe('From the body')
  })

  it('should read a plain-text release with a `Source,Title` line', () => {
    const release = parseRelease('Defense.gov,Readout of the Secretary’s Call\n\nSecretary Roe spoke today with Minister Tan.')
    expect(release).toMatchObject({source: 'Defense.gov', title: 'Readout of the Secretary’s Call'})
  })

  it('should read text as Markdown or plain text as told', () => {
    const text = 'The sides met.\n\n## Not a heading in plain text\n\nThey agreed.'
    expect(parseRelease(text, {format: 'markdown'}).sections.map((section) => section.title)).toEqual(['Not a heading in plain text'])
    expect(parseRelease(text, {format: 'text'}).sections).toEqual([])
  })

  it('should point positions into the original input with \\r\\n line endings', () => {
    const text = readout.replace(/\n/g, '\r\n')
    const release = parseRelease(text, {meta: {published: '2024-10-30'}})
    for (const outcome of release.outcomes) {
      expect(text.slice(outcome.position.start.offset, outcome.position.end.offset)).toBe(outcome.text)
      const line = text.split(/\r\n/)[outcome.position.start.line - 1] ?? ''
      expect(line.slice(outcome.position.start.column - 1)).toContain(outcome.text.slice(0, 10))
    }
  })

  it('should point positions into the original input after a byte order mark', () => {
    const text = '\uFEFF' + readout
    const release = parseRelease(text, {meta: {published: '2024-10-30'}})
    for (const outcome of release.outcomes) {
      expect(text.slice(outcome.position.start.offset, outcome.position.end.offset)).toBe(outcome.text)
    }
  })

  it('should not throw on an unreadable `published_time` when a meeting is dated "today" abroad', () => {
    const text = [
      '---',
      'title: Readout of Secretary Roe’s Meeting with Foreign Minister Sato',
      'url: https://www.state.gov/readout',
      'date: 2024-04-26',
      'published_time: Tuesday',
      '---',
      '',
      'Secretary of State Jane Roe met today with Japanese Foreign Minister Kenji Sato in Tokyo, Japan. The two discussed regional security.'
    ].join('\n')
    const release = parseRelease(text)
    expect(release.meetings[0]?.date).toBe('2024-04-26')
    expect(release.diagnostics.some((diagnostic) => diagnostic.code === 'date/local-date')).toBe(false)
  })

  it('should report an impossible date', () => {
    const release = parseRelease('The ministers met on February 30, 2024 in Oslo.')
    expect(release.diagnostics.map((diagnostic) => diagnostic.code)).toContain('date/impossible')
  })

  it('should set aside an AI disclosure trailer and say the text is likely generated', () => {
    const release = parseRelease(
      readout + '\n\nThe two sides agreed to meet again.\n\nThis article was written by ChatGPT based on the readout.\n\nShare this article'
    )
    expect(release.provenance.generated.likely).toBe(true)
    expect(release.provenance.generated.evidence).toEqual(['This article was written by ChatGPT based on the readout.'])
    expect(release.outcomes.every((outcome) => !/ChatGPT|Share/.test(outcome.text))).toBe(true)
  })
})

describe('parseHtmlRelease', () => {
  it('should read an HTML fragment with positions into the HTML', () => {
    const html = '<p>Secretary of State Jane Roe met today with Foreign Minister Ola Tan of Singapore.</p><ul><li>Agreed to expand cooperation on cyber&nbsp;security.</li></ul>'
    const release = parseHtmlRelease(html, {meta: {published: '2024-10-30'}})
    expect(release.meetings).toHaveLength(1)
    const [outcome] = release.outcomes
    expect(outcome?.text).toBe('Agreed to expand cooperation on cyber security.')
    expect(html.slice(outcome?.position.start.offset, outcome?.position.end.offset)).toBe('Agreed to expand cooperation on cyber&nbsp;security.')
  })

  // Gap: the Markdown path marks `<div class="image">…<i>caption</i></div>`
  // as a caption, but the HTML entry does not: caption names count as mentions.
  it.fails('should set aside an image caption', () => {
    const release = parseHtmlRelease(
      '<p>Secretary of State Jane Roe met today with Foreign Minister Ola Tan.</p><div class="image"><img src="a.jpg" alt=""><i>Secretary Roe meets Foreign Minister Tan.</i></div>',
      {meta: {published: '2024-10-30'}}
    )
    expect(release.provenance.boilerplate.map((item) => item.reason)).toContain('caption')
    expect(release.participants.every((participant) => participant.mentions.length === 1)).toBe(true)
  })

  it('should keep script and style out of the records', () => {
    const release = parseHtmlRelease('<script>Secretary Roe met today with Minister Tan.</script><p>Hello.</p>')
    expect(release.participants).toEqual([])
  })
})
