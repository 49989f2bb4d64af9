import {describe, expect, it} from 'vitest'
import {splitSentences} from './sentences.js'

/** Sentence texts. */
function sentences(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end))
}

describe('splitSentences', () => {
  it('should split at periods before a capitalized word', () => {
    expect(sentences('The sides met. They agreed to cooperate.')).toEqual(['The sides met.', 'They agreed to cooperate.'])
  })

  it('should not split after Mr., Dr. and Jr.', () => {
    expect(sentences('Mr. Lee met Dr. Tan and John Roe Jr. in the morning.')).toHaveLength(1)
  })

  it('should not split after an initial', () => {
    expect(sentences('Secretary Lloyd J. Austin III met the Minister.')).toHaveLength(1)
    expect(sentences('They spoke with J. R. Ewing about trade.')).toHaveLength(1)
  })

  it('should not split after U.S. inside a sentence', () => {
    expect(sentences('The U.S. Secretary of State met the Minister.')).toHaveLength(1)
    expect(sentences('The U.S. and Japan agreed.')).toHaveLength(1)
  })

  it('should split after U.S. or D.C. when a usual sentence opener follows', () => {
    expect(sentences('They met in Washington, D.C. The Minister left.')).toEqual(['They met in Washington, D.C.', 'The Minister left.'])
    expect(sentences('The Minister met officials of the U.S. They discussed trade.')).toEqual([
      'The Minister met officials of the U.S.',
      'They discussed trade.'
    ])
  })

  it('should not split "Washington. D.C." before a dotted acronym', () => {
    expect(sentences('The meeting took place in Washington. D.C. officials attended.')).toHaveLength(1)
  })

  it('should not split inside curly quotes', () => {
    expect(sentences('The Minister said, “We agree. We will act.” The sides left.')).toEqual([
      'The Minister said, “We agree. We will act.”',
      'The sides left.'
    ])
  })

  it('should end sentences at ? and !', () => {
    expect(sentences('Is it done? Yes! It is.')).toEqual(['Is it done?', 'Yes!', 'It is.'])
  })

  it('should not split before a lower-case word', () => {
    expect(sentences('The sides met at 10 a.m. and left at noon.')).toHaveLength(1)
  })

  it('should give trimmed spans', () => {
    const text = '  The sides met.   They agreed.  '
    expect(sentences(text)).toEqual(['The sides met.', 'They agreed.'])
  })

  it('should give no spans for empty or blank text', () => {
    expect(splitSentences('')).toEqual([])
    expect(splitSentences('   ')).toEqual([])
  })

  it('should keep text without an end mark as one sentence', () => {
    expect(sentences('Agreed to meet again')).toEqual(['Agreed to meet again'])
  })

  it('should split long text in linear time', () => {
    const text = 'The sides met. '.repeat(20_000)
    const start = performance.now()
    expect(splitSentences(text)).toHaveLength(20_000)
    expect(performance.now() - start).toBeLessThan(2000)
  })
})
