import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {parseByteSize, parseCommandLine} from '../src/cli/args.js'
import {csvRow} from '../src/cli/csv.js'
import {splitLines} from '../src/cli/lines.js'
import {binaryReason, chooseReader, looksLikeHtml} from '../src/cli/sniff.js'

describe('csvRow', () => {
  it('should quote cells with quotes, commas and line breaks, and end rows in CRLF', () => {
    expect(csvRow(['a', 'say "hi"', 'x,y', 'two\nlines', null, 3])).toBe('a,"say ""hi""","x,y","two\nlines",,3\r\n')
  })

  it('should guard cells that start like a formula', () => {
    expect(csvRow(['=SUM(A1)', '+1', '-2', '@cmd', '\tx', 'a=b'])).toBe("'=SUM(A1),'+1,'-2,'@cmd,'\tx,a=b\r\n")
    expect(csvRow(['=HYPERLINK("x")'])).toBe('"\'=HYPERLINK(""x"")"\r\n')
  })
})

describe('parseByteSize', () => {
  it('should read bytes with binary suffixes', () => {
    expect(parseByteSize('1024')).toBe(1024)
    expect(parseByteSize('512K')).toBe(512 * 1024)
    expect(parseByteSize('4MiB')).toBe(4 * 1024 * 1024)
    expect(parseByteSize('1g')).toBe(1024 ** 3)
    expect(parseByteSize('0')).toBe(0)
  })

  it('should refuse anything else', () => {
    for (const value of ['', '-1', '1.5M', '4 TB', 'lots', '9'.repeat(20)]) expect(parseByteSize(value)).toBeUndefined()
  })
})

describe('parseCommandLine', () => {
  it('should resolve defaults', () => {
    const result = parseCommandLine(['parse', 'a.txt'])
    expect(result).toEqual({
      kind: 'parse',
      config: {inputs: ['a.txt'], inputMode: 'document', inputFormat: 'auto', format: undefined, pretty: undefined, jobs: 1, maxBytes: 4 * 1024 * 1024, meta: undefined, referenceDate: undefined, quiet: false, summary: false}
    })
  })

  it('should collect --meta-* flags for one input', () => {
    const result = parseCommandLine(['parse', '--meta-title', 'T', '--meta-timezone', 'Europe/Lisbon', 'a.txt'])
    expect(result.kind === 'parse' && result.config.meta).toEqual({title: 'T', timeZone: 'Europe/Lisbon'})
  })

  it('should report usage errors', () => {
    expect(parseCommandLine(['parse', '--nope']).kind).toBe('usage-error')
    expect(parseCommandLine(['parse', '--jobs', '0']).kind).toBe('usage-error')
    expect(parseCommandLine(['parse', '--reference-date', 'soon']).kind).toBe('usage-error')
    expect(parseCommandLine(['parse', '--input', 'ndjson', '--meta-title', 'T']).kind).toBe('usage-error')
  })
})

describe('looksLikeHtml and chooseReader', () => {
  it('should tell HTML from Markdown and plain text', () => {
    expect(looksLikeHtml('<p>Office of the Spokesperson</p>')).toBe(true)
    expect(looksLikeHtml('\n  <!DOCTYPE html><html>')).toBe(true)
    expect(looksLikeHtml('Office of the Spokesperson\n<div>text</div>')).toBe(true)
    expect(looksLikeHtml('# Readout\n\nThe Secretary met ...')).toBe(false)
    expect(looksLikeHtml('---\ntitle: x\n---\n<div>raw HTML in Markdown</div>')).toBe(false)
    expect(looksLikeHtml('<https://example.gov> is an autolink')).toBe(false)
    expect(looksLikeHtml('a < b and <pre')).toBe(false)
  })

  it('should let the extension and --input-format win', () => {
    expect(chooseReader('auto', 'x.HTM', '# heading')).toBe('html')
    expect(chooseReader('auto', 'x.md', '<p>x</p>')).toBe('auto')
    expect(chooseReader('auto', 'x.txt', '<p>x</p>')).toBe('html')
    expect(chooseReader('auto', undefined, 'plain')).toBe('auto')
    expect(chooseReader('text', 'x.html', '<p>x</p>')).toBe('text')
  })
})

describe('binaryReason', () => {
  it('should find NUL bytes in the first 8 KiB only', () => {
    expect(binaryReason(Buffer.from('plain text'))).toBeUndefined()
    expect(binaryReason(Buffer.from('ab\0'))).toBe('looks binary (NUL byte at offset 2)')
    expect(binaryReason(Buffer.concat([Buffer.alloc(8192, 'a'), Buffer.from([0])]))).toBeUndefined()
    expect(binaryReason(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe('is UTF-16 encoded; convert it to UTF-8')
  })
})

describe('splitLines', () => {
  it('should split LF and CRLF lines across chunks and skip lines over the limit', async () => {
    const chunks = [Buffer.from('\uFEFFone\r\ntw'), Buffer.from('o\n'), Buffer.from('x'.repeat(50)), Buffer.from('\nthree\n\nfour')]
    const lines = []
    for await (const line of splitLines(Readable.from(chunks), 10)) lines.push(line)
    expect(lines).toEqual([
      {number: 1, text: 'one'},
      {number: 2, text: 'two'},
      {number: 3, text: undefined},
      {number: 4, text: 'three'},
      {number: 5, text: ''},
      {number: 6, text: 'four'}
    ])
  })

  it('should keep multi-byte characters split between chunks', async () => {
    const bytes = Buffer.from('Çavuşoğlu\n')
    const lines = []
    for await (const line of splitLines(Readable.from([bytes.subarray(0, 1), bytes.subarray(1)]), 100)) lines.push(line)
    expect(lines).toEqual([{number: 1, text: 'Çavuşoğlu'}])
  })
})
