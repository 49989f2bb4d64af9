// Inputs of the benchmarks: the shared corpus of real releases when it is
// there (read at run time, never copied into the repository), else generated
// fact-sheet-like releases, so the benchmarks run anywhere.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Where the corpus and seed are looked for (`FACTSHEET_CORPUS`, `FACTSHEET_SEEDS` override). */
const corpusDir = resolve(process.env.FACTSHEET_CORPUS ?? join(root, '..', 'shared', 'corpus'))
const seedDir = resolve(process.env.FACTSHEET_SEEDS ?? join(root, '..', 'shared', 'seeds'))

/**
 * Load the releases to benchmark on.
 *
 * @returns {{origin: string, markdown: {name: string, text: string}[], html: {name: string, text: string, meta: object}[], seed: {name: string, text: string}}}
 */
export function loadInputs() {
  const docs = join(corpusDir, 'docs')
  const seedFile = existsSync(seedDir) ? readdirSync(seedDir).find((name) => name.endsWith('.txt')) : undefined
  const seed = seedFile ? {name: seedFile, text: readFileSync(join(seedDir, seedFile), 'utf8')} : {name: 'generated.txt', text: generatePlainText(0)}
  if (!existsSync(docs)) {
    const markdown = Array.from({length: 24}, (_, index) => ({name: `generated-${index}.md`, text: generateMarkdown(index)}))
    return {origin: 'generated fixtures (no corpus found at ' + docs + ')', markdown, html: [], seed}
  }
  const manifestFile = join(corpusDir, 'manifest.json')
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {documents: []}
  const byId = new Map((manifest.documents ?? []).map((document) => [document.id, document]))
  const names = readdirSync(docs).sort()
  const markdown = names.filter((name) => name.endsWith('.md')).map((name) => ({name, text: readFileSync(join(docs, name), 'utf8')}))
  const html = names
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const entry = byId.get(name.replace(/\.html$/, ''))
      // As a feed reader knows them (the same meta the evaluation passes).
      const published = entry?.rss_pubDate ? new Date(entry.rss_pubDate).toISOString().replace('.000Z', 'Z') : entry?.published
      const meta = entry ? {title: entry.title, published, url: entry.original_url} : {}
      return {name, text: readFileSync(join(docs, name), 'utf8'), meta}
    })
  return {origin: docs, markdown, html, seed}
}

/**
 * Concatenate copies of a release, separated by blank lines, up to `bytes`
 * UTF-8 bytes.
 *
 * @param {string} unit
 * @param {number} bytes
 * @returns {string}
 */
export function concatenate(unit, bytes) {
  const unitBytes = Buffer.byteLength(unit + '\n\n')
  return Array.from({length: Math.max(1, Math.floor(bytes / unitBytes))}, () => unit).join('\n\n')
}

const people = [
  ['Secretary of Defense', 'Lloyd J. Austin III', 'U.S.'],
  ['Minister of National Defense', 'Lee Jong-sup', 'ROK'],
  ['Secretary of State', 'Antony J. Blinken', 'U.S.'],
  ['Minister of Foreign Affairs', 'Park Jin', 'ROK'],
  ['Prime Minister', 'Fumio Kishida', 'Japanese'],
  ['Foreign Minister', 'Marise Payne', 'Australian']
]
const verbs = ['Reaffirmed', 'Agreed', 'Discussed', 'Condemned', 'Welcomed', 'Committed', 'Emphasized', 'Noted']
const topics = [
  'the ironclad commitment to the Alliance and to peace and stability on the Korean Peninsula',
  'to strengthen interoperability through joint exercises, information sharing and cooperation in space and cyber',
  'the need for closer cooperation against evolving threats, including weapons of mass destruction',
  'the continued nuclear and missile programs as a serious threat to regional security',
  'the launch of a working group on critical and emerging technologies',
  'to expand trilateral cooperation with Japan and other partners in the Indo-Pacific'
]

/**
 * A generated fact-sheet-like release in Markdown (deterministic).
 *
 * @param {number} seed
 * @returns {string}
 */
export function generateMarkdown(seed) {
  const pick = (list, offset) => list[(seed + offset) % list.length]
  const [title1, name1, country1] = pick(people, 0)
  const [title2, name2, country2] = pick(people, 1)
  const lines = [
    `# Joint Fact Sheet: the ${seed + 50}th Security Consultative Meeting`,
    '',
    'October 30, 2024',
    '',
    `On October 30, 2024, ${country1} ${title1} **${name1}** and ${country2} ${title2} ${name2} held the ${seed + 50}th Security Consultative Meeting (SCM) in Washington, D.C. [Read more](https://example.org/release).`,
    ''
  ]
  for (let section = 0; section < 4; section++) {
    lines.push(`## ${['Alliance Cooperation', 'Regional Security', 'Technology', 'Next Steps'][section]}`, '')
    lines.push(`The two sides ${pick(verbs, section).toLowerCase()} ${pick(topics, section)}.`, '')
    for (let item = 0; item < 5; item++) lines.push(`- ${pick(verbs, section + item)} ${pick(topics, section * 5 + item)}, with *$${(item + 1) * 10} million* in support.`)
    lines.push('', '1. Agreed to meet again next year.', '2. Noted progress on the roadmap.', '')
  }
  lines.push(`${name1} thanked ${name2} for the hospitality of the ${country2} delegation.`, '', '### Background', '', '> The SCM has met annually since 1968.', '')
  return lines.join('\n')
}

/**
 * A generated plain-text release shaped like the seed (deterministic).
 *
 * @param {number} seed
 * @returns {string}
 */
export function generatePlainText(seed) {
  return generateMarkdown(seed)
    .replace(/^#+ /gm, '')
    .replace(/^- /gm, '  • ')
    .replace(/\*\*?|\[|\]\([^)]*\)/g, '')
}
