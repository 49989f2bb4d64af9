import {describe, expect, it} from 'vitest'
import {communiqueFormat, defaultFormats, factSheetFormat, jointStatementFormat, pressReleaseFormat, readoutFormat} from './formats.js'

/** The kind the built-in formats give a title and text. */
function kindOf(title: string | null, text = ''): string {
  let best = 'other'
  let score = 0
  for (const format of defaultFormats) {
    const value = format.detect({title, text, url: null, source: null})
    if (value > score) {
      score = value
      best = format.kind
    }
  }
  return best
}

describe('defaultFormats', () => {
  it('should read fact sheets from the title', () => {
    expect(kindOf('FACT SHEET: U.S.-Japan Partnership')).toBe('fact-sheet')
    expect(kindOf('U.S.-ROK Security Consultative Meeting Fact Sheet')).toBe('fact-sheet')
  })

  it('should read readouts from the title', () => {
    expect(kindOf('Readout of President Roe’s Call with Prime Minister Tan')).toBe('readout')
    expect(kindOf('Secretary Roe’s Meeting with Foreign Minister Tan')).toBe('readout')
  })

  it('should read joint statements from the title or a Begin text wrapper', () => {
    expect(kindOf('Joint Statement of the United States and Ghana')).toBe('joint-statement')
    expect(kindOf(null, 'The text of the following joint statement was released. Begin Text: ...')).toBe('joint-statement')
  })

  it('should read communiqués with or without the accent', () => {
    expect(kindOf('Joint Communiqué of the Ministers')).toBe('communique')
    expect(kindOf('Joint Communique of the Ministers')).toBe('communique')
  })

  it('should fall back to a press release', () => {
    expect(kindOf('Minister Tan Meets the Ambassador of Chile', '12 June 2021 Posted in Press Releases')).toBe('press-release')
    expect(kindOf(null, 'Some text.')).toBe('press-release')
  })

  it('should name each format `factsheet:*`', () => {
    for (const format of [communiqueFormat, factSheetFormat, jointStatementFormat, readoutFormat, pressReleaseFormat]) {
      expect(format.name).toMatch(/^factsheet:[a-z-]+$/)
    }
  })
})
