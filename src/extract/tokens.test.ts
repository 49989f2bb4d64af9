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

describe('tokenize (scanner against its pattern)', () => {
  // The scanner implements this pattern by hand; the old matchAll loop is the reference.
  const pattern = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-+&/](?=[\p{L}\p{N}]))*\.?|\S/gu
  function reference(text: string): Array<[string, number, number]> {
    const tokens: Array<[string, number, number]> = []
    let skip = 0
    for (const match of text.matchAll(pattern)) {
      const value = match[0]
      const start = match.index
      if (start < skip) continue
      const after = text.slice(start + value.length, start + value.length + 2)
      if (/^['’]s$/.test(after) && value.endsWith('.') && keepsPeriod(value.slice(0, -1))) {
        tokens.push([value + after, start, start + value.length + 2])
        skip = start + value.length + 2
      } else if (/^['’](?![\p{L}\p{N}])/u.test(after) && value.endsWith('s') && value.length > 2) {
        tokens.push([value + text.charAt(start + value.length), start, start + value.length + 1])
        skip = start + value.length + 1
      } else if (value.length > 1 && value.endsWith('.') && !keepsPeriod(value.slice(0, -1))) {
        tokens.push([value.slice(0, -1), start, start + value.length - 1], ['.', start + value.length - 1, start + value.length])
      } else {
        tokens.push([value, start, start + value.length])
      }
    }
    return tokens
  }
  const actual = (text: string) => tokenize(text).map((token): [string, number, number] => [token.text, token.start, token.end])

  it('should agree with the pattern on release-like text', () => {
    const samples = [
      'The U.S.’s and the U.K.’sx ties; the Philippines’ envoy, Philippines’s and Jones’ son.',
      'Café au lait, naïve coöperation — Mr. Ri Son-gwon met H.E. Dr. Vivian Balakrishnan (MFA) on 5/6.',
      'R&D 2+2 a/b x.y. end... ‘quoted’ “double” St. John’s e\u0301 \u00a0nbsp\u2003em\u3000ideo\ufeffbom',
      '𝐀𝐁 emoji 😀 lone \ud800 high, lone \udc00 low, \ud800x, a\u0301\u0302b, 𝟏𝟐3, x’𝐀, U.S.’𝐀',
      "O'Neill's d'Ivoire l’Union J.R.R. Tolkien’s A. B. C’s 1.5.2021. s’ s’s"
    ]
    for (const text of samples) expect(actual(text)).toEqual(reference(text))
  })

  it('should agree with the pattern on random text', () => {
    const alphabet = ['a', 'S', 's', 'Z', '1', '.', "'", '’', '-', '+', '&', '/', ' ', '\n', '\u00a0', 'é', '\u0301', '𝐀', '\ud800', '\udc00', ',', '(', 'U', 'K']
    let seed = 20261127
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    for (let round = 0; round < 3000; round++) {
      let text = ''
      const size = Math.floor(random() * 24)
      for (let index = 0; index < size; index++) text += alphabet[Math.floor(random() * alphabet.length)]
      expect(actual(text), JSON.stringify(text)).toEqual(reference(text))
    }
  })
})
