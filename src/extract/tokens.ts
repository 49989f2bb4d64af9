/** A token of a sentence or block, with its span in that text. */
export interface Token {
  /** Text of the token. */
  text: string
  /** Start index in the tokenized text. */
  start: number
  /** End index in the tokenized text. */
  end: number
}

// One char per step and disjoint alternatives: linear.
const word = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-+&/](?=[\p{L}\p{N}]))*\.?|\S/gu

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
  if (/^\p{Lu}$/u.test(bare)) return true
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
  const tokens: Token[] = []
  let skip = 0
  for (const match of text.matchAll(word)) {
    const value = match[0]
    const start = match.index ?? 0
    if (start < skip) continue
    // "U.K.’s", "Philippines’": keep the possessive on the word.
    const after = text.slice(start + value.length, start + value.length + 2)
    if (/^['’]s$/.test(after) && /\.$/.test(value) && keepsPeriod(value.slice(0, -1))) {
      tokens.push({text: value + after, start, end: start + value.length + 2})
      skip = start + value.length + 2
      continue
    }
    if (/^['’](?![\p{L}\p{N}])/u.test(text.slice(start + value.length, start + value.length + 2)) && /s$/.test(value) && value.length > 2) {
      tokens.push({text: value + text.charAt(start + value.length), start, end: start + value.length + 1})
      skip = start + value.length + 1
      continue
    }
    if (value.length > 1 && value.endsWith('.') && !keepsPeriod(value.slice(0, -1))) {
      tokens.push({text: value.slice(0, -1), start, end: start + value.length - 1})
      tokens.push({text: '.', start: start + value.length - 1, end: start + value.length})
    } else {
      tokens.push({text: value, start, end: start + value.length})
    }
  }
  return tokens
}

/**
 * Whether a token starts with an upper-case letter or a digit.
 *
 * @param token Token text.
 * @returns Whether it is capitalized.
 */
export function isCapitalized(token: string): boolean {
  return /^\p{Lu}/u.test(token)
}

/**
 * Strip a possessive ending (`’s`, `'s`, `s’`).
 *
 * @param token Token text.
 * @returns The token without its possessive, and whether it had one.
 */
export function stripPossessive(token: string): {text: string; possessive: boolean} {
  if (/['’]s$/.test(token)) return {text: token.slice(0, -2), possessive: true}
  if (/s['’]$/.test(token)) return {text: token.slice(0, -1), possessive: true}
  return {text: token, possessive: false}
}
