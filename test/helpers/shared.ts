import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

/** Root of the repository. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The shared folder with the seed, the corpus and the scorer, when present. */
export const shared = resolve(root, '..', 'shared')

/**
 * Build the package if `dist` is missing (the scorer imports the build).
 */
export function ensureBuilt(): void {
  if (existsSync(join(root, 'dist', 'index.js')) && existsSync(join(root, 'dist', 'html.js'))) return
  const result = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'})
  if (result.status !== 0) throw new Error('npm run build failed')
}

/** Figures printed by the scorer with `--json`. */
export interface Scores {
  docs: number
  errors: number
  msPerDoc: number
  kind: number
  published: number
  meetingDate: number
  location: number
  participantP: number
  participantR: number
  participantF1: number
  titleAcc: number
  countryAcc: number
  roleAcc: number
  outcomeP: number
  outcomeR: number
  outcomeF1: number
  verbAcc: number
  sectionAcc: number
}

/**
 * Run the shared scorer on a gold folder and a docs folder.
 *
 * @param gold Gold folder.
 * @param docs Docs folder.
 * @param manifest Manifest file (optional).
 * @returns Scores.
 */
export function score(gold: string, docs: string, manifest?: string): Scores {
  ensureBuilt()
  const args = [join(shared, 'tools', 'score.mjs'), join(shared, 'tools', 'predict.mjs'), gold, docs, '--json']
  if (manifest) args.push('--manifest', manifest)
  const result = spawnSync(process.execPath, args, {cwd: root, encoding: 'utf8', env: {...process.env, FACTSHEET_CHECKOUT: root}})
  if (result.status !== 0) throw new Error('scorer failed: ' + result.stderr)
  const line = result.stdout.trim().split('\n').pop() ?? '{}'
  return JSON.parse(line) as Scores
}

/**
 * The seed release and its gold labels, when the shared folder has them.
 *
 * @returns Text and gold, or `undefined`.
 */
export function readSeed(): {text: string; gold: Record<string, unknown>} | undefined {
  const folder = join(shared, 'seeds')
  if (!existsSync(folder)) return undefined
  const file = readdirSync(folder).find((name) => name.endsWith('.txt'))
  const goldFile = readdirSync(folder).find((name) => name.endsWith('.gold.json'))
  if (!file || !goldFile) return undefined
  return {text: readFileSync(join(folder, file), 'utf8'), gold: JSON.parse(readFileSync(join(folder, goldFile), 'utf8')) as Record<string, unknown>}
}
