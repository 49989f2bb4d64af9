import {isCapitalized, keepsPeriod} from './tokens.js'

/** A sentence: its span in the block text. */
export interface SentenceSpan {
  /** Start index. */
  start: number
  /** End index (exclusive). */
  end: number
}

const starters = new Set([
  'The', 'They', 'He', 'She', 'We', 'It', 'Both', 'In', 'On', 'During', 'This', 'These', 'Those', 'Its',
  'Their', 'His', 'Her', 'Our', 'A', 'An', 'As', 'At', 'After', 'Before', 'Following', 'Today', 'Yesterday',
  'Finally', 'Additionally', 'Also', 'Further', 'Furthermore', 'Moreover', 'However', 'Together', 'I', 'There'
])

/**
 * Split text into sentences. A period ends a sentence unless it belongs to an
 * initial, a title abbreviation ("Mr.", "Gen.") or a dotted acronym ("U.S.")
 * followed by a word that does not start a sentence; nothing splits before a
 * dotted acronym ("Washington. D.C."); nothing splits inside “curly quotes”.
 * Linear in the length of the text.
 *
 * @param text Text of a block.
 * @returns Sentence spans, trimmed.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let start = 0
  let quote = 0
  let quoteStart = 0
  const length = text.length

  for (let index = 0; index < length; index++) {
    // Most characters end nothing: test the code unit before making a string of it.
    const code = text.charCodeAt(index)
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x201c && code !== 0x201d) continue
    const char = text.charAt(index)
    if (char === '“') {
      if (quote === 0) quoteStart = index
      quote++
      continue
    }
    if (char === '”') {
      if (quote > 0) quote--
    }
    if (char !== '.' && char !== '!' && char !== '?' && char !== '”') continue
    if (char === '”' && !/[.!?]/.test(text.charAt(index - 1))) continue
    // Inside a quotation that is still open (and not absurdly long): keep going.
    if (quote > 0 && index - quoteStart < 1500) continue

    // Move past closing quotes and brackets.
    let end = index + 1
    while (end < length && /["'”’)\]]/.test(text.charAt(end))) end++
    if (end < length && text.charAt(end) !== ' ') continue
    let next = end
    while (next < length && text.charAt(next) === ' ') next++
    if (next >= length) break
    const following = /^\S+/.exec(text.slice(next, next + 40))?.[0] ?? ''
    if (!opensSentence(following)) continue

    if (char === '.') {
      // The word before the period (a loop: an end-anchored regex scans from every start).
      const window = text.slice(Math.max(0, index - 40), index)
      let cut = window.length
      while (cut > 0 && !/[\s(“"]/.test(window.charAt(cut - 1))) cut--
      const before = window.slice(cut)
      const bare = stripLeadingNonWord(before)
      if (bare && keepsPeriod(bare)) {
        const dotted = bare.includes('.') || isAllCaps(bare)
        if (!dotted) continue
        // "U.S." may end a sentence: split only before a usual sentence opener.
        if (!starters.has(lettersOf(following))) continue
      }
      // Never split before a dotted acronym ("Washington. D.C. in October").
      if (following.includes('.') && /^\p{Lu}\.(?:\p{Lu}\.)+/u.test(following)) continue
    }
    pushSpan(spans, text, start, end)
    start = next
    quote = 0
  }
  pushSpan(spans, text, start, length)
  return spans
}

/**
 * Push a trimmed span if it has text.
 *
 * @param spans Target.
 * @param text Text.
 * @param start Start.
 * @param end End.
 */
function pushSpan(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let from = start
  let to = end
  while (from < to && text.charAt(from) === ' ') from++
  while (to > from && text.charAt(to - 1) === ' ') to--
  if (to > from) spans.push({start: from, end: to})
}

// The first parse runs cold: a `\p{…}` regex costs 0.1–0.3 ms to compile on
// first use, and the words tested here are nearly always ASCII. The helpers
// below answer ASCII by code unit and leave the rest to the regex.

/**
 * Whether a word may open a sentence (`/^[\p{Lu}\d"“‘'([]/u`).
 *
 * @param word Word after the break.
 * @returns Whether it may.
 */
function opensSentence(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 39 || code === 40 || code === 91
  return code === 0x201c || code === 0x2018 || isCapitalized(word)
}

/**
 * Remove leading characters that are neither letters nor numbers
 * (`word.replace(/^[^\p{L}\p{N}]+/u, '')`).
 *
 * @param word Word.
 * @returns The word from its first letter or number.
 */
function stripLeadingNonWord(word: string): string {
  let index = 0
  while (index < word.length) {
    const code = word.charCodeAt(index)
    if (code >= 128) return word.slice(index).replace(/^[^\p{L}\p{N}]+/u, '')
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) break
    index++
  }
  return index === 0 ? word : word.slice(index)
}

/**
 * Whether a word is two or more upper-case letters (`/^\p{Lu}{2,}$/u`).
 *
 * @param word Word.
 * @returns Whether it is.
 */
function isAllCaps(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 128) return /^\p{Lu}{2,}$/u.test(word)
    if (code < 65 || code > 90) return false
  }
  return word.length >= 2
}

/**
 * The letters of a word (`word.replace(/\P{L}/gu, '')`).
 *
 * @param word Word.
 * @returns Its letters.
 */
function lettersOf(word: string): string {
  let letters = ''
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 128) return word.replace(/\P{L}/gu, '')
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) letters += word.charAt(index)
  }
  return letters
}
