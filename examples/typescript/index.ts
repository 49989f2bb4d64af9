// Typed usage and a custom recognizer, type-checked against the published declarations.
// Type-check: `npx tsc -p examples/typescript` (after `npm run build`).
import {
  createParser,
  defaultRecognizers,
  defineRecognizer,
  FactsheetError,
  type Participant,
  type ParticipantFinding,
  type Release,
  type Section
} from 'factsheet'
import {runRecognizer} from 'factsheet/testing'

/**
 * A recognizer for a section the built-ins do not read: an "In attendance" list of
 * `Name, Title` items. `kind: 'participants'` makes `extract` return `ParticipantFinding[]`.
 */
export const inAttendance = defineRecognizer({
  name: 'acme:in-attendance',
  kind: 'participants',
  priority: 10,
  match: (section: Section) => (/^in attendance\b/i.test(section.title ?? '') ? 1 : 0),
  extract: (section) =>
    section.items
      .filter((node) => node.type === 'item')
      .map((node) => {
        const comma = node.text.indexOf(',')
        const name = comma === -1 ? node.text : node.text.slice(0, comma)
        const title = comma === -1 ? undefined : node.text.slice(comma + 1).trim()
        return {name, title, role: 'attendee', node}
      })
})

const text = `# Readout of the Acme Press Gaggle

Press Secretary Jane Roe held a press gaggle aboard the aircraft on March 3, 2026.

## In attendance

- John Poe, Deputy Press Secretary
- Ann Lee, Director of Communications
`

// Yours first, then the built-ins: no global registry.
const parser = createParser({recognizers: [inAttendance, ...defaultRecognizers]})
const release: Release = parser.parse(text, {meta: {source: 'Example.gov'}})

const attendees: Participant[] = release.participants.filter((person) =>
  person.roles.some((role) => role.role === 'attendee')
)
for (const person of attendees) console.log(`attendee: ${person.name}, ${person.title ?? 'no title'}`)

// Test a recognizer alone, without the rest of the pipeline.
const {findings} = runRecognizer(inAttendance, '## In attendance\n\n- Jane Roe, Press Secretary')
const typed: ParticipantFinding[] = findings ?? []
console.log(`findings: ${JSON.stringify(typed.map(({name, title}) => ({name, title})))}`)

try {
  createParser({recognizers: 'nope' as unknown as []})
} catch (error) {
  if (error instanceof FactsheetError) console.log(`refused: ${error.code}`)
}
