// Prototype safety: text that names `__proto__`, `constructor` or
// `prototype` (headings, labels, names, front-matter keys, lexicon keys)
// creates no prototype keys and pollutes nothing; objects keyed by input text
// are null-prototype objects or Maps.
import {afterEach, describe, expect, it} from 'vitest'
import {parseHtmlRelease} from '../src/html/index.js'
import {createParser, parseRelease} from '../src/index.js'
import {mergeLexicons} from '../src/lexicons/index.js'
import {readFrontMatter} from '../src/normalize/front-matter.js'
import {releaseProblems} from './robust-helpers.js'

const words = ['__proto__', 'constructor', 'Constructor', 'prototype', 'Prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf']

/**
 * Own property names of `Object.prototype` and `Array.prototype`, to detect pollution.
 *
 * @returns Names.
 */
function prototypeKeys(): string {
  return JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).sort(), Object.getOwnPropertyNames(Function.prototype).sort()])
}

const before = prototypeKeys()

afterEach(() => {
  expect(prototypeKeys()).toBe(before)
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
})

/**
 * Documents that put a word everywhere the parser reads keys from text.
 *
 * @param word Word.
 * @returns Inputs by name.
 */
function documents(word: string): Record<string, string> {
  return {
    heading: `# ${word}\n\n## ${word}\n\n- Agreed to hold talks on ${word}.\n`,
    label: `**${word}:** The ministers agreed to hold talks.\n\n${word}: The two sides reaffirmed the alliance.\n`,
    names: `Minister ${word} met Minister Haruka Sato. Secretary ${word} ${word} and ${word} of ${word} attended.`,
    meeting: `The ${word} ${word} Dialogue (${word}) was held in ${word} at the ${word} Center on the margins of the ${word} Summit.`,
    'front matter': `---\n${word}: polluted\ntitle: ${word}\ndate: ${word}\nsource: ${word}\n---\n\nMinister Haruka Sato met Minister Claire Dubois.\n`,
    html: `<h2>${word}</h2><p><strong>${word}:</strong> Minister ${word} met Minister Sato in ${word}.</p><ul><li>${word}</li></ul>`
  }
}

describe('prototype keys in the input', () => {
  for (const word of words) {
    it(`should keep \`${word}\` as plain text everywhere`, () => {
      for (const [name, input] of Object.entries(documents(word))) {
        for (const release of [parseRelease(input), parseHtmlRelease(input), parseRelease(input, {meta: {title: word, source: word}})]) {
          expect(releaseProblems(release, input), name).toEqual([])
          for (const meeting of release.meetings) expect(meeting.ordinal === null || typeof meeting.ordinal === 'number').toBe(true)
        }
      }
    })
  }

  it('should read front matter into a null-prototype object with own keys', () => {
    const matter = readFrontMatter('---\n__proto__: polluted\nconstructor: x\ntitle: y\n---\n')
    expect(matter).toBeDefined()
    const data = matter?.data as Record<string, string>
    expect(Object.getPrototypeOf(data)).toBeNull()
    expect(Object.hasOwn(data, '__proto__')).toBe(true)
    expect(data['__proto__']).toBe('polluted')
    expect(data['constructor']).toBe('x')
    expect(readFrontMatter('---\ntitle: y\n---\n')?.data['constructor']).toBeUndefined()
  })
})

describe('prototype keys in lexicons', () => {
  it('should merge records into null-prototype objects, even from JSON with `__proto__`', () => {
    const input = JSON.parse('{"cities": {"__proto__": {"polluted": "XX"}, "constructor": "YY", "Reykjavik": "IS"}, "replace": []}') as Parameters<typeof mergeLexicons>[0]
    const merged = mergeLexicons(input)
    expect(Object.getPrototypeOf(merged.cities)).toBeNull()
    expect(merged.cities['constructor']).toBe('YY')
    expect(merged.cities['Reykjavik']).toBe('IS')
    expect(mergeLexicons(undefined).venues['toString']).toBeUndefined()
    expect(mergeLexicons(undefined).cities['constructor']).toBeUndefined()
  })

  it('should replace a record with a null-prototype copy', () => {
    const merged = mergeLexicons({cities: {Reykjavik: 'IS'}, replace: ['cities']})
    expect(Object.getPrototypeOf(merged.cities)).toBeNull()
    expect(merged.cities['hasOwnProperty']).toBeUndefined()
  })

  it('should parse with user lexicons keyed by prototype names', () => {
    const lexicons = JSON.parse('{"cities": {"__proto__": "XX", "Constructor": "YY"}, "venues": {"constructor": "ZZ"}, "countryAliases": {"__proto__": "QQ"}}') as never
    const parser = createParser({lexicons})
    const input = 'Minister Haruka Sato met Minister Claire Dubois in Constructor at the constructor on March 3, 2026. They agreed to hold talks in __proto__.'
    const release = parser.parse(input)
    expect(releaseProblems(release, input)).toEqual([])
  })
})
