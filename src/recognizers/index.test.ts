import {describe, expect, it} from 'vitest'
import {defaultFormats, defaultRecognizers, listItemRecognizer, meetingRecognizer, participantTableRecognizer, peopleRecognizer, sentenceRecognizer} from './index.js'

describe('defaultRecognizers', () => {
  it('should list the built-in recognizers in order', () => {
    expect(defaultRecognizers).toEqual([meetingRecognizer, participantTableRecognizer, peopleRecognizer, listItemRecognizer, sentenceRecognizer])
    expect(defaultRecognizers.map((recognizer) => [recognizer.name, recognizer.kind])).toEqual([
      ['factsheet:meetings', 'meetings'],
      ['factsheet:participant-table', 'participants'],
      ['factsheet:people', 'participants'],
      ['factsheet:list-items', 'outcomes'],
      ['factsheet:sentences', 'outcomes']
    ])
  })

  it('should be frozen, so no request can change another’s recognizers', () => {
    expect(Object.isFrozen(defaultRecognizers)).toBe(true)
    expect(Object.isFrozen(defaultFormats)).toBe(true)
    for (const recognizer of defaultRecognizers) expect(Object.isFrozen(recognizer)).toBe(true)
  })

  it('should run list items before prose sentences', () => {
    expect(listItemRecognizer.priority ?? 0).toBeGreaterThan(sentenceRecognizer.priority ?? 0)
  })
})
