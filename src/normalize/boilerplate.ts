import type {Block} from '../tree/blocks.js'
import {isAscii, isDigit} from '../chars.js'

/** What the boilerplate pass found. */
export interface BoilerplateResult {
  /** Indexes of blocks that disclose machine authorship or echo a prompt. */
  disclosures: number[]
  /** Date text of a "<date> Posted in ..." line, if any. */
  postedIn: string | undefined
  /** Date text of a dateline block near the top, if any. */
  dateline: string | undefined
  /** Index of the block that repeats the title at the top, if any. */
  titleBlock: number | undefined
}

const assistant =
  /\b(?:AI|A\.I\.|artificial intelligence|ChatGPT|Chat GPT|Gemini|Bard|Claude|Copilot|GPT-?\d(?:\.\d)?o?|LLM|chatbot|language model|Grok|Llama|Mistral|DeepSeek|Perplexity)\b/i
const authorship =
  /\b(?:provided|asked|response|responded|generated|written|wrote|write|created|produced|rewritten|rewrote|summari[sz]ed|answer(?:ed|s)?|prompt(?:ed)?|according to|here(?:'|’)?s|told us|gave us)\b/i
const promptEcho =
  /\b(?:please (?:write|summari[sz]e|rewrite|generate|create|draft)|answers? should be in|write (?:a|an) (?:detailed |short |long )?(?:article|summary|news|story|post|report)|in the style of|as an AI language model)\b/i
const datePhrase = /^(\d{1,2}\s+[A-Z]{3,9}\.?\s+\d{4}|[A-Z]{3,9}\.?\s+\d{1,2},?\s+\d{4})/i
const onlyDate =
  /^(?:\p{Lu}[\p{L}.'’ -]{1,40},\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\.?$/u

/** A block-level rule. */
interface Rule {
  reason: string
  /**
   * Cheap test that rules the pattern out: most blocks fail it, and then the
   * pattern is neither run nor, on a cold start, compiled (the twelve patterns
   * took ~5 ms to compile and tier up in a cold parse of the seed).
   */
  may: (text: string, lower: string) => boolean
  pattern: RegExp
}

/**
 * Whether lower-cased text starts with one of some openings. A case-insensitive
 * pattern that matches an ASCII opening at the start of a text matches it at
 * the start of the lower-cased text too.
 *
 * @param lower Lower-cased text.
 * @param openings Lower-case openings.
 * @returns Whether it does.
 */
function opensWith(lower: string, openings: readonly string[]): boolean {
  const first = lower.charCodeAt(0)
  // Comparing the first code unit first skips most `startsWith` calls.
  for (const opening of openings) if (opening.charCodeAt(0) === first && lower.startsWith(opening)) return true
  return false
}

/** Block-level rules, in order; each `may` holds for every text its pattern matches. */
const rules: readonly Rule[] = [
  {
    reason: 'office-line',
    may: (_, lower) => opensWith(lower, ['office of the ', 'media note', 'for immediate release', 'press statement', 'readout', 'joint statement', 'fact sheet']),
    pattern: /^(?:Office of the (?:Spokesperson|Spokesman|Press Secretary|Press Secretary to the \w+ President)|Media Note|For Immediate Release|Press Statement|Readout|Joint Statement|Fact Sheet)$/i
  },
  {
    reason: 'attribution',
    may: (_, lower) => opensWith(lower, ['the following ', 'the below ']) || lower.includes('provided the following readout'),
    pattern: /^(?:The (?:following|below) (?:is|are) attributable to\b.{0,160}|.{0,200}\bprovided the following readout\b.{0,100})$/i
  },
  {
    reason: 'wrapper',
    may: (_, lower) => opensWith(lower, ['the following ', 'the text of the following ', 'begin ', 'start ', 'end ']),
    pattern: /^(?:The (?:text of the )?following (?:statement|joint statement|communiqu[eé]|text)\b.{0,300}\breleased by\b.{0,300}|The following is (?:the )?(?:full )?text of (?:a|an|the) (?:joint )?(?:statement|communiqu[eé]|declaration|readout)\b.{0,400}|(?:Begin|Start) (?:of )?(?:the )?text\s*[:.]?|End (?:of )?(?:the )?text\s*[:.]?)$/i
  },
  {
    reason: 'posted-in',
    may: (text) => text.includes('Posted in'),
    pattern: /^(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\s+Posted in\b.{0,200}$/
  },
  {
    reason: 'last-updated',
    may: (_, lower) => opensWith(lower, ['last updated', 'updated', 'last modified']),
    pattern: /^(?:Last updated|Updated|Last modified)(?: on)?\b.{0,60}$/i
  },
  {
    reason: 'end-marker',
    // The longest, "- END -", has seven characters.
    may: (text) => text.length <= 7,
    pattern: /^(?:#{3}|# # #|-30-|-\s?END\s?-|ENDS?\.?|\*\s?\*\s?\*)$/
  },
  {
    reason: 'share-count',
    may: (text) => isDigit(text.charCodeAt(0)),
    pattern: /^\d{1,7}(?:\s+(?:shares?|views?|comments?|likes?))?$/i
  },
  {
    reason: 'comment-prompt',
    may: (_, lower) =>
      opensWith(lower, ['leave a ', 'post a comment', 'add a comment', 'comment', 'share', 'like this', 'related', 'print', 'email', 'tweet', 'subscribe', 'click to share']),
    pattern: /^(?:Leave a (?:Comment|Reply)|Post a Comment|Add a comment|Comments?(?: \(\d+\))?|Share(?: this(?: article| post| story)?)?(?: on \w+)?:?|Like this:?|Related(?: posts| articles)?:?|Print(?: this page)?|Email|Tweet|Subscribe.{0,60}|Click to share.{0,60})$/i
  },
  {
    reason: 'photo-credit',
    may: (_, lower) => opensWith(lower, ['(', 'photo', 'image', 'picture', 'video', 'credit', 'courtesy of']),
    pattern: /^(?:\(?(?:Photo|Image|Picture|Video)s?(?:\s+credits?)?\s*(?:[:：]|by\b|courtesy\b).{0,200}|Credits?\s*:.{0,200}|Courtesy of\b.{0,200}|\((?:Photo|Image)\b.{0,200})$/i
  },
  {
    reason: 'link',
    may: (text) => opensWith(text, ['Read', 'View', 'Download', 'See', 'Watch', 'Click']),
    pattern: /^(?:Read|View|Download|See|Watch|Click)\b.{1,120}\b(?:here|below|online|pdf|PDF)\.?$/
  },
  {reason: 'markup', may: (text) => text.startsWith('{:'), pattern: /^\{:[^}]{0,200}\}$/},
  {
    reason: 'dateline',
    // Every form ends with digits, and perhaps a period.
    may: (text) => isDigit(text.charCodeAt(text.length - (text.endsWith('.') ? 2 : 1))),
    pattern: onlyDate
  }
]

/**
 * Cues of a prompt echo: every phrase of `promptEcho` holds one of these in
 * its lower-cased text. Most blocks hold none, so that pattern is seldom run
 * or compiled. One pass of a small literal pattern: five `includes` cost a
 * quarter of this pass (most blocks are two-byte strings, with curly quotes).
 */
const echoCue = /please |answer|write |style of|language model/

/**
 * Whether a text may echo a prompt.
 *
 * @param lower Lower-cased text.
 * @returns Whether it may.
 */
function mayEchoPrompt(lower: string): boolean {
  return echoCue.test(lower)
}

/**
 * Set aside boilerplate blocks: share counts, comment prompts, attribution
 * lines, wrappers, "Posted in" and "Last updated" lines, photo credits,
 * captions, signature blocks, repeated titles, and AI disclosures with the
 * trailer that follows them. Marks `block.boilerplate`; never removes blocks.
 *
 * @param blocks Blocks, in order.
 * @param title Release title, if known.
 * @returns What it found.
 */
export function markBoilerplate(blocks: Block[], title: string | undefined): BoilerplateResult {
  const result: BoilerplateResult = {disclosures: [], postedIn: undefined, dateline: undefined, titleBlock: undefined}
  const titleKey = title ? key(title) : undefined
  const titleCue = titleKey ? keyCue(titleKey) : undefined
  const captions = new Set<string>()
  let content = 0

  blocks.forEach((block, index) => {
    if (block.type === 'rule') return
    const text = block.text.trim()
    const lower = text.toLowerCase()
    // The compare key is built only when needed: it took half the time of this pass.
    let blockKey: string | undefined
    const keyOfBlock = () => (blockKey ??= key(text))
    if (block.caption) {
      block.boilerplate = 'caption'
      captions.add(keyOfBlock())
      return
    }
    if (text.length < 400) {
      for (const rule of rules) {
        if (rule.may(text, lower) && rule.pattern.test(text)) {
          block.boilerplate = rule.reason
          break
        }
      }
    }
    if (block.boilerplate === 'posted-in') result.postedIn ??= datePhrase.exec(text)?.[1]
    if (block.boilerplate === 'dateline') {
      if (content <= 2) result.dateline ??= text
    }
    if (!block.boilerplate && titleCue && mayHaveKey(lower, titleCue) && keyOfBlock() === titleKey) {
      if (result.titleBlock === undefined && content <= 1) {
        result.titleBlock = index
        block.boilerplate = 'title'
      } else {
        block.boilerplate = 'repeated-title'
      }
    }
    if (!block.boilerplate && (isDisclosure(text) || (mayEchoPrompt(lower) && promptEcho.test(text)))) {
      block.boilerplate = 'ai-disclosure'
      result.disclosures.push(index)
    }
    if (!block.boilerplate && block.emphasis && /\b(?:photo(?:graph)?|pictured|posing|looks on|left|right|centre|center|group photo)\b/i.test(text)) {
      block.boilerplate = 'caption'
      captions.add(keyOfBlock())
    }
    if (!block.boilerplate && captions.size > 0 && captions.has(keyOfBlock())) block.boilerplate = 'caption'
    if (!block.boilerplate) content++
  })

  // Everything after an AI disclosure in the second half is the trailer; so
  // is a repeated title just before it.
  const firstDisclosure = result.disclosures[0]
  if (firstDisclosure !== undefined && firstDisclosure >= blocks.length / 3) {
    for (let index = firstDisclosure; index < blocks.length; index++) {
      const block = blocks[index]
      if (block && !block.boilerplate) block.boilerplate = 'trailer'
      if (block && block.boilerplate === 'ai-disclosure' && !result.disclosures.includes(index)) result.disclosures.push(index)
    }
  }

  // Signature blocks: upper-case lines (an agency, a date) at the very end.
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]
    if (!block || block.type === 'rule') continue
    if (block.boilerplate) continue
    const text = block.text.trim()
    // Cheapest tests first: the last block is mostly a sentence, and its period ends the loop.
    if (text.length <= 120 && !endsSentence(text) && text === text.toUpperCase() && /\p{Lu}{3}/u.test(text)) {
      block.boilerplate = 'signature'
      continue
    }
    break
  }
  return result
}

/**
 * Whether a block discloses that an AI wrote the text.
 *
 * @param text Block text.
 * @returns Whether it does.
 */
function isDisclosure(text: string): boolean {
  if (text.length > 600) return false
  return assistant.test(text) && authorship.test(text)
}

/** Cheap tests for a compare key; see {@link mayHaveKey}. */
interface KeyCue {
  /** The key's first word. */
  first: string
  /** Its longest word. */
  longest: string
}

/**
 * Cues of a compare key.
 *
 * @param wanted Compare key (not empty).
 * @returns Its cues.
 */
function keyCue(wanted: string): KeyCue {
  const words = wanted.split(' ')
  return {first: words[0] ?? '', longest: words.reduce((longest, word) => (word.length > longest.length ? word : longest), '')}
}

/**
 * Whether a text's compare key may be the one of some cues, judged without
 * building the key: each word of the key is part of the lower-cased text, and
 * a text that opens with an ASCII letter or digit has a key that opens with
 * that letter's or digit's word.
 *
 * @param lower Lower-cased text.
 * @param cue Cues of the wanted key.
 * @returns Whether it may.
 */
function mayHaveKey(lower: string, cue: KeyCue): boolean {
  const code = lower.charCodeAt(0)
  if ((isDigit(code) || (code >= 97 && code <= 122)) && !lower.startsWith(cue.first)) return false
  return lower.includes(cue.longest)
}

/**
 * Compare key of a text.
 *
 * @param text Text.
 * @returns Key.
 */
function key(text: string): string {
  const lower = text.toLowerCase()
  // ASCII text has ASCII letters and digits only: the same key without the
  // Unicode classes (~0.15 ms to compile in a cold first parse).
  if (isAscii(lower)) return lower.replace(/[^a-z\d]+/g, ' ').trim()
  return lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/**
 * Whether a text ends with `.`, `!` or `?` (`/[.!?]$/`).
 *
 * @param text Text.
 * @returns Whether it does.
 */
function endsSentence(text: string): boolean {
  const code = text.charCodeAt(text.length - 1)
  return code === 46 || code === 33 || code === 63
}
