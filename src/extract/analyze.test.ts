import {describe, expect, it} from 'vitest'
import {defaultLexicons} from '../lexicons/index.js'
import {analyzeItem, analyzeSentence, analyzeText, compileLexicons, isProseOutcome, isVerbForm} from './analyze.js'

const compiled = compileLexicons(defaultLexicons)
const published = '2024-10-30'

/** Analyze one sentence. */
function analyze(text: string) {
  return analyzeSentence(text, 0, compiled, published)
}

describe('analyzeSentence', () => {
  it('should read "met today" as establishing a meeting, not an outcome', () => {
    const sentence = analyze('Secretary Austin met today with Minister Lee.')
    expect(sentence).toMatchObject({establishing: true, meets: true, subject: 'person'})
    expect(sentence.dates[0]?.date).toBe(published)
    expect(isProseOutcome(sentence)).toBe(false)
  })

  it('should read "spoke by phone" as establishing a meeting', () => {
    expect(analyze('The two leaders spoke by phone today.')).toMatchObject({establishing: true, meets: true})
  })

  it('should read a coordinated outcome verb after "met" as an outcome that also meets', () => {
    const sentence = analyze('The two leaders met and reaffirmed their commitment.')
    expect(sentence).toMatchObject({meets: true, establishing: false})
    expect(sentence.verb?.verb).toBe('reaffirmed')
    expect(isProseOutcome(sentence)).toBe(true)
  })

  it('should not read a copular state as an outcome', () => {
    const sentence = analyze('The United States and Japan are united in their resolve.')
    expect(sentence.verb?.stative).toBe(true)
    expect(isProseOutcome(sentence)).toBe(false)
  })

  it('should not read quotations as outcomes', () => {
    const quoted = analyze('“We will stand together,” said the Secretary.')
    expect(quoted.quotation).toBe(true)
    expect(isProseOutcome(quoted)).toBe(false)
    const said = analyze('The Secretary said the alliance is strong.')
    expect(said.quotation).toBe(true)
    expect(isProseOutcome(said)).toBe(false)
  })

  it('should skip a leading adverbial to find the main clause', () => {
    const sentence = analyze('During the meeting, the ministers discussed North Korea.')
    expect(sentence.text.slice(sentence.tokens[sentence.clause]?.start)).toBe('the ministers discussed North Korea.')
    expect(sentence).toMatchObject({subject: 'party'})
    expect(isProseOutcome(sentence)).toBe(true)
  })

  it('should read a background visit as establishing but dated in the past', () => {
    const sentence = analyze('In January 2019, President Moon visited Washington.')
    expect(sentence.establishing).toBe(true)
    expect(sentence.dates[0]?.kind).toBe('month')
    expect(isProseOutcome(sentence)).toBe(false)
  })

  it('should read the meeting as subject: "The Dialogue addressed ..."', () => {
    const sentence = analyze('The Dialogue addressed maritime security.')
    expect(sentence.subject).toBe('meeting')
    expect(isProseOutcome(sentence)).toBe(true)
  })

  it('should read parties, people and pronouns as subjects', () => {
    expect(analyze('The ministers reaffirmed the alliance.').subject).toBe('party')
    expect(analyze('The United States and Japan reaffirmed their alliance.').subject).toBe('party')
    expect(analyze('Secretary Austin reaffirmed the commitment.').subject).toBe('person')
    expect(analyze('He thanked the Minister for the visit.').subject).toBe('pronoun')
  })

  it('should read impersonal passives about the meeting as outcomes', () => {
    expect(isProseOutcome(analyze('It was agreed that the sides would meet again.'))).toBe(true)
    expect(isProseOutcome(analyze('Maritime issues were discussed.'))).toBe(true)
  })

  it('should not read sentences about things as outcomes', () => {
    expect(isProseOutcome(analyze('The Treaty entered into force in 2020.'))).toBe(false)
    expect(isProseOutcome(analyze('The strength of our two nations is clear.'))).toBe(false)
  })

  it('should read "welcomed X to the White House" as establishing, "welcomed X’s proposal" as an outcome', () => {
    expect(analyze('The President welcomed Prime Minister Tan to the White House.').establishing).toBe(true)
    const outcome = analyze('The President welcomed the Prime Minister’s proposal.')
    expect(outcome.establishing).toBe(false)
    expect(isProseOutcome(outcome)).toBe(true)
  })

  it('should read "launched a joint task force" as an outcome', () => {
    expect(isProseOutcome(analyze('The United States and India launched a joint task force on semiconductors.'))).toBe(true)
  })

  it('should find the people of the sentence', () => {
    expect(analyze('Secretary Austin met today with Minister Lee.').people.map((person) => person.name)).toEqual(['Austin', 'Lee'])
  })

  it('should give the sentence span from its start', () => {
    const sentence = analyzeSentence('They met.', 10, compiled, null)
    expect(sentence).toMatchObject({start: 10, end: 19})
  })
})

describe('analyzeText', () => {
  it('should split a block into analyzed sentences with their spans', () => {
    const text = 'The sides met today. They agreed to cooperate.'
    const sentences = analyzeText(text, compiled, published)
    expect(sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['The sides met today.', 'They agreed to cooperate.'])
    expect(sentences.map((sentence) => sentence.verb?.verb)).toEqual(['met', 'agreed'])
  })
})

describe('analyzeItem', () => {
  it('should read a gerund opening a list item as its verb', () => {
    expect(analyzeItem('Expanding cooperation on cyber defense.', compiled, published).verb?.verb).toBe('expanding')
  })

  it('should read an imperative opening a list item as its verb', () => {
    expect(analyzeItem('Reaffirmed the importance of the alliance.', compiled, published).verb?.verb).toBe('reaffirmed')
  })

  it('should read only the first sentence of an item', () => {
    const item = analyzeItem('Agreed to meet. They also discussed trade.', compiled, published)
    expect(item.text).toBe('Agreed to meet.')
  })
})

describe('isVerbForm', () => {
  it('should tell verb forms', () => {
    expect(isVerbForm('Reaffirmed', compiled)).toBe(true)
    expect(isVerbForm('alliance', compiled)).toBe(false)
  })
})
