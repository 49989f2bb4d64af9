import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../', import.meta.url))
const example = join(root, 'examples', 'custom-recognizer')
const entries = ['index.js', 'testing.js'].map((name) => join(root, 'dist', name))
let sandbox = ''

/**
 * Newest modification time of the library's sources (tests excluded).
 *
 * @param folder Folder.
 * @returns Milliseconds.
 */
function newestSource(folder: string): number {
  let newest = 0
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (/\.ts$/.test(entry.name) && !/\.test(?:-d)?\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

/**
 * Run a script with Node in the sandbox, where `factsheet` resolves to the
 * built package.
 *
 * @param script Script file name in the sandbox.
 * @param args Arguments.
 * @returns Standard output.
 */
function node(script: string, ...args: string[]): string {
  return execFileSync(process.execPath, [script, ...args], {cwd: sandbox, encoding: 'utf8', timeout: 60_000})
}

beforeAll(() => {
  // Build the package when dist is missing or older than the sources.
  const built = entries.every((file) => existsSync(file)) ? Math.min(...entries.map((file) => statSync(file).mtimeMs)) : 0
  if (built < newestSource(join(root, 'src'))) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'ignore', timeout: 600_000})
  // Resolve `factsheet` the way an installed package does: a node_modules link to the repository.
  sandbox = mkdtempSync(join(tmpdir(), 'factsheet-example-'))
  mkdirSync(join(sandbox, 'node_modules'))
  symlinkSync(root, join(sandbox, 'node_modules', 'factsheet'), 'dir')
  cpSync(example, sandbox, {recursive: true})
}, 660_000)

afterAll(() => {
  if (sandbox) rmSync(sandbox, {recursive: true, force: true})
})

describe('examples/custom-recognizer', () => {
  it('should parse the invented release with the custom recognizer', () => {
    const output = JSON.parse(node('index.mjs')) as {
      kind: string
      meetings: Array<{name: string; date: string | null; endDate: string | null; place: string | null}>
      participants: Array<{name: string; title: string | null; country: string | null}>
      outcomes: Array<{section: string | null; verb: string | null; kind: string; cameo: string | null; actors: string[]; text: string}>
      diagnostics: string[]
    }
    expect(output.meetings).toEqual([{name: 'visit', date: '2025-11-11', endDate: '2025-11-13', place: 'Hanoi'}])
    expect(output.participants).toEqual([
      {name: 'Kwame Asante', title: 'President', country: 'GH'},
      {name: 'Nguyen Van Long', title: 'President', country: 'VN'}
    ])
    const signed = output.outcomes.filter((outcome) => outcome.section === 'Documents signed')
    expect(signed.map((outcome) => [outcome.verb, outcome.kind, outcome.cameo, outcome.actors, outcome.text])).toEqual([
      ['signed', 'sign', '057', ['p1', 'p2'], 'Memorandum of Understanding on Cooperation in Agriculture'],
      ['signed', 'sign', '057', ['p1', 'p2'], 'Agreement on the Mutual Exemption of Visas for Holders of Diplomatic Passports'],
      ['signed', 'sign', '057', ['p1', 'p2'], 'Plan of Action on Cocoa Processing 2026-2028']
    ])
    expect(output.outcomes.filter((outcome) => outcome.section === 'Outcomes').map((outcome) => outcome.kind)).toEqual(['agree', 'welcome'])
    expect(output.diagnostics.filter((diagnostic) => diagnostic.startsWith('example:'))).toEqual([])
  })

  it('should need the custom recognizer: the built-ins alone misread the documents', () => {
    const script =
      "import {parseRelease} from 'factsheet'\n" +
      "import {readFileSync} from 'node:fs'\n" +
      "const release = parseRelease(readFileSync('release.md', 'utf8'))\n" +
      "console.log(JSON.stringify(release.outcomes.filter((o) => o.section === 'Documents signed').map((o) => [o.verb, o.kind])))\n"
    const signed = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: sandbox, encoding: 'utf8'})) as Array<[string | null, string]>
    // A Title Case item is skipped, a long one has no verb, and "Plan of Action" reads as the verb "plan".
    expect(signed.length).toBeLessThan(3)
    expect(signed.map(([, kind]) => kind)).not.toContain('sign')
  })

  it('should load factsheet/testing from the built package without a test runner', () => {
    const script =
      "import {sectionFrom, runRecognizer} from 'factsheet/testing'\n" +
      "import {documentsSigned} from './index.mjs'\n" +
      "const section = sectionFrom('## Documents signed\\n\\n- Agreement on Fisheries')\n" +
      "console.log(JSON.stringify([section.title, runRecognizer(documentsSigned, '## Documents signed\\n\\n- Agreement on Fisheries').findings.length]))\n"
    // index.mjs prints its own release too; the last line is ours.
    const lines = execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: sandbox, encoding: 'utf8'}).trim().split('\n')
    expect(JSON.parse(lines.at(-1) ?? 'null')).toEqual(['Documents signed', 1])
  })

  it('should ship a testing entry that does not import vitest', () => {
    for (const file of ['testing.js', 'testing.cjs']) {
      const path = join(root, 'dist', file)
      const code = readFileSync(path, 'utf8')
      expect(code).not.toMatch(/from ['"]vitest['"]|import\(['"]vitest['"]\)|require\(['"]vitest['"]\)|@vitest\//)
    }
  })
})
