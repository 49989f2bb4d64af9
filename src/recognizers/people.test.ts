import {describe, expect, it} from 'vitest'
import {runRecognizer as runWith} from '../testing/index.js'
import {peopleRecognizer} from './people.js'
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


/** Name and role of each person found. */
function roles(markdown: string, published = '2024-02-17') {
  return runRecognizer(peopleRecognizer, markdown, {published})?.map((finding) => [finding.name, finding.role])
}

describe('peopleRecognizer', () => {
  it('should read co-chairs from "co-chaired by A and B"', () => {
    expect(roles('The Dialogue was co-chaired by Minister Halldorsdottir and Minister Solberg-Haugen.')).toEqual([
      ['Halldorsdottir', 'co-chair'],
      ['Solberg-Haugen', 'co-chair']
    ])
  })

  it('should read a single chair from "chaired by"', () => {
    expect(roles('The meeting was chaired by Minister Tan.')).toEqual([['Tan', 'chair']])
  })

  it('should read the host and the guest of a hosted meeting', () => {
    expect(roles('Secretary Austin hosted Minister Marles at the Pentagon today.')).toEqual([
      ['Austin', 'host'],
      ['Marles', 'attendee']
    ])
  })

  it('should read the people of a meeting sentence as attendees', () => {
    expect(roles('Secretary Austin met today with Minister Lee.')).toEqual([
      ['Austin', 'attendee'],
      ['Lee', 'attendee']
    ])
  })

  it('should read people of background sentences as mentioned', () => {
    expect(roles('Secretary Austin met today with Minister Lee. They recalled the visit of President Moon in January 2019.')).toContainEqual([
      'Moon',
      'mentioned'
    ])
  })

  it('should read people in a leading adverbial as mentioned', () => {
    expect(roles('Following the decision by President Moon, the ministers agreed to expand drills.')).toEqual([['Moon', 'mentioned']])
  })

  it('should keep titles, countries and ranks', () => {
    const [finding] = runRecognizer(peopleRecognizer, 'U.S. Secretary of Defense Lloyd J. Austin III met today with Gen. Park Ji-won.', {published: '2024-02-17'}) ?? []
    expect(finding).toMatchObject({name: 'Lloyd J. Austin III', title: 'Secretary of Defense', country: 'US'})
  })

  it('should point each finding at the name in its item', () => {
    const text = 'Secretary Austin met today with Minister Lee.'
    for (const finding of runRecognizer(peopleRecognizer, text, {published: '2024-02-17'}) ?? []) {
      expect(finding.node.text.slice(finding.range?.[0], finding.range?.[1])).toBe(finding.name)
    }
  })

  it('should give the meeting a role is in when the sentence names it', () => {
    const [finding] = runRecognizer(peopleRecognizer, 'The Dialogue was co-chaired by Minister Halldorsdottir and Minister Solberg-Haugen.') ?? []
    expect(finding?.meeting).toBe('Dialogue')
  })
})
