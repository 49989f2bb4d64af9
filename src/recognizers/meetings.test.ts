import {describe, expect, it} from 'vitest'
import {contextFor, runRecognizer as runWith, sectionFrom} from '../testing/index.js'
import {describeMeeting, findMeetingNames, meetingMode, meetingRecognizer} from './meetings.js'
import type {RecognizedKinds, Recognizer} from '../recognize/types.js'
/**
 * Run a recognizer on Markdown published on a date; its findings, or `undefined`.
 *
 * @param recognizer Recognizer.
 * @param markdown Markdown.
 * @param options Publication date (optional).
 * @returns Findings.
 */
function runRecognizer<K extends keyof RecognizedKinds>(recognizer: Recognizer<K>, markdown: string, options: {published?: string} = {}): RecognizedKinds[K] | undefined {
  const run = runWith(recognizer, markdown, options.published ? {meta: {published: options.published}} : {})
  return run.findings
}


/** Meeting findings of a Markdown snippet, without nodes. */
function meetings(markdown: string, published?: string) {
  return runRecognizer(meetingRecognizer, markdown, published ? {published} : {})?.map((finding) => {
    const {node, range, ...rest} = finding
    void node
    void range
    return rest
  })
}

describe('meetingRecognizer', () => {
  it('should read "met today" as a meeting on the publication date, at its venue', () => {
    expect(meetings('Secretary Austin met today with Minister Lee at the Pentagon.', '2024-10-30')).toEqual([
      expect.objectContaining({
        name: 'meeting',
        date: '2024-10-30',
        mode: 'in-person',
        location: {name: 'the Pentagon', venue: 'the Pentagon', city: null, country: 'US'}
      })
    ])
  })

  it('should read "spoke by phone" as a call without a location', () => {
    expect(meetings('President Roe spoke by phone today with Prime Minister Tan.', '2024-10-30')).toEqual([
      expect.objectContaining({name: 'call', mode: 'call', location: null, date: '2024-10-30'})
    ])
  })

  it('should read a named meeting with its ordinal, acronym, date and city', () => {
    expect(
      meetings('On 12 June 2021, the United States and Japan held the 3rd Extended Deterrence Dialogue (EDD) in Tokyo.', '2021-06-13')
    ).toEqual([
      expect.objectContaining({
        name: '3rd Extended Deterrence Dialogue',
        acronym: 'EDD',
        ordinal: 3,
        date: '2021-06-12',
        location: expect.objectContaining({city: 'Tokyo', country: 'JP'})
      })
    ])
  })

  it('should read an announced visit with its first and last day', () => {
    expect(meetings('The Minister will visit Singapore from 8 to 10 May 2019.', '2019-05-01')).toEqual([
      expect.objectContaining({name: 'visit', date: '2019-05-08', endDate: '2019-05-10', location: expect.objectContaining({country: 'SG'})})
    ])
  })

  it('should read the event of "on the margins of" as the venue', () => {
    const [meeting] = meetings('The ministers met on the margins of the Munich Security Conference.', '2024-02-17') ?? []
    expect(meeting?.location).toMatchObject({venue: 'Munich Security Conference', country: 'DE'})
  })

  it('should not swallow a date that follows the venue', () => {
    const [meeting] = meetings('The ministers met on the margins of the Munich Security Conference on February 17, 2024.', '2024-02-17') ?? []
    expect(meeting?.location).toMatchObject({venue: 'Munich Security Conference'})
  })

  it('should read nothing from outcome sentences', () => {
    expect(meetings('The sides reaffirmed their alliance.', '2024-02-17')).toBeUndefined()
  })

  it('should not read a background visit as the meeting', () => {
    expect(meetings('In January 2019, President Moon visited Washington.', '2024-02-17')).toBeUndefined()
  })

  it('should keep the first meeting sentence of a section', () => {
    const found = meetings('The ministers met today in Seoul. They also met in Busan.', '2024-02-17')
    expect(found).toHaveLength(1)
    expect(found?.[0]?.location).toMatchObject({city: 'Seoul'})
  })
})

describe('findMeetingNames', () => {
  const {context} = contextFor('test:names')

  /** Names in the first sentence of a paragraph. */
  function names(text: string) {
    const section = sectionFrom(text)
    const item = section.items[0]
    const sentence = item ? context.sentences(item)[0] : undefined
    return sentence ? findMeetingNames(sentence).map((name) => [name.name, name.acronym, name.ordinal]) : []
  }

  it('should read capitalized names that end in a meeting noun, with acronyms and ordinals', () => {
    expect(names('The 56th Security Consultative Meeting (SCM) was held in Washington.')).toEqual([['56th Security Consultative Meeting', 'SCM', 56]])
  })

  it('should read word ordinals', () => {
    expect(names('They held the Third Arctic Cooperation Dialogue.')).toEqual([['Third Arctic Cooperation Dialogue', null, 3]])
  })

  it('should read two names in one sentence', () => {
    expect(names('They held the Security Consultative Meeting and the 2+2 Ministerial Dialogue.').map(([name]) => name)).toEqual([
      'Security Consultative Meeting',
      '2+2 Ministerial Dialogue'
    ])
  })

  it('should not read the host event of "on the margins of" as a meeting name', () => {
    expect(names('They met on the margins of the Munich Security Conference.')).toEqual([])
  })
})

describe('describeMeeting', () => {
  it('should describe unnamed meetings from their sentence', () => {
    expect(describeMeeting('The leaders spoke by phone.', 'speak')).toBe('call')
    expect(describeMeeting('The leaders held a virtual meeting.', 'hold')).toBe('virtual meeting')
    expect(describeMeeting('The ministers held a trilateral meeting.', 'hold')).toBe('trilateral meeting')
    expect(describeMeeting('The Minister paid an official visit to Oslo.', 'pay')).toBe('official visit')
    expect(describeMeeting('The ministers signed the MOU today.', 'sign')).toBe('MOU signing')
    expect(describeMeeting('The ministers met.', 'meet')).toBe('meeting')
  })
})

describe('meetingMode', () => {
  it('should read calls and virtual meetings', () => {
    expect(meetingMode('The leaders spoke by phone today.')).toBe('call')
    expect(meetingMode('The President held a call with the Chancellor.')).toBe('call')
    expect(meetingMode('The ministers met virtually.')).toBe('virtual')
    expect(meetingMode('The ministers met by videoconference.')).toBe('virtual')
    expect(meetingMode('The ministers met in Oslo.')).toBeNull()
  })
})
