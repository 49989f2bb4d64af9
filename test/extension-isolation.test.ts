import {fc, test as property} from '@fast-check/vitest'
import {describe, expect, it} from 'vitest'
import {createParser, defaultRecognizers, defineRecognizer, parseRelease} from '../src/index.js'
import type {AnyRecognizer, Diagnostic, Release, SectionItem} from '../src/index.js'
import {sectionsFrom} from '../src/testing/index.js'

// An invented readout, in the shape of a ministry release: title, dateline,
// an establishing paragraph and a bulleted list of outcomes.
const readout = `# Readout of Foreign Minister Ilse Brandt's Meeting with Minister of Trade Tomas Varga

June 3, 2025

Foreign Minister Ilse Brandt met today in Vienna with Hungarian Minister of Trade Tomas Varga. The two ministers reaffirmed their commitment to the Danube Transport Corridor.

## Outcomes

- The ministers agreed to convene a joint working group on river freight by September.
- Both sides welcomed the reopening of the Komarom rail bridge.
- They discussed energy security ahead of the winter.

## Background

Minister Varga last visited Vienna in March 2024.
`

const severities = new Set(['info', 'warning', 'error'])

/**
 * The records of a release, without its diagnostics.
 *
 * @param release Release.
 * @returns Meetings, participants and outcomes.
 */
function records(release: Release) {
  return {meetings: release.meetings, participants: release.participants, outcomes: release.outcomes}
}

/**
 * Assert that diagnostics have the documented shape.
 *
 * @param diagnostics Diagnostics.
 */
function expectWellFormed(diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    expect(typeof diagnostic.code).toBe('string')
    expect(typeof diagnostic.reason).toBe('string')
    expect(typeof diagnostic.source).toBe('string')
    expect(severities.has(diagnostic.severity)).toBe(true)
    if (diagnostic.place !== null) {
      expect(Number.isInteger(diagnostic.place.start.offset)).toBe(true)
      expect(diagnostic.place.start.offset).toBeGreaterThanOrEqual(0)
      expect(diagnostic.place.end.offset).toBeGreaterThanOrEqual(diagnostic.place.start.offset)
    }
  }
}

/**
 * Parse the readout with one extra recognizer in front of the built-ins.
 *
 * @param recognizer Recognizer (not necessarily well-behaved).
 * @returns Release.
 */
function parseWith(recognizer: unknown): Release {
  const release = createParser({recognizers: [recognizer as AnyRecognizer, ...defaultRecognizers]}).parse(readout)
  expectWellFormed(release.diagnostics)
  expect(JSON.parse(JSON.stringify(release))).toEqual(release)
  return release
}

/**
 * Diagnostics raised about one recognizer.
 *
 * @param release Release.
 * @param source Recognizer name.
 * @returns Diagnostics.
 */
function about(release: Release, source: string): Diagnostic[] {
  return release.diagnostics.filter((diagnostic) => diagnostic.source === source)
}

const baseline = parseRelease(readout)

describe('engine isolation', () => {
  it('should parse the fixture into records with the built-ins alone', () => {
    expect(baseline.meetings).toHaveLength(1)
    expect(baseline.participants.map((participant) => participant.name)).toEqual(['Ilse Brandt', 'Tomas Varga'])
    expect(baseline.outcomes.map((outcome) => outcome.kind)).toEqual(['reaffirm', 'agree', 'welcome', 'discuss'])
  })

  it('should turn a recognizer whose `match` throws into one error naming it', () => {
    let calls = 0
    const release = parseWith(
      defineRecognizer({
        name: 'acme:throws-in-match',
        kind: 'participants',
        priority: 50,
        match() {
          calls++
          throw new Error('match exploded')
        },
        extract: () => []
      })
    )
    const diagnostics = about(release, 'acme:throws-in-match')
    expect(diagnostics).toEqual([expect.objectContaining({code: 'recognizer/failed', severity: 'error'})])
    expect(diagnostics[0]?.reason).toContain('match exploded')
    // It is skipped for the rest of the release once it has thrown.
    expect(calls).toBe(1)
    expect(records(release)).toEqual(records(baseline))
  })

  it('should turn a recognizer whose `extract` throws into an error naming it', () => {
    const release = parseWith(
      defineRecognizer({
        name: 'acme:throws-in-extract',
        kind: 'outcomes',
        priority: 100,
        match: () => 1,
        extract() {
          throw new TypeError('Cannot read properties of undefined')
        }
      })
    )
    expect(about(release, 'acme:throws-in-extract')).toEqual([expect.objectContaining({code: 'recognizer/failed', severity: 'error'})])
    expect(records(release)).toEqual(records(baseline))
  })

  it('should survive thrown values that are not errors, even ones that cannot become strings', () => {
    for (const thrown of [undefined, null, 'a string', 42, {message: 7}, Object.create(null), {toString: () => { throw new Error('nested') }}]) {
      const release = parseWith({
        name: 'acme:throws-junk',
        kind: 'meetings',
        priority: 0,
        match: () => 1,
        extract() {
          throw thrown
        }
      })
      expect(about(release, 'acme:throws-junk')).toEqual([expect.objectContaining({code: 'recognizer/failed'})])
      expect(records(release)).toEqual(records(baseline))
    }
  })

  it('should ignore a result that is not an array, reporting it once', () => {
    for (const result of ['findings', 42, null, {length: 1, 0: {}}, new Map()]) {
      const release = parseWith({name: 'acme:not-an-array', kind: 'participants', match: () => 1, extract: () => result})
      expect(about(release, 'acme:not-an-array')).toEqual([expect.objectContaining({code: 'recognizer/invalid-result', severity: 'error'})])
      expect(records(release)).toEqual(records(baseline))
    }
  })

  it('should ignore findings without a node, or with a node from elsewhere', () => {
    const release = parseWith(
      defineRecognizer({
        name: 'acme:no-node',
        kind: 'participants',
        priority: 100,
        match: () => 1,
        extract: (section) => [
          {name: 'Nobody In Particular'} as never,
          {name: 'Copied Node', node: {...section.items[0]} as SectionItem},
          {name: 'Made-up Node', node: {type: 'paragraph', depth: 0, text: 'x', ordered: false, strong: false, sublist: false}}
        ]
      })
    )
    const diagnostics = about(release, 'acme:no-node')
    expect(diagnostics).toEqual([expect.objectContaining({code: 'recognizer/invalid-finding', severity: 'warning'})])
    expect(release.participants.map((participant) => participant.name)).toEqual(['Ilse Brandt', 'Tomas Varga'])
  })

  it('should ignore findings whose `range` is out of bounds, reversed, fractional or not a pair', () => {
    const ranges: unknown[] = [[0, 10_000], [-1, 3], [5, 2], [0.5, 3], [0, Number.NaN], [0], [0, 1, 2], 'all', {0: 0, 1: 2}]
    const release = parseWith(
      defineRecognizer({
        name: 'acme:bad-range',
        kind: 'outcomes',
        priority: 100,
        match: (section) => (section.title === 'Outcomes' ? 1 : 0),
        extract: (section) => ranges.map((range) => ({node: section.items[0] as SectionItem, range: range as [number, number]}))
      })
    )
    const diagnostics = about(release, 'acme:bad-range')
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]?.reason).toContain(String(ranges.length))
    expect(records(release)).toEqual(records(baseline))
  })

  it('should ignore findings whose fields have the wrong types, instead of failing later', () => {
    const junk = defineRecognizer({
      name: 'acme:junk-fields',
      kind: 'participants',
      priority: 100,
      match: () => 1,
      extract: (section) =>
        section.items.flatMap((node) => [
          {name: 'Ada Junk', title: 5, node},
          {name: 'Ada Junk', role: 'overlord', node},
          {name: 'Ada Junk', meeting: ['a'], node},
          {name: '   ', node},
          {name: 42, node}
        ]) as never
    })
    const outcomes = defineRecognizer({
      name: 'acme:junk-outcomes',
      kind: 'outcomes',
      priority: 100,
      match: () => 1,
      extract: (section) =>
        section.items.flatMap((node) => [
          {node, verb: 5},
          {node, subject: {}},
          {node, section: 3},
          {node, verbs: 'agreed'},
          {node, modality: 'maybe'},
          {node, text: null}
        ]) as never
    })
    const meetings = defineRecognizer({
      name: 'acme:junk-meetings',
      kind: 'meetings',
      priority: 100,
      match: () => 1,
      extract: (section) =>
        section.items.flatMap((node) => [
          {name: 'Summit', date: 'next Tuesday', node},
          {name: 'Summit', location: 'Paris', node},
          {name: 'Summit', ordinal: '3', node},
          {name: 'Summit', mode: 'carrier pigeon', node},
          {name: '', node}
        ]) as never
    })
    const release = createParser({recognizers: [junk, outcomes, meetings, ...defaultRecognizers]}).parse(readout)
    expectWellFormed(release.diagnostics)
    for (const name of ['acme:junk-fields', 'acme:junk-outcomes', 'acme:junk-meetings']) {
      expect(about(release, name)).toEqual([expect.objectContaining({code: 'recognizer/invalid-finding'})])
    }
    expect(records(release)).toEqual(records(baseline))
  })

  it('should ignore a finding whose getters throw', () => {
    const release = parseWith(
      defineRecognizer({
        name: 'acme:getter',
        kind: 'participants',
        match: () => 1,
        extract: (section) => [
          {
            get name(): string {
              throw new Error('getter exploded')
            },
            node: section.items[0] as SectionItem
          }
        ]
      })
    )
    expect(about(release, 'acme:getter')).toEqual([expect.objectContaining({code: 'recognizer/invalid-finding'})])
    expect(records(release)).toEqual(records(baseline))
  })

  it('should let built-ins still run when a priority-100 recognizer claims every section and passes', () => {
    const seen: Array<string | null> = []
    for (const kind of ['meetings', 'participants', 'outcomes'] as const) {
      const greedy = defineRecognizer({
        name: 'acme:greedy',
        kind,
        priority: 100,
        match(section) {
          seen.push(section.title)
          return 1
        },
        extract: () => undefined
      })
      const release = parseWith(greedy)
      expect(about(release, 'acme:greedy')).toEqual([])
      expect(records(release)).toEqual(records(baseline))
    }
    expect(seen).toContain('Outcomes')
  })

  it('should let built-ins still run when a priority-100 recognizer claims every section with empty findings', () => {
    const release = parseWith(defineRecognizer({name: 'acme:empty', kind: 'outcomes', priority: 100, match: () => 1, extract: () => []}))
    expect(records(release)).toEqual(records(baseline))
  })

  it('should give the items a priority-100 outcome recognizer claims to it, and keep the other records', () => {
    const greedy = defineRecognizer({
      name: 'acme:every-item',
      kind: 'outcomes',
      priority: 100,
      match: () => 1,
      extract: (section) => section.items.filter((node) => node.type !== 'heading').map((node) => ({node, verb: null}))
    })
    const release = parseWith(greedy)
    expect(release.meetings).toEqual(baseline.meetings)
    expect(release.participants).toEqual(baseline.participants)
    // Every paragraph and item is now one outcome, in document order, with valid ids.
    expect(release.outcomes.map((outcome) => outcome.id)).toEqual(release.outcomes.map((_, index) => 'o' + (index + 1)))
    expect(release.outcomes.map((outcome) => outcome.text)).toContain('Both sides welcomed the reopening of the Komarom rail bridge.')
    for (const outcome of release.outcomes) expect(readout.slice(outcome.position.start.offset, outcome.position.end.offset)).toContain(outcome.text.slice(0, 20))
    // The built-ins add nothing for the items it claimed.
    const items = sectionsFrom(readout, {format: 'auto'}).flatMap((section) => section.items.filter((node) => node.type !== 'heading'))
    expect(release.outcomes).toHaveLength(items.length)
  })

  it('should not let a lower-priority outcome recognizer read an item again in the same section', () => {
    // The list-item reader (priority 10) takes the whole bullet; the sentence reader (0) must not add its sentences.
    const text = '# Readout of the Meeting\n\nForeign Minister Ilse Brandt met today with Minister of Trade Tomas Varga.\n\n## Outcomes\n\n- The ministers agreed to open a consulate in Linz. They also discussed rail freight.\n- Both sides welcomed the new bridge.\n'
    expect(parseRelease(text).outcomes.map((outcome) => outcome.text)).toEqual([
      'The ministers agreed to open a consulate in Linz. They also discussed rail freight.',
      'Both sides welcomed the new bridge.'
    ])
  })

  it('should let one recognizer return several findings for the same item', () => {
    const twice = defineRecognizer({
      name: 'acme:twice',
      kind: 'outcomes',
      priority: 100,
      match: (section) => (section.title === 'Outcomes' ? 1 : 0),
      extract: (section) => section.items.slice(0, 1).flatMap((node) => [{node, range: [0, 20] as const}, {node, range: [21, node.text.length] as const}])
    })
    const outcomes = parseWith(twice).outcomes.filter((outcome) => outcome.section === 'Outcomes')
    expect(outcomes.slice(0, 2).map((outcome) => outcome.text)).toEqual(['The ministers agreed', 'to convene a joint working group on river freight by September.'])
  })

  it('should not disable a built-in when a recognizer with the same name throws', () => {
    const impostor = {...defaultRecognizers.find((recognizer) => recognizer.name === 'factsheet:people'), extract() {
      throw new Error('impostor')
    }} as AnyRecognizer
    const release = createParser({recognizers: [impostor, ...defaultRecognizers]}).parse(readout)
    expect(release.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({code: 'recognizer/failed'})]))
    expect(records(release)).toEqual(records(baseline))
  })

  it('should keep diagnostics well formed when a recognizer reports with junk options', () => {
    const release = parseWith(
      defineRecognizer({
        name: 'acme:reporter',
        kind: 'participants',
        match: (section) => (section.title === 'Outcomes' ? 1 : 0),
        extract(section, context) {
          const node = section.items[0]
          context.report('bad severity', {severity: 'fatal' as never, node})
          context.report('range out of bounds', {node, range: [0, 99_999]})
          context.report('foreign node', {node: {...(node as SectionItem)}})
          context.report('code is a number', {code: 7 as never})
          context.report(undefined as never)
          return undefined
        }
      })
    )
    const diagnostics = about(release, 'acme:reporter')
    expect(diagnostics.map((diagnostic) => diagnostic.reason)).toEqual(['bad severity', 'range out of bounds', 'foreign node', 'code is a number', 'undefined'])
    expect(diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['warning', 'warning', 'warning', 'warning', 'warning'])
  })

  property.prop([fc.anything({withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true})], {numRuns: 200})(
    'should never throw whatever a recognizer returns',
    (junk) => {
      for (const kind of ['meetings', 'participants', 'outcomes'] as const) {
        const release = createParser({
          recognizers: [{name: 'acme:fuzz', kind, priority: 100, match: () => 1, extract: () => junk as never}, ...defaultRecognizers]
        }).parse(readout)
        expectWellFormed(release.diagnostics)
        expect(records(release)).toEqual(records(baseline))
      }
    }
  )

  property.prop(
    [
      fc.array(
        fc.record(
          {
            name: fc.oneof(fc.string(), fc.constant('Jane Roe'), fc.anything()),
            title: fc.oneof(fc.string(), fc.anything()),
            role: fc.oneof(fc.constantFrom('chair', 'host', 'attendee', 'mentioned'), fc.anything()),
            text: fc.oneof(fc.string(), fc.anything()),
            verb: fc.oneof(fc.constantFrom('agreed', null), fc.anything()),
            date: fc.oneof(fc.constant('2025-06-03'), fc.anything()),
            location: fc.oneof(fc.record({name: fc.string()}), fc.anything()),
            node: fc.nat(20),
            range: fc.oneof(fc.tuple(fc.integer({min: -2, max: 200}), fc.integer({min: -2, max: 200})), fc.anything())
          },
          {requiredKeys: ['node']}
        ),
        {maxLength: 6}
      )
    ],
    {numRuns: 150}
  )('should never throw on findings with random fields pointing at real items', (shapes) => {
    for (const kind of ['meetings', 'participants', 'outcomes'] as const) {
      const recognizer = {
        name: 'acme:random-findings',
        kind,
        priority: 100,
        match: () => 1,
        extract: (section: {items: readonly SectionItem[]}) =>
          section.items.length === 0 ? undefined : shapes.map((shape) => ({...shape, node: section.items[shape.node % section.items.length]}))
      }
      const release = createParser({recognizers: [recognizer as unknown as AnyRecognizer, ...defaultRecognizers]}).parse(readout)
      expectWellFormed(release.diagnostics)
      expect(JSON.parse(JSON.stringify(release))).toEqual(release)
      for (const participant of release.participants) expect(typeof participant.name).toBe('string')
      for (const meeting of release.meetings) expect(meeting.date === null || /^\d{4}-\d{2}-\d{2}$/.test(meeting.date)).toBe(true)
    }
  })
})
