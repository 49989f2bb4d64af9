import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {FactsheetError} from '../diagnostics/error.js'
import {defineRecognizer} from '../recognize/define.js'
import type {ParticipantFinding, Recognizer, Section} from '../recognize/types.js'
import {createParser} from '../parse-release.js'
import {
  contextFor,
  RecognizerTestError,
  runRecognizer,
  sectionFrom,
  sectionsFrom,
  testRecognizer,
  type RecognizerCases,
  type TestApi
} from './index.js'

// An invented "In attendance" recognizer, the kind users write.
const attendees = defineRecognizer({
  name: 'acme:in-attendance',
  kind: 'participants',
  match: (section) => (/^in attendance$/i.test(section.title ?? '') ? 1 : 0),
  extract(section, context) {
    const findings: ParticipantFinding[] = []
    for (const node of section.items) {
      if (node.type !== 'item') continue
      const [name = '', ...title] = node.text.split(', ')
      if (name === '') context.report('Empty attendee', {node})
      else findings.push({name, title: title.join(', ') || undefined, role: 'attendee', node, range: [0, name.length]})
    }
    return findings
  }
})

/**
 * A fake test runner that records what `testRecognizer` declares.
 *
 * @returns The API and the tests declared, by name.
 */
function recorder(): {api: TestApi; suites: string[]; tests: Array<[string, () => void]>} {
  const suites: string[] = []
  const tests: Array<[string, () => void]> = []
  return {
    suites,
    tests,
    api: {
      describe(name, body) {
        suites.push(name)
        body()
      },
      it(name, body) {
        tests.push([name, body])
      }
    }
  }
}

describe('sectionsFrom', () => {
  it('should list the part before the first heading, then each section, in order', () => {
    expect(sectionsFrom('Intro.\n\n## One\n\nText.\n\n### Two\n\nMore.').map((section) => section.title)).toEqual([null, 'One', 'Two'])
  })

  it('should keep the part before the first heading even when it is empty, as the engine does', () => {
    const sections = sectionsFrom('## In attendance\n\n- Jane Roe')
    expect(sections.map((section) => section.title)).toEqual([null, 'In attendance'])
    expect(sections[0]?.items).toEqual([])
  })

  it('should give the sections a recognizer sees in a real parse', () => {
    const input = '# Readout of the Meeting\n\nThe ministers met today.\n\n## Outcomes\n\n(a) The sides agreed to meet again.\n\nIn Attendance: Jane Roe, Omar Haddad.'
    let seen: readonly Section[] = []
    const spy = defineRecognizer({
      name: 'acme:spy',
      kind: 'outcomes',
      match(_, context) {
        seen = context.sections
        return 0
      },
      extract: () => undefined
    })
    createParser({recognizers: [spy]}).parse(input, {format: 'markdown'})
    const sections = sectionsFrom(input)
    expect(sections).toEqual(seen)
    // The title is the first item of the untitled section; paragraph numbers and lead-ins are split off.
    expect(sections[0]?.items[0]).toMatchObject({type: 'heading', depth: 0, text: 'Readout of the Meeting'})
    expect(sections.find((section) => section.title === 'Outcomes')?.items[0]?.text).toBe('The sides agreed to meet again.')
    expect(sections.at(-1)).toMatchObject({title: 'In Attendance', items: [{text: 'Jane Roe, Omar Haddad.'}]})
  })

  it('should read plain text when asked to', () => {
    const sections = sectionsFrom('Readout of the Gaggle\n\nIN ATTENDANCE\n\n• Jane Roe, Press Secretary\n• Omar Haddad, Minister of Finance', {format: 'text'})
    const section = sections.find((candidate) => candidate.title === 'IN ATTENDANCE')
    expect(section?.items.map((item) => item.text)).toEqual(['Jane Roe, Press Secretary', 'Omar Haddad, Minister of Finance'])
  })

  it('should throw a FactsheetError on misuse, as parseRelease does', () => {
    expect(() => sectionsFrom(42 as unknown as string)).toThrow(FactsheetError)
    expect(() => sectionsFrom('x', {format: 'html' as never})).toThrow(FactsheetError)
  })
})

describe('sectionFrom', () => {
  it('should return the first section that has items', () => {
    const section = sectionFrom('## In attendance\n\n- Jane Roe, Press Secretary')
    expect(section.title).toBe('In attendance')
    expect(section.items.map((item) => [item.type, item.depth, item.text])).toEqual([['item', 1, 'Jane Roe, Press Secretary']])
  })

  it('should return an empty untitled section for an empty snippet', () => {
    expect(sectionFrom('')).toMatchObject({title: null, items: []})
  })
})

describe('contextFor', () => {
  it('should collect reports with the recognizer as source', () => {
    const {context, diagnostics} = contextFor('acme:test')
    context.report('Something odd', {code: 'acme/odd', severity: 'info'})
    context.report('Default code')
    expect(diagnostics).toEqual([
      {code: 'acme/odd', reason: 'Something odd', severity: 'info', source: 'acme:test', place: null},
      {code: 'recognizer/message', reason: 'Default code', severity: 'warning', source: 'acme:test', place: null}
    ])
  })

  it('should analyze items with the built-in reader, cached', () => {
    const {context} = contextFor('acme:test', {published: '2025-06-03'})
    const node = sectionFrom('Foreign Minister Ilse Brandt met today with Minister of Trade Tomas Varga.').items[0]
    if (!node) throw new Error('no item')
    const [sentence] = context.sentences(node)
    expect(sentence?.people.map((person) => person.name)).toEqual(['Ilse Brandt', 'Tomas Varga'])
    expect(sentence?.dates[0]?.date).toBe('2025-06-03')
    expect(context.sentences(node)).toBe(context.sentences(node))
    expect(context.item(node).verb?.base).toBe('meet')
  })

  it('should extend the lexicons', () => {
    const node = sectionFrom('Grand Vizier Omar Haddad received the delegation.').items[0]
    if (!node) throw new Error('no item')
    expect(contextFor('acme:test').context.item(node).people).toEqual([])
    const {context} = contextFor('acme:test', {lexicons: {officeHeads: ['Vizier']}})
    expect(context.lexicons.officeHeads).toContain('Vizier')
    expect(context.item(node).people.map((person) => [person.name, person.title])).toEqual([['Omar Haddad', 'Grand Vizier']])
  })

  it('should report what it was given', () => {
    const sections = sectionsFrom('## One\n\nText.')
    const {context} = contextFor('acme:test', {kind: 'readout', title: 'Readout', sections, referenceDate: '2025-01-01'})
    expect(context).toMatchObject({kind: 'readout', title: 'Readout', sections, referenceDate: '2025-01-01', published: null})
  })
})

describe('runRecognizer', () => {
  it('should return the findings as returned, the sections matched and no diagnostics', () => {
    const run = runRecognizer(attendees, '# Visit\n\nIntro.\n\n## In attendance\n\n- Jane Roe, Press Secretary\n- Omar Haddad')
    expect(run.findings).toMatchObject([
      {name: 'Jane Roe', title: 'Press Secretary', role: 'attendee', range: [0, 8]},
      {name: 'Omar Haddad', title: undefined}
    ])
    expect(run.findings?.[0]?.node.text).toBe('Jane Roe, Press Secretary')
    expect(run.sections.map((section) => section.title)).toEqual(['In attendance'])
    expect(run.diagnostics).toEqual([])
    // The release holds what the engine made of them.
    expect(run.release.participants.map((participant) => participant.name)).toEqual(['Jane Roe', 'Omar Haddad'])
  })

  it('should return undefined findings when nothing matched', () => {
    const run = runRecognizer(attendees, '## Background\n\nProse.')
    expect(run.findings).toBeUndefined()
    expect(run.sections).toEqual([])
  })

  it('should collect the recognizer\'s reports with their places', () => {
    const input = '## In attendance\n\n- , Press Secretary'
    const run = runRecognizer(attendees, input)
    expect(run.findings).toEqual([])
    expect(run.diagnostics).toMatchObject([{code: 'recognizer/message', reason: 'Empty attendee', source: 'acme:in-attendance'}])
    const place = run.diagnostics[0]?.place
    expect(place && input.slice(place.start.offset, place.end.offset)).toBe(', Press Secretary')
  })

  it('should report findings the engine rejects', () => {
    const broken = defineRecognizer({
      name: 'acme:broken',
      kind: 'participants',
      match: () => 1,
      extract: (section) => section.items.map((node) => ({name: node.text, node, range: [0, 999] as const}))
    })
    const run = runRecognizer(broken, '## In attendance\n\n- Jane Roe')
    expect(run.findings).toHaveLength(1)
    expect(run.diagnostics).toMatchObject([{code: 'recognizer/invalid-finding', source: 'acme:broken'}])
    expect(run.release.participants).toEqual([])
  })

  it('should rethrow what the recognizer throws', () => {
    const error = new RangeError('boom')
    const throwing = defineRecognizer({
      name: 'acme:throws',
      kind: 'outcomes',
      match: () => 1,
      extract() {
        throw error
      }
    })
    expect(() => runRecognizer(throwing, 'Text.')).toThrow(error)
  })

  it('should pass options through to the parse', () => {
    const dated = defineRecognizer({
      name: 'acme:dated',
      kind: 'meetings',
      match: () => 1,
      extract: (section, context) => section.items.slice(0, 1).map((node) => ({name: 'call', date: context.published, node}))
    })
    expect(runRecognizer(dated, 'They spoke today.', {meta: {published: '2025-06-03'}}).findings).toMatchObject([{date: '2025-06-03'}])
    const vizier = runRecognizer(attendees, '## In attendance\n\n- Omar Haddad, Grand Vizier', {lexicons: {officeHeads: ['Vizier']}})
    expect(vizier.release.participants[0]?.title).toBe('Grand Vizier')
  })

  it('should reject something that is not a recognizer', () => {
    expect(() => runRecognizer({} as never, 'x')).toThrow(FactsheetError)
  })
})

describe('testRecognizer', () => {
  const cases = {
    valid: [
      {input: '## In attendance\n\n- Jane Roe, Press Secretary', expected: [{name: 'Jane Roe', title: 'Press Secretary'}]},
      {name: 'two people', input: '## In Attendance\n\n- Jane Roe\n- Omar Haddad, Minister of Finance', expected: [{name: 'Jane Roe'}, {name: 'Omar Haddad', role: 'attendee' as const}]},
      {input: '## In attendance\n\n- , Nobody', expected: [], diagnostics: [{reason: 'Empty attendee'}]}
    ],
    invalid: ['## Background\n\nProse.', {name: 'a list elsewhere', input: '## Outcomes\n\n- Jane Roe, Press Secretary'}]
  }

  it('should declare one describe named after the recognizer and one it per case', () => {
    const {api, suites, tests} = recorder()
    testRecognizer(attendees, cases, api)
    expect(suites).toEqual(['acme:in-attendance'])
    expect(tests.map(([name]) => name)).toEqual([
      'valid: ## In attendance',
      'valid: two people',
      'valid: ## In attendance',
      'invalid: ## Background',
      'invalid: a list elsewhere'
    ])
  })

  it('should pass every case of a correct recognizer', () => {
    const tests: Array<() => void> = []
    testRecognizer(attendees, cases, {describe: (_, body) => body(), it: (_, body) => tests.push(body)})
    expect(tests).toHaveLength(5)
    for (const test of tests) test()
  })

  it('should fail a valid case whose findings differ, with a diff-able error', () => {
    const tests: Array<() => void> = []
    testRecognizer(
      attendees,
      {valid: [{input: '## In attendance\n\n- Jane Roe, Press Secretary', expected: [{name: 'Jane Roe', title: 'Spokesperson'}]}], invalid: []},
      {describe: (_, body) => body(), it: (_, body) => tests.push(body)}
    )
    let error: unknown
    try {
      tests[0]?.()
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(RecognizerTestError)
    expect(error).toMatchObject({showDiff: true, actual: [{name: 'Jane Roe', title: 'Press Secretary'}], expected: [{name: 'Jane Roe', title: 'Spokesperson'}]})
  })

  it('should fail on a different number of findings, invalid findings, unexpected diagnostics, a match on an invalid case, or a throw', () => {
    const broken = defineRecognizer({
      name: 'acme:broken',
      kind: 'participants',
      match: () => 1,
      extract: (section) => section.items.map((node) => ({name: node.text, node, range: [5, 1] as const}))
    })
    const throwing = defineRecognizer({
      name: 'acme:throws',
      kind: 'participants',
      match() {
        throw new Error('boom')
      },
      extract: () => undefined
    })
    const failing: Array<[Recognizer<'participants'>, RecognizerCases<'participants'>]> = [
      [attendees, {valid: [{input: '## In attendance\n\n- Jane Roe\n- Omar Haddad', expected: [{name: 'Jane Roe'}]}], invalid: []}],
      [attendees, {valid: [{input: '## In attendance\n\n- , Nobody', expected: [], diagnostics: []}], invalid: []}],
      [attendees, {valid: [], invalid: ['## In attendance\n\n- Jane Roe']}],
      [broken, {valid: [{input: '## In attendance\n\n- Jane Roe', expected: [{name: 'Jane Roe'}]}], invalid: []}],
      [throwing, {valid: [], invalid: ['Text.']}]
    ]
    for (const [recognizer, testCases] of failing) {
      const tests: Array<() => void> = []
      testRecognizer(recognizer, testCases, {describe: (_, body) => body(), it: (_, body) => tests.push(body)})
      expect(tests).toHaveLength(1)
      expect(tests[0]).toThrow()
    }
  })

  it('should use the runner\'s globals when no API is given, and say so when there are none', () => {
    const globals = globalThis as {describe?: unknown; it?: unknown}
    const saved = {describe: globals.describe, it: globals.it}
    try {
      const {api, suites} = recorder()
      globals.describe = api.describe
      globals.it = api.it
      testRecognizer(attendees, {valid: [], invalid: []})
      expect(suites).toEqual(['acme:in-attendance'])
      delete globals.describe
      delete globals.it
      expect(() => testRecognizer(attendees, {valid: [], invalid: []})).toThrow(/expected `\{describe, it\}`/)
    } finally {
      if (saved.describe === undefined) delete globals.describe
      else globals.describe = saved.describe
      if (saved.it === undefined) delete globals.it
      else globals.it = saved.it
    }
  })

  it('should reject malformed cases at once', () => {
    const {api} = recorder()
    expect(() => testRecognizer(attendees, {valid: 'x'} as never, api)).toThrow(FactsheetError)
    expect(() => testRecognizer(null as never, {valid: [], invalid: []}, api)).toThrow(FactsheetError)
  })

  it('should not import a test runner, so the entry loads without one', () => {
    const source = readFileSync(new URL('index.ts', import.meta.url), 'utf8')
    // Code lines only: the TSDoc example may show a user importing vitest.
    expect(source).not.toMatch(/^import\b[^\n]*['"]vitest['"]|\bimport\( ?['"]vitest['"]|\brequire\( ?['"]vitest['"]/m)
  })
})

// The real thing: the cases above, registered with vitest itself.
testRecognizer(attendees, cases(), {describe, it})

/**
 * Cases for the registration with vitest.
 *
 * @returns Cases.
 */
function cases(): RecognizerCases<'participants'> {
  return {
    valid: [
      {input: '## In attendance\n\n- Jane Roe, Press Secretary', expected: [{name: 'Jane Roe', title: 'Press Secretary', role: 'attendee'}]},
      {input: '## In attendance\n\n- Omar Haddad, Grand Vizier', expected: [{name: 'Omar Haddad', title: 'Grand Vizier'}], options: {lexicons: {officeHeads: ['Vizier']}}}
    ],
    invalid: ['## Background\n\nThe ministers last met in 2019.']
  }
}
