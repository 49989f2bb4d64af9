import {describe, expect, it} from 'vitest'
import {createRewriter, identityMap} from '../normalize/offsets.js'
import {createSink, decodeReference, pushAligned, sliceMapped, spanOf} from './text.js'

describe('createSink', () => {
  it('should collapse runs of whitespace and no-break spaces into one space', () => {
    const sink = createSink()
    const text = 'a \u00A0\t b'
    for (let index = 0; index < text.length; index++) sink.push(text.charAt(index), index, index + 1)
    expect(sink.done().text).toBe('a b')
  })

  it('should trim leading and trailing whitespace', () => {
    const sink = createSink()
    const text = '  ab  '
    for (let index = 0; index < text.length; index++) sink.push(text.charAt(index), index, index + 1)
    expect(sink.done()).toEqual({text: 'ab', starts: [2, 3], ends: [3, 4]})
  })

  it('should drop control and bidirectional formatting characters', () => {
    const sink = createSink()
    const text = 'a\u0007b\u200Ec\u202Ad'
    for (let index = 0; index < text.length; index++) sink.push(text.charAt(index), index, index + 1)
    expect(sink.done().text).toBe('abcd')
  })

  it('should put a collapsed space at the first whitespace of its run', () => {
    const sink = createSink()
    const text = 'a   b'
    for (let index = 0; index < text.length; index++) sink.push(text.charAt(index), index, index + 1)
    const result = sink.done()
    expect(result.starts[1]).toBe(1)
  })

  it('should add a separator space only between characters', () => {
    const sink = createSink()
    sink.space(0)
    sink.push('a', 0, 1)
    sink.space(1)
    sink.push('b', 5, 6)
    sink.space(6)
    expect(sink.done().text).toBe('a b')
  })
})

describe('decodeReference', () => {
  it('should decode named, decimal and hexadecimal references', () => {
    expect(decodeReference('&amp;', 0)).toEqual({value: '&', end: 5})
    expect(decodeReference('x&nbsp;y', 1)).toEqual({value: '\u00A0', end: 7})
    expect(decodeReference('&#8217;', 0)).toEqual({value: '’', end: 7})
    expect(decodeReference('&#x2019;', 0)).toEqual({value: '’', end: 8})
  })

  it('should decode invalid code points to the replacement character', () => {
    expect(decodeReference('&#0;', 0)?.value).toBe('\uFFFD')
    expect(decodeReference('&#xD800;', 0)?.value).toBe('\uFFFD')
  })

  it('should not decode unknown names, missing semicolons or bare ampersands', () => {
    expect(decodeReference('&notanentity;', 0)).toBeUndefined()
    expect(decodeReference('&amp', 0)).toBeUndefined()
    expect(decodeReference('A & B; C', 2)).toBeUndefined()
  })
})

describe('pushAligned', () => {
  it('should skip backslash escapes and point at them', () => {
    const source = 'a\\*b'
    const sink = createSink()
    pushAligned(sink, 'a*b', source, 0, source.length, identityMap)
    const result = sink.done()
    expect(result.text).toBe('a*b')
    expect(source.slice(result.starts[1], result.ends[1])).toBe('\\*')
  })

  it('should skip character references and point at them', () => {
    const source = 'x&#8217;s'
    const sink = createSink()
    pushAligned(sink, 'x’s', source, 0, source.length, identityMap)
    const result = sink.done()
    expect(source.slice(result.starts[1], result.ends[1])).toBe('&#8217;')
    expect(source.slice(result.starts[2], result.ends[2])).toBe('s')
  })

  it('should map through an offset map to the original input', () => {
    const original = 'a*b'
    const rewriter = createRewriter(original)
    rewriter.copy(0, 1)
    rewriter.insert('\\', 1)
    rewriter.copy(1, 3)
    const {value, map} = rewriter.done()
    const sink = createSink()
    pushAligned(sink, 'a*b', value, 0, value.length, map)
    const result = sink.done()
    expect(result.text).toBe('a*b')
    for (let index = 0; index < result.text.length; index++) {
      expect(original.slice(result.starts[index], result.ends[index]).endsWith(result.text.charAt(index))).toBe(true)
    }
  })

  it('should pin characters past the end of the source at the end', () => {
    const sink = createSink()
    pushAligned(sink, 'abc', 'ab', 0, 2, identityMap)
    expect(sink.done()).toEqual({text: 'abc', starts: [0, 1, 2], ends: [1, 2, 2]})
  })
})

describe('sliceMapped', () => {
  it('should slice text and offsets together and trim spaces', () => {
    const mapped = {text: 'ab cd', starts: [0, 1, 2, 5, 6], ends: [1, 2, 5, 6, 7]}
    expect(sliceMapped(mapped, 2, 5)).toEqual({text: 'cd', starts: [5, 6], ends: [6, 7]})
  })

  it('should clamp out-of-range indexes', () => {
    const mapped = {text: 'ab', starts: [0, 1], ends: [1, 2]}
    expect(sliceMapped(mapped, -3, 10).text).toBe('ab')
  })
})

describe('spanOf', () => {
  it('should give the original span from the first start to the last end', () => {
    const mapped = {text: 'ab cd', starts: [10, 11, 12, 20, 21], ends: [11, 12, 13, 21, 22]}
    expect(spanOf(mapped)).toEqual([10, 22])
    expect(spanOf(mapped, 3, 5)).toEqual([20, 22])
  })

  it('should give an empty span for an empty range', () => {
    const mapped = {text: 'ab', starts: [4, 5], ends: [5, 6]}
    expect(spanOf(mapped, 1, 1)).toEqual([5, 5])
  })

  it('should give an empty span at 0 for empty text', () => {
    expect(spanOf({text: '', starts: [], ends: []})).toEqual([0, 0])
  })
})

describe('pushAligned with astral characters', () => {
  it('should give each UTF-16 unit of a decoded astral reference its own offsets', async () => {
    const {createSink, pushAligned} = await import('./text.js')
    const {identityMap} = await import('../normalize/offsets.js')
    const source = '&#x22019;in at'
    const sink = createSink()
    pushAligned(sink, '\u{22019}in at', source, 0, source.length, identityMap)
    const mapped = sink.done()
    expect(mapped.text).toBe('\u{22019}in at')
    expect(mapped.starts.length).toBe(mapped.text.length)
    expect(source.slice(mapped.starts[2], mapped.ends[mapped.ends.length - 1])).toBe('in at')
  })
})
