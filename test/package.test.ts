/**
 * The published shape of the package: `package.json` fields, the packed file list, and the
 * built entries loaded by name from a separate folder, as an installed package is, from ESM
 * and from CommonJS (also without Node's require(esm)). Builds `dist` first when it is missing.
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../', import.meta.url))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  type: string
  sideEffects: boolean
  engines: {node: string}
  files: string[]
  main: string
  module: string
  types: string
  bin: Record<string, string>
  exports: Record<string, string | Record<string, Record<string, string>>>
  dependencies: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, {optional?: boolean}>
}
const entries = ['.', './html', './testing'] as const
const specifiers = ['factsheet', 'factsheet/html', 'factsheet/testing'] as const

let consumer = ''

beforeAll(() => {
  ensureBuilt()
  consumer = createConsumer()
}, 600_000)

afterAll(() => {
  if (consumer) rmSync(consumer, {recursive: true, force: true})
})

describe('package.json', () => {
  it('should be an ES module package with no side effects, for Node 20 and later', () => {
    expect(pkg.type).toBe('module')
    expect(pkg.sideEffects).toBe(false)
    expect(pkg.engines.node).toBe('>=20')
    expect(pkg.files).toEqual(['dist'])
  })

  it('should give every entry an import and a require condition, types first', () => {
    expect(Object.keys(pkg.exports)).toEqual(['.', './html', './testing', './schema.json', './package.json'])
    for (const entry of entries) {
      const conditions = pkg.exports[entry] as Record<string, Record<string, string>>
      expect(Object.keys(conditions), entry).toEqual(['import', 'require'])
      const name = entry === '.' ? 'index' : entry.slice(2)
      expect(conditions['import'], entry).toEqual({types: `./dist/${name}.d.ts`, default: `./dist/${name}.js`})
      expect(conditions['require'], entry).toEqual({types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs`})
      expect(Object.keys(conditions['import'] ?? {})[0]).toBe('types')
      expect(Object.keys(conditions['require'] ?? {})[0]).toBe('types')
      for (const target of [...Object.values(conditions['import'] ?? {}), ...Object.values(conditions['require'] ?? {})]) {
        expect(existsSync(join(root, target)), target).toBe(true)
      }
    }
    expect(pkg.exports['./package.json']).toBe('./package.json')
    expect(pkg.exports['./schema.json']).toBe('./dist/schema.json')
  })

  it('should point the legacy fields at the CommonJS build', () => {
    expect([pkg.main, pkg.module, pkg.types]).toEqual(['./dist/index.cjs', './dist/index.js', './dist/index.d.cts'])
  })

  it('should declare vitest as an optional peer only', () => {
    expect(pkg.dependencies['vitest']).toBeUndefined()
    expect(pkg.peerDependencies?.['vitest']).toBeDefined()
    expect(pkg.peerDependenciesMeta?.['vitest']?.optional).toBe(true)
  })

  it('should ship an executable CLI with a shebang', () => {
    expect(pkg.bin).toEqual({factsheet: './dist/cli.js'})
    const cli = join(root, 'dist/cli.js')
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(cli).mode & 0o111).not.toBe(0)
  })

  it('should publish only the build, the readme, the license and package.json', () => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
    const [packed] = JSON.parse(output) as Array<{files: Array<{path: string}>}>
    const files = (packed?.files ?? []).map((file) => file.path).sort()
    expect(files).toContain('LICENSE')
    expect(files).toContain('README.md')
    expect(files).toContain('package.json')
    expect(files).toContain('dist/index.js')
    const unexpected = files.filter((file) => !['LICENSE', 'README.md', 'package.json'].includes(file) && !/^dist\/[\w.-]+\.(?:js|cjs|d\.ts|d\.cts|json)$/.test(file))
    expect(unexpected).toEqual([])
  })
})

describe('built package, loaded by name', () => {
  it('should import every entry from an ES module', () => {
    const output = run('esm.mjs', [
      "import * as core from 'factsheet'",
      "import * as html from 'factsheet/html'",
      "import * as testing from 'factsheet/testing'",
      'console.log(JSON.stringify([Object.keys(core).sort(), Object.keys(html).sort(), Object.keys(testing).sort()]))'
    ])
    const [core, html, testing] = JSON.parse(output) as string[][]
    expect(core).toContain('parseRelease')
    expect(html).toContain('parseHtmlRelease')
    expect(testing).toContain('testRecognizer')
  })

  it('should require every entry from CommonJS, with and without require(esm)', () => {
    const lines = [
      "const core = require('factsheet')",
      "const html = require('factsheet/html')",
      "const testing = require('factsheet/testing')",
      "const release = core.parseRelease('# Readout\\n\\nSecretary of State Jane Roe met with Foreign Minister John Poe of Canada on March 3, 2026.')",
      'console.log(JSON.stringify([typeof html.parseHtmlRelease, typeof testing.sectionFrom, release.participants.map((person) => person.name)]))'
    ]
    const expected = ['function', 'function', ['Jane Roe', 'John Poe']]
    expect(JSON.parse(run('cjs.cjs', lines))).toEqual(expected)
    expect(JSON.parse(run('cjs.cjs', lines, ['--no-experimental-require-module']))).toEqual(expected)
  })

  it('should share one `FactsheetError` class across entries, in both builds', () => {
    const check = "try { html.parseHtmlRelease(42) } catch (error) { console.log(String(error instanceof core.FactsheetError) + ' ' + error.code) }"
    expect(run('error.mjs', ["import * as core from 'factsheet'", "import * as html from 'factsheet/html'", check])).toBe('true ERR_FACTSHEET_INVALID_INPUT')
    expect(run('error.cjs', ["const core = require('factsheet')", "const html = require('factsheet/html')", check])).toBe('true ERR_FACTSHEET_INVALID_INPUT')
  })

  it('should give the same release from the ESM and the CommonJS build', () => {
    const read = "const text = require('node:fs').readFileSync(" + JSON.stringify(join(root, 'examples/release.txt')) + ", 'utf8')"
    const fromCjs = run('same.cjs', [read, "console.log(JSON.stringify(require('factsheet').parseRelease(text)))"])
    const fromEsm = run('same.mjs', [
      "import {createRequire} from 'node:module'",
      'const require = createRequire(import.meta.url)',
      read,
      "const {parseRelease} = await import('factsheet')",
      'console.log(JSON.stringify(parseRelease(text)))'
    ])
    expect(fromEsm).toBe(fromCjs)
    expect(JSON.parse(fromEsm)).toMatchObject({schemaVersion: 1, kind: 'fact-sheet'})
  })

  it('should not load vitest until `testRecognizer` is called', () => {
    const cjs = run('lazy.cjs', [
      "const testing = require('factsheet/testing')",
      "testing.runRecognizer(require('factsheet').defaultRecognizers[0], '# Readout\\n\\nJane Roe met John Poe.')",
      "console.log(Object.keys(require.cache).some((file) => /[\\\\/]vitest[\\\\/]/.test(file)))"
    ])
    expect(cjs).toBe('false')
  })

  it('should keep vitest out of the built files', () => {
    for (const file of readdirSync(join(root, 'dist')).filter((name) => /\.c?js$/.test(name))) {
      const code = readFileSync(join(root, 'dist', file), 'utf8')
      expect(code.includes('node_modules/vitest') || code.includes('node_modules/@vitest'), file).toBe(false)
    }
  })

  it('should leave only date-fns and Node built-ins to `require` in the CommonJS build', () => {
    const required = new Set<string>()
    for (const file of readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.cjs'))) {
      const code = readFileSync(join(root, 'dist', file), 'utf8')
      for (const match of code.matchAll(/\brequire\(["']([^"']+)["']\)/g)) required.add(match[1] ?? '')
    }
    const external = [...required].filter((id) => !id.startsWith('./') && !id.startsWith('node:') && !/^date-fns(?:\/|$)/.test(id))
    expect(external).toEqual([])
  })

  it.skipIf(!existsSync(join(root, 'dist/schema.json')))('should resolve `factsheet/schema.json` from ESM and CommonJS', () => {
    // Skipped while dist/schema.json is absent: scripts/build-schema.mjs writes it during the build.
    const esm = run('schema.mjs', ["import schema from 'factsheet/schema.json' with {type: 'json'}", 'console.log(typeof schema)'])
    const cjs = run('schema.cjs', ["console.log(typeof require('factsheet/schema.json'))"])
    expect([esm, cjs]).toEqual(['object', 'object'])
  })
})

/**
 * Write a script into the consumer folder and run it with Node.
 *
 * @param name File name (its extension picks ESM or CommonJS).
 * @param lines Source lines.
 * @param flags Node flags (optional).
 * @returns Trimmed standard output.
 */
function run(name: string, lines: string[], flags: string[] = []): string {
  const file = join(consumer, name)
  writeFileSync(file, lines.join('\n') + '\n')
  return execFileSync(process.execPath, [...flags, file], {cwd: consumer, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}).trim()
}

/**
 * Make a folder outside the repository whose `node_modules/factsheet` links to it, so the
 * package resolves by name through its `exports`, as an installed one does.
 *
 * @returns The folder.
 */
function createConsumer(): string {
  const folder = mkdtempSync(join(tmpdir(), 'factsheet-package-'))
  mkdirSync(join(folder, 'node_modules'))
  symlinkSync(root, join(folder, 'node_modules', 'factsheet'), 'dir')
  return folder
}

/**
 * Build `dist` when an entry is missing. Test files run in parallel, so a lock folder makes
 * the others wait for one build.
 */
function ensureBuilt(): void {
  const wanted = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'html.js', 'html.cjs', 'testing.js', 'testing.cjs', 'cli.js']
  const built = () => wanted.every((file) => existsSync(join(root, 'dist', file)))
  if (built()) return
  const lock = join(tmpdir(), 'factsheet-build-' + createHash('sha256').update(root).digest('hex').slice(0, 12))
  if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, {recursive: true, force: true})
  try {
    mkdirSync(lock)
  } catch {
    const until = Date.now() + 600_000
    while (existsSync(lock) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250)
    if (!built()) throw new Error('Cannot test the package: another build left `dist` incomplete')
    return
  }
  try {
    execFileSync('npm', ['run', '-s', 'build'], {cwd: root, stdio: 'pipe'})
  } finally {
    rmSync(lock, {recursive: true, force: true})
  }
}
