// Regex safety: every regex in src/ (literals, found with the TypeScript
// compiler API, and patterns built at run time with `new RegExp`, captured
// while the modules load and parse) is `safe` for recheck: no super-linear
// backtracking. Regexes with the `g` or `y` flag keep no state between calls.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import {describe, expect, it, vi} from 'vitest'
import {htmlCategories, markdownCategories} from '../scripts/hostile-inputs.mjs'
import {sampleReleases} from '../scripts/release-fragments.mjs'

// recheck's Java backend is slow to start: use the native binary, or pure JS.
const nativeBinary = path.resolve('node_modules/recheck-linux-x64/recheck')
process.env['RECHECK_BACKEND'] ??= process.platform === 'linux' && process.arch === 'x64' && existsSync(nativeBinary) ? 'native' : 'pure'

interface Found {
  source: string
  flags: string
  where: string
}

/**
 * Every `.ts` file under a directory (tests excluded).
 *
 * @param directory Directory.
 * @returns Paths.
 */
function sourceFiles(directory: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(directory, {withFileTypes: true})) {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) files.push(...sourceFiles(full))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.test-d.ts') && !entry.name.endsWith('.d.ts')) files.push(full)
  }
  return files
}

/** What the static scan finds in src/. */
interface Scan {
  literals: Found[]
  /** `new RegExp(…)` calls whose arguments are not string literals. */
  dynamic: string[]
  /** Uses of a module-level `g`/`y` regex that keep state (`exec`, `test`, `lastIndex`, …). */
  stateful: string[]
}

/**
 * Scan src/ with the TypeScript compiler API.
 *
 * @returns Regex literals, dynamic constructions and stateful uses.
 */
function scan(): Scan {
  const result: Scan = {literals: [], dynamic: [], stateful: []}
  for (const file of sourceFiles(path.resolve('src'))) {
    const text = readFileSync(file, 'utf8')
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const relative = path.relative(process.cwd(), file)
    const where = (node: ts.Node) => `${relative}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`
    // Module-level names bound to a regex with `g` or `y`.
    const globalNames = new Set<string>()
    const flagsOf = (node: ts.Node | undefined): string | undefined => {
      if (!node) return undefined
      if (ts.isRegularExpressionLiteral(node)) return node.text.slice(node.text.lastIndexOf('/') + 1)
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const flags = node.arguments?.[1]
        return flags && ts.isStringLiteralLike(flags) ? flags.text : flags ? 'gy?' : ''
      }
      return undefined
    }
    for (const statement of sourceFile.statements) {
      if (!ts.isVariableStatement(statement)) continue
      for (const declaration of statement.declarationList.declarations) {
        const flags = flagsOf(declaration.initializer)
        if (flags && /[gy]/.test(flags) && ts.isIdentifier(declaration.name)) globalNames.add(declaration.name.text)
      }
    }
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/')
        result.literals.push({source: node.text.slice(1, slash), flags: node.text.slice(slash + 1), where: where(node)})
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [source, flags] = node.arguments ?? []
        if (source && ts.isStringLiteralLike(source) && (!flags || ts.isStringLiteralLike(flags))) {
          result.literals.push({source: source.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '', where: where(node)})
        } else {
          result.dynamic.push(where(node))
        }
      }
      if (ts.isIdentifier(node) && globalNames.has(node.text) && !ts.isVariableDeclaration(node.parent)) {
        const parent = node.parent
        // Allowed: an argument of `matchAll`, `replace`, `replaceAll`, `split` or
        // `match` (each clones the regex or resets its `lastIndex`).
        const call = ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression) ? parent : undefined
        const method = call && ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : undefined
        if (!method || !['matchAll', 'replace', 'replaceAll', 'split', 'match'].includes(method)) {
          result.stateful.push(`${where(node)}: \`${node.text}\` used as ${ts.SyntaxKind[parent.kind]}${ts.isPropertyAccessExpression(parent) ? ` .${parent.name.text}` : ''}`)
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(sourceFile)
  }
  return result
}

/**
 * Load every module of src/ afresh, and run parses, while `RegExp` is
 * wrapped: every pattern built at run time is recorded.
 *
 * @returns Patterns built with `new RegExp`.
 */
async function capture(): Promise<Found[]> {
  const found: Found[] = []
  const Original = globalThis.RegExp
  const wrapped: RegExpConstructor = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget): object {
      const [pattern, flags] = args
      if (typeof pattern === 'string') found.push({source: pattern, flags: flags ?? '', where: 'new RegExp at run time'})
      return Reflect.construct(target, args, newTarget === wrapped ? target : newTarget) as RegExp
    },
    apply(target, _this, args: [string | RegExp, string?]): RegExp {
      const [pattern, flags] = args
      if (typeof pattern === 'string') found.push({source: pattern, flags: flags ?? '', where: 'RegExp() at run time'})
      return Reflect.apply(target, undefined, args) as RegExp
    }
  })
  vi.resetModules()
  globalThis.RegExp = wrapped
  try {
    const core = await import('../src/index.js')
    const html = await import('../src/html/index.js')
    for (const file of sourceFiles(path.resolve('src'))) {
      if (!file.includes(`${path.sep}cli${path.sep}`)) await import(file)
    }
    const inputs = [...sampleReleases().map((sample) => sample.text), ...Object.values(markdownCategories).map((generate) => generate(2000)), ...Object.values(htmlCategories).map((generate) => generate(2000))]
    for (const input of inputs) {
      core.parseRelease(input)
      core.parseRelease(input, {format: 'text'})
      html.parseHtmlRelease(input)
    }
  } finally {
    globalThis.RegExp = Original
    vi.resetModules()
  }
  return found
}

const scanned = scan()

describe('regex safety', () => {
  it('should find the regex literals of src/', () => {
    expect(scanned.literals.length).toBeGreaterThan(50)
  })

  it('should build every dynamic RegExp in a place the capture can reach', () => {
    // Each is captured at run time by the next test; list them here to notice new ones.
    expect(scanned.dynamic.map((where) => where.replace(/:\d+$/, ''))).toEqual([
      path.join('src', 'checks', 'words.ts'),
      path.join('src', 'checks', 'words.ts'),
      path.join('src', 'extract', 'dates.ts'),
      path.join('src', 'extract', 'dates.ts'),
      path.join('src', 'extract', 'dates.ts')
    ])
  })

  it('should judge every regex of src/ safe with recheck (no super-linear backtracking)', {timeout: 600_000}, async () => {
    const {check} = await import('recheck')
    const runtime = await capture()
    expect(runtime.length).toBeGreaterThan(0)
    const unique = new Map<string, Found>()
    for (const found of [...scanned.literals, ...runtime]) unique.set(`/${found.source}/${found.flags}`, found)
    const unsafe: string[] = []
    for (const [key, found] of unique) {
      const diagnostics = await check(found.source, found.flags)
      if (diagnostics.status !== 'safe') {
        const detail = diagnostics.status === 'vulnerable' ? `${diagnostics.complexity.type}, attack ${JSON.stringify(diagnostics.attack.pattern)}` : JSON.stringify(diagnostics.error)
        unsafe.push(`${found.where} ${key}: ${diagnostics.status} (${detail})`)
      }
    }
    expect(unsafe).toEqual([])
  })

  it('should use module-level `g`/`y` regexes only where they keep no state', () => {
    expect(scanned.stateful).toEqual([])
  })

  it('should rely on `matchAll` cloning a shared `g` regex without changing it', () => {
    const shared = /a/g
    expect([...'aaa'.matchAll(shared)].length).toBe(3)
    expect(shared.lastIndex).toBe(0)
    expect([...'aaa'.matchAll(shared)].length).toBe(3)
    // Note: the clone starts at the shared regex's `lastIndex`, which is why
    // nothing may call `exec`/`test` on a shared `g` regex.
    shared.lastIndex = 2
    expect([...'aaa'.matchAll(shared)].length).toBe(1)
    expect(shared.lastIndex).toBe(2)
  })
})
