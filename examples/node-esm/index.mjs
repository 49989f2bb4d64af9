// Parse the bundled example release with the ESM build.
// Run: `npm run build && node examples/node-esm/index.mjs`
import {readFile} from 'node:fs/promises'
import {parseRelease} from 'factsheet'
import {parseHtmlRelease} from 'factsheet/html'

const text = await readFile(new URL('../release.txt', import.meta.url), 'utf8')
const release = parseRelease(text)

console.log(`${release.kind}: ${release.title} (published ${release.published})`)
for (const meeting of release.meetings) {
  console.log(`meeting ${meeting.id}: ${meeting.name} on ${meeting.date} in ${meeting.location?.name ?? 'an unstated place'}`)
}
for (const person of release.participants) {
  const roles = person.roles.map((role) => role.role).join(', ')
  console.log(`participant ${person.id}: ${person.name}, ${person.title ?? 'no title'} (${person.country ?? '??'}; ${roles})`)
}
for (const outcome of release.outcomes) {
  console.log(`outcome ${outcome.id} [${outcome.kind}, CAMEO ${outcome.cameo ?? '-'}]: ${outcome.text}`)
}

// Every record points back into the input: slice the original text with its offsets.
const [first] = release.outcomes
if (first) {
  console.log(`o1 was read from: ${text.slice(first.position.start.offset, first.position.end.offset)}`)
}

// HTML (a page, or a feed's `content:encoded`) goes through the `factsheet/html` entry.
const fromHtml = parseHtmlRelease(
  '<h1>Readout</h1><p>Secretary of State Jane Roe met with Canadian Foreign Minister John Poe in Ottawa on March 3, 2026.</p><script>track()</script>',
  {meta: {url: 'https://www.state.gov/readout-example/', published: '2026-03-03T21:00:00Z'}}
)
console.log(`html: ${fromHtml.participants.map((person) => `${person.name} (${person.country ?? '??'})`).join(', ')}`)
