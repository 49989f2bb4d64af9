import {describe, expect, it} from 'vitest'
import {FactsheetError, createParser, officeholderCheck, parseRelease} from '../src/index.js'
import type {OfficeholderEntry} from '../src/index.js'
import {at, context, find, meeting, participant, release} from './checks-fixtures.js'

// An invented country (code `RU` would be real; `XR` is user-assigned in ISO 3166) with
// invented people, so that no test depends on real-world facts.
const registry: OfficeholderEntry[] = [
  {name: 'Ana Petrova', office: 'Minister of National Defense', officeAliases: ['Minister of Defense'], country: 'XR', from: '2020-01-01', to: '2022-05-10'},
  {name: 'Lee Jong-sup', aliases: ['Lee Jong-seop'], office: 'Minister of National Defense', country: 'XR', from: '2022-05-10', to: '2023-10-07'},
  {name: 'Kim Yong-hyun', office: 'Minister of National Defense', country: 'XR', from: '2023-10-07', to: '2024-12-05'},
  {name: 'Marko Vidić', office: 'Minister of National Defense', country: 'XR', from: '2024-12-05', to: '2025-03-01', acting: true},
  {name: 'Lloyd J. Austin III', office: 'Secretary of Defense', country: 'XS', from: '2021-01-22', to: '2025-01-20'},
  {name: 'Pete Hegseth', office: 'Secretary of Defense', country: 'XS', from: '2025-01-25', to: null}
]

/**
 * Run the check on one participant.
 *
 * @param fields Participant fields.
 * @param options Meeting date, publication date, text, check options.
 * @returns Reports.
 */
function run(
  fields: Parameters<typeof participant>[0],
  options: {date?: string | null; endDate?: string | null; published?: string | null; text?: string; reportUnknown?: boolean} = {}
) {
  const check = officeholderCheck(options.reportUnknown === undefined ? {registry} : {registry, reportUnknown: options.reportUnknown})
  return check.check(
    release({
      published: options.published ?? null,
      meetings: [meeting({date: options.date === undefined ? '2024-10-30' : options.date, endDate: options.endDate ?? null})],
      participants: [participant(fields)]
    }),
    context(options.text)
  )
}

describe('officeholderCheck', () => {
  it('should return a frozen check named `factsheet:officeholder`', () => {
    const check = officeholderCheck({registry})
    expect(check.name).toBe('factsheet:officeholder')
    expect(Object.isFrozen(check)).toBe(true)
  })

  it('should warn when someone else held the office on the meeting date, naming the holder', () => {
    const reports = run({name: 'Lee Jong-sup', title: 'Minister of National Defense', country: 'XR', mentions: [at(40, 52), at(90, 93)]})
    expect(reports).toEqual([
      {
        code: 'officeholder/not-in-office',
        reason:
          'Lee Jong-sup was not Minister of National Defense of XR on 2024-10-30; Kim Yong-hyun held the office (2023-10-07 to 2024-12-05). The registry lists Lee Jong-sup in that office from 2022-05-10 to 2023-10-07',
        severity: 'warning',
        place: at(40, 52)
      }
    ])
  })

  it('should warn about a person the registry does not know when it names the holder', () => {
    const [report] = run({name: 'John Doe', title: 'Minister of National Defense', country: 'XR'})
    expect(report?.code).toBe('officeholder/not-in-office')
    expect(report?.reason).toBe('John Doe was not Minister of National Defense of XR on 2024-10-30; Kim Yong-hyun held the office (2023-10-07 to 2024-12-05)')
  })

  it('should mark acting holders and open terms in the reason', () => {
    const [acting] = run({name: 'John Doe', title: 'Minister of National Defense', country: 'XR'}, {date: '2025-01-15'})
    expect(acting?.reason).toContain('Marko Vidić (acting) held the office (2024-12-05 to 2025-03-01)')
    const [open] = run({name: 'Lloyd Austin', title: 'Secretary of Defense', country: 'XS'}, {date: '2025-06-01'})
    expect(open?.reason).toContain('Pete Hegseth held the office (since 2025-01-25)')
  })

  it('should accept the holder written in other ways', () => {
    for (const name of ['Kim Yong-hyun', 'Kim Yong Hyun', 'Kim Yonghyun', 'KIM YONG-HYUN', 'Yong-hyun Kim', 'Yong Hyun Kim', 'Kim']) {
      expect(run({name, title: 'Minister of National Defense', country: 'XR'}), name).toEqual([])
    }
    for (const name of ['Lloyd Austin', 'Lloyd J. Austin', 'Lloyd James Austin III', 'Austin']) {
      expect(run({name, title: 'Secretary of Defense', country: 'XS'}), name).toEqual([])
    }
    expect(run({name: 'Marko Vidic', title: 'Acting Minister of National Defense', country: 'XR'}, {date: '2025-01-15'})).toEqual([])
  })

  it('should use the registry aliases of a person', () => {
    expect(run({name: 'Lee Jong-seop', title: 'Minister of National Defense', country: 'XR'}, {date: '2023-01-01'})).toEqual([])
  })

  it('should match offices on their words, and on office aliases', () => {
    for (const title of ['Minister of National Defense', 'National Defense Minister', 'Minister of National Defence', 'minister for national defense', 'Defense Minister', 'Minister of Defence', 'Acting Minister of National Defense']) {
      expect(run({name: 'John Doe', title, country: 'XR'})[0]?.code, title).toBe('officeholder/not-in-office')
    }
  })

  it('should not check other offices, however close', () => {
    for (const title of ['Vice Minister of National Defense', 'Deputy Minister of Defense', 'Minister', 'Secretary', 'Minister of Foreign Affairs', 'Minister of National Defense and Veterans']) {
      expect(run({name: 'John Doe', title, country: 'XR'}), title).toEqual([])
    }
  })

  it('should check each office of a compound title', () => {
    const [report] = run({name: 'John Doe', title: 'Minister of Foreign Affairs and Minister of National Defense', country: 'XR'})
    expect(report?.code).toBe('officeholder/not-in-office')
  })

  it('should remove the country from a title before matching', () => {
    expect(run({name: 'John Doe', title: 'Secretary of Defense of the United States', country: 'XS'})).toEqual([])
    const registryUs: OfficeholderEntry[] = [{name: 'Lloyd J. Austin III', office: 'Secretary of Defense', country: 'US', from: '2021-01-22', to: '2025-01-20'}]
    const check = officeholderCheck({registry: registryUs})
    for (const title of ['Secretary of Defense of the United States', 'U.S. Secretary of Defense']) {
      const reports = check.check(release({meetings: [meeting({date: '2024-10-30'})], participants: [participant({name: 'John Doe', title, country: 'US'})]}), context())
      expect(reports[0]?.code, title).toBe('officeholder/not-in-office')
    }
  })

  it('should not check people of another country, or without title or country', () => {
    expect(run({name: 'John Doe', title: 'Minister of National Defense', country: 'XS'})).toEqual([])
    expect(run({name: 'John Doe', title: 'Minister of National Defense', country: null})).toEqual([])
    expect(run({name: 'John Doe', title: null, country: 'XR'})).toEqual([])
  })

  it('should pass both holders on a handover day', () => {
    expect(run({name: 'Lee Jong-sup', title: 'Minister of National Defense', country: 'XR'}, {date: '2023-10-07'})).toEqual([])
    expect(run({name: 'Kim Yong-hyun', title: 'Minister of National Defense', country: 'XR'}, {date: '2023-10-07'})).toEqual([])
    expect(run({name: 'Kim Yong-hyun', title: 'Minister of National Defense', country: 'XR'}, {date: '2023-10-06'})[0]?.code).toBe('officeholder/not-in-office')
  })

  it('should pass a holder in office on any day of a multi-day meeting', () => {
    expect(run({name: 'Kim Yong-hyun', title: 'Minister of National Defense', country: 'XR'}, {date: '2023-10-05', endDate: '2023-10-08'})).toEqual([])
  })

  it('should use the publication date when the meeting has no date', () => {
    const reports = run({name: 'Kim Yong-hyun', title: 'Minister of National Defense', country: 'XR'}, {date: null, published: '2022-06-01T10:00:00-04:00'})
    expect(reports[0]?.reason).toContain('on 2022-06-01; Lee Jong-sup held the office')
  })

  it('should use the publication date for people who are only mentioned', () => {
    const reports = run({name: 'Kim Yong-hyun', title: 'Minister of National Defense', country: 'XR', roles: [{meetingId: null, role: 'mentioned'}]}, {published: '2022-06-01'})
    expect(reports[0]?.code).toBe('officeholder/not-in-office')
  })

  it('should not check titles or mentions qualified as former, designate or nominee', () => {
    expect(run({name: 'Ana Petrova', title: 'Former Minister of National Defense', country: 'XR'})).toEqual([])
    expect(run({name: 'Ana Petrova', title: 'Minister of National Defense-designate', country: 'XR'})).toEqual([])
    const text = 'She met former Minister of National Defense Ana Petrova, and Defense Minister nominee Lee Jong-sup.'
    expect(run({name: 'Ana Petrova', title: 'Minister of National Defense', country: 'XR', mentions: [find(text, 'Ana Petrova')]}, {text})).toEqual([])
    expect(run({name: 'Lee Jong-sup', title: 'Minister of National Defense', country: 'XR', mentions: [find(text, 'Lee Jong-sup')]}, {text})).toEqual([])
  })

  it('should read "former" through HTML and Markdown markup', () => {
    for (const text of ['<p><em>Former</em> Minister of National Defense&nbsp;<strong>Ana Petrova</strong> attended.</p>', '**Former** Minister of National Defense _Ana Petrova_ attended.']) {
      expect(run({name: 'Ana Petrova', title: 'Minister of National Defense', country: 'XR', mentions: [find(text, 'Ana Petrova')]}, {text}), text).toEqual([])
    }
  })

  it('should not let "former" in another phrase qualify a mention', () => {
    const text = 'The former envoy met Minister of National Defense Ana Petrova.'
    const reports = run({name: 'Ana Petrova', title: 'Minister of National Defense', country: 'XR', mentions: [find(text, 'Ana Petrova')]}, {text})
    expect(reports[0]?.code).toBe('officeholder/not-in-office')
  })

  it('should report an unknown person as info when the registry names no holder on the date', () => {
    expect(run({name: 'John Doe', title: 'Minister of National Defense', country: 'XR'}, {date: '2019-01-01'})).toEqual([
      {
        code: 'officeholder/unknown-person',
        reason: 'John Doe is not in the registry as Minister of National Defense of XR, and the registry names nobody in that office on 2019-01-01',
        severity: 'info',
        place: at(10, 18)
      }
    ])
    expect(run({name: 'John Doe', title: 'Minister of National Defense', country: 'XR'}, {date: null})[0]?.reason).toContain('the release gives no date')
    expect(run({name: 'John Doe', title: 'Minister of National Defense', country: 'XR'}, {date: '2019-01-01', reportUnknown: false})).toEqual([])
  })

  it('should say nothing about a known person on a date the registry does not cover', () => {
    expect(run({name: 'Kim Yong-hyun', title: 'Minister of National Defense', country: 'XR'}, {date: '2026-01-01'})).toEqual([])
  })

  it('should not change the release', () => {
    const value = release({meetings: [meeting({date: '2024-10-30'})], participants: [participant({name: 'John Doe', title: 'Minister of Defense', country: 'XR'})]})
    const before = JSON.stringify(value)
    officeholderCheck({registry}).check(Object.freeze(value), context())
    expect(JSON.stringify(value)).toBe(before)
  })

  it('should keep its own copy of the registry', () => {
    const entries: OfficeholderEntry[] = [{name: 'Ana Petrova', office: 'Minister of Defense', country: 'XR', from: '2020-01-01', to: null}]
    const check = officeholderCheck({registry: entries})
    entries[0] = {name: 'John Doe', office: 'Minister of Defense', country: 'XR', from: '2020-01-01', to: null}
    const reports = check.check(release({meetings: [meeting({date: '2024-10-30'})], participants: [participant({name: 'John Doe', title: 'Minister of Defense', country: 'XR'})]}), context())
    expect(reports[0]?.code).toBe('officeholder/not-in-office')
  })

  describe('registry validation', () => {
    const valid = {name: 'Ana Petrova', office: 'Minister of Defense', country: 'XR', from: '2020-01-01', to: null}
    const cases: Array<[string, unknown, RegExp]> = [
      ['options that are not an object', 'registry', /expected an options object/],
      ['a registry that is not an array', {registry: {}}, /expected `registry` to be an array/],
      ['an entry that is not an object', {registry: [null]}, /`registry\[0\]` to be an object/],
      ['an unknown field', {registry: [{...valid, form: '2020-01-01'}]}, /unknown field `registry\[0\]\.form`/],
      ['an empty name', {registry: [{...valid, name: ' '}]}, /`registry\[0\]\.name` to be a non-empty string/],
      ['a name of initials only', {registry: [{...valid, name: 'J. R.'}]}, /`registry\[0\]\.name` to be a name/],
      ['a missing office', {registry: [{...valid, office: undefined}]}, /`registry\[0\]\.office`/],
      ['a lower-case country', {registry: [{...valid, country: 'kr'}]}, /`registry\[0\]\.country`/],
      ['a date that does not exist', {registry: [{...valid, from: '2024-02-30'}]}, /`registry\[0\]\.from` to be an ISO date/],
      ['a date-time', {registry: [{...valid, from: '2024-02-03T00:00:00Z'}]}, /`registry\[0\]\.from` to be an ISO date/],
      ['a missing `to`', {registry: [{name: 'Ana Petrova', office: 'Minister of Defense', country: 'XR', from: '2020-01-01'}]}, /`registry\[0\]\.to` to be an ISO date or `null`/],
      ['`to` before `from`', {registry: [{...valid, to: '2019-12-31'}]}, /not to be before/],
      ['aliases that are not strings', {registry: [{...valid, aliases: ['Ana', 3]}]}, /`registry\[0\]\.aliases`/],
      ['`acting` that is not a boolean', {registry: [{...valid, acting: 'yes'}]}, /`registry\[0\]\.acting` to be a boolean/],
      ['`reportUnknown` that is not a boolean', {registry: [valid], reportUnknown: 1}, /`reportUnknown` to be a boolean/]
    ]
    for (const [label, options, message] of cases) {
      it('should throw `ERR_FACTSHEET_INVALID_OPTION` on ' + label, () => {
        let error: unknown
        try {
          officeholderCheck(options as never)
        } catch (caught) {
          error = caught
        }
        expect(error).toBeInstanceOf(FactsheetError)
        expect((error as FactsheetError).code).toBe('ERR_FACTSHEET_INVALID_OPTION')
        expect((error as FactsheetError).message).toMatch(/^Cannot create officeholder check: /)
        expect((error as FactsheetError).message).toMatch(message)
      })
    }

    it('should accept an empty registry, notes and sources', () => {
      expect(() => officeholderCheck({registry: []})).not.toThrow()
      expect(() => officeholderCheck({registry: [{...valid, note: 'Dates ±1 day', source: 'https://example.org'}]})).not.toThrow()
    })
  })

  describe('in the pipeline', () => {
    const text = `Readout of the Minister's Meeting

October 30, 2024

Republic of Korea Minister of National Defense Lee Jong-sup met U.S. Secretary of Defense Lloyd J. Austin III in Washington today. The two ministers reaffirmed their commitment to the alliance.
`
    const krRegistry: OfficeholderEntry[] = registry.map((entry) => ({...entry, country: entry.country === 'XR' ? 'KR' : 'US'}))

    it('should report through `parseRelease(text, {checks})`', () => {
      const result = parseRelease(text, {checks: [officeholderCheck({registry: krRegistry})]})
      const reports = result.diagnostics.filter((diagnostic) => diagnostic.source === 'factsheet:officeholder')
      expect(reports.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([['officeholder/not-in-office', 'warning']])
      expect(reports[0]?.reason).toContain('Kim Yong-hyun held the office')
      const place = reports[0]?.place
      expect(place && text.slice(place.start.offset, place.end.offset)).toBe('Lee Jong-sup')
    })

    it('should report through `createParser({checks})`', () => {
      const parser = createParser({checks: [officeholderCheck({registry: krRegistry})]})
      const result = parser.parse(text)
      expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'officeholder/not-in-office')).toHaveLength(1)
    })
  })
})
