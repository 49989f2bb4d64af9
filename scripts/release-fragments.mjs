// Fragments of invented releases, and deterministic builders of releases of
// any size, in plain text, Markdown and HTML. Every name, meeting and outcome
// here was written for these tests; none is copied from a real release.
// Used by scripts/bench-robust.mjs, scripts/smoke.mjs and the property tests.

/** Countries and their ministers, invented. */
export const parties = [
  ['Iceland', 'Icelandic', 'Minister for Foreign Affairs', 'Sigrun Halldorsdottir'],
  ['Norway', 'Norwegian', 'Minister of Defence', 'Erik Solberg-Haugen'],
  ['Chile', 'Chilean', 'Minister of Foreign Affairs', 'Ana Maria Fuentes'],
  ['Kenya', 'Kenyan', 'Cabinet Secretary for Defence', 'Joseph Mwangi Otieno'],
  ['Portugal', 'Portuguese', 'Minister of National Defence', 'Rui Almeida Costa'],
  ['Japan', 'Japanese', 'Minister for Foreign Affairs', 'Haruka Sato'],
  ['Canada', 'Canadian', 'Minister of National Defence', 'Claire Dubois'],
  ['Ghana', 'Ghanaian', 'Minister for Foreign Affairs', 'Kwame Asante Boateng']
]

/** Outcome items: verb phrases as fact sheets list them. */
export const outcomeItems = [
  'Reaffirmed the importance of safe shipping routes and of the rule of law at sea.',
  'Agreed to hold a joint search-and-rescue exercise before the end of the year.',
  'Discussed the need for shared ice-charting data between the two coast guards.',
  'Welcomed the renewal of the joint research program on fish stocks.',
  'Expressed concern over the decline of seabird colonies along the northern coast.',
  'Condemned the cyberattacks against the ports of both countries in the strongest terms.',
  'Committed to expand scholarships for students of marine science by 2030.',
  'Announced a new working group on critical minerals and supply chains.',
  'Signed a memorandum of understanding on disaster relief logistics.',
  'Pledged to coordinate humanitarian assistance to the affected region.',
  'Noted progress in the negotiation of an agreement on the mutual recognition of licences.',
  'Decided to meet again at the ministerial level in the second half of next year.'
]

/** Section headings. */
export const headings = [
  'Overview',
  'Key Outcomes',
  'Maritime Safety',
  'Science and Fisheries',
  'Regional Security',
  'Economic Cooperation',
  'Climate and Energy',
  'People-to-People Ties',
  'Next Steps'
]

/**
 * A small deterministic pseudo-random generator (mulberry32).
 *
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function createRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Pick an element.
 *
 * @template T
 * @param {() => number} random
 * @param {readonly T[]} list
 * @returns {T}
 */
function pick(random, list) {
  return list[Math.floor(random() * list.length)]
}

/**
 * One meeting's worth of release text.
 *
 * @param {() => number} random
 * @param {number} index
 * @returns {{title: string, date: string, intro: string, sections: Array<{heading: string, items: string[], paragraph: string}>}}
 */
function meetingParts(random, index) {
  const a = pick(random, parties)
  let b = pick(random, parties)
  if (b === a) b = parties[(parties.indexOf(a) + 1) % parties.length]
  const day = 1 + Math.floor(random() * 28)
  const month = ['January', 'March', 'May', 'June', 'September', 'October'][index % 6]
  const title = `${a[0]}-${b[0]} Strategic Dialogue Fact Sheet`
  const date = `${month} ${day}, 2026`
  const intro =
    `On ${date}, ${a[0]} and ${b[0]} held the ${index + 2}th ${a[0]}-${b[0]} Strategic Dialogue in Reykjavik. ` +
    `The Dialogue was co-chaired by ${a[1]} ${a[2]} ${a[3]} and ${b[1]} ${b[2]} ${b[3]}. ` +
    `Minister ${a[3].split(' ').pop()} welcomed the delegation.`
  const sections = []
  const count = 2 + Math.floor(random() * 3)
  for (let section = 0; section < count; section++) {
    const items = []
    const itemCount = 3 + Math.floor(random() * 6)
    for (let item = 0; item < itemCount; item++) items.push(pick(random, outcomeItems))
    sections.push({
      heading: pick(random, headings.slice(2)),
      items,
      paragraph: `The two sides ${pick(random, ['agreed', 'reaffirmed', 'discussed'])} the next steps of the ${pick(random, ['working group', 'exercise', 'program'])}.`
    })
  }
  return {title, date, intro, sections}
}

/**
 * A list-heavy Markdown release of about `bytes` bytes: front matter, a title,
 * then meetings with headings, bold lead-ins, nested lists and links.
 *
 * @param {number} bytes
 * @param {number} [seed]
 * @returns {string}
 */
export function markdownRelease(bytes, seed = 1) {
  const random = createRandom(seed)
  let text = '---\ntitle: "Joint Fact Sheet: Arctic and Atlantic Dialogues"\ndate: 2026-03-03\nsource_url: https://example.gov/releases/arctic-dialogues\n---\n\n'
  let index = 0
  while (text.length < bytes) {
    const parts = meetingParts(random, index++)
    text += `## ${parts.title}\n\n*${parts.date}*\n\n${parts.intro}\n\n`
    for (const section of parts.sections) {
      text += `### ${section.heading}\n\n**${section.heading}:** ${section.paragraph} See [the annex](https://example.gov/annex/${index}).\n\n`
      for (const item of section.items) {
        text += `- ${item}\n`
        if (random() < 0.3) text += `  - In particular, the *technical teams* will report by ${parts.date}.\n`
      }
      text += '\n1. The first follow-up meeting will take place in spring.\n2. The second will take place in autumn.\n\n'
    }
  }
  return text
}

/**
 * A plain-text release in the syndicated shape (`Source,Title` first line,
 * bullets with `•`) of about `bytes` bytes.
 *
 * @param {number} bytes
 * @param {number} [seed]
 * @returns {string}
 */
export function plainTextRelease(bytes, seed = 1) {
  const random = createRandom(seed)
  let text = ''
  let index = 0
  while (text.length < bytes) {
    const parts = meetingParts(random, index++)
    if (index === 1) text += `Example.gov,${parts.title}\n\n`
    text += `${parts.title}\n\n${parts.date}\n\nOverview\n\n${parts.intro}\n\nKey Outcomes\n\n`
    for (const section of parts.sections) {
      text += `${section.heading}:\n\n`
      for (const item of section.items) text += `  • ${item}\n`
      text += `\n${section.paragraph}\n\n`
    }
  }
  return text
}

/**
 * An HTML release fragment (as in a feed's `content:encoded`) of about
 * `bytes` bytes.
 *
 * @param {number} bytes
 * @param {number} [seed]
 * @returns {string}
 */
export function htmlRelease(bytes, seed = 1) {
  const random = createRandom(seed)
  let text = '<p>Office of the Spokesperson</p>\n'
  let index = 0
  while (text.length < bytes) {
    const parts = meetingParts(random, index++)
    text += `<h2>${parts.title}</h2>\n<p><em>${parts.date}</em></p>\n<p>${parts.intro.replace(/&/g, '&amp;')}</p>\n`
    for (const section of parts.sections) {
      text += `<h3>${section.heading}</h3>\n<p><strong>${section.heading}:</strong> ${section.paragraph} <a href="https://example.gov/annex/${index}">Annex</a>.</p>\n<ul>\n`
      for (const item of section.items) text += `<li>${item}</li>\n`
      text += '</ul>\n'
    }
  }
  return text
}

/**
 * Small realistic documents of each format, for the smoke run and tests.
 *
 * @returns {Array<{name: string, format: 'text' | 'markdown' | 'html', text: string}>}
 */
export function sampleReleases() {
  return [
    {name: 'plain-text', format: 'text', text: plainTextRelease(3000, 7)},
    {name: 'markdown', format: 'markdown', text: markdownRelease(4000, 11)},
    {name: 'html', format: 'html', text: htmlRelease(4000, 13)},
    {
      name: 'readout',
      format: 'text',
      text:
        'Readout of Minister Claire Dubois’s Call with Minister Haruka Sato\n\nMarch 4, 2026\n\n' +
        'Canadian Minister of National Defence Claire Dubois spoke today with Japanese Minister for Foreign Affairs Haruka Sato. ' +
        'The two ministers discussed maritime security in the Indo-Pacific and agreed to deepen cooperation on cyber defence. ' +
        'Minister Dubois condemned the recent missile launches and reaffirmed Canada’s commitment to the region.\n'
    },
    {
      name: 'joint-statement-html',
      format: 'html',
      text:
        '<p>The following is the text of a joint statement released by the Governments of Chile and Portugal.</p>' +
        '<p>Begin text:</p><p>Chilean Minister of Foreign Affairs Ana Maria Fuentes and Portuguese Minister of National Defence ' +
        'Rui Almeida Costa met in Lisbon on May 5, 2026. The ministers <strong>welcomed</strong> the entry into force of the ' +
        'agreement on defence cooperation &amp; pledged to hold annual consultations.</p><script>alert("never in output")</script>' +
        '<p>End text.</p>'
    }
  ]
}
