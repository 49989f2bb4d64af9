import {countryAliases, countryNames, demonyms, organizations} from './countries.js'
import {foreignOffices, honorifics, militaryRanks, nameParticles, nameSuffixes, officeDomains, officeHeads, officeModifiers, titleAbbreviations} from './people.js'
import {cities, cityZones, countryZones, publisherZones, regions, venues} from './places.js'
import {
  actions,
  adverbs,
  auxiliaries,
  copulas,
  establishingVerbs,
  intentVerbs,
  irregularForms,
  quotationVerbs,
  type ActionEntry
} from './verbs.js'

/**
 * Every lexicon the parser reads. All are data; users extend or replace them
 * through `createParser({lexicons})`.
 */
export interface Lexicons {
  /** ISO code → names (from `i18n-iso-countries`). */
  countryNames: Readonly<Record<string, readonly string[]>>
  /** Extra country names and abbreviations → ISO code. */
  countryAliases: Readonly<Record<string, string>>
  /** Organization names → code (`EU`, `UN`, `NATO`, `AUC`). */
  organizations: Readonly<Record<string, string>>
  /** Demonyms → ISO code. */
  demonyms: Readonly<Record<string, string>>
  /** Head nouns of offices. */
  officeHeads: readonly string[]
  /** Words before a head noun in a title. */
  officeModifiers: readonly string[]
  /** Words of an office's domain after "of"/"for". */
  officeDomains: readonly string[]
  /** Honorifics (kept in `rank`). */
  honorifics: readonly string[]
  /** Military ranks (kept in `rank`). */
  militaryRanks: readonly string[]
  /** Post-nominals and suffixes kept in names. */
  nameSuffixes: readonly string[]
  /** Lower-case particles inside names. */
  nameParticles: readonly string[]
  /** Offices that do not exist in a publisher's country (by country code). */
  foreignOffices: Readonly<Record<string, readonly string[]>>
  /** Abbreviated titles → office. */
  titleAbbreviations: Readonly<Record<string, string>>
  /** Cities → ISO code. */
  cities: Readonly<Record<string, string>>
  /** States and provinces → ISO code. */
  regions: Readonly<Record<string, string>>
  /** Venues → ISO code (or `null`). */
  venues: Readonly<Record<string, string | null>>
  /** Country → main time zone. */
  countryZones: Readonly<Record<string, string>>
  /** City → time zone, for countries with several zones. */
  cityZones: Readonly<Record<string, string>>
  /** `[host suffix, time zone, country]` of publishers. */
  publisherZones: ReadonlyArray<readonly [string, string, string]>
  /** Outcome actions: verbs, kinds and CAMEO codes. */
  actions: readonly ActionEntry[]
  /** Verbs that only establish a meeting. */
  establishingVerbs: readonly string[]
  /** Verbs of saying. */
  quotationVerbs: readonly string[]
  /** Irregular verb forms → base. */
  irregularForms: Readonly<Record<string, string>>
  /** Auxiliaries and modals. */
  auxiliaries: Readonly<Record<string, 'future' | 'intent' | 'done' | 'copula'>>
  /** Adverbs kept as modifiers. */
  adverbs: readonly string[]
  /** Copular verbs. */
  copulas: readonly string[]
  /** Verbs of intent. */
  intentVerbs: readonly string[]
}

/** The built-in lexicons. */
export const defaultLexicons: Readonly<Lexicons> = Object.freeze({
  countryNames,
  countryAliases,
  organizations,
  demonyms,
  officeHeads,
  officeModifiers,
  officeDomains,
  honorifics,
  militaryRanks,
  nameSuffixes,
  nameParticles,
  titleAbbreviations,
  foreignOffices,
  cities,
  regions,
  venues,
  countryZones,
  cityZones,
  publisherZones,
  actions,
  establishingVerbs,
  quotationVerbs,
  irregularForms,
  auxiliaries,
  adverbs,
  copulas,
  intentVerbs
})

/** Lexicon overrides: arrays are appended to, records merged, unless `replace` is set. */
export type LexiconsInput = Partial<Lexicons> & {
  /** Replace the built-in lexicons named here instead of extending them (optional). */
  replace?: ReadonlyArray<keyof Lexicons>
}

/**
 * Merge user lexicons with the built-in ones.
 *
 * @param input User lexicons (optional).
 * @returns Lexicons.
 */
export function mergeLexicons(input: LexiconsInput | undefined): Lexicons {
  const replace = new Set(input?.replace ?? [])
  const result: Record<string, unknown> = {...defaultLexicons}
  for (const key of Object.keys(defaultLexicons) as Array<keyof Lexicons>) {
    const value = input?.[key]
    const base = defaultLexicons[key]
    // Records become null-prototype copies: they are looked up with words of
    // the input, which may be `constructor` or `__proto__`.
    if (value !== undefined && replace.has(key)) result[key] = Array.isArray(value) ? value : Object.assign(Object.create(null), value)
    else if (Array.isArray(base)) result[key] = value === undefined ? base : [...(value as unknown[]), ...base]
    else result[key] = Object.assign(Object.create(null), base, value)
  }
  return result as unknown as Lexicons
}
