import {describe, expect, it} from 'vitest'
import {contextFor, sectionFrom} from '../testing/index.js'
import {daysBetween, inModifier, isBackground, isMeetingSentence} from './shared.js'

const {context} = contextFor('test:shared', {published: '2024-02-17'})

/** The first sentence of a paragraph, analyzed. */
function sentence(text: string) {
  const item = sectionFrom(text).items[0]
  const first = item ? context.sentences(item)[0] : undefined
  if (!first) throw new Error('No sentence in `' + text + '`')
  return first
}

describe('isBackground', () => {
  it('should read a month without a day as background', () => {
    expect(isBackground(sentence('In January 2019, President Moon visited Washington.'), context)).toBe(true)
  })

  it('should read a date more than a week before publication as background', () => {
    expect(isBackground(sentence('On January 5, 2024, the ministers met in Seoul.'), context)).toBe(true)
  })

  it('should not read today or recent dates as background', () => {
    expect(isBackground(sentence('The ministers met today in Seoul.'), context)).toBe(false)
    expect(isBackground(sentence('On February 15, 2024, the ministers met in Seoul.'), context)).toBe(false)
  })

  it('should not read plans as background whatever their dates', () => {
    expect(isBackground(sentence('The sides will review the roadmap agreed in January 2019.'), context)).toBe(false)
  })

  it('should ignore a date inside a participial modifier', () => {
    expect(isBackground(sentence('The ministers reviewed the Dialogue, initiated on June 11, 2020.'), context)).toBe(false)
  })
})

describe('inModifier', () => {
  it('should tell a text index inside a ", <participle> ..." modifier', () => {
    const analyzed = sentence('The ministers reviewed the Dialogue, initiated on June 11, 2020.')
    expect(inModifier(analyzed, analyzed.text.indexOf('June'))).toBe(true)
    expect(inModifier(analyzed, analyzed.text.indexOf('Dialogue'))).toBe(false)
  })
})

describe('isMeetingSentence', () => {
  it('should read establishing sentences as meetings', () => {
    expect(isMeetingSentence(sentence('Secretary Austin met today with Minister Lee.'), context)).toBe(true)
    expect(isMeetingSentence(sentence('The leaders spoke by phone today.'), context)).toBe(true)
  })

  it('should read signings as meetings', () => {
    expect(isMeetingSentence(sentence('The ministers signed the Treaty today.'), context)).toBe(true)
  })

  it('should not read outcomes, quotations or background as meetings', () => {
    expect(isMeetingSentence(sentence('The ministers reaffirmed the alliance.'), context)).toBe(false)
    expect(isMeetingSentence(sentence('“We met today,” said the Minister.'), context)).toBe(false)
    expect(isMeetingSentence(sentence('In January 2019, President Moon visited Washington.'), context)).toBe(false)
  })

  it('should not read "will conduct joint exercises" as a meeting', () => {
    expect(isMeetingSentence(sentence('The Participants will conduct joint cyber exercises for their personnel.'), context)).toBe(false)
  })

  it('should not read a possible future meeting as this meeting', () => {
    expect(isMeetingSentence(sentence('The next round may be held in Beijing.'), context)).toBe(false)
  })
})

describe('daysBetween', () => {
  it('should count whole days between ISO dates', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2)
    expect(daysBetween('2024-03-10', '2024-03-10')).toBe(0)
  })
})
