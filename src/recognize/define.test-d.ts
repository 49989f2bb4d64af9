import {describe, expectTypeOf, test} from 'vitest'
import {createParser} from '../parse-release.js'
import {defaultRecognizers} from '../recognizers/index.js'
import {defineFormat, defineRecognizer} from './define.js'
import type {
  AnyRecognizer,
  Format,
  MeetingFinding,
  OutcomeFinding,
  ParticipantFinding,
  RecognizeContext,
  Recognizer,
  Section
} from './types.js'

describe('defineRecognizer', () => {
  test('infers the finding type from `kind`', () => {
    const people = defineRecognizer({
      name: 'acme:people',
      kind: 'participants',
      match: () => 1,
      extract: (section) => section.items.map((node) => ({name: node.text, node}))
    })
    expectTypeOf(people).toEqualTypeOf<Recognizer<'participants'>>()
    expectTypeOf(people.kind).toEqualTypeOf<'participants'>()
    expectTypeOf(people.extract).returns.toEqualTypeOf<ParticipantFinding[] | undefined>()

    const outcomes = defineRecognizer({name: 'acme:outcomes', kind: 'outcomes', match: () => 0, extract: () => undefined})
    expectTypeOf(outcomes.extract).returns.toEqualTypeOf<OutcomeFinding[] | undefined>()

    const meetings = defineRecognizer({name: 'acme:meetings', kind: 'meetings', match: () => 0, extract: () => []})
    expectTypeOf(meetings.extract).returns.toEqualTypeOf<MeetingFinding[] | undefined>()
  })

  test('types the arguments of `match` and `extract`', () => {
    defineRecognizer({
      name: 'acme:args',
      kind: 'outcomes',
      match(section, context) {
        expectTypeOf(section).toEqualTypeOf<Section>()
        expectTypeOf(context).toEqualTypeOf<RecognizeContext>()
        return 0
      },
      extract: () => undefined
    })
  })

  test('rejects an `extract` that returns findings of another kind', () => {
    defineRecognizer({
      name: 'acme:wrong-kind',
      kind: 'participants',
      match: () => 1,
      // @ts-expect-error: outcome findings have no `name`; participants need one.
      extract: (section) => section.items.map((node) => ({text: node.text, node}))
    })
    defineRecognizer({
      name: 'acme:wrong-field',
      kind: 'participants',
      match: () => 1,
      // @ts-expect-error: `role` must be a Role.
      extract: (section) => section.items.map((node) => ({name: node.text, role: 'overlord', node}))
    })
    defineRecognizer({
      name: 'acme:not-an-array',
      kind: 'meetings',
      match: () => 1,
      // @ts-expect-error: findings come in an array.
      extract: (section) => ({name: 'Summit', node: section.items[0]})
    })
    defineRecognizer({
      name: 'acme:no-node',
      kind: 'outcomes',
      match: () => 1,
      // @ts-expect-error: every finding needs the `node` it was read from.
      extract: () => [{text: 'Agreed.'}]
    })
  })

  test('rejects an unknown kind and a `match` that does not return a number', () => {
    // @ts-expect-error: there is no `sanctions` kind (unless RecognizedKinds is augmented).
    defineRecognizer({name: 'acme:sanctions', kind: 'sanctions', match: () => 1, extract: () => undefined})
    defineRecognizer({
      name: 'acme:boolean-match',
      kind: 'outcomes',
      // @ts-expect-error: `match` returns a score, not a boolean.
      match: () => true,
      extract: () => undefined
    })
  })

  test('gives recognizers that plug into createParser next to the built-ins', () => {
    const mine = defineRecognizer({name: 'acme:mine', kind: 'meetings', match: () => 0, extract: () => undefined})
    expectTypeOf(mine).toExtend<AnyRecognizer>()
    expectTypeOf(defaultRecognizers).toEqualTypeOf<readonly AnyRecognizer[]>()
    createParser({recognizers: [mine, ...defaultRecognizers]})
  })
})

describe('defineFormat', () => {
  test('returns a Format and checks its kind', () => {
    expectTypeOf(defineFormat({name: 'acme:gazette', kind: 'press-release', detect: () => 1})).toEqualTypeOf<Format>()
    // @ts-expect-error: `gazette` is not a ReleaseKind.
    defineFormat({name: 'acme:gazette', kind: 'gazette', detect: () => 1})
  })
})
