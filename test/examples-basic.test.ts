/**
 * The examples in `examples/` (node-esm, commonjs, typescript), run against the built package
 * resolved by name: each is copied into a folder outside the repository whose
 * `node_modules/factsheet` links to it. Builds `dist` first when it is missing.
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../', import.meta.url))
let consumer = ''

beforeAll(() => {
  ensureBuilt()
  consumer = mkdtempSync(join(tmpdir(), 'factsheet-examples-'))
  mkdirSync(join(consumer, 'node_modules'))
  symlinkSync(root, join(consumer, 'node_modules', 'factsheet'), 'dir')
  // A typical ESM project: `.ts` files are ES modules.
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
  for (const part of ['release.txt', 'node-esm', 'commonjs', 'typescript']) {
    cpSync(join(root, 'examples', part), join(consumer, 'examples', part), {recursive: true})
  }
}, 600_000)

afterAll(() => {
  if (consumer) rmSync(consumer, {recursive: true, force: true})
})

describe('examples', () => {
  it('should run examples/node-esm with `import`', () => {
    const output = node('examples/node-esm/index.mjs')
    expect(output).toContain('fact-sheet: Iceland-Norway Arctic Cooperation Dialogue Fact Sheet (published 2026-03-03)')
    expect(output).toContain('meeting m1: Third Iceland-Norway Arctic Cooperation Dialogue on 2026-03-03 in Reykjavik, Iceland')
    expect(output).toContain('participant p1: Sigrun Halldorsdottir, Minister for Foreign Affairs (IS; co-chair)')
    expect(output).toContain('outcome o2 [agree, CAMEO 030]: Agreed to hold a joint search-and-rescue exercise')
    expect(output).toContain('o1 was read from: Minister Halldorsdottir welcomed the delegation')
    expect(output).toContain('html: Jane Roe (US), John Poe (CA)')
  })

  it('should run examples/commonjs with `require`, with and without require(esm)', () => {
    for (const flags of [[], ['--no-experimental-require-module']]) {
      const output = node('examples/commonjs/index.cjs', flags)
      const summary = JSON.parse(output.slice(0, output.lastIndexOf('}') + 1)) as {kind: string; participants: string[]; outcomes: string[]}
      expect(summary.kind).toBe('fact-sheet')
      expect(summary.participants).toEqual(['Sigrun Halldorsdottir (IS)', 'Erik Solberg-Haugen (NO)'])
      expect(summary.outcomes).toHaveLength(7)
      expect(output).toContain('refused: ERR_FACTSHEET_INPUT_TOO_LARGE')
    }
  })

  it('should type-check examples/typescript against the published declarations', () => {
    const folder = join(consumer, 'examples/typescript')
    const config = ts.getParsedCommandLineOfConfigFile(join(folder, 'tsconfig.json'), {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {}})
    if (!config) throw new Error('Cannot read examples/typescript/tsconfig.json')
    const program = ts.createProgram(config.fileNames, config.options)
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    expect(problems).toEqual([])
    // The declarations came from the built package, through its `exports`.
    const declaration = program.getSourceFiles().find((file) => /[\\/]dist[\\/]index\.d\.ts$/.test(file.fileName))
    expect(declaration).toBeDefined()
  }, 120_000)

  it('should run examples/typescript once transpiled', () => {
    const source = readFileSync(join(consumer, 'examples/typescript/index.ts'), 'utf8')
    const {outputText} = ts.transpileModule(source, {
      compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true}
    })
    writeFileSync(join(consumer, 'examples/typescript/index.mjs'), outputText)
    const output = node('examples/typescript/index.mjs')
    expect(output).toContain('attendee: John Poe, Deputy Press Secretary')
    expect(output).toContain('attendee: Ann Lee, Director of Communications')
    expect(output).toContain('findings: [{"name":"Jane Roe","title":"Press Secretary"}]')
    expect(output).toContain('refused: ERR_FACTSHEET_INVALID_OPTION')
  })
})

/**
 * Run a file of the consumer folder with Node.
 *
 * @param file Path inside the consumer folder.
 * @param flags Node flags (optional).
 * @returns Standard output.
 */
function node(file: string, flags: string[] = []): string {
  return execFileSync(process.execPath, [...flags, join(consumer, file)], {cwd: consumer, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
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
    if (!built()) throw new Error('Cannot run the examples: another build left `dist` incomplete')
    return
  }
  try {
    execFileSync('npm', ['run', '-s', 'build'], {cwd: root, stdio: 'pipe'})
  } finally {
    rmSync(lock, {recursive: true, force: true})
  }
}
