import {describe, expect, it} from 'vitest'
import {parseRelease} from '../src/index.js'
import {readSeed, score, shared} from './helpers/shared.js'
import {join} from 'node:path'

const seed = readSeed()

/**
 * Normalize text the way the outcome contract does: markup gone, entities
 * decoded, whitespace collapsed.
 *
 * @param text Text.
 * @returns Normalized text.
 */
function normalize(text: string): string {
  return text
    .replace(/^[ \t]*(?:[•·▪◦-]|\d+[.)])[ \t]+/gm, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
}

describe.skipIf(!seed)('the seed fact sheet (../shared/seeds)', () => {
  const release = seed ? parseRelease(seed.text) : undefined
  const gold = seed?.gold as {outcomes: Array<{section: string; verb: string; text: string}>} | undefined

  it('should score 1 on every figure of the shared scorer', () => {
    const scores = score(join(shared, 'seeds'), join(shared, 'seeds'))
    const {docs, errors, msPerDoc, participantP, outcomeP, ...figures} = scores
    expect(docs).toBe(1)
    expect(errors).toBe(0)
    expect(participantP).toBe(1)
    expect(outcomeP).toBe(1)
    void msPerDoc
    for (const [name, value] of Object.entries(figures)) expect([name, value]).toEqual([name, 1])
  })

  it('should read the kind, source, title and publication date', () => {
    expect(release?.kind).toBe('fact-sheet')
    expect(release?.source).toBe('Defense.gov')
    expect(release?.published).toBe('2024-10-30')
    expect(release?.title).toBe('U.S.-Republic of Korea Security Consultative Meeting and 2+2 Ministerial Dialogue Fact Sheet')
  })

  it('should find the SCM and the 2+2 dialogue on 2024-10-30 in Washington, D.C.', () => {
    expect(release?.meetings).toHaveLength(2)
    const [scm, dialogue] = release?.meetings ?? []
    expect(scm?.acronym).toBe('SCM')
    expect(scm?.name).toMatch(/Security Consultative Meeting$/)
    expect(dialogue?.name).toBe('2+2 Ministerial Dialogue')
    for (const meeting of release?.meetings ?? []) {
      expect(meeting.date).toBe('2024-10-30')
      expect(meeting.location).toMatchObject({name: 'Washington, D.C.', city: 'Washington', country: 'US'})
    }
  })

  it('should find the four co-chairs, with titles and countries, and no fifth person', () => {
    const people = (release?.participants ?? []).map((person) => [person.name, person.title, person.country])
    expect(people).toEqual([
      ['Lloyd J. Austin III', 'Secretary of Defense', 'US'],
      ['Lee Jong-sup', 'Minister of National Defense', 'KR'],
      ['Antony J. Blinken', 'Secretary of State', 'US'],
      ['Park Jin', 'Minister of Foreign Affairs', 'KR']
    ])
    for (const person of release?.participants ?? []) {
      expect(person.roles.length).toBeGreaterThan(0)
      expect(person.roles.every((role) => role.role === 'co-chair')).toBe(true)
    }
    // "Secretary Austin" and "Minister Lee" are the same people, not new ones.
    expect(release?.participants[0]?.aliases).toContain('Secretary Austin')
    expect(release?.participants[1]?.aliases).toContain('Minister Lee')
    // Blinken and Park co-chaired only the 2+2 dialogue.
    expect(release?.participants[2]?.roles).toEqual([{meetingId: 'm2', role: 'co-chair'}])
  })

  it('should find the 19 outcomes with their sections and verbs', () => {
    const outcomes = release?.outcomes ?? []
    expect(outcomes).toHaveLength(19)
    gold?.outcomes.forEach((expected, index) => {
      const outcome = outcomes[index]
      expect(outcome?.text.startsWith(expected.text.trimEnd())).toBe(true)
      expect(outcome?.section).toBe(expected.section)
      expect(outcome?.verb).toBe(expected.verb)
    })
    // Sections of the 2+2 dialogue belong to it.
    expect(outcomes.find((outcome) => outcome.section === 'Global Security and Cooperation')?.meetingId).toBe('m2')
    expect(outcomes.find((outcome) => outcome.section === 'North Korea Threat Response')?.meetingId).toBe('m1')
    expect(outcomes.find((outcome) => outcome.verb === 'condemned')?.cameo).toMatch(/^11/)
    expect(outcomes.filter((outcome) => outcome.verb === 'discussed').every((outcome) => outcome.cameo?.startsWith('04'))).toBe(true)
  })

  it('should slice the original input to each outcome’s text', () => {
    for (const outcome of release?.outcomes ?? []) {
      const slice = seed?.text.slice(outcome.position.start.offset, outcome.position.end.offset) ?? ''
      expect(normalize(slice)).toBe(outcome.text)
      const lines = seed?.text.split('\n') ?? []
      expect(lines[outcome.position.start.line - 1]?.slice(outcome.position.start.column - 1)).toBe(seed?.text.slice(outcome.position.start.offset).split('\n')[0])
    }
  })

  it('should set the trailer aside in provenance and flag the AI disclosure', () => {
    const trailer = ['The AI has provided us with the news.', 'Leave a Comment', '22']
    const outcomeText = (release?.outcomes ?? []).map((outcome) => outcome.text).join('\n')
    const sectionText = (release?.sections ?? []).map((section) => section.title).join('\n')
    for (const text of trailer) {
      expect(outcomeText).not.toContain(text)
      expect(sectionText).not.toContain(text)
      expect(release?.provenance.boilerplate.some((item) => item.text === text)).toBe(true)
    }
    expect(release?.provenance.generated.likely).toBe(true)
    expect(release?.provenance.generated.evidence.some((text) => /Gemini/.test(text))).toBe(true)
    for (const place of release?.provenance.generated.positions ?? []) {
      expect(seed?.text.slice(place.start.offset, place.end.offset)).toMatch(/AI|Gemini|article/)
    }
  })

  it('should round-trip through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(release))).toEqual(release)
  })
})
