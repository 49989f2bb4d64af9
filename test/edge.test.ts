// Proof that the core and the html entry run on edge runtimes: they bundle
// for a platform with no Node built-ins, and an IIFE bundle built as an edge
// worker bundles it parses releases inside @edge-runtime/vm (no `require`, no
// `process`, no code generation) with the same result as in Node.
import {execSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {EdgeVM} from '@edge-runtime/vm'
import {build, type BuildOptions} from 'esbuild'
import {beforeAll, describe, expect, it} from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const release = readFileSync(join(root, 'examples', 'release.txt'), 'utf8')
const html =
  '<p>Office of the Spokesperson</p><p>Secretary of State Jane Roe met today with Foreign Minister John Doe of Iceland in Reykjavik &amp; discussed Arctic cooperation.</p>' +
  '<ul><li>The two ministers reaffirmed their commitment to the Arctic Council.</li></ul>'

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'html.js'))) {
    execSync('npm run build', {cwd: root, stdio: 'inherit'})
  }
}, 300_000)

/**
 * Bundle an entry of dist in memory.
 *
 * @param entry File in dist.
 * @param options esbuild options.
 * @returns The bundle's code.
 */
async function bundle(entry: string, options: BuildOptions): Promise<string> {
  const result = await build({entryPoints: [join(root, 'dist', entry)], bundle: true, write: false, logLevel: 'silent', ...options})
  const output = result.outputFiles?.[0]
  if (!output) throw new Error('No output')
  return output.text
}

/**
 * Run code in a fresh edge runtime and return what it evaluates to as JSON.
 *
 * @param code IIFE bundle.
 * @param expression Expression to evaluate after it.
 * @returns Parsed JSON.
 */
function inEdge(code: string, expression: string): unknown {
  const vm = new EdgeVM()
  vm.evaluate(code)
  return JSON.parse(vm.evaluate<string>(`JSON.stringify(${expression})`))
}

describe('edge bundles', () => {
  for (const entry of ['index.js', 'html.js']) {
    it(`bundles dist/${entry} for a platform without Node built-ins`, async () => {
      const code = await bundle(entry, {platform: 'neutral', format: 'esm'})
      expect(code).not.toMatch(/\brequire\(/)
      expect(code).not.toMatch(/\bfrom\s*["']node:|\bimport\(\s*["']node:|["']node:[a-z_/]+["']/)
    })
  }

  it('fails that check when a Node built-in sneaks in', async () => {
    // vfile uses node:path, node:process and node:url under the `node` condition.
    await expect(bundle('index.js', {platform: 'neutral', format: 'esm', conditions: ['node']})).rejects.toThrow(/node:/)
  })

  it('parses a release inside @edge-runtime/vm with the same result as in Node', async () => {
    const code = await bundle('index.js', {platform: 'browser', conditions: ['worker'], format: 'iife', globalName: 'factsheet', minify: true})
    expect(inEdge(code, '[typeof require, typeof process, typeof Buffer]')).toEqual(['undefined', 'undefined', 'undefined'])
    const edge = inEdge(code, `factsheet.parseRelease(${JSON.stringify(release)})`) as {kind: string; meetings: Array<{acronym: string | null}>; participants: Array<{name: string}>}
    const {parseRelease} = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as {parseRelease: (text: string) => unknown}
    expect(edge).toEqual(JSON.parse(JSON.stringify(parseRelease(release))))
    expect(edge.kind).toBe('fact-sheet')
    expect(edge.meetings.map((meeting) => meeting.acronym)).toContain('ACD')
    expect(edge.participants.map((participant) => participant.name)).toContain('Sigrun Halldorsdottir')
  })

  it('parses HTML inside @edge-runtime/vm with the same result as in Node', async () => {
    const code = await bundle('html.js', {platform: 'browser', conditions: ['worker'], format: 'iife', globalName: 'factsheetHtml', minify: true})
    const meta = {title: 'Secretary Roe’s Meeting with Icelandic Foreign Minister Doe', published: '2021-05-24T21:03:00Z'}
    const edge = inEdge(code, `factsheetHtml.parseHtmlRelease(${JSON.stringify(html)}, {meta: ${JSON.stringify(meta)}})`) as {participants: Array<{name: string}>}
    const {parseHtmlRelease} = (await import(pathToFileURL(join(root, 'dist', 'html.js')).href)) as {parseHtmlRelease: (text: string, options: object) => unknown}
    expect(edge).toEqual(JSON.parse(JSON.stringify(parseHtmlRelease(html, {meta}))))
    expect(edge.participants.map((participant) => participant.name)).toEqual(expect.arrayContaining(['Jane Roe', 'John Doe']))
  })

  it('needs the worker condition: the browser build of the entity decoder needs a DOM', async () => {
    const code = await bundle('index.js', {platform: 'browser', format: 'iife', globalName: 'factsheet'})
    expect(() => inEdge(code, 'factsheet.parseRelease("# Fact Sheet: A &amp; B")')).toThrow(/document is not defined/)
  })
})
