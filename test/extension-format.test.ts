import {describe, expect, it} from 'vitest'
import {createParser, defineFormat, defineRecognizer, parseRelease} from '../src/index.js'

const attendance = defineRecognizer({
  name: 'acme:gazette-attendance',
  kind: 'participants',
  match: (section) => (/^present$/i.test(section.title ?? '') ? 1 : 0),
  extract: (section) =>
    section.items.filter((node) => node.type === 'item').map((node) => ({name: node.text.split(',')[0] ?? '', title: node.text.split(',')[1]?.trim(), rank: 'listed', role: 'attendee' as const, node}))
})

const gazette = defineFormat({
  name: 'acme:gazette',
  kind: 'press-release',
  detect: ({title}) => (/^gazette:/i.test(title ?? '') ? 1 : 0),
  recognizers: [attendance]
})

const release = (title: string) => `# ${title}\n\nThe council met today in Oslo.\n\n## Present\n\n- Kari Nordmann, Chair of the Council\n- Ola Hansen, Secretary of the Council\n`

describe('formats', () => {
  it('should run the recognizers of the detected format first', () => {
    const parser = createParser({formats: [gazette]})
    const found = parser.parse(release('Gazette: Council session'), {meta: {published: '2026-03-03'}})
    expect(found.kind).toBe('press-release')
    expect(found.participants.map((person) => [person.name, person.title, person.rank])).toEqual([
      ['Kari Nordmann', 'Chair of the Council', 'listed'],
      ['Ola Hansen', 'Secretary of the Council', 'listed']
    ])
  })

  it('should leave a format’s recognizers out when another format is detected', () => {
    const parser = createParser({formats: [gazette]})
    const found = parser.parse(release('Readout of the Council session'), {meta: {published: '2026-03-03'}})
    expect(found.participants.some((person) => person.rank === 'listed')).toBe(false)
  })
})

describe('date diagnostics', () => {
  it('should report a bare date that nothing places in a year', () => {
    const found = parseRelease('The two ministers met on March 3 and agreed to expand trade.')
    expect(found.diagnostics.map((diagnostic) => diagnostic.code)).toContain('date/unresolved')
  })

  it('should report an impossible date instead of rolling it over', () => {
    const found = parseRelease('The two ministers met on February 30, 2025 and agreed to expand trade.')
    expect(found.diagnostics.map((diagnostic) => diagnostic.code)).toContain('date/impossible')
    expect(found.meetings.every((meeting) => meeting.date !== '2025-03-02')).toBe(true)
  })
})
