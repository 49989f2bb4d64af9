import {describe, expect, it} from 'vitest'
import {readFrontMatter} from './front-matter.js'

describe('readFrontMatter', () => {
  it('should read flat keys and say where the body starts', () => {
    const text = '---\ntitle: Readout of a Meeting\ndate: 2024-10-30\n---\nBody text.'
    const result = readFrontMatter(text)
    expect(result?.data['title']).toBe('Readout of a Meeting')
    expect(result?.data['date']).toBe('2024-10-30')
    expect(text.slice(result?.end)).toBe('Body text.')
  })

  it('should return undefined without an opening fence', () => {
    expect(readFrontMatter('title: x\n---\nBody')).toBeUndefined()
  })

  it('should return undefined when the opening fence has more on its line', () => {
    expect(readFrontMatter('--- title\nx: y\n---\n')).toBeUndefined()
  })

  it('should return undefined when the closing fence is missing', () => {
    expect(readFrontMatter('---\ntitle: Readout\ndate: 2024-10-30\n\nBody text.')).toBeUndefined()
  })

  it('should accept `...` as the closing fence', () => {
    expect(readFrontMatter('---\ntitle: A\n...\nBody')?.data['title']).toBe('A')
  })

  it('should read fences with \\r\\n line endings', () => {
    const text = '---\r\ntitle: Readout\r\n---\r\nBody'
    const result = readFrontMatter(text)
    expect(result?.data['title']).toBe('Readout')
    expect(text.slice(result?.end)).toBe('Body')
  })

  it('should start after a byte order mark when told to', () => {
    const text = '\uFEFF---\ntitle: A\n---\nBody'
    expect(readFrontMatter(text, 1)?.data['title']).toBe('A')
  })

  it('should read single-quoted values with doubled quotes', () => {
    const result = readFrontMatter("---\ntitle: 'Secretary''s Meeting: Outcomes'\n---\n")
    expect(result?.data['title']).toBe("Secretary's Meeting: Outcomes")
  })

  it('should read double-quoted values with a colon inside', () => {
    const result = readFrontMatter('---\ntitle: "Joint Statement: The Partnership"\n---\n')
    expect(result?.data['title']).toBe('Joint Statement: The Partnership')
  })

  it('should decode \\u escapes in double-quoted values', () => {
    const result = readFrontMatter('---\ntitle: "Secretary\\u2019s Call"\n---\n')
    expect(result?.data['title']).toBe('Secretary’s Call')
  })

  it('should decode \\_ as a no-break space', () => {
    const result = readFrontMatter('---\ntitle: "Lloyd\\_Austin"\n---\n')
    expect(result?.data['title']).toBe('Lloyd\u00A0Austin')
  })

  it('should decode \\x and \\" escapes', () => {
    const result = readFrontMatter('---\ntitle: "\\x41 \\"quoted\\""\n---\n')
    expect(result?.data['title']).toBe('A "quoted"')
  })

  it('should join an escaped line break without a space', () => {
    const result = readFrontMatter('---\ntitle: "Fact Sheet on the Secu\\\n  rity Dialogue"\n---\n')
    expect(result?.data['title']).toBe('Fact Sheet on the Security Dialogue')
  })

  it('should fold a double-quoted value over several lines into one space', () => {
    const result = readFrontMatter('---\ntitle: "Readout of the\n  Meeting with\n  the Minister"\n---\n')
    expect(result?.data['title']).toBe('Readout of the Meeting with the Minister')
  })

  it('should fold a plain value over several indented lines', () => {
    const result = readFrontMatter('---\ntitle: Joint Statement of the\n  Ministers of Foreign Affairs\ndate: 2024-01-02\n---\n')
    expect(result?.data['title']).toBe('Joint Statement of the Ministers of Foreign Affairs')
    expect(result?.data['date']).toBe('2024-01-02')
  })

  it('should fold a single-quoted value over several lines', () => {
    const result = readFrontMatter("---\ntitle: 'Readout of the\n  Call'\n---\n")
    expect(result?.data['title']).toBe('Readout of the Call')
  })

  it('should drop a trailing comment from a plain value', () => {
    expect(readFrontMatter('---\nsource: State # the agency\n---\n')?.data['source']).toBe('State')
  })

  it('should skip block scalars, lists, maps and nulls', () => {
    const result = readFrontMatter('---\ntags: [a, b]\nauthor: {name: x}\nbody: |\n  text\nempty:\nnothing: null\ntitle: Kept\n---\n')
    expect(result?.data['tags']).toBeUndefined()
    expect(result?.data['author']).toBeUndefined()
    expect(result?.data['body']).toBeUndefined()
    expect(result?.data['empty']).toBeUndefined()
    expect(result?.data['nothing']).toBeUndefined()
    expect(result?.data['title']).toBe('Kept')
  })

  it('should keep a `__proto__` key as data without polluting prototypes', () => {
    const result = readFrontMatter('---\n__proto__: polluted\nconstructor: x\ntitle: Safe\n---\n')
    expect(result?.data['__proto__']).toBe('polluted')
    expect(result?.data['title']).toBe('Safe')
    expect(Object.getPrototypeOf(result?.data)).toBeNull()
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('should read keys with hyphens and underscores', () => {
    const result = readFrontMatter('---\nsource_url: https://example.gov/a\npublished-time: 2024-10-30T12:00:00Z\n---\n')
    expect(result?.data['source_url']).toBe('https://example.gov/a')
    expect(result?.data['published-time']).toBe('2024-10-30T12:00:00Z')
  })

  it('should end at the end of the input when the closing fence is the last line', () => {
    const text = '---\ntitle: A\n---'
    expect(readFrontMatter(text)?.end).toBe(text.length)
  })
})
