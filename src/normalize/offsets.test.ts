import {describe, expect, it} from 'vitest'
import {createLineIndex, createRewriter, identityMap, toOriginal, toPoint, toPosition} from './offsets.js'

describe('createRewriter', () => {
  it('should join copied and inserted text in order', () => {
    const original = 'abcdef'
    const rewriter = createRewriter(original)
    rewriter.insert('## ', 0)
    rewriter.copy(0, 3)
    rewriter.insert('\\', 3)
    rewriter.copy(3, 6)
    expect(rewriter.done().value).toBe('## abc\\def')
  })

  it('should skip empty copies and inserts', () => {
    const rewriter = createRewriter('abc')
    rewriter.copy(2, 2)
    rewriter.copy(2, 1)
    rewriter.insert('', 0)
    rewriter.copy(0, 3)
    const {value, map} = rewriter.done()
    expect(value).toBe('abc')
    expect(map.from).toEqual([0])
    expect(map.copied).toEqual([true])
  })

  it('should map every copied character back to the same character of the original', () => {
    const original = 'Hello, world. Second line.'
    const rewriter = createRewriter(original)
    rewriter.insert('> ', 0)
    rewriter.copy(0, 6)
    rewriter.insert('!!', 6)
    rewriter.copy(6, original.length)
    const {value, map} = rewriter.done()
    for (let index = 0; index < value.length; index++) {
      let segment = 0
      while (segment + 1 < map.from.length && (map.from[segment + 1] ?? 0) <= index) segment++
      if (!map.copied[segment]) continue
      expect(original.charAt(toOriginal(map, index))).toBe(value.charAt(index))
    }
  })

  it('should map every character of an insert to its anchor', () => {
    const rewriter = createRewriter('abc')
    rewriter.copy(0, 1)
    rewriter.insert('XYZ', 1)
    rewriter.copy(1, 3)
    const {map} = rewriter.done()
    expect(toOriginal(map, 1)).toBe(1)
    expect(toOriginal(map, 2)).toBe(1)
    expect(toOriginal(map, 3)).toBe(1)
  })
})

describe('toOriginal', () => {
  it('should map the first character of a copied segment to its start', () => {
    const rewriter = createRewriter('0123456789')
    rewriter.copy(5, 10)
    rewriter.copy(0, 5)
    const {map} = rewriter.done()
    expect(toOriginal(map, 0)).toBe(5)
    expect(toOriginal(map, 4)).toBe(9)
    expect(toOriginal(map, 5)).toBe(0)
    expect(toOriginal(map, 9)).toBe(4)
  })

  it('should map the offset just past the end of the rewritten text past the last copied character', () => {
    const rewriter = createRewriter('abc')
    rewriter.insert('- ', 0)
    rewriter.copy(0, 3)
    const {value, map} = rewriter.done()
    expect(toOriginal(map, value.length)).toBe(3)
  })

  it('should map an offset at a segment edge to the segment that starts there', () => {
    const rewriter = createRewriter('ab')
    rewriter.copy(0, 1)
    rewriter.insert('\\', 1)
    rewriter.copy(1, 2)
    const {map} = rewriter.done()
    // Offset 1 starts the inserted backslash, offset 2 the copied "b".
    expect(toOriginal(map, 1)).toBe(1)
    expect(toOriginal(map, 2)).toBe(1)
    expect(toOriginal(map, 0)).toBe(0)
  })

  it('should leave offsets unchanged with the identity map', () => {
    expect(toOriginal(identityMap, 0)).toBe(0)
    expect(toOriginal(identityMap, 42)).toBe(42)
  })

  it('should leave offsets unchanged with an empty map', () => {
    expect(toOriginal({from: [], to: [], copied: []}, 7)).toBe(7)
  })
})

describe('createLineIndex', () => {
  it('should start a line after each \\n', () => {
    expect(createLineIndex('a\nbc\n\nd').starts).toEqual([0, 2, 5, 6])
  })

  it('should count \\r\\n as one line break', () => {
    expect(createLineIndex('a\r\nbc\r\nd').starts).toEqual([0, 3, 7])
  })

  it('should count a lone \\r as a line break', () => {
    expect(createLineIndex('a\rbc\rd').starts).toEqual([0, 2, 5])
  })

  it('should handle mixed line endings', () => {
    expect(createLineIndex('a\rb\r\nc\nd').starts).toEqual([0, 2, 5, 7])
  })

  it('should have one line for text without breaks', () => {
    const index = createLineIndex('hello')
    expect(index.starts).toEqual([0])
    expect(index.length).toBe(5)
  })
})

describe('toPoint', () => {
  it('should give 1-based lines and columns and 0-based offsets', () => {
    const index = createLineIndex('ab\ncd')
    expect(toPoint(index, 0)).toEqual({line: 1, column: 1, offset: 0})
    expect(toPoint(index, 1)).toEqual({line: 1, column: 2, offset: 1})
    expect(toPoint(index, 3)).toEqual({line: 2, column: 1, offset: 3})
    expect(toPoint(index, 4)).toEqual({line: 2, column: 2, offset: 4})
  })

  it('should place a line break at the end of its line', () => {
    const index = createLineIndex('ab\ncd')
    expect(toPoint(index, 2)).toEqual({line: 1, column: 3, offset: 2})
  })

  it('should place the end of the input after its last character', () => {
    const index = createLineIndex('ab\ncd')
    expect(toPoint(index, 5)).toEqual({line: 2, column: 3, offset: 5})
  })

  it('should count lines after \\r\\n and lone \\r', () => {
    const index = createLineIndex('a\r\nb\rc')
    expect(toPoint(index, 3)).toEqual({line: 2, column: 1, offset: 3})
    expect(toPoint(index, 5)).toEqual({line: 3, column: 1, offset: 5})
  })

  it('should clamp offsets outside the input', () => {
    const index = createLineIndex('abc')
    expect(toPoint(index, -5)).toEqual({line: 1, column: 1, offset: 0})
    expect(toPoint(index, 99)).toEqual({line: 1, column: 4, offset: 3})
  })
})

describe('toPosition', () => {
  it('should give the start and end points of a span', () => {
    const index = createLineIndex('one\ntwo three')
    expect(toPosition(index, 4, 7)).toEqual({
      start: {line: 2, column: 1, offset: 4},
      end: {line: 2, column: 4, offset: 7}
    })
  })

  it('should never end before it starts', () => {
    const index = createLineIndex('abcdef')
    const position = toPosition(index, 4, 2)
    expect(position.end.offset).toBe(4)
  })

  it('should span lines', () => {
    const index = createLineIndex('ab\r\ncd')
    expect(toPosition(index, 1, 5)).toEqual({
      start: {line: 1, column: 2, offset: 1},
      end: {line: 2, column: 2, offset: 5}
    })
  })
})
