import {describe, expect, it} from 'vitest'
import {compileLexicons} from '../extract/analyze.js'
import {defaultLexicons} from '../lexicons/index.js'
import type {Diagnostic} from '../models/types.js'
import {createLineIndex, identityMap} from '../normalize/offsets.js'
import type {EngineResult} from '../recognize/engine.js'
import type {MeetingFinding, OutcomeFinding, ParticipantFinding} from '../recognize/types.js'
import {parseRelease} from '../parse.js'
import {toBlocks, type Block} from '../tree/blocks.js'
import {parseMarkdown} from '../tree/processor.js'
import {nameKey, nameWords, positionOf, resolve} from './resolve.js'

const compiled = compileLexicons(defaultLexicons)

/** A small world: Markdown, its blocks, and finding builders pointing into them. */
function world(markdown: string) {
  const blocks = toBlocks(parseMarkdown(markdown), markdown, identityMap).blocks
  const lines = createLineIndex(markdown)
  /** Range of `text` in block `index`. */
  const range = (index: number, text: string): [number, number] => {
    const block = blocks[index] as Block
    const start = block.text.indexOf(text)
    if (start < 0) throw new Error('No `' + text + '` in block ' + index)
    return [start, start + text.length]
  }
  const person = (index: number, name: string, extra: Partial<ParticipantFinding> = {}) => ({
    name,
    node: blocks[index] as Block,
    range: range(index, name),
    recognizer: 'test:people',
    ...extra
  })
  const meeting = (index: number, name: string, extra: Partial<MeetingFinding> = {}) => ({
    name,
    node: blocks[index] as Block,
    recognizer: 'test:meetings',
    ...extra
  })
  const outcome = (index: number, text: string, extra: Partial<OutcomeFinding> = {}) => ({
    node: blocks[index] as Block,
    range: range(index, text),
    recognizer: 'test:outcomes',
    ...extra
  })
  const run = (findings: Partial<EngineResult>, options: {publisherCountry?: string | null; otherCountry?: string | null} = {}) => {
    const diagnostics: Array<Pick<Diagnostic, 'code' | 'reason'>> = []
    const result = resolve({
      findings: {participants: [], outcomes: [], meetings: [], ...findings},
      lines,
      compiled,
      sectionOf: new Map(),
      publisherCountry: options.publisherCountry ?? null,
      countries: options.otherCountry ? [options.otherCountry] : [],
      pathOf: new Map(),
      virtual: new Set(),
      report: (code, reason) => diagnostics.push({code, reason})
    })
    return {...result, diagnostics}
  }
  return {markdown, blocks, person, meeting, outcome, run}
}

describe('resolve', () => {
  it('should merge "Secretary Austin" into the full name and keep it as an alias', () => {
    const w = world('U.S. Secretary of Defense Lloyd J. Austin III met Minister Lee Jong-sup.\n\nSecretary Austin thanked Minister Lee.')
    const {participants} = w.run({
      meetings: [w.meeting(0, 'meeting')],
      participants: [
        w.person(0, 'Lloyd J. Austin III', {title: 'Secretary of Defense', country: 'US', role: 'attendee'}),
        w.person(0, 'Lee Jong-sup', {title: 'Minister', role: 'attendee'}),
        w.person(1, 'Austin', {title: 'Secretary'}),
        w.person(1, 'Lee', {title: 'Minister'})
      ]
    })
    expect(participants.map((participant) => participant.name)).toEqual(['Lloyd J. Austin III', 'Lee Jong-sup'])
    expect(participants[0]?.aliases).toEqual(['Secretary Austin'])
    expect(participants[1]?.aliases).toEqual(['Minister Lee'])
    expect(participants[0]?.mentions).toHaveLength(2)
    expect(participants[1]?.mentions).toHaveLength(2)
  })

  it('should merge a family-name-first short form into the full Korean name', () => {
    const w = world('Minister Lee Jong-sup met the Secretary.\n\nMinister Lee agreed.')
    const {participants} = w.run({
      participants: [w.person(1, 'Lee', {title: 'Minister'}), w.person(0, 'Lee Jong-sup', {title: 'Minister'})]
    })
    expect(participants).toHaveLength(1)
    expect(participants[0]?.name).toBe('Lee Jong-sup')
  })

  it('should keep the fullest form of a name', () => {
    const w = world('President Joe Biden met.\n\nPresident Joseph R. Biden, Jr. spoke.')
    const {participants} = w.run({
      participants: [w.person(0, 'Joe Biden', {title: 'President'}), w.person(1, 'Joseph R. Biden, Jr.', {title: 'President'})]
    })
    expect(participants).toHaveLength(1)
    expect(participants[0]?.name).toBe('Joseph R. Biden, Jr.')
  })

  it('should not merge different people who share a family name', () => {
    const w = world('Minister Kim Sung-han met Minister Kim Yong-hyun.')
    const {participants} = w.run({
      participants: [w.person(0, 'Kim Sung-han', {title: 'Minister'}), w.person(0, 'Kim Yong-hyun', {title: 'Minister'})]
    })
    expect(participants).toHaveLength(2)
  })

  it('should never give a participant empty roles', () => {
    const w = world('Secretary Roe met Minister Tan. They recalled President Moon.')
    const {participants} = w.run({
      meetings: [w.meeting(0, 'meeting')],
      participants: [
        w.person(0, 'Roe', {title: 'Secretary', role: 'attendee'}),
        w.person(0, 'Tan', {title: 'Minister', role: 'attendee'}),
        w.person(0, 'Moon', {title: 'President'})
      ]
    })
    for (const participant of participants) expect(participant.roles.length).toBeGreaterThan(0)
  })

  it('should give people who did not take part the role mentioned, with no meeting', () => {
    const w = world('Secretary Roe met Minister Tan. They recalled President Moon.')
    const {participants} = w.run({
      meetings: [w.meeting(0, 'meeting')],
      participants: [w.person(0, 'Roe', {title: 'Secretary', role: 'attendee'}), w.person(0, 'Moon', {title: 'President', role: 'mentioned'})]
    })
    expect(participants.find((participant) => participant.name === 'Moon')?.roles).toEqual([{meetingId: null, role: 'mentioned'}])
    expect(participants.find((participant) => participant.name === 'Roe')?.roles).toEqual([{meetingId: 'm1', role: 'attendee'}])
  })

  it('should keep the strongest role of a person in a meeting', () => {
    const w = world('Minister Tan chaired the meeting.\n\nMinister Tan spoke.')
    const {participants} = w.run({
      meetings: [w.meeting(0, 'meeting')],
      participants: [w.person(0, 'Tan', {title: 'Minister', role: 'chair'}), w.person(1, 'Tan', {title: 'Minister', role: 'attendee'})]
    })
    expect(participants[0]?.roles).toEqual([{meetingId: 'm1', role: 'chair'}])
  })

  it('should give unqualified officials the publisher’s country, and foreign offices the other country', () => {
    const w = world('Secretary Jane Roe met Prime Minister Ola Tan.')
    const {participants} = w.run(
      {
        meetings: [w.meeting(0, 'meeting')],
        participants: [
          w.person(0, 'Jane Roe', {title: 'Secretary', role: 'attendee'}),
          w.person(0, 'Ola Tan', {title: 'Prime Minister', role: 'attendee'})
        ]
      },
      {publisherCountry: 'US', otherCountry: 'SG'}
    )
    expect(participants.map((participant) => participant.country)).toEqual(['US', 'SG'])
  })

  it('should report a short name that matches no one', () => {
    const w = world('Ambassador Tan met them.')
    const {diagnostics} = w.run({participants: [w.person(0, 'Tan')]})
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('participant/unresolved-reference')
  })

  it('should number participants in order of first mention', () => {
    const w = world('Minister Ola Tan and Secretary Jane Roe met.')
    const {participants} = w.run({
      participants: [w.person(0, 'Jane Roe', {title: 'Secretary'}), w.person(0, 'Ola Tan', {title: 'Minister'})]
    })
    expect(participants.map((participant) => [participant.id, participant.name])).toEqual([
      ['p1', 'Ola Tan'],
      ['p2', 'Jane Roe']
    ])
  })

  it('should keep the meetings of the first establishing sentence, and mark sessions', () => {
    const w = world('They held the Dialogue and a session of the Working Group.\n\nThey met again.')
    const {meetings} = w.run({
      meetings: [w.meeting(0, 'Dialogue'), w.meeting(0, 'Working Group', {session: true}), w.meeting(1, 'meeting')]
    })
    expect(meetings.map((meeting) => [meeting.id, meeting.name, meeting.parentId])).toEqual([
      ['m1', 'Dialogue', null],
      ['m2', 'Working Group', 'm1']
    ])
  })

  it('should give outcomes ids, kinds and CAMEO codes from their verbs, in document order', () => {
    const w = world('- Condemned the attack.\n- Reaffirmed the alliance.\n- A new fund.')
    const {outcomes} = w.run({
      outcomes: [
        w.outcome(1, 'Reaffirmed the alliance.', {verb: 'reaffirmed'}),
        w.outcome(0, 'Condemned the attack.', {verb: 'condemned'}),
        w.outcome(2, 'A new fund.', {verb: null})
      ]
    })
    expect(outcomes.map((outcome) => [outcome.id, outcome.verb, outcome.kind, outcome.cameo])).toEqual([
      ['o1', 'condemned', 'condemn', '111'],
      ['o2', 'reaffirmed', 'reaffirm', '030'],
      ['o3', null, 'other', null]
    ])
  })

  it('should keep one outcome per span', () => {
    const w = world('- Agreed to meet.')
    const {outcomes} = w.run({outcomes: [w.outcome(0, 'Agreed to meet.', {verb: 'agreed'}), w.outcome(0, 'Agreed to meet.', {verb: 'agreed'})]})
    expect(outcomes).toHaveLength(1)
  })

  it('should give outcome actors from the people named in the subject, or everyone for "the two leaders"', () => {
    const w = world('Secretary Jane Roe met Minister Ola Tan.\n\nSecretary Roe thanked Minister Tan.\n\nThe two leaders agreed.')
    const {outcomes} = w.run({
      meetings: [w.meeting(0, 'meeting')],
      participants: [
        w.person(0, 'Jane Roe', {title: 'Secretary', role: 'attendee'}),
        w.person(0, 'Ola Tan', {title: 'Minister', role: 'attendee'})
      ],
      outcomes: [
        w.outcome(1, 'Secretary Roe thanked Minister Tan.', {verb: 'thanked', subject: 'Secretary Roe'}),
        w.outcome(2, 'The two leaders agreed.', {verb: 'agreed', subject: 'The two leaders'})
      ]
    })
    expect(outcomes.map((outcome) => outcome.actors)).toEqual([['p1'], ['p1', 'p2']])
  })

  it('should give the countries of the parties as actors of a subjectless item', () => {
    const w = world('Secretary Jane Roe met Minister Ola Tan.\n\n- Agreed to meet.')
    const {outcomes} = w.run({
      meetings: [w.meeting(0, 'meeting')],
      participants: [
        w.person(0, 'Jane Roe', {title: 'Secretary', role: 'attendee', country: 'US'}),
        w.person(0, 'Ola Tan', {title: 'Minister', role: 'attendee', country: 'SG'})
      ],
      outcomes: [w.outcome(1, 'Agreed to meet.', {verb: 'agreed'})]
    })
    expect(outcomes[0]?.actors).toEqual(['US', 'SG'])
  })
})

describe('positionOf', () => {
  it('should give the original position of a finding’s range', () => {
    const w = world('Intro.\n\nSecretary Roe met.')
    const finding = w.person(1, 'Roe')
    const position = positionOf(finding, createLineIndex(w.markdown))
    expect(w.markdown.slice(position.start.offset, position.end.offset)).toBe('Roe')
    expect(position.start).toEqual({line: 3, column: 11, offset: 18})
  })
})

describe('nameKey and nameWords', () => {
  it('should compare names ignoring accents, case, hyphens and spaces', () => {
    expect(nameKey('Lee Jong-sup')).toBe(nameKey('Lee Jongsup'))
    expect(nameKey('António Guterres')).toBe(nameKey('antonio guterres'))
  })

  it('should drop initials and suffixes from name words', () => {
    expect(nameWords('Lloyd J. Austin III')).toEqual(['lloyd', 'austin'])
    expect(nameWords('Joseph R. Biden, Jr.')).toEqual(['joseph', 'biden'])
    expect(nameWords('K Shanmugam SC')).toEqual(['shanmugam'])
  })
})

describe('resolve through parseRelease', () => {
  it('should merge short references into the full names across a release', () => {
    const release = parseRelease(
      '# Readout of the Secretary’s Meeting\n\nSecretary of Defense Lloyd J. Austin III met today with Minister of National Defense Lee Jong-sup of the Republic of Korea at the Pentagon.\n\nSecretary Austin and Minister Lee reaffirmed the alliance.',
      {meta: {published: '2024-10-30'}}
    )
    const names = release.participants.map((participant) => [participant.name, participant.aliases])
    expect(names).toEqual([
      ['Lloyd J. Austin III', ['Secretary Austin']],
      ['Lee Jong-sup', ['Minister Lee']]
    ])
    expect(release.participants.every((participant) => participant.roles.length > 0)).toBe(true)
  })

  it('should give "look forward" the kind look-forward', () => {
    const release = parseRelease('Secretary Jane Roe met today with Minister Ola Tan.\n\nBoth delegations look forward to the next meeting.', {
      meta: {published: '2024-10-30'}
    })
    expect(release.outcomes[0]).toMatchObject({kind: 'look-forward', cameo: '036'})
  })

  it('should mark people of background sentences as mentioned', () => {
    const release = parseRelease(
      'Secretary of State Jane Roe met today with Foreign Minister Ola Tan of Singapore. In January 2019, President Ama Moon visited Singapore.',
      {meta: {published: '2024-10-30'}}
    )
    const moon = release.participants.find((participant) => participant.name === 'Ama Moon')
    expect(moon?.roles).toEqual([{meetingId: null, role: 'mentioned'}])
  })
})
