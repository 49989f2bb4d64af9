import {describe, expect, it} from 'vitest'
import {defaultLexicons} from '../lexicons/index.js'
import {compileLexicons} from './analyze.js'
import {findPlace} from './places.js'
import {tokenize} from './tokens.js'

const compiled = compileLexicons(defaultLexicons)

/** The place of a sentence, with the text its span covers. */
function place(text: string) {
  const found = findPlace(text, tokenize(text), compiled)
  return found ? {...found, slice: text.slice(found.start, found.end)} : undefined
}

describe('findPlace', () => {
  it('should read "in Washington, D.C."', () => {
    expect(place('The leaders met in Washington, D.C. on Monday.')).toMatchObject({
      name: 'Washington, D.C.',
      venue: null,
      city: 'Washington',
      country: 'US',
      slice: 'Washington, D.C.'
    })
  })

  it('should read "at the White House" as a venue', () => {
    expect(place('The President welcomed the Prime Minister at the White House.')).toMatchObject({
      name: 'the White House',
      venue: 'the White House',
      country: 'US',
      slice: 'the White House'
    })
  })

  it('should read "at the Pentagon" as a venue', () => {
    expect(place('The Secretary hosted the Minister at the Pentagon.')).toMatchObject({venue: 'the Pentagon', country: 'US'})
  })

  it('should read "on the margins of the Munich Security Conference" as the venue', () => {
    expect(place('The ministers met on the margins of the Munich Security Conference.')).toMatchObject({
      name: 'Munich Security Conference',
      venue: 'Munich Security Conference',
      country: 'DE',
      slice: 'Munich Security Conference'
    })
  })

  it('should read "on the sidelines of" a summit as the venue', () => {
    expect(place('The leaders met on the sidelines of the G20 Summit.')).toMatchObject({venue: 'G20 Summit'})
  })

  it('should read "in Warsaw, Poland" as a city and its country', () => {
    expect(place('The sides met in Warsaw, Poland.')).toMatchObject({name: 'Warsaw, Poland', city: 'Warsaw', country: 'PL'})
  })

  it('should read a city the gazetteer lacks when a country follows it', () => {
    expect(place('The sides met in Tromso, Norway.')).toMatchObject({name: 'Tromso, Norway', city: 'Tromso', country: 'NO'})
  })

  it('should read a city with a U.S. state', () => {
    expect(place('The sides met in Honolulu, Hawaii.')).toMatchObject({name: 'Honolulu, Hawaii', city: 'Honolulu', country: 'US'})
  })

  it('should read a known city alone', () => {
    expect(place('The sides met in Seoul.')).toMatchObject({name: 'Seoul', city: 'Seoul', country: 'KR'})
  })

  it('should read a country alone', () => {
    expect(place('The sides met in Ukraine.')).toMatchObject({name: 'Ukraine', city: null, country: 'UA'})
  })

  it('should read the country of a visit', () => {
    expect(place('The delegation visited Japan.')).toMatchObject({name: 'Japan', country: 'JP'})
  })

  it('should find nothing where no place is named', () => {
    expect(place('The sides met in person.')).toBeUndefined()
    expect(place('The sides agreed to cooperate.')).toBeUndefined()
  })

  it('should read "in the Philippines"', () => {
    expect(place('The sides met in the Philippines.')).toMatchObject({country: 'PH'})
  })

  it('should read "in New Zealand"', () => {
    expect(place('The sides met in New Zealand.')).toMatchObject({name: 'New Zealand', country: 'NZ'})
  })
})
