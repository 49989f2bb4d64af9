import {defineRecognizer} from '../recognize/define.js'
import type {ParticipantFinding, RecognizeContext, SectionItem} from '../recognize/types.js'

const nameColumn = /\b(?:name|participants?|attendees?|delegates?|representatives?|members?|principals?|head of delegation)\b/i
const titleColumn = /\b(?:title|position|office|post|role|designation|function|portfolio)\b/i
const countryColumn = /\b(?:country|countries|delegation|state|nation|government|organi[sz]ation|member state|economy)\b/i
const takingPart = /\b(?:participants?|attendees?|attendance|present|delegations?|delegates?|members|heads? of delegation)\b/i

/**
 * The cells of a table row, as the tree stage joined them (" | ").
 *
 * @param node Row.
 * @returns Cells with their start index in the row text.
 */
function cellsOf(node: SectionItem): Array<{text: string; start: number}> {
  const cells: Array<{text: string; start: number}> = []
  let start = 0
  for (const text of node.text.split(' | ')) {
    cells.push({text, start})
    start += text.length + 3
  }
  return cells
}

/**
 * Strip honorifics from a name cell ("H.E. Mr. Jan Novak" → "Jan Novak").
 *
 * @param text Cell text.
 * @param context Context.
 * @returns Name, rank, and how many characters were cut.
 */
function stripStyles(text: string, context: RecognizeContext): {name: string; rank: string | undefined; cut: number} {
  let rest = text
  let rank: string | undefined
  for (let round = 0; round < 3; round++) {
    const style = context.lexicons.honorifics.concat(context.lexicons.militaryRanks).find((candidate) => rest.startsWith(candidate + ' '))
    if (!style) break
    rank ??= style
    rest = rest.slice(style.length + 1)
  }
  return {name: rest.trim(), rank, cut: text.length - rest.length}
}

/**
 * Built-in recognizer of participant tables: rows under a header with a name
 * column, and optionally title and country columns. People listed under
 * "Participants", "Attendees" or "Delegation" took part; other tables only
 * mention them.
 */
export const participantTableRecognizer = defineRecognizer({
  name: 'factsheet:participant-table',
  kind: 'participants',
  priority: 5,
  match(section) {
    const rows = section.items.filter((node) => node.type === 'row')
    return rows.length >= 2 && rows.some((node) => nameColumn.test(node.text)) ? 0.9 : 0
  },
  extract(section, context) {
    const rows = section.items.filter((node) => node.type === 'row')
    const headerIndex = rows.findIndex((node) => nameColumn.test(node.text) && node.text.split(' | ').length >= 2)
    const header = rows[headerIndex]
    if (!header) return undefined
    const columns = cellsOf(header).map((cell) => cell.text)
    const nameAt = columns.findIndex((column) => nameColumn.test(column))
    const titleAt = columns.findIndex((column, index) => index !== nameAt && titleColumn.test(column))
    const countryAt = columns.findIndex((column, index) => index !== nameAt && index !== titleAt && countryColumn.test(column))
    const role = takingPart.test(section.title ?? '') || takingPart.test(columns[nameAt] ?? '') ? 'attendee' : 'mentioned'
    const findings: ParticipantFinding[] = []
    for (const node of rows.slice(headerIndex + 1)) {
      const cells = cellsOf(node)
      const nameCell = cells[nameAt]
      if (!nameCell || !/\p{Lu}/u.test(nameCell.text)) continue
      const {name, rank, cut} = stripStyles(nameCell.text, context)
      if (!name) continue
      const countryText = countryAt >= 0 ? cells[countryAt]?.text : undefined
      findings.push({
        name,
        title: titleAt >= 0 ? cells[titleAt]?.text || undefined : undefined,
        country: countryText ? context.country(countryText) : undefined,
        rank,
        role,
        node,
        range: [nameCell.start + cut, nameCell.start + nameCell.text.length]
      })
    }
    return findings
  }
})
