import type {Block} from '../tree/blocks.js'

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

/** Block-level rules: reason and test, in order. */
const rules: ReadonlyArray<readonly [string, RegExp]> = [
  ['office-line', /^(?:Office of the (?:Spokesperson|Spokesman|Press Secretary|Press Secretary to the \w+ President)|Media Note|For Immediate Release|Press Statement|Readout|Joint Statement|Fact Sheet)$/i],
  ['attribution', /^(?:The (?:following|below) (?:is|are) attributable to\b.{0,160}|.{0,200}\bprovided the following readout\b.{0,100})$/i],
  ['wrapper', /^(?:The (?:text of the )?following (?:statement|joint statement|communiqu[eé]|text)\b.{0,300}\breleased by\b.{0,300}|The following is (?:the )?(?:full )?text of (?:a|an|the) (?:joint )?(?:statement|communiqu[eé]|declaration|readout)\b.{0,400}|(?:Begin|Start) (?:of )?(?:the )?text\s*[:.]?|End (?:of )?(?:the )?text\s*[:.]?)$/i],
  ['posted-in', /^(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\s+Posted in\b.{0,200}$/],
  ['last-updated', /^(?:Last updated|Updated|Last modified)(?: on)?\b.{0,60}$/i],
  ['end-marker', /^(?:#{3}|# # #|-30-|-\s?END\s?-|ENDS?\.?|\*\s?\*\s?\*)$/],
  ['share-count', /^\d{1,7}(?:\s+(?:shares?|views?|comments?|likes?))?$/i],
  ['comment-prompt', /^(?:Leave a (?:Comment|Reply)|Post a Comment|Add a comment|Comments?(?: \(\d+\))?|Share(?: this(?: article| post| story)?)?(?: on \w+)?:?|Like this:?|Related(?: posts| articles)?:?|Print(?: this page)?|Email|Tweet|Subscribe.{0,60}|Click to share.{0,60})$/i],
  ['photo-credit', /^(?:\(?(?:Photo|Image|Picture|Video)s?(?:\s+credits?)?\s*(?:[:：]|by\b|courtesy\b).{0,200}|Credits?\s*:.{0,200}|Courtesy of\b.{0,200}|\((?:Photo|Image)\b.{0,200})$/i],
  ['link', /^(?:Read|View|Download|See|Watch|Click)\b.{1,120}\b(?:here|below|online|pdf|PDF)\.?$/],
  ['markup', /^\{:[^}]{0,200}\}$/],
  ['dateline', onlyDate]
]

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
  const captions = new Set<string>()
  let content = 0

  blocks.forEach((block, index) => {
    if (block.type === 'rule') return
    const text = block.text.trim()
    const blockKey = key(text)
    if (block.caption) {
      block.boilerplate = 'caption'
      captions.add(blockKey)
      return
    }
    for (const [reason, pattern] of rules) {
      if (text.length < 400 && pattern.test(text)) {
        block.boilerplate = reason
        break
      }
    }
    if (block.boilerplate === 'posted-in') result.postedIn ??= datePhrase.exec(text)?.[1]
    if (block.boilerplate === 'dateline') {
      if (content <= 2) result.dateline ??= text
    }
    if (!block.boilerplate && titleKey && blockKey === titleKey) {
      if (result.titleBlock === undefined && content <= 1) {
        result.titleBlock = index
        block.boilerplate = 'title'
      } else {
        block.boilerplate = 'repeated-title'
      }
    }
    if (!block.boilerplate && (isDisclosure(text) || promptEcho.test(text))) {
      block.boilerplate = 'ai-disclosure'
      result.disclosures.push(index)
    }
    if (!block.boilerplate && block.emphasis && /\b(?:photo(?:graph)?|pictured|posing|looks on|left|right|centre|center|group photo)\b/i.test(text)) {
      block.boilerplate = 'caption'
      captions.add(blockKey)
    }
    if (!block.boilerplate && captions.size > 0 && captions.has(blockKey)) block.boilerplate = 'caption'
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
    if (text.length <= 120 && /\p{Lu}{3}/u.test(text) && text === text.toUpperCase() && !/[.!?]$/.test(text)) {
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

/**
 * Compare key of a text.
 *
 * @param text Text.
 * @returns Key.
 */
function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
