import {describe, expect, it} from 'vitest'
import {isCapitalized, keepsPeriod, stripPossessive, tokenize} from './tokens.js'

/** Token texts. */
function texts(text: string): string[] {
  return tokenize(text).map((token) => token.text)
}

describe('tokenize', () => {
  it('should split words and punctuation', () => {
    expect(texts('The sides met, and agreed.')).toEqual(['The', 'sides', 'met', ',', 'and', 'agreed', '.'])
  })

  it('should keep a possessive on its word', () => {
    expect(texts('Singapore’s Minister and Japan\'s Prime Minister')).toEqual(['Singapore’s', 'Minister', 'and', "Japan's", 'Prime', 'Minister'])
  })

  it('should keep hyphenated names whole', () => {
    expect(texts('Erik Solberg-Haugen and Jean-Yves Le Drian')).toEqual(['Erik', 'Solberg-Haugen', 'and', 'Jean-Yves', 'Le', 'Drian'])
  })

  it('should keep dotted acronyms with their final period', () => {
    expect(texts('the U.S. and the U.K. in D.C.')).toEqual(['the', 'U.S.', 'and', 'the', 'U.K.', 'in', 'D.C.'])
  })

  it('should keep initials and known abbreviations with their period', () => {
    expect(texts('Lt. Col. J. Smith Jr. met Dr. Lee')).toEqual(['Lt.', 'Col.', 'J.', 'Smith', 'Jr.', 'met', 'Dr.', 'Lee'])
  })

  it('should split a sentence period off an ordinary word', () => {
    expect(texts('They met in Oslo.')).toEqual(['They', 'met', 'in', 'Oslo', '.'])
  })

  it('should split a hyphen between an acronym and a name', () => {
    expect(texts('U.S.-Japan')).toEqual(['U.S.', '-', 'Japan'])
  })

  it('should keep joined symbols inside a word', () => {
    expect(texts('the 2+2 and R&D')).toEqual(['the', '2+2', 'and', 'R&D'])
  })

  it('should give each token its span in the text', () => {
    const text = 'Mr. Lee met.'
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text)
  })

  it('should keep a possessive on a dotted acronym', () => {
    expect(texts('the U.K.’s position')).toEqual(['the', 'U.K.’s', 'position'])
  })

  it('should give no tokens for empty text', () => {
    expect(tokenize('')).toEqual([])
  })
})

describe('keepsPeriod', () => {
  it('should keep the period of initials, dotted acronyms and known abbreviations', () => {
    expect(keepsPeriod('J')).toBe(true)
    expect(keepsPeriod('U.S')).toBe(true)
    expect(keepsPeriod('Gen')).toBe(true)
    expect(keepsPeriod('Mr')).toBe(true)
  })

  it('should not keep the period of ordinary words', () => {
    expect(keepsPeriod('Oslo')).toBe(false)
    expect(keepsPeriod('agreed')).toBe(false)
  })
})

describe('stripPossessive', () => {
  it('should strip ’s, \'s and a plural possessive apostrophe', () => {
    expect(stripPossessive('Singapore’s')).toEqual({text: 'Singapore', possessive: true})
    expect(stripPossessive("Korea's")).toEqual({text: 'Korea', possessive: true})
    expect(stripPossessive('Philippines’')).toEqual({text: 'Philippines', possessive: true})
  })

  it('should leave other words alone', () => {
    expect(stripPossessive('Paris')).toEqual({text: 'Paris', possessive: false})
  })
})

describe('isCapitalized', () => {
  it('should tell capitalized words', () => {
    expect(isCapitalized('Minister')).toBe(true)
    expect(isCapitalized('Élysée')).toBe(true)
    expect(isCapitalized('minister')).toBe(false)
  })
})
