import {isWhiteSpace} from '../chars.js'

/** A token of a sentence or block, with its span in that text. */
export interface Token {
  /** Text of the token. */
  text: string
  /** Start index in the tokenized text. */
  start: number
  /** End index in the tokenized text. */
  end: number
}

// Code points outside ASCII are classified with these (rare in releases; ASCII is tested by code).
const letterOrNumber = /^[\p{L}\p{N}]$/u
const mark = /^\p{M}$/u
const upperLetter = /^\p{Lu}$/u
const upperStart = /^\p{Lu}/u

/**
 * Kind of the code point at `index`: 1 letter or number, 2 combining mark,
 * 3 white space (as `\s`), 0 anything else. ASCII is classified by code;
 * other code points by `\p{…}` tests on the (one or two unit) character.
 *
 * @param text Text.
 * @param index Index of a code point's first unit.
 * @param code `text.charCodeAt(index)`.
 * @returns Kind.
 */
function kindAt(text: string, index: number, code: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return 1
    return code === 32 || (code >= 9 && code <= 13) ? 3 : 0
  }
  if (isWhiteSpace(code)) return 3
  const char = text.slice(index, index + width(text, index, code))
  if (letterOrNumber.test(char)) return 1
  return mark.test(char) ? 2 : 0
}

/**
 * Length in code units of the code point at `index`: 2 for a surrogate pair, else 1.
 *
 * @param text Text.
 * @param index Index.
 * @param code `text.charCodeAt(index)`.
 * @returns 1 or 2.
 */
function width(text: string, index: number, code: number): number {
  if (code < 0xd800 || code > 0xdbff) return 1
  const low = text.charCodeAt(index + 1)
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1
}

/**
 * Whether the code unit at `index` is a letter or number on its own (a lone
 * surrogate is not).
 *
 * @param text Text.
 * @param index Index.
 * @returns Whether it is.
 */
function unitIsLetterOrNumber(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (Number.isNaN(code)) return false
  if (code >= 0xd800 && code <= 0xdfff) return false
  return kindAt(text, index, code) === 1
}

/** Joiners kept inside a word when a letter or number follows: `'’.-+&/`. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45 || code === 43 || code === 38 || code === 47
}

/** Abbreviations that keep their period. */
export const abbreviations: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Adm', 'Lt', 'Col', 'Capt', 'Cmdr', 'Sgt', 'Cpl', 'Maj', 'Brig', 'St', 'Jr',
  'Sr', 'Prof', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'No', 'Nos', 'Vol', 'Art', 'Sec', 'Dept', 'Inc', 'Ltd',
  'Co', 'Corp', 'vs', 'etc', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov',
  'Dec', 'Mt', 'Ft', 'Esq', 'Amb', 'Pres', 'Messrs', 'Mme', 'approx', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri',
  'Sat', 'Sun', 'al', 'Rt', 'Bros', 'Adm'
])

/**
 * Whether a word (without its final period) is an abbreviation that keeps it:
 * an initial ("J"), a dotted acronym ("U.S"), or a known abbreviation.
 *
 * @param bare Word without the final period.
 * @returns Whether the period belongs to the word.
 */
export function keepsPeriod(bare: string): boolean {
  if (bare.length === 1) {
    const code = bare.charCodeAt(0)
    if (code < 128) return code >= 65 && code <= 90
  }
  if (bare.length <= 2 && upperLetter.test(bare)) return true
  if (bare.includes('.')) return true
  return abbreviations.has(bare)
}

/**
 * Split text into word and punctuation tokens. A final period stays on
 * initials, dotted acronyms and known abbreviations only.
 *
 * @param text Text.
 * @returns Tokens.
 */
export function tokenize(text: string): Token[] {
  // A hand-written scanner for what the pattern
  // /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-+&/](?=[\p{L}\p{N}]))*\.?|\S/gu matches (tokens.test.ts
  // checks both agree): tokenizing was the largest single cost of a parse with matchAll and
  // four regex tests per token, and is ~3× faster this way.
  const tokens: Token[] = []
  const length = text.length
  let index = 0
  // A possessive taken onto a word ends past the word: matches that start before `skip` are dropped.
  let skip = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    const kind = kindAt(text, index, code)
    if (kind === 3) {
      index++
      continue
    }
    const start = index
    index += width(text, index, code)
    if (kind !== 1) {
      if (start >= skip) tokens.push({text: text.slice(start, index), start, end: index})
      continue
    }
    while (index < length) {
      const next = text.charCodeAt(index)
      const nextKind = kindAt(text, index, next)
      if (nextKind === 1 || nextKind === 2) {
        index += width(text, index, next)
      } else if (isJoiner(next) && index + 1 < length && kindAt(text, index + 1, text.charCodeAt(index + 1)) === 1) {
        index++
      } else {
        break
      }
    }
    if (text.charCodeAt(index) === 46) index++
    if (start >= skip) skip = pushWord(tokens, text, start, index)
  }
  return tokens
}

/**
 * Push the word `text.slice(start, end)`, with a possessive that follows it
 * ("U.K.’s", "Philippines’") or without its sentence period.
 *
 * @param tokens Tokens.
 * @param text Text.
 * @param start Word start.
 * @param end Word end.
 * @returns Where the pushed tokens end.
 */
function pushWord(tokens: Token[], text: string, start: number, end: number): number {
  const value = text.slice(start, end)
  const quote = text.charCodeAt(end)
  const endsInPeriod = text.charCodeAt(end - 1) === 46
  if (quote === 39 || quote === 0x2019) {
    // "U.K.’s": keep the possessive on the word.
    if (text.charCodeAt(end + 1) === 115 && endsInPeriod && keepsPeriod(value.slice(0, -1))) {
      tokens.push({text: value + text.slice(end, end + 2), start, end: end + 2})
      return end + 2
    }
    if (!unitIsLetterOrNumber(text, end + 1) && text.charCodeAt(end - 1) === 115 && value.length > 2) {
      tokens.push({text: value + text.charAt(end), start, end: end + 1})
      return end + 1
    }
  }
  if (value.length > 1 && endsInPeriod && !keepsPeriod(value.slice(0, -1))) {
    tokens.push({text: value.slice(0, -1), start, end: end - 1})
    tokens.push({text: '.', start: end - 1, end})
  } else {
    tokens.push({text: value, start, end})
  }
  return end
}

/**
 * Whether a token starts with an upper-case letter.
 *
 * @param token Token text.
 * @returns Whether it is capitalized.
 */
export function isCapitalized(token: string): boolean {
  const code = token.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return upperStart.test(token)
}

/**
 * Whether a token starts with a letter or a number (`/^[\p{L}\p{N}]/u`, with
 * ASCII tested by code: it runs for every token a verb is looked for in).
 *
 * @param token Token text.
 * @returns Whether it does.
 */
export function isWordToken(token: string): boolean {
  const code = token.charCodeAt(0)
  if (Number.isNaN(code)) return false
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  return kindAt(token, 0, code) === 1
}

/**
 * Strip a possessive ending (`’s`, `'s`, `s’`).
 *
 * @param token Token text.
 * @returns The token without its possessive, and whether it had one.
 */
export function stripPossessive(token: string): {text: string; possessive: boolean} {
  const length = possessiveLength(token)
  return length === 0 ? {text: token, possessive: false} : {text: token.slice(0, -length), possessive: true}
}

/**
 * Length of a token's possessive ending: 2 for `’s`/`'s`, 1 for `s’`/`s'`,
 * else 0. (By code unit: it runs on most capitalized tokens.)
 *
 * @param token Token text.
 * @returns Length to strip.
 */
export function possessiveLength(token: string): number {
  const last = token.charCodeAt(token.length - 1)
  const before = token.charCodeAt(token.length - 2)
  if (last === 115 && (before === 39 || before === 0x2019)) return 2
  if ((last === 39 || last === 0x2019) && before === 115) return 1
  return 0
}
