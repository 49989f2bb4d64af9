// A custom recognizer, defined against the public API and plugged in next to
// the built-ins. Run it after `npm run build`, from a project where `factsheet`
// is installed: `node index.mjs [release.md]`.
import {readFile} from 'node:fs/promises'
import {createParser, defaultRecognizers, defineRecognizer} from 'factsheet'

/**
 * Ministries often close a visit with a list of the documents signed. The
 * built-ins skip such items (Title Case, no verb); this recognizer makes each
 * one an outcome whose verb is "signed".
 */
export const documentsSigned = defineRecognizer({
  name: 'example:documents-signed',
  kind: 'outcomes',
  // Before the built-in list-item reader (priority 10).
  priority: 20,
  match: (section) => (/^(?:documents|agreements|instruments) signed$/i.test(section.title ?? '') ? 1 : 0),
  extract: (section) =>
    section.items.filter((node) => node.type === 'item').map((node) => ({node, verb: 'signed', subject: 'the two sides'}))
})

const parser = createParser({recognizers: [documentsSigned, ...defaultRecognizers]})

const file = process.argv[2] ?? new URL('release.md', import.meta.url)
const release = parser.parse(await readFile(file, 'utf8'))

console.log(
  JSON.stringify(
    {
      kind: release.kind,
      meetings: release.meetings.map(({name, date, endDate, location}) => ({name, date, endDate, place: location?.name ?? null})),
      participants: release.participants.map(({name, title, country}) => ({name, title, country})),
      outcomes: release.outcomes.map(({section, verb, kind, cameo, actors, text}) => ({section, verb, kind, cameo, actors, text})),
      diagnostics: release.diagnostics.map(({code, source}) => `${source}: ${code}`)
    },
    null,
    2
  )
)
