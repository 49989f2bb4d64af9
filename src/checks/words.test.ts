import {describe, expect, it} from 'vitest'
import {officeWords} from './words.js'

describe('officeWords', () => {
  it('should fold spellings and drop stop words', () => {
    expect(officeWords('Minister of Defence')).toEqual(['defense', 'minister'])
  })

  it('should keep words that are names of Object.prototype members as words', () => {
    expect(officeWords('Constructor Minister for toString')).toEqual(['constructor', 'minister', 'tostring'])
  })
})
