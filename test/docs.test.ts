/**
 * Runs the TypeScript blocks of docs/recognizers.md, so the guide cannot rot.
 *
 * Every ```ts block runs, in document order, as its own module. A block whose
 * first line is a comment naming a file (`// in-attendance.ts`) is saved under
 * that name, so later blocks can import it (`./in-attendance.js`). Imports of
 * `factsheet` and `factsheet/testing` are pointed at the source entries.
 * Blocks assert their results (node:assert, or vitest's expect); blocks that
 * call `testRecognizer` register real tests here. The blocks are also
 * type-checked with the project's compiler options.
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {afterAll, describe, expect, it} from 'vitest'

interface Block {
  /** 1-based line of the opening fence. */
  line: number
  /** File the block is saved as. */
  file: string
  /** Code. */
  code: string
}

const root = new URL('../', import.meta.url)
const guide = readFileSync(new URL('docs/recognizers.md', root), 'utf8')
const blocks = extractBlocks(guide)

// Outside `src` and `test`, so neither tsc nor vitest picks the files up; inside the
// repository, so `vitest` and `node:*` resolve as they would for a user.
for (const stale of readdirSync(root).filter((name) => /^\.docs-test-\d+$/.test(name))) {
  // Left behind by a run that crashed: remove it, unless its process is still running.
  if (!isRunning(Number(stale.slice('.docs-test-'.length)))) rmSync(new URL(stale + '/', root), {recursive: true, force: true})
}
const folder = new URL(`.docs-test-${process.pid}/`, root)
mkdirSync(folder, {recursive: true})
for (const block of blocks) writeFileSync(new URL(block.file, folder), rewrite(block.code))

// Import during collection (top-level await), so `describe`/`it` calls in the
// blocks register as tests of this file. Failures are kept per block.
const failures = new Map<Block, unknown>()
for (const block of blocks) {
  try {
    await import(/* @vite-ignore */ new URL(block.file, folder).href)
  } catch (error) {
    failures.set(block, error)
  }
}

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

describe('docs/recognizers.md', () => {
  it('should have TypeScript blocks to run', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8)
    expect(new Set(blocks.map((block) => block.file)).size).toBe(blocks.length)
  })

  it.each(blocks.map((block) => [`${block.file} (line ${block.line})`, block] as const))('should run %s', (_, block) => {
    if (failures.has(block)) throw failures.get(block)
  })

  it('should type-check every block', () => {
    const files = blocks.map((block) => fileURLToPath(new URL(block.file, folder)))
    const config = ts.getParsedCommandLineOfConfigFile(fileURLToPath(new URL('tsconfig.json', root)), {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {}})
    if (!config) throw new Error('Cannot read tsconfig.json')
    const program = ts.createProgram(files, {...config.options, noEmit: true})
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
      .map((diagnostic) => {
        const {line} = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0) ?? {line: 0}
        const block = blocks.find((candidate) => diagnostic.file?.fileName.endsWith('/' + candidate.file))
        return `${block?.file ?? '?'} (guide line ${(block?.line ?? 0) + 1 + line}): ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
      })
    expect(problems).toEqual([])
  }, 180_000)

  it('should keep each recognizer it writes under 30 lines', () => {
    const recognizers = blocks.filter((block) => /\bdefineRecognizer\(/.test(block.code))
    expect(recognizers.length).toBeGreaterThanOrEqual(2)
    for (const block of recognizers) expect(block.code.trimEnd().split('\n').length, block.file).toBeLessThan(30)
  })
})

/**
 * Find the ```ts blocks of a Markdown document.
 *
 * @param markdown Markdown.
 * @returns Blocks, in order.
 */
function extractBlocks(markdown: string): Block[] {
  const result: Block[] = []
  const lines = markdown.split('\n')
  for (let index = 0; index < lines.length; index++) {
    if (!/^```ts\s*$/.test(lines[index] ?? '')) continue
    const start = index
    const code: string[] = []
    while (++index < lines.length && !/^```\s*$/.test(lines[index] ?? '')) code.push(lines[index] ?? '')
    const named = /^\/\/ ([\w.-]+\.ts)$/.exec(code[0] ?? '')
    // A block named like a test file must not match vitest's include globs if left behind.
    const file = named?.[1]?.replace(/\.test\.ts$/, '.test-block.ts') ?? `block-${result.length + 1}.ts`
    result.push({line: start + 1, file, code: code.join('\n') + '\n'})
  }
  return result
}

/**
 * Point the package's imports at the source entries, relative to the folder
 * the blocks are saved in (TypeScript resolves relative specifiers, not URLs).
 *
 * @param code Block code.
 * @returns Code for the saved file.
 */
function rewrite(code: string): string {
  const entries: Record<string, string> = {factsheet: '../src/index.js', 'factsheet/testing': '../src/testing/index.js'}
  return code.replace(/(from\s+|import\s*\(\s*)'(factsheet(?:\/testing)?)'/g, (_, lead: string, name: string) => `${lead}'${entries[name] ?? name}'`)
}

/**
 * Whether a process is running.
 *
 * @param pid Process id.
 * @returns Whether it is.
 */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
