import {describe, expect, it} from 'vitest'
import {identityMap} from '../normalize/offsets.js'
import {toBlocks} from './blocks.js'
import {parseMarkdown} from './processor.js'
import {isLabel, sectionize, splitLeadIn, type SectionNode} from './sections.js'

/** Sections of Markdown. */
function sectionsOf(markdown: string) {
  const {blocks} = toBlocks(parseMarkdown(markdown), markdown, identityMap)
  return {...sectionize(blocks), blocks}
}

/** Titles and item texts, as a nested outline. */
function outline(section: SectionNode): unknown {
  return {
    title: section.title,
    items: section.items.map((item) => item.text),
    ...(section.children.length > 0 ? {children: section.children.map(outline)} : {})
  }
}

describe('sectionize', () => {
  it('should give the part before the first heading a null title', () => {
    const {root, titleOf, blocks} = sectionsOf('Intro text.\n\n## Outcomes\n\nThe sides agreed.')
    expect(root.title).toBeNull()
    expect(root.items.map((item) => item.text)).toEqual(['Intro text.'])
    expect(titleOf.get(blocks[0] as never)).toBeNull()
  })

  it('should open a section at each Markdown heading and nest by rank', () => {
    const {root} = sectionsOf('# Title\n\n## One\n\nA.\n\n### One.One\n\nB.\n\n## Two\n\nC.')
    expect(outline(root)).toEqual({
      title: null,
      items: [],
      children: [
        {
          title: 'Title',
          items: [],
          children: [
            {title: 'One', items: ['A.'], children: [{title: 'One.One', items: ['B.']}]},
            {title: 'Two', items: ['C.']}
          ]
        }
      ]
    })
  })

  it('should drop a trailing colon from heading titles', () => {
    const {all} = sectionsOf('### Key Outcomes:\n\nA.')
    expect(all[0]?.title).toBe('Key Outcomes')
  })

  it('should read a bold-only line as a heading', () => {
    const {all, titleOf, blocks} = sectionsOf('## Security\n\n**Maritime Cooperation**\n\nThe sides agreed.')
    expect(all.map((section) => section.title)).toEqual(['Security', 'Maritime Cooperation'])
    expect(titleOf.get(blocks[2] as never)).toBe('Maritime Cooperation')
  })

  it('should read an ALL-CAPS line as a heading', () => {
    const {all} = sectionsOf('Intro.\n\nNEXT STEPS\n\nThe sides will meet again.')
    expect(all.map((section) => section.title)).toEqual(['NEXT STEPS'])
    expect(all[0]?.items.map((item) => item.text)).toEqual(['The sides will meet again.'])
  })

  it('should not read an ALL-CAPS sentence as a heading', () => {
    const {all} = sectionsOf('THE SIDES MET TODAY.')
    expect(all).toHaveLength(0)
  })

  it('should read a bold list item with a nested list as a heading over the nested items', () => {
    const {root} = sectionsOf('- **Maritime Cooperation**\n  - Agreed to patrol.\n  - Agreed to train.\n- Discussed trade.')
    expect(outline(root)).toEqual({
      title: null,
      items: ['Discussed trade.'],
      children: [{title: 'Maritime Cooperation', items: ['Agreed to patrol.', 'Agreed to train.']}]
    })
  })

  it('should read a `**Label:** text` lead-in as a section and remove the label from the text', () => {
    const source = '**HEALTH:** The sides agreed to share vaccine data.'
    const {all, blocks} = sectionsOf(source)
    expect(all.map((section) => section.title)).toEqual(['HEALTH'])
    const block = blocks[0]
    expect(block?.text).toBe('The sides agreed to share vaccine data.')
    expect(source.slice(block?.starts[0], block?.ends[(block?.ends.length ?? 1) - 1])).toBe('The sides agreed to share vaccine data.')
  })

  it('should read a `**LABEL**: text` lead-in with the colon outside the bold', () => {
    const {all, blocks} = sectionsOf('**CLIMATE**: The sides agreed.')
    expect(all[0]?.title).toBe('CLIMATE')
    expect(blocks[0]?.text).toBe('The sides agreed.')
  })

  it('should read a `Title Case Label: text` lead-in and remove the label', () => {
    const {all, blocks} = sectionsOf('Climate and Energy: The sides agreed to cut emissions.')
    expect(all[0]?.title).toBe('Climate and Energy')
    expect(blocks[0]?.text).toBe('The sides agreed to cut emissions.')
  })

  it('should not read a sentence with a colon as a lead-in', () => {
    const {all, blocks} = sectionsOf('The sides noted the following: trade grew.')
    expect(all).toHaveLength(0)
    expect(blocks[0]?.text).toBe('The sides noted the following: trade grew.')
  })

  it('should end a lead-in section at the next lead-in', () => {
    const {root} = sectionsOf('## Outcomes\n\n**HEALTH:** Agreed on A.\n\n**TRADE:** Agreed on B.')
    expect(outline(root)).toEqual({
      title: null,
      items: [],
      children: [
        {
          title: 'Outcomes',
          items: [],
          children: [
            {title: 'HEALTH', items: ['Agreed on A.']},
            {title: 'TRADE', items: ['Agreed on B.']}
          ]
        }
      ]
    })
  })

  it('should skip boilerplate blocks and rules', () => {
    const {blocks} = sectionsOf('Office of the Spokesperson\n\n---\n\nThe sides met.')
    const first = blocks[0]
    if (first) first.boilerplate = 'office-line'
    const {root} = sectionize(blocks)
    expect(root.items.map((item) => item.text)).toEqual(['The sides met.'])
  })

  it('should list every section in document order', () => {
    const {all} = sectionsOf('## A\n\n**B**\n\nx\n\n## C\n\nTrade Ties: the sides agreed.')
    expect(all.map((section) => section.title)).toEqual(['A', 'B', 'C', 'Trade Ties'])
  })
})

describe('splitLeadIn', () => {
  it('should leave a block without a lead-in unchanged', () => {
    const {blocks} = sectionsOf('The sides met today.')
    const block = blocks[0]
    expect(block && splitLeadIn(block)).toBeUndefined()
    expect(block?.text).toBe('The sides met today.')
  })

  it('should not split a lead-in that leaves no text', () => {
    const {blocks} = sectionsOf('**Outcomes:**')
    const block = blocks[0]
    expect(block && splitLeadIn(block)).toBeUndefined()
  })
})

describe('isLabel', () => {
  it('should accept Title Case and ALL-CAPS labels', () => {
    expect(isLabel('Climate and Energy')).toBe(true)
    expect(isLabel('HEALTH')).toBe(true)
    expect(isLabel('People-to-People Ties')).toBe(true)
  })

  it('should reject sentence case and long phrases', () => {
    expect(isLabel('The sides noted')).toBe(false)
    expect(isLabel('One Two Three Four Five Six Seven Eight Nine Ten Eleven')).toBe(false)
    expect(isLabel('')).toBe(false)
  })
})
