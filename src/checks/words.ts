import type {Lexicons} from '../lexicons/index.js'
import type {Position} from '../models/types.js'
import {isAscii, isWhiteSpace} from '../chars.js'

/**
 * Small, private helpers the checks share: comparing people's names and
 * offices, and reading the words around a position of the input.
 */

const nameSuffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'sc', 'kc', 'qc', 'mp', 'phd', 'esq'])
const officeStopWords = new Set(['of', 'the', 'for', 'and', 'on', 'to', 'in'])
const officeSpellings: Readonly<Record<string, string>> = {defence: 'defense', programme: 'program', labour: 'labor', honour: 'honor'}
/** Words that make a title temporary without changing the office. */
const interimWords = new Set(['acting', 'interim'])
/** A title qualified so that its holder does not hold the office now. */
const qualifierWords = 'former|ex|late|then|incoming|designate|designated|nominee|nominated|elect|retired|past|previous'
const qualifier = new RegExp('\\b(?:' + qualifierWords + ')\\b', 'i')
const qualifierWord = new RegExp('^(?:' + qualifierWords + ')$', 'i')

/**
 * Fold text for comparison: accents removed, lower case, curly quotes straight.
 *
 * @param text Text.
 * @returns Folded text.
 */
export function fold(text: string): string {
  // ASCII text (nearly every name and title) has nothing to decompose.
  if (isAscii(text)) return (text.includes('`') ? text.replaceAll('`', "'") : text).toLowerCase()
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
}

/**
 * The comparable words of a person's name: accents, case, hyphens and
 * apostrophes ignored; initials ("J.") and suffixes ("III", "Jr.", "SC")
 * dropped. "Lloyd J. Austin III" → `["lloyd", "austin"]`, "Lee Jong-sup" →
 * `["lee", "jongsup"]`.
 *
 * @param name Name as written.
 * @returns Words.
 */
export function nameTokens(name: string): string[] {
  // Pieces between spaces and `.,()`, without their other non-letters (apostrophes, hyphens).
  // A scan instead of `split(/[\s.,()]+/).map(replace).filter(…)`: a regex replace only for the
  // pieces that need one (~1% of the checks).
  const folded = fold(name)
  const tokens: string[] = []
  let start = 0
  let clean = true
  for (let index = 0; index <= folded.length; index++) {
    const code = index < folded.length ? folded.charCodeAt(index) : 32
    if (!isTokenBreak(code)) {
      if (clean && !isAsciiLetterOrDigit(code)) clean = false
      continue
    }
    if (index > start) {
      const piece = folded.slice(start, index)
      const word = clean ? piece : piece.replace(/[^a-z0-9]+/g, '')
      if (word.length > 1 && !nameSuffixes.has(word)) tokens.push(word)
    }
    start = index + 1
    clean = true
  }
  return tokens
}

/**
 * Whether a code unit is in `[\s.,()]` (JavaScript's `\s`: white space and line terminators).
 *
 * @param code Code unit.
 * @returns Whether it is.
 */
function isTokenBreak(code: number): boolean {
  return code === 46 || code === 44 || code === 40 || code === 41 || isWhiteSpace(code)
}

/**
 * Whether a code unit is in `[a-z0-9]`.
 *
 * @param code Code unit.
 * @returns Whether it is.
 */
function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
}

/**
 * Whether two names, as {@link nameTokens}, name the same person: the same
 * letters in the same or family-name-first order ("Lee Jong-sup" ≈ "Jong Sup
 * Lee" ≈ "Lee Jongsup"), the same first and last words ("Lloyd James Austin"
 * ≈ "Lloyd Austin"), or a lone family name that is the first or last word of
 * the other ("Austin", "Lee").
 *
 * @param a Words of one name.
 * @param b Words of the other.
 * @returns Whether they match.
 */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false
  if (a.length === 1 || b.length === 1) {
    const [single, other] = a.length === 1 ? [a, b] : [b, a]
    const word = single[0]
    return word === other[0] || word === other[other.length - 1]
  }
  const joined = a.join('')
  for (let shift = 0; shift < b.length; shift++) {
    if ([...b.slice(shift), ...b.slice(0, shift)].join('') === joined) return true
  }
  return a[0] === b[0] && a[a.length - 1] === b[b.length - 1]
}

/**
 * The words of an office, for comparison: folded, British spellings made
 * American, "of"/"for"/"the"/"and" and "acting"/"interim" dropped, sorted and
 * deduplicated. "Minister of Defence" and "Defense Minister" give the same
 * words; "Minister of National Defense" does not (it has "national").
 *
 * @param title Title as written.
 * @returns Sorted words.
 */
export function officeWords(title: string): string[] {
  // The runs of `[a-z0-9]`, read in one scan: `replace(…).split(' ').map(…).filter(…)` and a set
  // cost ~2% of the checks.
  const folded = fold(title)
  const words: string[] = []
  let start = -1
  for (let index = 0; index <= folded.length; index++) {
    if (index < folded.length && isAsciiLetterOrDigit(folded.charCodeAt(index))) {
      if (start < 0) start = index
      continue
    }
    if (start < 0) continue
    let word = folded.slice(start, index)
    start = -1
    if (Object.hasOwn(officeSpellings, word)) word = officeSpellings[word] ?? word
    if (!officeStopWords.has(word) && !interimWords.has(word)) words.push(word)
  }
  // Sorted, then without repeats (as `[...new Set(words)].sort()`).
  words.sort()
  let kept = 0
  for (const word of words) if (kept === 0 || words[kept - 1] !== word) words[kept++] = word
  words.length = kept
  return words
}

/**
 * Comparable key of an office: its {@link officeWords} joined.
 *
 * @param title Title.
 * @returns Key.
 */
export function officeKey(title: string): string {
  return officeWords(title).join(' ')
}

/**
 * The offices a compound title names: the whole title, then its parts split
 * at commas and "and" where the next part has a head noun of its own
 * ("Minister for Law and Minister for Home Affairs", not "Minister of
 * Foreign Affairs, African Cooperation, and Moroccan Expatriates").
 *
 * @param title Title.
 * @param lexicons Lexicons (office head nouns).
 * @returns Titles, the whole one first.
 */
export function titleParts(title: string, lexicons: Lexicons): string[] {
  const pieces = title
    .split(/[,;&]|\band\b/)
    .map((piece) => piece.trim())
    .filter(Boolean)
  if (pieces.length < 2) return [title]
  const parts: string[] = []
  for (const piece of pieces) {
    const previous = parts.length - 1
    if (previous >= 0 && !hasHead(piece, lexicons)) parts[previous] += ' and ' + piece
    else parts.push(piece)
  }
  return parts.length > 1 ? [title, ...parts] : [title]
}

/**
 * Whether a title has an office head noun ("Minister", "Secretary",
 * "Attorney-General").
 *
 * @param title Title.
 * @param lexicons Lexicons (office head nouns).
 * @returns Whether it has.
 */
export function hasHead(title: string, lexicons: Lexicons): boolean {
  const words = new Set(fold(title).split(/[^a-z]+/))
  return lexicons.officeHeads.some((head) => {
    const folded = fold(head)
    // Most heads are one word ("Minister"): looked up without a split.
    if (isLetters(folded)) return words.has(folded)
    return folded.split(/[^a-z]+/).some((word) => word.length > 0 && words.has(word))
  })
}

/**
 * Whether a string is one or more of `[a-z]`.
 *
 * @param text Text.
 * @returns Whether it is.
 */
function isLetters(text: string): boolean {
  if (text.length === 0) return false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 97 || code > 122) return false
  }
  return true
}

/**
 * Whether a title says its holder does not hold the office now: "Former",
 * "then-", "-designate", "nominee", "-elect".
 *
 * @param title Title.
 * @returns Whether it is qualified.
 */
export function isQualifiedTitle(title: string): boolean {
  return qualifier.test(title)
}

/**
 * Whether the title right before a mention is qualified ("former Minister of
 * National Defense Suh Wook", "then-Defense Minister Suh", "Defense Minister
 * nominee Kim"): walking back from the name over the words of a title
 * (capitalized words, "of", "for", "the", "and"), a qualifier is found before
 * any other word.
 *
 * @param text Original input.
 * @param place The mention.
 * @returns Whether the mention is qualified.
 */
export function isQualifiedMention(text: string, place: Position): boolean {
  const start = place.start.offset
  if (!(start > 0 && start <= text.length)) return false
  // HTML input: tags and entities are not words ("<p>Former Minister …").
  // (Rewritten only when it has a tag or an entity: most of the time it has neither.)
  let before = text.slice(Math.max(0, start - 200), start)
  if (before.includes('<')) before = before.replace(/<[^<>]{0,200}>/g, ' ')
  if (before.includes('&')) before = before.replace(/&(?:nbsp|#160|#xa0);/gi, ' ')
  // The words from the end, at most 14, read backwards without splitting all 200 characters.
  let end = before.length
  for (let seen = 0; seen < 14; seen++) {
    while (end > 0 && isWhiteSpace(before.charCodeAt(end - 1))) end--
    if (end === 0) break
    let from = end - 1
    while (from > 0 && !isWhiteSpace(before.charCodeAt(from - 1))) from--
    const word = before.slice(from, end)
    end = from
    if (/[,;:()[\]]$/.test(word)) return false
    const bare = trimToWord(word)
    // Markup alone ("_", "**") is no word.
    if (!bare) continue
    if (bare.split(/[-‐–]/).some((part) => qualifierWord.test(part))) return true
    if (/^\p{Lu}/u.test(bare) || /^(?:of|for|the|and|&)$/i.test(bare)) continue
    return false
  }
  return false
}

/**
 * A token without the markup and punctuation around it ("**Former**" →
 * "Former"; the period of "U.S." stays).
 *
 * @param token Token.
 * @returns The word, or `''`.
 */
function trimToWord(token: string): string {
  const letter = /[\p{L}\p{N}]/u
  let start = 0
  let end = token.length
  while (start < end && !letter.test(token.charAt(start))) start++
  while (end > start && !letter.test(token.charAt(end - 1)) && token.charAt(end - 1) !== '.') end--
  return token.slice(start, end)
}

/**
 * The sentence of the input that holds a span.
 *
 * @param text Original input.
 * @param place Span.
 * @returns The sentence (at most 600 characters either side).
 */
export function sentenceAt(text: string, place: Position): string {
  const start = Math.max(0, Math.min(place.start.offset, text.length))
  const end = Math.max(start, Math.min(place.end.offset, text.length))
  const before = text.slice(Math.max(0, start - 600), start)
  const after = text.slice(end, end + 600)
  const head = before.split(/[.!?]\s|\n\s*\n/).pop() ?? ''
  const tail = after.split(/[.!?](?:\s|$)|\n\s*\n/)[0] ?? ''
  return head + text.slice(start, end) + tail
}

/**
 * Comparable form of a phrase: folded, punctuation as single spaces.
 *
 * @param text Text.
 * @returns Key.
 */
function phraseKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, ' ').trim()
}

/**
 * The names of countries and organizations in the lexicons: names,
 * abbreviations and demonyms.
 *
 * @param lexicons Lexicons.
 * @param country Only names of this code (optional; default: any).
 * @returns Names as written.
 */
export function countryNamesOf(lexicons: Lexicons, country: string | undefined): string[] {
  const names: string[] = []
  if (country === undefined) {
    for (const code in lexicons.countryNames) names.push(...(lexicons.countryNames[code] ?? []))
  } else {
    names.push(...(lexicons.countryNames[country] ?? []))
  }
  for (const table of [lexicons.countryAliases, lexicons.organizations, lexicons.demonyms]) {
    for (const name in table) if (country === undefined || table[name] === country) names.push(name)
  }
  return names
}

/**
 * Whether a phrase (as {@link phraseKey}) is one of some names.
 *
 * @param phrase Phrase.
 * @param names Names as written, as {@link countryNamesOf}.
 * @returns Whether it is.
 */
function isCountryPhrase(phrase: string, names: readonly string[]): boolean {
  if (!phrase) return false
  const first = phrase.charCodeAt(0)
  // Cheap filters first: most names differ in length or first letter.
  return names.some((name) => Math.abs(name.length - phrase.length) <= 3 && (name.charCodeAt(0) | 0x20) === first && phraseKey(name) === phrase)
}

/**
 * Remove country and organization names from a title: a leading "U.S.",
 * "ROK" or "Korean", a trailing "of the Republic of Korea".
 *
 * @param title Title.
 * @param lexicons Lexicons.
 * @param country Only names of this code (optional; default: any).
 * @param listed The {@link countryNamesOf} `lexicons` and `country`, when the caller keeps them (optional).
 * @returns The title's words without them, folded.
 */
export function stripCountries(title: string, lexicons: Lexicons, country?: string, listed?: () => readonly string[]): string {
  // The names are listed on first use, once per title or once per caller: walking the tables
  // (objects of hundreds of keys) cost some 35 µs each time, most of a release's checks.
  let names: readonly string[] | undefined
  const isCountry = (phrase: string) => isCountryPhrase(phrase, (names ??= listed ? listed() : countryNamesOf(lexicons, country)))
  let words = phraseKey(title)
  let of = words.indexOf(' of ')
  while (of > 0) {
    if (isCountry(words.slice(of + 4).replace(/^the /, ''))) {
      words = words.slice(0, of)
      break
    }
    of = words.indexOf(' of ', of + 1)
  }
  const parts = words.split(' ')
  for (let size = Math.min(4, parts.length - 1); size >= 1; size--) {
    if (isCountry(parts.slice(0, size).join(' '))) return parts.slice(size).join(' ')
  }
  return words
}
