import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {describe, expect, it} from 'vitest'
import {parseHtmlRelease} from '../src/html/index.js'
import {parseRelease, type ParseOptions, type Release} from '../src/index.js'

const root = fileURLToPath(new URL('fixtures/', import.meta.url))
const update = Boolean(process.env['UPDATE'])

interface Fixture {
  name: string
  folder: string
  input: string
  inputFile: string
  options: ParseOptions | undefined
  release: Release
}

/**
 * Read and parse every fixture folder: `input.{txt,md,html}`, optional
 * `options.json`, and `expected.json`.
 */
function loadFixtures(): Fixture[] {
  return readdirSync(root, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    // Other suites keep their own inputs here (`cli/`); a golden case has an `input.*` file.
    .filter((name) => readdirSync(path.join(root, name)).some((file) => /^input\.(?:txt|md|html)$/.test(file)))
    .sort()
    .map((name) => {
      const folder = path.join(root, name)
      const inputFile = readdirSync(folder).find((file) => /^input\.(?:txt|md|html)$/.test(file))
      if (!inputFile) throw new Error('Fixture `' + name + '` has no input file')
      const input = readFileSync(path.join(folder, inputFile), 'utf8')
      const optionsPath = path.join(folder, 'options.json')
      const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as ParseOptions) : undefined
      const release = inputFile.endsWith('.html') ? parseHtmlRelease(input, options) : parseRelease(input, options)
      return {name, folder, input, inputFile, options, release}
    })
}

/**
 * Normalize a slice of the input as the parser normalizes outcome text:
 * markup stripped, escapes and entities decoded, whitespace collapsed.
 */
function normalize(raw: string): string {
  return raw
    .replace(/<br\s*\/?>|<\/?(?:p|div|li|ul|ol|h[1-6])\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(#x[\da-f]+|#\d+|[a-z][a-z\d]*);/gi, (all, body: string) => {
      if (body.charAt(0) !== '#') {
        const value = decodeNamedCharacterReference(body)
        return value === false ? all : value
      }
      const code = body.charAt(1).toLowerCase() === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
      return String.fromCodePoint(code)
    })
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
}

/** The text of the input a position covers. */
function sliceOf(input: string, position: {start: {offset: number}; end: {offset: number}}): string {
  return input.slice(position.start.offset, position.end.offset)
}

/** A release without positions, for comparing two inputs. */
function withoutPositions(release: Release) {
  return {
    meetings: release.meetings.map(({position: _position, ...meeting}) => meeting),
    participants: release.participants.map(({mentions: _mentions, ...participant}) => participant),
    outcomes: release.outcomes.map(({position: _position, ...outcome}) => outcome)
  }
}

const fixtures = loadFixtures()

describe('fixtures', () => {
  it('should have at least twelve fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12)
  })

  for (const fixture of fixtures) {
    it(`should parse \`${fixture.name}\` as expected`, () => {
      const expectedPath = path.join(fixture.folder, 'expected.json')
      const actual = JSON.stringify(fixture.release, null, 2) + '\n'
      if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, actual)
      expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
    })
  }
})

describe('fixture positions', () => {
  for (const fixture of fixtures) {
    it(`should slice every outcome of \`${fixture.name}\` to its text`, () => {
      for (const outcome of fixture.release.outcomes) {
        expect(normalize(sliceOf(fixture.input, outcome.position)), outcome.id).toBe(outcome.text)
      }
    })

    it(`should slice every participant mention of \`${fixture.name}\` to the participant’s name or an alias`, () => {
      for (const participant of fixture.release.participants) {
        const words = [participant.name, ...participant.aliases.map((alias) => alias.split(' ').pop() ?? alias)]
        for (const mention of participant.mentions) {
          const text = normalize(sliceOf(fixture.input, mention))
          expect(
            words.some((word) => text.includes(word)),
            `${participant.id} mention \`${text}\` names none of ${JSON.stringify(words)}`
          ).toBe(true)
        }
      }
    })

    it(`should give positions in \`${fixture.name}\` whose line and column match their offset`, () => {
      const positions = [
        ...fixture.release.meetings.map((meeting) => meeting.position),
        ...fixture.release.outcomes.map((outcome) => outcome.position),
        ...fixture.release.participants.flatMap((participant) => participant.mentions),
        ...fixture.release.sections.map((section) => section.position)
      ]
      for (const position of positions) {
        for (const point of [position.start, position.end]) {
          const before = fixture.input.slice(0, point.offset)
          const lines = before.split(/\r\n|\r|\n/)
          expect({line: point.line, column: point.column}).toEqual({line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1})
        }
      }
    })
  }
})

describe('fixture equivalence', () => {
  it('should read the same fact sheet as plain text and as Markdown alike, positions aside', () => {
    const text = fixtures.find((fixture) => fixture.name === 'text-fact-sheet-source-line')
    const markdown = fixtures.find((fixture) => fixture.name === 'markdown-fact-sheet-source-line')
    expect(text && markdown).toBeTruthy()
    if (!text || !markdown) return
    expect(withoutPositions(markdown.release)).toEqual(withoutPositions(text.release))
    expect(markdown.release.title).toBe(text.release.title)
    expect(markdown.release.source).toBe(text.release.source)
    expect(markdown.release.published).toBe(text.release.published)
    expect(markdown.release.provenance.generated).toMatchObject({likely: true, evidence: text.release.provenance.generated.evidence})
  })
})
