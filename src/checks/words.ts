import type {Lexicons} from '../lexicons/index.js'
import type {Position} from '../models/types.js'

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
 * Whether every code unit of a string is ASCII.
 *
 * @param text Text.
 * @returns Whether it is.
 */
function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 127) return false
  return true
}

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
  return fold(name)
    .replace(/'/g, '')
    .replace(/[.,()]/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter((word) => word.length > 1 && !nameSuffixes.has(word))
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
  const words = fold(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .map((word) => officeSpellings[word] ?? word)
    .filter((word) => word.length > 0 && !officeStopWords.has(word) && !interimWords.has(word))
  return [...new Set(words)].sort()
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
 * @param headsOf Words of the office head nouns, as {@link officeHeadWords} (asked only for a compound title).
 * @returns Titles, the whole one first.
 */
export function titleParts(title: string, headsOf: () => ReadonlySet<string>): string[] {
  const pieces = title
    .split(/[,;&]|\band\b/)
    .map((piece) => piece.trim())
    .filter(Boolean)
  if (pieces.length < 2) return [title]
  const heads = headsOf()
  const parts: string[] = []
  for (const piece of pieces) {
    const previous = parts.length - 1
    if (previous >= 0 && !hasHead(piece, heads)) parts[previous] += ' and ' + piece
    else parts.push(piece)
  }
  return parts.length > 1 ? [title, ...parts] : [title]
}

/**
 * The words of the office head nouns ("attorney", "general", "minister"), for
 * {@link hasHead}: computed once per release, not once per title.
 *
 * @param lexicons Lexicons (office head nouns).
 * @returns Words.
 */
export function officeHeadWords(lexicons: Lexicons): Set<string> {
  const words = new Set<string>()
  for (const head of lexicons.officeHeads) {
    for (const word of fold(head).split(/[^a-z]+/)) if (word.length > 0) words.add(word)
  }
  return words
}

/**
 * Whether a title has an office head noun ("Minister", "Secretary",
 * "Attorney-General"): a word of one.
 *
 * @param title Title.
 * @param heads Words of the office head nouns, as {@link officeHeadWords}.
 * @returns Whether it has.
 */
export function hasHead(title: string, heads: ReadonlySet<string>): boolean {
  return fold(title)
    .split(/[^a-z]+/)
    .some((word) => heads.has(word))
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
  const before = text
    .slice(Math.max(0, start - 200), start)
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/&(?:nbsp|#160|#xa0);/gi, ' ')
  const words = before.split(/\s+/).filter(Boolean)
  for (let index = words.length - 1, seen = 0; index >= 0 && seen < 14; index--, seen++) {
    const word = words[index] ?? ''
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
 * Whether a phrase (as {@link phraseKey}) names a country or organization in
 * the lexicons: a name, an abbreviation or a demonym.
 *
 * @param phrase Phrase.
 * @param lexicons Lexicons.
 * @param country Only names of this code (optional; default: any).
 * @returns Whether it does.
 */
function isCountryPhrase(phrase: string, lexicons: Lexicons, country: string | undefined): boolean {
  if (!phrase) return false
  const first = phrase.charCodeAt(0)
  // Cheap filters first: most names differ in first letter or length.
  const same = (name: string) =>
    (name.charCodeAt(0) | 0x20) === first && Math.abs(name.length - phrase.length) <= 3 && phraseKey(name) === phrase
  // Arrays and indexed loops, the first letter before the table's code: `for…in` and a keyed
  // read per name made the scan (some 500 names) twice as slow.
  const lists = country === undefined ? Object.values(lexicons.countryNames) : [lexicons.countryNames[country]]
  for (const names of lists) {
    for (let index = 0; index < (names?.length ?? 0); index++) if (same(names?.[index] ?? '')) return true
  }
  for (const table of [lexicons.countryAliases, lexicons.organizations, lexicons.demonyms]) {
    const names = Object.keys(table)
    for (let index = 0; index < names.length; index++) {
      const name = names[index] ?? ''
      if ((name.charCodeAt(0) | 0x20) === first && (country === undefined || table[name] === country) && same(name)) return true
    }
  }
  return false
}

/**
 * Remove country and organization names from a title: a leading "U.S.",
 * "ROK" or "Korean", a trailing "of the Republic of Korea".
 *
 * @param title Title.
 * @param lexicons Lexicons.
 * @param country Only names of this code (optional; default: any).
 * @returns The title's words without them, folded.
 */
export function stripCountries(title: string, lexicons: Lexicons, country?: string): string {
  let words = phraseKey(title)
  let of = words.indexOf(' of ')
  while (of > 0) {
    if (isCountryPhrase(words.slice(of + 4).replace(/^the /, ''), lexicons, country)) {
      words = words.slice(0, of)
      break
    }
    of = words.indexOf(' of ', of + 1)
  }
  const parts = words.split(' ')
  for (let size = Math.min(4, parts.length - 1); size >= 1; size--) {
    if (isCountryPhrase(parts.slice(0, size).join(' '), lexicons, country)) return parts.slice(size).join(' ')
  }
  return words
}
