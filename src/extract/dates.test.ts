import {describe, expect, it} from 'vitest'
import {findDates, fromIsoDate, localDate, shiftIsoDate, toIsoDate} from './dates.js'

/** The first date found, with the text it was read from. */
function first(text: string, reference: string | null = null) {
  const found = findDates(text, reference)[0]
  return found ? {...found, text: text.slice(found.start, found.end)} : undefined
}

describe('findDates', () => {
  it('should read October 30, 2024 as 2024-10-30', () => {
    expect(first('on October 30, 2024')).toMatchObject({date: '2024-10-30', endDate: null, kind: 'explicit', text: 'October 30, 2024'})
  })

  it('should read 30 October 2024 as 2024-10-30', () => {
    expect(first('on 30 October 2024')).toMatchObject({date: '2024-10-30', kind: 'explicit', text: '30 October 2024'})
  })

  it('should read 12 June 2021 as 2021-06-12', () => {
    expect(first('On 12 June 2021, the sides met.')?.date).toBe('2021-06-12')
  })

  it('should read abbreviated months with or without a period', () => {
    expect(first('Oct. 30, 2024')?.date).toBe('2024-10-30')
    expect(first('Sept. 5, 2020')?.date).toBe('2020-09-05')
    expect(first('Oct 30 2024')?.date).toBe('2024-10-30')
  })

  it('should read ordinal suffixes', () => {
    expect(first('June 12th, 2021')?.date).toBe('2021-06-12')
    expect(first('the 1st of July 2020')?.date).toBe('2020-07-01')
  })

  it('should read "8 to 10 May 2019" as its first day with an end date', () => {
    expect(first('from 8 to 10 May 2019')).toMatchObject({date: '2019-05-08', endDate: '2019-05-10', text: '8 to 10 May 2019'})
  })

  it('should read day ranges with hyphens and dashes', () => {
    expect(first('8-10 May 2019')).toMatchObject({date: '2019-05-08', endDate: '2019-05-10'})
    expect(first('8–10 May 2019')).toMatchObject({date: '2019-05-08', endDate: '2019-05-10'})
  })

  it('should read "October 30-31, 2024" as a two-day range', () => {
    expect(first('October 30-31, 2024')).toMatchObject({date: '2024-10-30', endDate: '2024-10-31'})
  })

  it('should read a range across months', () => {
    expect(first('from October 30 to November 2, 2024')).toMatchObject({date: '2024-10-30', endDate: '2024-11-02'})
    expect(first('May 31-June 2, 2024')).toMatchObject({date: '2024-05-31', endDate: '2024-06-02'})
  })

  it('should read "30 October to 2 November 2024" from its first day', () => {
    expect(first('from 30 October to 2 November 2024')).toMatchObject({date: '2024-10-30', endDate: '2024-11-02'})
  })

  it('should read a bare "on March 1" in the reference year', () => {
    expect(first('on March 1', '2024-05-02')).toMatchObject({date: '2024-03-01', kind: 'bare'})
  })

  it('should leave a bare date without a reference undated', () => {
    expect(first('on March 1')).toMatchObject({date: null, kind: 'bare'})
  })

  it('should read a bare day-first date "on 3 March" in the reference year', () => {
    expect(first('On 3 March, the sides met.', '2021-06-13')).toMatchObject({date: '2021-03-03', kind: 'bare'})
  })

  it('should read "the thirtieth of October, 2024"', () => {
    expect(first('on the thirtieth of October, 2024')).toMatchObject({date: '2024-10-30', text: 'the thirtieth of October, 2024'})
  })

  it('should read ISO dates', () => {
    expect(first('published 2024-10-30 at noon')).toMatchObject({date: '2024-10-30', kind: 'explicit'})
  })

  it('should read today, yesterday and tomorrow against the reference', () => {
    expect(first('met today', '2024-10-30')).toMatchObject({date: '2024-10-30', kind: 'relative'})
    expect(first('spoke yesterday', '2024-03-01')).toMatchObject({date: '2024-02-29', kind: 'relative'})
    expect(first('will meet tomorrow', '2024-12-31')).toMatchObject({date: '2025-01-01', kind: 'relative'})
  })

  it('should leave today undated without a reference', () => {
    expect(first('met today')).toMatchObject({date: null, kind: 'relative'})
  })

  it('should mark February 30 impossible instead of rolling it over', () => {
    expect(first('February 30, 2024')).toMatchObject({date: null, impossible: true})
    expect(first('30 February 2024')).toMatchObject({date: null, impossible: true})
    expect(first('2024-02-30')).toMatchObject({date: null, impossible: true})
    expect(first('31 April 2023')).toMatchObject({date: null, impossible: true})
  })

  it('should accept February 29 in leap years only', () => {
    expect(first('29 February 2024')).toMatchObject({date: '2024-02-29', impossible: false})
    expect(first('29 February 2023')).toMatchObject({date: null, impossible: true})
  })

  it('should read a month without a day as kind month', () => {
    expect(first('In September 2017, the sides met.')).toMatchObject({date: null, kind: 'month', text: 'September 2017'})
  })

  it('should not read a bare year as a date', () => {
    expect(findDates('In 2019, they met.', '2024-01-01')).toEqual([])
  })

  it('should find every date in order', () => {
    const found = findDates('In December 2023 and on January 2, 2024, they met.', null)
    expect(found.map((date) => date.kind)).toEqual(['month', 'explicit'])
    expect(found[1]?.date).toBe('2024-01-02')
  })

  it('should read dates in any case, with the offsets of the text', () => {
    expect(first('ON OCTOBER 30, 2024')).toMatchObject({date: '2024-10-30', text: 'OCTOBER 30, 2024'})
    expect(first('Talks held 8 to 10 MAY 2019 went well')).toMatchObject({date: '2019-05-08', endDate: '2019-05-10', text: '8 to 10 MAY 2019'})
    // İ lower-cases to two characters, and the Kelvin sign to an ASCII k (no word character before "march").
    expect(first('İİ October 30, 2024')).toMatchObject({date: '2024-10-30', text: 'October 30, 2024'})
    expect(first('\u212Amarch 3, 2024')).toMatchObject({date: '2024-03-03', text: 'march 3, 2024'})
    expect(findDates('kmarch 3, 2024', null)).toEqual([])
  })

  it('should find nothing in a sentence without a year, a month or a relative day', () => {
    expect(findDates('We may meet on the 3rd, as the 12 members agreed.', '2024-05-02')).toEqual([])
  })
})

describe('localDate', () => {
  it('should convert a UTC timestamp to the local date in a time zone', () => {
    expect(localDate('2021-07-21T02:14:00Z', 'America/New_York')).toBe('2021-07-20')
    expect(localDate('2021-07-21T02:14:00Z', 'Asia/Tokyo')).toBe('2021-07-21')
  })

  it('should read a timestamp with an offset', () => {
    expect(localDate('2021-07-21T23:30:00-04:00', 'UTC')).toBe('2021-07-22')
  })

  it('should keep the written date without a time zone', () => {
    expect(localDate('2021-07-21T02:14:00Z', undefined)).toBe('2021-07-21')
  })

  it('should keep a plain date whatever the zone', () => {
    expect(localDate('2021-07-21', 'Asia/Tokyo')).toBe('2021-07-21')
  })

  it('should reject invalid and impossible dates', () => {
    expect(localDate('garbage', 'UTC')).toBeUndefined()
    expect(localDate('2021-02-30', undefined)).toBeUndefined()
  })
})

describe('ISO date helpers', () => {
  it('should round-trip ISO dates', () => {
    const date = fromIsoDate('2024-02-29')
    expect(date && toIsoDate(date)).toBe('2024-02-29')
  })

  it('should reject impossible ISO dates', () => {
    expect(fromIsoDate('2023-02-29')).toBeUndefined()
    expect(fromIsoDate('not a date')).toBeUndefined()
  })

  it('should shift across month and year ends', () => {
    expect(shiftIsoDate('2024-03-01', -1)).toBe('2024-02-29')
    expect(shiftIsoDate('2024-12-31', 1)).toBe('2025-01-01')
    expect(shiftIsoDate('bad', 1)).toBeNull()
  })

  it('should keep four-digit years for early dates', () => {
    expect(toIsoDate(new Date(999, 0, 5))).toBe('0999-01-05')
  })
})
