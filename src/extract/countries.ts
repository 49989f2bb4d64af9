import type {Lexicons} from '../lexicons/index.js'
import type {Token} from './tokens.js'
import {stripPossessive} from './tokens.js'

/** Country lookup compiled once per lexicon set. */
export interface CountryTable {
  /** Normalized phrase → code. */
  readonly phrases: ReadonlyMap<string, string>
  /** Longest phrase, in tokens. */
  readonly longest: number
  /** Demonym → code. */
  readonly demonyms: ReadonlyMap<string, string>
  /** Codes of organizations. */
  readonly organizations: ReadonlySet<string>
  /** First words of every phrase and demonym: a cheap test that rules most tokens out. */
  readonly firsts: ReadonlySet<string>
}

/** A country found in tokens. */
export interface CountryMatch {
  /** ISO code or organization code. */
  code: string
  /** Number of tokens matched. */
  length: number
  /** Whether the last token was possessive ("Singapore’s"). */
  possessive: boolean
  /** Whether it was a demonym ("Australian"). */
  demonym: boolean
}

/**
 * Normalize a phrase for lookup.
 *
 * @param text Phrase.
 * @returns Key.
 */
export function countryKey(text: string): string {
  // Plain ASCII words (nearly every token) need no Unicode normalization.
  if (/^[A-Z.-]+$/i.test(text)) return text.toLowerCase()
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/**
 * Compile country lexicons.
 *
 * @param lexicons Lexicons.
 * @returns Table.
 */
export function compileCountries(
  lexicons: Pick<Lexicons, 'countryNames' | 'countryAliases' | 'organizations' | 'demonyms'>
): CountryTable {
  const phrases = new Map<string, string>()
  const set = (name: string, code: string) => {
    const key = countryKey(name)
    if (key && !phrases.has(key)) phrases.set(key, code)
  }
  for (const [name, code] of Object.entries(lexicons.countryAliases)) set(name, code)
  for (const [name, code] of Object.entries(lexicons.organizations)) set(name, code)
  for (const [code, names] of Object.entries(lexicons.countryNames)) {
    for (const name of names) {
      // "Korea, Republic of" style names are index forms, not text.
      if (name.includes(',')) continue
      // Two-letter aliases other than the ones above ("US") are too ambiguous in prose.
      if (name.length <= 2) continue
      set(name, code)
    }
  }
  let longest = 1
  for (const key of phrases.keys()) longest = Math.max(longest, key.split(' ').length)
  const demonyms = new Map<string, string>()
  for (const [name, code] of Object.entries(lexicons.demonyms)) demonyms.set(countryKey(name), code)
  const firsts = new Set<string>()
  for (const key of [...phrases.keys(), ...demonyms.keys()]) firsts.add(key.split(' ')[0] ?? key)
  return {phrases, longest: Math.min(longest, 8), demonyms, organizations: new Set(Object.values(lexicons.organizations)), firsts}
}

const statePrefix = /^(?:Kingdom|Republic|Federal|People['’]s|Islamic|Democratic|Socialist|Arab|Sultanate|State|Commonwealth|Principality|Grand|Duchy|Federation|Union|Hashemite|Plurinational|Bolivarian|United|Independent|Co-operative|Cooperative|Oriental)$/

/**
 * Match a country name, alias, organization or demonym at `index`.
 *
 * @param tokens Tokens.
 * @param index Start.
 * @param table Table.
 * @returns Match, longest first.
 */
export function matchCountry(tokens: readonly Token[], index: number, table: CountryTable): CountryMatch | undefined {
  const first = tokens[index]
  if (!first || !/^\p{Lu}/u.test(first.text)) return undefined
  // Profiled: most capitalized words start no country name; rule them out before building keys.
  if (!table.firsts.has(countryKey(stripPossessive(first.text).text)) && !statePrefix.test(first.text)) return undefined
  // "the Kingdom of Thailand", "the Federal Republic of Germany": a state form before a country name.
  let prefix = 0
  while (prefix < 4 && statePrefix.test(tokens[index + prefix]?.text ?? '')) prefix++
  if (prefix > 0 && tokens[index + prefix]?.text === 'of') {
    const inner = matchCountry(tokens, index + prefix + 1, table)
    if (inner && !inner.demonym) return {...inner, length: inner.length + prefix + 1}
  }
  let key = ''
  let best: CountryMatch | undefined
  for (let length = 1; length <= table.longest && index + length <= tokens.length; length++) {
    const token = tokens[index + length - 1]
    if (!token) break
    const {text, possessive} = stripPossessive(token.text)
    key = length === 1 ? countryKey(text) : key + ' ' + countryKey(text)
    const code = table.phrases.get(key)
    if (code) best = {code, length, possessive, demonym: false}
    if (length === 1) {
      const demonym = table.demonyms.get(countryKey(text))
      if (demonym && !best) best = {code: demonym, length: 1, possessive, demonym: true}
    } else {
      const demonym = table.demonyms.get(key)
      if (demonym) best = {code: demonym, length, possessive, demonym: true}
    }
    if (possessive) break
    // Country names are short and made of capitalized words or "of"/"the"/"and"/"d’".
    const next = tokens[index + length]
    if (!next || !/^(?:\p{Lu}|of$|the$|and$|d['’])/u.test(next.text)) break
  }
  return best
}

/**
 * Look up a single phrase.
 *
 * @param text Phrase.
 * @param table Table.
 * @returns Code.
 */
export function lookupCountry(text: string, table: CountryTable): string | undefined {
  const key = countryKey(stripPossessive(text).text)
  return table.phrases.get(key) ?? table.demonyms.get(key)
}
