import {describe, expect, it} from 'vitest'
import {contextFor, runRecognizer as runWith, sectionFrom} from '../testing/index.js'
import {isListItem, listItemRecognizer, sentenceRecognizer} from './outcomes.js'
import type {RecognizedKinds, Recognizer} from '../recognize/types.js'
/**
 * Run a recognizer on Markdown published on a date; its findings, or `undefined`.
 *
 * @param recognizer Recognizer.
 * @param markdown Markdown.
 * @param options Publication date (optional).
 * @returns Findings.
 */
function runRecognizer<K extends keyof RecognizedKinds>(recognizer: Recognizer<K>, markdown: string, options: {published?: string} = {}): RecognizedKinds[K] | undefined {
  const run = runWith(recognizer, markdown, options.published ? {meta: {published: options.published}} : {})
  return run.findings
}


/** Texts and verbs of the outcomes found. */
function outcomes(recognizer: typeof listItemRecognizer, markdown: string, published = '2024-02-17') {
  return runRecognizer(recognizer, markdown, {published})?.map((finding) => [
    finding.node.text.slice(finding.range?.[0] ?? 0, finding.range?.[1] ?? finding.node.text.length),
    finding.verb
  ])
}

describe('listItemRecognizer', () => {
  it('should read every bullet as an outcome with its first verb', () => {
    expect(outcomes(listItemRecognizer, '- Agreed to expand training.\n- Strongly condemned the attack.\n- Expanding cooperation on cyber.')).toEqual([
      ['Agreed to expand training.', 'agreed'],
      ['Strongly condemned the attack.', 'condemned'],
      ['Expanding cooperation on cyber.', 'expanding']
    ])
  })

  it('should read a verbless bullet as an outcome without a verb', () => {
    expect(outcomes(listItemRecognizer, '- A new fund of $10 million for climate resilience.')).toEqual([
      ['A new fund of $10 million for climate resilience.', null]
    ])
  })

  it('should skip Title Case labels, lead-ins ending in a colon and quotations', () => {
    expect(outcomes(listItemRecognizer, '- Maritime Security\n- Key deliverables include:\n- “We are united,” said the leaders.\n- Agreed to meet.')).toEqual([
      ['Agreed to meet.', 'agreed']
    ])
  })

  it('should keep modality and modifiers', () => {
    const [finding] = runRecognizer(listItemRecognizer, '- Will closely coordinate a roadmap.') ?? []
    expect(finding).toMatchObject({verb: 'coordinate', modality: 'future', modifiers: ['closely']})
  })

  it('should pass on sections without list items', () => {
    expect(runRecognizer(listItemRecognizer, 'The sides met.')).toBeUndefined()
  })
})

describe('isListItem', () => {
  const {context} = contextFor('test:items')

  it('should read bullets and short numbered items as list items', () => {
    const section = sectionFrom('- One.\n\n1. Two.')
    expect(section.items.map((item) => isListItem(item, context))).toEqual([true, true])
  })

  it('should read long numbered paragraphs of several sentences as paragraphs', () => {
    const section = sectionFrom('1. The Ministers met in Rabat. They discussed trade. They agreed to meet again next year.')
    expect(isListItem(section.items[0] as never, context)).toBe(false)
  })
})

describe('sentenceRecognizer', () => {
  it('should read prose outcome sentences and skip the sentence that establishes the meeting', () => {
    expect(outcomes(sentenceRecognizer, 'The ministers met today. They reaffirmed the alliance. The alliance is strong.')).toEqual([
      ['They reaffirmed the alliance.', 'reaffirmed']
    ])
  })

  it('should skip a bare lead-in that introduces a list', () => {
    expect(outcomes(sentenceRecognizer, 'The ministers agreed to the following:')).toEqual([])
  })

  it('should skip background sentences', () => {
    expect(outcomes(sentenceRecognizer, 'In January 2019, the ministers agreed to a roadmap.')).toEqual([])
  })

  it('should keep an outcome dated on the publication date', () => {
    expect(outcomes(sentenceRecognizer, 'On February 17, 2024, the ministers agreed to a roadmap.')).toEqual([
      ['On February 17, 2024, the ministers agreed to a roadmap.', 'agreed']
    ])
  })

  it('should give the subject of each outcome', () => {
    const [finding] = runRecognizer(sentenceRecognizer, 'The two leaders reaffirmed the alliance.', {published: '2024-02-17'}) ?? []
    expect(finding?.subject).toBe('The two leaders')
  })
})
