import {describe, expect, it} from 'vitest'
import {consistencyCheck} from '../src/checks/consistency.js'
import {parseRelease} from '../src/index.js'
import type {CheckReport, Release} from '../src/index.js'
import {at, context, find, meeting, outcome, participant, release} from './checks-fixtures.js'

/**
 * Run the consistency check and keep the reports with one code.
 *
 * @param value Release.
 * @param code Code.
 * @param text Original input (optional).
 * @returns Reports.
 */
function reports(value: Release, code: string, text?: string): CheckReport[] {
  return consistencyCheck.check(value, context(text)).filter((report) => report.code === code)
}

describe('consistencyCheck', () => {
  it('should be a frozen check named `factsheet:consistency`', () => {
    expect(consistencyCheck.name).toBe('factsheet:consistency')
    expect(Object.isFrozen(consistencyCheck)).toBe(true)
  })

  it('should report nothing on an empty release', () => {
    expect(consistencyCheck.check(release(), context())).toEqual([])
    expect(consistencyCheck.check(release(), context(''))).toEqual([])
  })

  describe('meeting/after-publication', () => {
    const text = 'Secretary Roe met Minister Doe in Oslo on May 9, 2024. They discussed Arctic security.'
    const held = release({
      published: '2024-05-03',
      meetings: [meeting({date: '2024-05-09', position: find(text, 'Secretary Roe met Minister Doe in Oslo on May 9, 2024.')})],
      outcomes: [outcome({modality: 'done'})]
    })

    it('should warn about a meeting reported as held after the release was published', () => {
      expect(reports(held, 'meeting/after-publication', text)).toEqual([
        {
          code: 'meeting/after-publication',
          reason: 'Meeting `meeting` is dated 2024-05-09, after the release was published (2024-05-03)',
          severity: 'warning',
          place: held.meetings[0]?.position
        }
      ])
    })

    it('should give info for an announcement ("will meet")', () => {
      const future = 'Secretary Roe will meet Minister Doe in Oslo on May 9, 2024. They will discuss Arctic security.'
      const value = release({...held, meetings: [meeting({date: '2024-05-09', position: find(future, 'Secretary Roe will meet Minister Doe in Oslo on May 9, 2024.')})]})
      const [report] = reports(value, 'meeting/after-publication', future)
      expect(report?.severity).toBe('info')
      expect(report?.reason).toMatch(/the text announces it$/)
    })

    it('should give info for "is scheduled to", "plans to" and "upcoming"', () => {
      for (const sentence of ['Secretary Roe is scheduled to meet Minister Doe on May 9.', 'Secretary Roe plans to meet Minister Doe on May 9.', 'The upcoming meeting of Secretary Roe and Minister Doe is on May 9.']) {
        const value = release({...held, meetings: [meeting({date: '2024-05-09', position: at(0, sentence.length)})]})
        expect(reports(value, 'meeting/after-publication', sentence)[0]?.severity, sentence).toBe('info')
      }
    })

    it('should give info when the title announces the meeting', () => {
      const value = release({...held, title: 'Secretary Roe Will Travel to Norway'})
      expect(reports(value, 'meeting/after-publication', text)[0]?.severity).toBe('info')
    })

    it('should give info without the text when every outcome of the meeting is planned', () => {
      const value = release({...held, outcomes: [outcome({modality: 'future'}), outcome({id: 'o2', modality: 'intent'})]})
      const [report] = reports(value, 'meeting/after-publication')
      expect(report?.severity).toBe('info')
      expect(report?.reason).toMatch(/its outcomes are all planned$/)
    })

    it('should give info without the text when the meeting has no outcomes', () => {
      const value = release({...held, outcomes: []})
      expect(reports(value, 'meeting/after-publication')[0]?.severity).toBe('info')
    })

    it('should give info for one day, which a time zone may explain', () => {
      const value = release({...held, meetings: [meeting({date: '2024-05-04', position: held.meetings[0]?.position ?? at(0)})]})
      const [report] = reports(value, 'meeting/after-publication', text)
      expect(report?.severity).toBe('info')
      expect(report?.reason).toMatch(/time-zone difference/)
    })

    it('should leave a one-day gap to the `date/local-date` diagnostic that explains it', () => {
      const value = release({
        ...held,
        meetings: [meeting({date: '2024-05-04', position: held.meetings[0]?.position ?? at(0)})],
        diagnostics: [{code: 'date/local-date', reason: '"Today" at Tokyo was 2024-05-04', severity: 'info', source: 'factsheet', place: null}]
      })
      expect(reports(value, 'meeting/after-publication', text)).toEqual([])
    })

    it('should say nothing about meetings on or before the publication date, or without dates', () => {
      for (const date of ['2024-05-03', '2024-05-01', null]) {
        expect(reports(release({...held, meetings: [meeting({date})]}), 'meeting/after-publication', text), String(date)).toEqual([])
      }
      expect(reports(release({...held, published: null}), 'meeting/after-publication', text)).toEqual([])
    })

    it('should compare the date of a publication date-time', () => {
      const value = release({...held, published: '2024-05-09T22:30:00-04:00'})
      expect(reports(value, 'meeting/after-publication', text)).toEqual([])
    })
  })

  describe('meeting/end-before-start', () => {
    it('should warn about a meeting that ends before it starts', () => {
      const value = release({meetings: [meeting({name: 'Dialogue', date: '2024-05-09', endDate: '2024-05-07'})]})
      expect(reports(value, 'meeting/end-before-start')).toEqual([
        {code: 'meeting/end-before-start', reason: 'Meeting `Dialogue` ends (2024-05-07) before it starts (2024-05-09)', severity: 'warning', place: at(0)}
      ])
      expect(reports(release({meetings: [meeting({date: '2024-05-07', endDate: '2024-05-09'})]}), 'meeting/end-before-start')).toEqual([])
    })
  })

  describe('meeting/ordinal-mismatch', () => {
    const scm = (ordinal: number, date: string) =>
      release({meetings: [meeting({name: `${ordinal}th Security Consultative Meeting`, acronym: 'SCM', ordinal, date, position: at(0, 40)})]})

    it('should give info when an annual series would be at another ordinal', () => {
      const text = 'They held the 56th Security Consultative Meeting (SCM) in Washington. The first SCM was held in 1968, and the SCM has met annually since.'
      expect(reports(scm(56, '2024-10-30'), 'meeting/ordinal-mismatch', text)).toEqual([
        {
          code: 'meeting/ordinal-mismatch',
          reason:
            '`56th Security Consultative Meeting` is the 56th in 2024, but an annual series first held in 1968 would be at its 57th; check the ordinal, the date, or whether the series skipped years',
          severity: 'info',
          place: at(0, 40)
        }
      ])
    })

    it('should accept an ordinal that fits', () => {
      const text = 'The first SCM was held in 1968. The SCM is an annual meeting.'
      expect(reports(scm(57, '2024-10-30'), 'meeting/ordinal-mismatch', text)).toEqual([])
    })

    it('should read a first year after an abbreviation with periods', () => {
      const text = 'The first U.S.-ROK SCM was held in 1968; the SCM is annual.'
      expect(reports(scm(56, '2024-10-30'), 'meeting/ordinal-mismatch', text)).toHaveLength(1)
    })

    it('should read "held annually since" and the name of the series', () => {
      const text = 'The Security Consultative Meeting has been held annually since 1968.'
      expect(reports(scm(56, '2024-10-30'), 'meeting/ordinal-mismatch', text)).toHaveLength(1)
    })

    it('should say nothing when the text does not say the series is annual', () => {
      const text = 'The first SCM was held in 1968.'
      expect(reports(scm(56, '2024-10-30'), 'meeting/ordinal-mismatch', text)).toEqual([])
    })

    it('should say nothing when the first year is given for something else', () => {
      const text = 'The Alliance was established in 1953. The SCM is held annually.'
      expect(reports(scm(56, '2024-10-30'), 'meeting/ordinal-mismatch', text)).toEqual([])
    })

    it('should say nothing without the text, an ordinal or a date', () => {
      const text = 'The first SCM was held in 1968 and is annual.'
      expect(reports(scm(56, '2024-10-30'), 'meeting/ordinal-mismatch')).toEqual([])
      expect(reports(release({meetings: [meeting({acronym: 'SCM', date: '2024-10-30'})]}), 'meeting/ordinal-mismatch', text)).toEqual([])
      expect(reports(release({meetings: [meeting({acronym: 'SCM', ordinal: 56})]}), 'meeting/ordinal-mismatch', text)).toEqual([])
    })
  })

  describe('participant/conflicting-offices', () => {
    const person = (title: string | null, aliases: string[], name = 'Antony J. Blinken') => release({participants: [participant({name, title, aliases})]})

    it('should warn about a person given two different offices', () => {
      expect(reports(person('National Security Advisor', ['Secretary of State Blinken']), 'participant/conflicting-offices')).toEqual([
        {
          code: 'participant/conflicting-offices',
          reason: 'Antony J. Blinken is given two offices: `National Security Advisor` and `Secretary of State`',
          severity: 'warning',
          place: at(10, 18)
        }
      ])
      expect(reports(person('Secretary of State', ['Deputy Secretary Blinken']), 'participant/conflicting-offices')).toHaveLength(1)
      expect(reports(person('Prime Minister', ['President Blinken', 'Prime Minister Blinken']), 'participant/conflicting-offices')).toHaveLength(1)
    })

    it('should accept short and reordered forms of one office', () => {
      for (const [title, alias] of [
        ['Secretary of Defense', 'Secretary Austin'],
        ['Minister of National Defense', 'Defense Minister Austin'],
        ['Minister of Defence', 'Defense Minister Austin'],
        ['Minister for Foreign Affairs', 'Foreign Minister Austin'],
        ['Vice Minister of Justice', 'Vice Minister Austin'],
        ['Attorney-General', 'Attorney General Austin'],
        ['Senior Minister of State', 'SMS Austin'],
        ['Secretary of Defense', 'U.S. Secretary of Defense Austin']
      ] as const) {
        expect(reports(person(title, [alias], 'Lloyd Austin'), 'participant/conflicting-offices'), `${title} / ${alias}`).toEqual([])
      }
    })

    it('should accept two offices that a compound title holds', () => {
      const value = person('Minister for Law and Minister for Home Affairs', ['Home Affairs Minister Shanmugam', 'Law Minister Shanmugam'], 'K Shanmugam')
      expect(reports(value, 'participant/conflicting-offices')).toEqual([])
    })

    it('should not read another form of the name as a title', () => {
      expect(reports(person('President', ['Joseph R. Biden', 'Joe Biden'], 'Joseph R. Biden Jr.'), 'participant/conflicting-offices')).toEqual([])
      expect(reports(person('President', ['Jong-sup Lee'], 'Lee Jong-sup'), 'participant/conflicting-offices')).toEqual([])
    })

    it('should ignore former offices', () => {
      expect(reports(person('Secretary of State', ['Former Senator Blinken']), 'participant/conflicting-offices')).toEqual([])
    })
  })

  describe('participant/unresolved-reference', () => {
    const text = 'Minister of National Defense Kim Yong-hyun met Secretary Austin. Minister Lee thanked him.'
    const kim = participant({id: 'p1', name: 'Kim Yong-hyun', title: 'Minister of National Defense', country: 'KR', mentions: [find(text, 'Kim Yong-hyun')]})
    const lee = participant({id: 'p2', name: 'Lee', title: 'Minister', country: 'KR', mentions: [find(text, 'Lee')]})

    it('should warn about a titled reference that matches nobody while someone else holds that office', () => {
      expect(reports(release({participants: [kim, lee]}), 'participant/unresolved-reference', text)).toEqual([
        {
          code: 'participant/unresolved-reference',
          reason: '`Minister Lee` matches no one introduced with a full name; the release names Kim Yong-hyun (Minister of National Defense) in that office',
          severity: 'warning',
          place: find(text, 'Lee')
        }
      ])
    })

    it('should not report a reference the resolve stage reported', () => {
      const value = release({
        participants: [kim, lee],
        diagnostics: [{code: 'participant/unresolved-reference', reason: '`Lee` matches no one', severity: 'info', source: 'factsheet', place: find(text, 'Lee')}]
      })
      expect(reports(value, 'participant/unresolved-reference', text)).toEqual([])
    })

    it('should not report references to people nobody else is introduced for ("President Biden")', () => {
      const biden = participant({id: 'p2', name: 'Biden', title: 'President', country: 'US'})
      const sullivan = participant({id: 'p1', name: 'Jake Sullivan', title: 'National Security Advisor', country: 'US'})
      expect(reports(release({participants: [sullivan, biden]}), 'participant/unresolved-reference')).toEqual([])
    })

    it('should not compare with a generic office, another country, or a former officeholder', () => {
      const kushner = participant({id: 'p1', name: 'Jared Kushner', title: 'Secretary', country: 'US'})
      const rubio = participant({id: 'p2', name: 'Rubio', title: 'Secretary', country: 'US'})
      expect(reports(release({participants: [kushner, rubio]}), 'participant/unresolved-reference')).toEqual([])
      expect(reports(release({participants: [{...kim, country: 'JP'}, lee]}), 'participant/unresolved-reference', text)).toEqual([])
      const former = 'Former Minister of National Defense Kim Yong-hyun met Secretary Austin. Minister Lee thanked him.'
      const formerKim = {...kim, mentions: [find(former, 'Kim Yong-hyun')]}
      expect(reports(release({participants: [formerKim, {...lee, mentions: [find(former, 'Lee')]}]}), 'participant/unresolved-reference', former)).toEqual([])
    })

    it('should not report regnal names or a person the resolve stage did not merge', () => {
      const king = participant({id: 'p1', name: 'Abdullah II', title: 'King', country: 'JO'})
      const other = participant({id: 'p2', name: 'Hussein bin Abdullah', title: 'King of Jordan', country: 'JO'})
      expect(reports(release({participants: [other, king]}), 'participant/unresolved-reference')).toEqual([])
      const shanmugam = participant({id: 'p1', name: 'K Shanmugam SC', title: 'Minister for Home Affairs and Minister for Law', country: 'SG'})
      const short = participant({id: 'p2', name: 'Shanmugam', title: 'Minister', country: 'SG'})
      const park = participant({id: 'p3', name: 'Park Sung Jae', title: 'Minister of Justice', country: 'SG'})
      expect(reports(release({participants: [shanmugam, park, short]}), 'participant/unresolved-reference')).toEqual([])
    })
  })

  describe('in the pipeline', () => {
    it('should run on every release, with the text', () => {
      const text = `Readout of the Security Consultative Meeting

October 30, 2024

Republic of Korea Minister of National Defense Kim Yong-hyun and U.S. Secretary of Defense Lloyd J. Austin III held the 56th Security Consultative Meeting (SCM) at the Pentagon today. The first SCM was held in 1968, and the SCM has been held annually since.

Minister Lee thanked Secretary Austin for his hospitality. The two ministers reaffirmed their commitment to the Alliance.
`
      const result = parseRelease(text)
      const codes = result.diagnostics.filter((diagnostic) => diagnostic.source === 'factsheet:consistency').map((diagnostic) => diagnostic.code)
      expect(codes).toEqual(['meeting/ordinal-mismatch', 'participant/unresolved-reference'])
    })
  })
})
