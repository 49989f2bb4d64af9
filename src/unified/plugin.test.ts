import {fc, test as property} from '@fast-check/vitest'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {FactsheetError} from '../diagnostics/error.js'
import {createParser} from '../parse-release.js'
import {defineRecognizer} from '../recognize/define.js'
import {defaultRecognizers} from '../recognizers/index.js'
import {factsheetPlugin} from './plugin.js'

// An invented joint statement in Markdown.
const statement = `# Joint Statement on the Second Meeting of the Andean-Nordic Trade Council

Lima, 12 March 2025

Minister of Foreign Trade Lucia Paredes of Peru and Minister for Trade Henrik Lund of Norway co-chaired the Second Meeting of the Andean-Nordic Trade Council in Lima on 12 March 2025.

## Outcomes

- The ministers agreed to launch negotiations on a digital trade chapter.
- They welcomed the first direct shipping route between Callao and Bergen.
- The Council condemned the seizure of fishing vessels in international waters.
`

// A recognizer that reports one diagnostic of each severity, each on an item.
const reporter = defineRecognizer({
  name: 'acme:reporter',
  kind: 'outcomes',
  match: (section) => (section.title === 'Outcomes' ? 1 : 0),
  extract(section, context) {
    const [first, second, third] = section.items
    context.report('An error', {code: 'acme/error', severity: 'error', node: first})
    context.report('A warning', {code: 'acme/warning', severity: 'warning', node: second, range: [0, 4]})
    context.report('Some info', {code: 'acme/info', severity: 'info', node: third})
    return undefined
  }
})

/**
 * Run the plugin on a Markdown string.
 *
 * @param text Markdown.
 * @param options Plugin options.
 * @returns The file.
 */
async function run(text: string, options?: Parameters<typeof factsheetPlugin>[0]): Promise<VFile> {
  const processor = unified().use(remarkParse).use(factsheetPlugin, options)
  const file = new VFile({path: 'statement.md', value: text})
  await processor.run(processor.parse(file), file)
  return file
}

describe('factsheetPlugin', () => {
  it('should attach the release the parser reads from the same Markdown', async () => {
    const file = await run(statement)
    expect(file.data.factsheet).toEqual(createParser().parse(statement, {format: 'markdown'}))
    expect(file.data.factsheet?.kind).toBe('joint-statement')
    expect(file.data.factsheet?.participants.map((participant) => [participant.name, participant.country])).toEqual([
      ['Lucia Paredes', 'PE'],
      ['Henrik Lund', 'NO']
    ])
  })

  it('should report every diagnostic as a message with ruleId, source, place and fatal', async () => {
    const parser = createParser({recognizers: [reporter, ...defaultRecognizers]})
    const file = await run(statement, {parser})
    const release = file.data.factsheet
    expect(release).toBeDefined()
    expect(file.messages).toHaveLength(release?.diagnostics.length ?? -1)
    for (const [index, diagnostic] of (release?.diagnostics ?? []).entries()) {
      const message = file.messages[index]
      expect(message?.reason).toBe(diagnostic.reason)
      expect(message?.ruleId).toBe(diagnostic.code)
      expect(message?.source).toBe(diagnostic.source)
      expect(message?.place ?? null).toEqual(diagnostic.place)
    }
    const mine = file.messages.filter((message) => message.source === 'acme:reporter')
    expect(mine.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['acme/error', true],
      ['acme/warning', false],
      ['acme/info', undefined]
    ])
    // Places point into the file, so reporters can print them.
    const warning = mine[1]
    expect(warning?.line).toBe(10)
    expect(warning?.column).toBe(3)
    expect(String(file).slice(warning?.place && 'start' in warning.place ? warning.place.start.offset : -1).startsWith('They')).toBe(true)
    expect(String(mine[0])).toMatch(/^statement\.md:9:3-9:\d+: An error$/)
  })

  it('should work inside `process` with a compiler, leaving the tree untouched', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(factsheetPlugin)
      .use(function () {
        this.compiler = (tree) => String((tree as Root).children.length)
      })
    const file = await processor.process(statement)
    expect(file.data.factsheet?.outcomes.map((outcome) => outcome.kind)).toEqual(['agree', 'welcome', 'condemn'])
    expect(String(file)).toBe('5')
  })

  it('should work with processSync', () => {
    const processor = unified()
      .use(remarkParse)
      .use(factsheetPlugin)
      .use(function () {
        this.compiler = () => ''
      })
    expect(processor.processSync('Secretary Jane Roe met today with Foreign Minister Omar Haddad of Jordan.').data.factsheet?.participants).toHaveLength(2)
  })

  it('should pass parse options through', async () => {
    const file = await run('The two ministers spoke by phone today.', {meta: {published: '2025-06-03', title: 'Readout of a Call'}})
    expect(file.data.factsheet).toMatchObject({title: 'Readout of a Call', published: '2025-06-03'})
  })

  it('should turn input over maxBytes into one fatal message, without throwing', async () => {
    const file = await run(statement, {maxBytes: 100})
    expect(file.data.factsheet).toBeUndefined()
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ruleId: 'ERR_FACTSHEET_INPUT_TOO_LARGE', source: 'factsheet', fatal: true})
  })

  it('should throw on invalid options when the plugin is attached', () => {
    expect(() => unified().use(remarkParse).use(factsheetPlugin, {format: 'html' as never}).freeze()).toThrow(FactsheetError)
    expect(() => unified().use(remarkParse).use(factsheetPlugin, {meta: {published: 'yesterday'}}).freeze()).toThrow(FactsheetError)
    expect(() => unified().use(remarkParse).use(factsheetPlugin, {parser: {} as never}).freeze()).toThrow(/expected `parser`/)
    expect(() => unified().use(remarkParse).use(factsheetPlugin, 'markdown' as never).freeze()).toThrow(FactsheetError)
  })

  it('should read trees that other plugins changed or built without positions', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(() => (tree: Root) => {
        tree.children.unshift({type: 'yaml', value: 'title: x'} as never, {type: 'paragraph', children: [{type: 'text', value: 'Added without a position.'}]})
      })
      .use(factsheetPlugin)
    const file = new VFile(statement)
    await processor.run(processor.parse(file), file)
    expect(file.data.factsheet?.outcomes.length).toBeGreaterThan(0)

    const bare: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'Foreign Minister Ilse Brandt met today with Minister Tomas Varga.'}]}]}
    const other = new VFile('')
    await unified().use(factsheetPlugin).run(bare, other)
    expect(other.data.factsheet?.schemaVersion).toBe(1)
  })

  property.prop([fc.string({maxLength: 2000})], {numRuns: 150})('should never throw on messy text', async (text) => {
    const file = await run(text)
    expect(file.data.factsheet?.schemaVersion).toBe(1)
    expect(file.messages.every((message) => message.fatal !== true || message.source !== 'factsheet' || message.ruleId !== 'ERR_FACTSHEET_INPUT_TOO_LARGE')).toBe(true)
  })

  property.prop([fc.array(fc.constantFrom('# ', '## ', '- ', '1. ', '**', '_', '> ', '\n', '\n\n', 'Minister ', 'Jane Roe', ' met ', 'agreed', '|', '<br>', '&amp;', '[x](y)', '    ', '\t'), {maxLength: 80})], {numRuns: 150})(
    'should never throw on Markdown-like noise',
    async (parts) => {
      const file = await run(parts.join(''))
      expect(file.data.factsheet?.schemaVersion).toBe(1)
    }
  )
})
