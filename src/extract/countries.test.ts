import {describe, expect, it} from 'vitest'
import {defaultLexicons} from '../lexicons/index.js'
import {compileCountries, countryKey, lookupCountry, matchCountry} from './countries.js'
import {tokenize} from './tokens.js'

const table = compileCountries(defaultLexicons)

/** Every country found in a text: [words, code]. */
function countries(text: string): Array<[string, string]> {
  const tokens = tokenize(text)
  const found: Array<[string, string]> = []
  for (let index = 0; index < tokens.length; index++) {
    const match = matchCountry(tokens, index, table)
    if (!match) continue
    found.push([tokens.slice(index, index + match.length).map((token) => token.text).join(' '), match.code])
    index += match.length - 1
  }
  return found
}

/** The match at the start of a text. */
function at(text: string) {
  return matchCountry(tokenize(text), 0, table)
}

describe('matchCountry', () => {
  it('should find country names, longest first', () => {
    expect(countries('the United States and the Republic of Korea')).toEqual([
      ['United States', 'US'],
      ['Republic of Korea', 'KR']
    ])
  })

  it('should read U.S., ROK, UK, U.K. and DPRK', () => {
    expect(countries('U.S. and ROK and UK and U.K. and DPRK').map(([, code]) => code)).toEqual(['US', 'KR', 'GB', 'GB', 'KP'])
  })

  it('should not read a bare two-letter "US" in prose', () => {
    expect(countries('let US know')).toEqual([])
  })

  it('should read demonyms', () => {
    expect(at('Japanese officials')).toMatchObject({code: 'JP', demonym: true, length: 1})
    expect(at('South Korean officials')).toMatchObject({code: 'KR', demonym: true, length: 2})
    expect(at('Norwegian proposal')).toMatchObject({code: 'NO', demonym: true})
  })

  it('should read possessives', () => {
    expect(at('Singapore’s Minister')).toEqual({code: 'SG', length: 1, possessive: true, demonym: false})
    expect(at("Japan's Prime Minister")).toMatchObject({code: 'JP', possessive: true})
  })

  it('should read a plural possessive', () => {
    expect(at('Philippines’ position')).toMatchObject({code: 'PH', possessive: true})
  })

  it('should read organizations', () => {
    expect(countries('the EU and NATO and the African Union Commission').map(([, code]) => code)).toEqual(['EU', 'NATO', 'AUC'])
    expect(at('United Nations')?.code).toBe('UN')
    expect(at('ASEAN')?.code).toBe('ASEAN')
  })

  it('should read names from the dataset and their common short forms', () => {
    expect(at('Netherlands')?.code).toBe('NL')
    expect(at('Czech Republic')?.code).toBe('CZ')
    expect(at('Viet Nam')?.code).toBe('VN')
    expect(at('Vietnam')?.code).toBe('VN')
    expect(at('Türkiye')?.code).toBe('TR')
    expect(at('Papua New Guinea')?.code).toBe('PG')
  })

  it('should not match lower-case words', () => {
    expect(at('china plates')).toBeUndefined()
  })

  it('should read "New Zealand" as a country name, not a demonym', () => {
    expect(at('New Zealand')).toMatchObject({code: 'NZ', demonym: false})
  })

  // Gap: the formal name is not in the tables, so "Northern Ireland" inside it
  // is read as Ireland (IE).
  it.fails('should read the United Kingdom of Great Britain and Northern Ireland as one country', () => {
    expect(countries('the United Kingdom of Great Britain and Northern Ireland')).toEqual([
      ['United Kingdom of Great Britain and Northern Ireland', 'GB']
    ])
  })

  it('should read Côte d’Ivoire', () => {
    expect(at('Côte d’Ivoire')?.code).toBe('CI')
  })
})

describe('lookupCountry', () => {
  it('should look up names, possessives and demonyms', () => {
    expect(lookupCountry('Singapore’s', table)).toBe('SG')
    expect(lookupCountry('French', table)).toBe('FR')
    expect(lookupCountry('the Netherlands', table)).toBe('NL')
    expect(lookupCountry('Atlantis', table)).toBeUndefined()
  })
})

describe('countryKey', () => {
  it('should drop accents, a leading "the", case and extra spaces', () => {
    expect(countryKey('The   Côte  ')).toBe('cote')
    expect(countryKey('People’s Republic')).toBe("people's republic")
  })
})

describe('compileCountries', () => {
  it('should let user aliases extend the tables', () => {
    const custom = compileCountries({...defaultLexicons, countryAliases: {...defaultLexicons.countryAliases, Ruritania: 'XR'}})
    expect(matchCountry(tokenize('Ruritania'), 0, custom)?.code).toBe('XR')
  })
})

describe('matchCountry (spellings of the first word)', () => {
  it('should find a country however its first word is cased', () => {
    for (const text of ['United Kingdom', 'UNITED KINGDOM', 'UNITED Kingdom', 'UnItEd Kingdom', 'U.S.', 'KOREA’S', 'Korea’s', 'Côte d’Ivoire', 'CÔTE D’IVOIRE']) {
      const tokens = tokenize(text)
      expect(matchCountry(tokens, 0, table)?.code, text).toBe(lookupCountry(tokens.map((token) => token.text).join(' '), table))
    }
  })

  it('should rule out capitalized words that start no country name', () => {
    for (const text of ['President', 'PRESIDENT', 'McCain', 'Secretary-General', 'A.B.C.']) expect(matchCountry(tokenize(text), 0, table), text).toBeUndefined()
  })
})
