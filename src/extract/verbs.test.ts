import {describe, expect, it} from 'vitest'
import {defaultLexicons} from '../lexicons/index.js'
import {tokenize} from './tokens.js'
import {compileVerbs, findVerb, inflect, lookup} from './verbs.js'

const table = compileVerbs(defaultLexicons)

/** The verb phrase of a clause. */
function verbOf(text: string, item = false) {
  return findVerb(tokenize(text), table, {item})
}

describe('findVerb', () => {
  it('should skip "will" and read the main verb with future modality', () => {
    expect(verbOf('The sides will reduce tariffs.')).toMatchObject({verb: 'reduce', base: 'reduce', modality: 'future'})
  })

  it('should skip "have" and read the participle', () => {
    expect(verbOf('The ministers have discussed trade.')).toMatchObject({verb: 'discussed', base: 'discuss', modality: 'done'})
  })

  it('should skip "are" before a gerund', () => {
    expect(verbOf('The two countries are working on a plan.')).toMatchObject({verb: 'working', base: 'work', form: 'gerund'})
  })

  it('should read the phrasal verbs "set up" and "step up"', () => {
    expect(verbOf('The sides set up a working group.')).toMatchObject({verb: 'set up', base: 'set up'})
    expect(verbOf('The sides should step up coordination.')).toMatchObject({verb: 'step up', modality: 'intent'})
    expect(verbOf('The sides stood up a task force.')).toMatchObject({verb: 'stood up', base: 'stand up'})
  })

  it('should read the first verb, not an infinitive after it', () => {
    expect(verbOf('The sides agreed to set up a working group.')).toMatchObject({verb: 'agreed', base: 'agree'})
  })

  it('should read a copula with a participle as copular', () => {
    expect(verbOf('The leaders are committed to peace.')).toMatchObject({verb: 'committed', copular: true, stative: false})
    expect(verbOf('The sides remain committed to dialogue.')).toMatchObject({verb: 'committed', copular: true})
  })

  it('should read a copula without a participle as a state', () => {
    expect(verbOf('The leaders are united.')).toMatchObject({base: 'be', stative: true})
  })

  it('should read a gerund or an imperative opening a list item', () => {
    expect(verbOf('Expanding cooperation on cyber.', true)).toMatchObject({verb: 'expanding', base: 'expand', form: 'gerund'})
    expect(verbOf('Expand cooperation on cyber.', true)).toMatchObject({verb: 'expand', form: 'base'})
    expect(verbOf('Launched a joint fund.', true)).toMatchObject({verb: 'launched'})
  })

  it('should find no verb in a verbless list item', () => {
    expect(verbOf('A new fund for climate.', true)).toBeUndefined()
  })

  it('should collect coordinated verbs', () => {
    expect(verbOf('The sides discussed, reaffirmed and agreed on trade.')).toMatchObject({
      verb: 'discussed',
      verbs: ['discussed', 'reaffirmed', 'agreed'],
      bases: ['discuss', 'reaffirm', 'agree']
    })
  })

  it('should read negation', () => {
    expect(verbOf('The ministers did not agree on tariffs.')).toMatchObject({verb: 'agree', modality: 'negated'})
    expect(verbOf('They never recognized the claim.')).toMatchObject({verb: 'recognized', modality: 'negated'})
  })

  it('should read intent from modals and verbs of intent', () => {
    expect(verbOf('The sides may explore options.')).toMatchObject({verb: 'explore', modality: 'intent'})
    expect(verbOf('The sides intend to expand training.')).toMatchObject({verb: 'intend', modality: 'intent'})
    expect(verbOf('The ministers aim to conclude talks.')).toMatchObject({verb: 'aim', modality: 'intent'})
  })

  it('should keep adverbs as modifiers', () => {
    expect(verbOf('The Secretary strongly condemned the attack.')).toMatchObject({verb: 'condemned', modifiers: ['strongly']})
  })

  it('should read "continue" as the verb of "continue to", as written', () => {
    expect(verbOf('The sides will continue to coordinate.')).toMatchObject({verb: 'continue', modality: 'future'})
  })

  it('should not read the noun before an auxiliary as the verb', () => {
    expect(verbOf('Quad partners will deepen ties.')).toMatchObject({verb: 'deepen'})
  })

  it('should read "called on" as the action "call on"', () => {
    expect(verbOf('The leaders called on all parties to cease fire.')).toMatchObject({verb: 'called', base: 'call on'})
  })

  it('should not read a capitalized word inside the clause as a verb', () => {
    expect(verbOf('The United States and Japan reaffirmed their alliance.')).toMatchObject({verb: 'reaffirmed'})
  })

  it('should read the verb after coordinated adverbs', () => {
    expect(verbOf('The ministers firmly and unequivocally rejected the proposal.')).toMatchObject({
      verb: 'rejected',
      modifiers: ['firmly', 'unequivocally']
    })
  })

  it('should read "jointly" as a modifier, not as the verb', () => {
    expect(verbOf('The sides jointly developed a roadmap.')).toMatchObject({verb: 'developed', modifiers: ['jointly']})
  })

  it('should not read the determiner "Both" of the subject as a modifier', () => {
    expect(verbOf('Both sides strongly condemned the attack.')?.modifiers).toEqual(['strongly'])
  })
})

describe('inflect', () => {
  it('should inflect regular verbs', () => {
    expect(inflect('agree')).toEqual({past: 'agreed', third: 'agrees', gerund: 'agreeing'})
    expect(inflect('discuss')).toEqual({past: 'discussed', third: 'discusses', gerund: 'discussing'})
    expect(inflect('deny')).toEqual({past: 'denied', third: 'denies', gerund: 'denying'})
    expect(inflect('commit')).toEqual({past: 'committed', third: 'commits', gerund: 'committing'})
    expect(inflect('tie')).toMatchObject({gerund: 'tying'})
  })
})

describe('lookup', () => {
  it('should look up known and irregular forms', () => {
    expect(lookup('met', table)).toEqual({base: 'meet', form: 'past'})
    expect(lookup('reaffirms', table)).toEqual({base: 'reaffirm', form: 'third'})
  })

  it('should guess the past of unknown regular verbs', () => {
    expect(lookup('operationalized', table)?.form).toBe('past')
  })

  it('should not guess past forms of adjectives it knows', () => {
    expect(lookup('united', table)).toBeUndefined()
    expect(lookup('hundred', table)).toBeUndefined()
  })
})
