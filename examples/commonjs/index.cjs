// Parse the bundled example release with the CommonJS build (`require`).
// Works on Node 20 with or without require(esm): the CJS build bundles its ESM-only dependencies.
// Run: `npm run build && node examples/commonjs/index.cjs`
const {readFileSync} = require('node:fs')
const path = require('node:path')
const {FactsheetError, parseRelease} = require('factsheet')

const text = readFileSync(path.join(__dirname, '..', 'release.txt'), 'utf8')
const release = parseRelease(text)

const summary = {
  kind: release.kind,
  title: release.title,
  published: release.published,
  meetings: release.meetings.map((meeting) => meeting.name),
  participants: release.participants.map((person) => `${person.name} (${person.country})`),
  outcomes: release.outcomes.map((outcome) => `${outcome.kind}: ${outcome.text}`),
  diagnostics: release.diagnostics.map((diagnostic) => diagnostic.code)
}
console.log(JSON.stringify(summary, null, 2))

// Misuse throws a `FactsheetError` with a stable code; messy text never throws.
try {
  parseRelease(text, {maxBytes: 100})
} catch (error) {
  if (error instanceof FactsheetError) console.log(`refused: ${error.code}`)
  else throw error
}
