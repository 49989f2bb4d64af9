import type {Lexicons} from '../lexicons/index.js'
import type {Token} from './tokens.js'
import {isCapitalized, possessiveLength, stripPossessive} from './tokens.js'

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
  /**
   * The same first words capitalized ("United") and in capitals ("UNITED"),
   * as tokens spell them, and the state forms ("Republic"), each with its key:
   * a token spelled so needs no key built.
   */
  readonly starts: ReadonlyMap<string, string>
  /** First word → most tokens of a phrase or demonym it starts: where matching can stop. */
  readonly spans: ReadonlyMap<string, number>
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
  if (isPlainWord(text)) return text.toLowerCase()
  // ASCII and curly quotes have no decomposition: skip `normalize` (most of the cost) for them.
  const folded = needsNormalizing(text) ? text.normalize('NFKD').replace(/[\u0300-\u036F]/g, '') : text
  return folded
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/**
 * Whether NFKD normalization may change a phrase: it holds a code unit other
 * than ASCII and the curly single quotes.
 *
 * @param text Phrase.
 * @returns Whether it may.
 */
function needsNormalizing(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > 127 && code !== 0x2018 && code !== 0x2019) return true
  }
  return false
}

/**
 * Whether a phrase needs nothing but lower-casing to be its own key: printable
 * ASCII with single inner spaces, not opening with "the ". Tested by code unit:
 * it runs on most capitalized tokens and on every name compared.
 *
 * @param text Phrase.
 * @returns Whether it is.
 */
function isPlainWord(text: string): boolean {
  const length = text.length
  if (length === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(length - 1) === 32) return false
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (code < 32 || code > 126) return false
    if (code === 32 && text.charCodeAt(index - 1) === 32) return false
  }
  const article = (text.charCodeAt(0) | 32) === 116 && (text.charCodeAt(1) | 32) === 104 && (text.charCodeAt(2) | 32) === 101 && text.charCodeAt(3) === 32
  return !article
}

/**
 * Whether a word of ASCII letters, periods and hyphens is capitalized with
 * the rest in lower case ("United") or written in capitals ("UNITED", "U.S."):
 * then its key is in `firsts` only when the word is in `starts`.
 *
 * @param text Word (starting with an upper-case letter).
 * @returns Whether it is.
 */
function isSimplyCased(text: string): boolean {
  let lower = false
  let upper = false
  for (let index = 1; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 97 && code <= 122) lower = true
    else if (code >= 65 && code <= 90) upper = true
    else if (code !== 46 && code !== 45) return false
    if (lower && upper) return false
  }
  const first = text.charCodeAt(0)
  return first >= 65 && first <= 90
}

// Forms of state before a country name ("the Kingdom of Thailand").
const statePrefixes: ReadonlySet<string> = new Set([
  'Kingdom', 'Republic', 'Federal', "People's", 'People’s', 'Islamic', 'Democratic', 'Socialist', 'Arab', 'Sultanate', 'State',
  'Commonwealth', 'Principality', 'Grand', 'Duchy', 'Federation', 'Union', 'Hashemite', 'Plurinational', 'Bolivarian', 'United',
  'Independent', 'Co-operative', 'Cooperative', 'Oriental'
])

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
  const demonyms = new Map<string, string>()
  for (const [name, code] of Object.entries(lexicons.demonyms)) demonyms.set(countryKey(name), code)
  let longest = 1
  const spans = new Map<string, number>()
  const noteWords = (key: string, phrase: boolean) => {
    const words = key.split(' ')
    const first = words[0] ?? key
    if (phrase) longest = Math.max(longest, words.length)
    spans.set(first, Math.max(spans.get(first) ?? 1, words.length))
  }
  for (const key of phrases.keys()) noteWords(key, true)
  for (const key of demonyms.keys()) noteWords(key, false)
  const firsts: ReadonlySet<string> = new Set(spans.keys())
  // Built once per parser, but on the cold path of a first parse: kept to plain loops.
  const printableAscii = /^[\x21-\x7E]+$/
  const starts = new Map<string, string>()
  for (const first of firsts) {
    const capitalized = first.charAt(0).toUpperCase() + first.slice(1)
    const capitals = first.toUpperCase()
    // A word of printable ASCII has itself for key, in whatever case it is spelled.
    if (printableAscii.test(first)) {
      starts.set(capitalized, first)
      starts.set(capitals, first)
      continue
    }
    const capitalizedKey = countryKey(capitalized)
    if (firsts.has(capitalizedKey)) starts.set(capitalized, capitalizedKey)
    const capitalsKey = countryKey(capitals)
    if (firsts.has(capitalsKey)) starts.set(capitals, capitalsKey)
  }
  for (const form of statePrefixes) if (!starts.has(form)) starts.set(form, countryKey(form))
  return {
    phrases,
    longest: Math.min(longest, 8),
    demonyms,
    organizations: new Set(Object.values(lexicons.organizations)),
    firsts,
    starts,
    spans
  }
}

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
  if (!first || !isCapitalized(first.text)) return undefined
  // Profiled (~2% of a parse, most calls ruled out, mostly by the cost of reaching tables):
  // a first word spelled as in the lexicon ("United", "UNITED", "U.S.") or a state form
  // finds its key in one lookup, with no new string; another capitalized or all-capital
  // ASCII word starts no name, unless it is a possessive state form ("People's").
  const strip = possessiveLength(first.text)
  const bare = strip === 0 ? first.text : first.text.slice(0, -strip)
  let firstKey = table.starts.get(bare)
  if (firstKey === undefined && isSimplyCased(bare) && (strip === 0 || !statePrefixes.has(first.text))) return undefined
  const prefixed = statePrefixes.has(first.text)
  firstKey ??= countryKey(bare)
  if (!prefixed && !table.firsts.has(firstKey)) return undefined
  // "the Kingdom of Thailand", "the Federal Republic of Germany": a state form before a country name.
  let prefix = 0
  if (prefixed) while (prefix < 4 && statePrefixes.has(tokens[index + prefix]?.text ?? '')) prefix++
  if (prefix > 0 && tokens[index + prefix]?.text === 'of') {
    const inner = matchCountry(tokens, index + prefix + 1, table)
    if (inner && !inner.demonym) return {...inner, length: inner.length + prefix + 1}
  }
  // No phrase starting with this word is longer than its span: stop there, not at `longest`.
  const limit = Math.min(table.longest, table.spans.get(firstKey) ?? table.longest, tokens.length - index)
  let key = ''
  let best: CountryMatch | undefined
  for (let length = 1; length <= limit; length++) {
    const token = tokens[index + length - 1]
    if (!token) break
    const strip = possessiveLength(token.text)
    const possessive = strip > 0
    key = length === 1 ? firstKey : key + ' ' + countryKey(token.text.slice(0, token.text.length - strip))
    const code = table.phrases.get(key)
    if (code) best = {code, length, possessive, demonym: false}
    if (length === 1) {
      const demonym = table.demonyms.get(firstKey)
      if (demonym && !best) best = {code: demonym, length: 1, possessive, demonym: true}
    } else {
      const demonym = table.demonyms.get(key)
      if (demonym) best = {code: demonym, length, possessive, demonym: true}
    }
    if (possessive || length === limit) break
    // Country names are short and made of capitalized words or "of"/"the"/"and"/"d’".
    const next = tokens[index + length]
    if (!next || !continuesName(next.text)) break
  }
  return best
}

/**
 * Whether a word may continue a country name: `/^(?:\p{Lu}|of$|the$|and$|d['’])/u`,
 * tested by code unit.
 *
 * @param text Token text.
 * @returns Whether it may.
 */
function continuesName(text: string): boolean {
  if (isCapitalized(text)) return true
  const code = text.charCodeAt(0)
  if (code === 100) {
    const next = text.charCodeAt(1)
    return next === 39 || next === 0x2019
  }
  return text === 'of' || text === 'the' || text === 'and'
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
