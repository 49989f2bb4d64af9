import {describe, expect, it} from 'vitest'
import {FactsheetError} from './diagnostics/error.js'
import {defaultMaxBytes, defaultMaxDepth, resolveOptions} from './options.js'

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

describe('resolveOptions', () => {
  it('should apply the defaults', () => {
    expect(resolveOptions(undefined)).toEqual({
      format: 'auto',
      meta: {},
      referenceDate: null,
      maxBytes: defaultMaxBytes,
      maxDepth: defaultMaxDepth,
      checks: []
    })
    expect(resolveOptions(null)).toEqual(resolveOptions({}))
  })

  it('should default maxBytes to 4 MiB and maxDepth to 64', () => {
    expect(defaultMaxBytes).toBe(4 * 1024 * 1024)
    expect(defaultMaxDepth).toBe(64)
  })

  it('should reject options that are not an object', () => {
    expect(codeOf(() => resolveOptions('x' as never))).toBe('ERR_FACTSHEET_INVALID_OPTION')
    expect(codeOf(() => resolveOptions([] as never))).toBe('ERR_FACTSHEET_INVALID_OPTION')
  })

  it('should accept the three formats and reject others', () => {
    for (const format of ['auto', 'text', 'markdown'] as const) expect(resolveOptions({format}).format).toBe(format)
    expect(codeOf(() => resolveOptions({format: 'html' as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
  })

  it('should accept a maxBytes of 0', () => {
    expect(resolveOptions({maxBytes: 0}).maxBytes).toBe(0)
  })

  it('should reject negative, NaN, infinite, fractional and non-number limits', () => {
    for (const value of [-1, Number.NaN, Number.POSITIVE_INFINITY, 1.5, '10']) {
      expect(codeOf(() => resolveOptions({maxBytes: value as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
      expect(codeOf(() => resolveOptions({maxDepth: value as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
    }
  })

  it('should read referenceDate from an ISO date or a Date', () => {
    expect(resolveOptions({referenceDate: '2024-10-30'}).referenceDate).toBe('2024-10-30')
    expect(resolveOptions({referenceDate: new Date(Date.UTC(2024, 9, 30, 12))}).referenceDate).toBe('2024-10-30')
  })

  it('should reject an invalid referenceDate', () => {
    expect(codeOf(() => resolveOptions({referenceDate: 'soon'}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
    expect(codeOf(() => resolveOptions({referenceDate: new Date(Number.NaN)}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
    expect(codeOf(() => resolveOptions({referenceDate: 20241030 as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
  })

  it('should reject checks that are not `{name, check}` objects', () => {
    expect(codeOf(() => resolveOptions({checks: [{}] as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
    expect(codeOf(() => resolveOptions({checks: 'x' as never}))).toBe('ERR_FACTSHEET_INVALID_OPTION')
  })

  it('should word errors as `Cannot X: expected Y, got Z`', () => {
    expect(() => resolveOptions({maxBytes: -1})).toThrow(/^Cannot parse release: expected `maxBytes` .*, got `-1`$/)
  })
})

describe('resolveOptions meta', () => {
  it('should keep valid meta fields', () => {
    const meta = {title: 'Readout', published: '2024-10-30T21:03:00Z', source: 'State', url: 'https://www.state.gov/readout', timeZone: 'America/New_York'}
    expect(resolveOptions({meta}).meta).toEqual(meta)
  })

  it('should reject meta that is not an object', () => {
    expect(codeOf(() => resolveOptions({meta: 'x' as never}))).toBe('ERR_FACTSHEET_INVALID_META')
    expect(codeOf(() => resolveOptions({meta: [] as never}))).toBe('ERR_FACTSHEET_INVALID_META')
  })

  it('should reject unknown meta keys, `__proto__` included', () => {
    expect(codeOf(() => resolveOptions({meta: {author: 'x'} as never}))).toBe('ERR_FACTSHEET_INVALID_META')
    expect(codeOf(() => resolveOptions({meta: JSON.parse('{"__proto__": "x"}')}))).toBe('ERR_FACTSHEET_INVALID_META')
  })

  it('should reject meta fields that are not strings', () => {
    expect(codeOf(() => resolveOptions({meta: {title: 5} as never}))).toBe('ERR_FACTSHEET_INVALID_META')
  })

  it('should accept ISO dates and date-times with an offset or Z as published', () => {
    for (const published of ['2024-10-30', '2024-10-30T21:03:00Z', '2024-10-30T21:03:00-04:00', '2024-10-30T21:03:00.123+0900']) {
      expect(resolveOptions({meta: {published}}).meta.published).toBe(published)
    }
  })

  it('should reject a bad published', () => {
    for (const published of ['yesterday', '30 October 2024', '2024-02-30', '2024-13-01', '2024-10-30T25:00:00Z']) {
      expect(codeOf(() => resolveOptions({meta: {published}}))).toBe('ERR_FACTSHEET_INVALID_META')
    }
  })

  it('should reject a bad timeZone', () => {
    expect(codeOf(() => resolveOptions({meta: {timeZone: 'Mars/Olympus'}}))).toBe('ERR_FACTSHEET_INVALID_META')
  })

  it('should reject a url that is not absolute', () => {
    expect(codeOf(() => resolveOptions({meta: {url: 'not a url'}}))).toBe('ERR_FACTSHEET_INVALID_META')
    expect(codeOf(() => resolveOptions({meta: {url: '/readouts/1'}}))).toBe('ERR_FACTSHEET_INVALID_META')
  })

  it('should ignore undefined meta fields', () => {
    expect(resolveOptions({meta: {title: undefined}}).meta).toEqual({})
  })
})
