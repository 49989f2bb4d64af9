import type {SentenceAnalysis} from '../extract/analyze.js'
import type {Role} from '../models/types.js'
import {defineRecognizer} from '../recognize/define.js'
import type {ParticipantFinding, RecognizeContext, SectionItem} from '../recognize/types.js'
import {findMeetingNames} from './meetings.js'
import {isBackground, isMeetingSentence} from './shared.js'

const agentPattern = /\b(co-chaired|chaired|convened|hosted|led|welcomed|represented|attended|joined|accompanied) by\b/g
const establishingAfter = /\b(?:met|held|meet|spoke)\b/

/**
 * The verb of the "<verb> by" phrase that governs what follows a prefix: the
 * leftmost "co-chaired by", "chaired by", "convened by", "hosted by", "led by"
 * or "welcomed by" after the last `;`, unless its clause goes on to "met",
 * "held", "meet" or "spoke". Linear; it replaces the regex
 * `/\b(co-chaired|…) by\b(?![^.;]+\b(?:met|…)\b)[^;]*$/`, which backtracked
 * polynomially.
 *
 * @param prefix Lower-case sentence text before a mention.
 * @returns The verb, if any.
 */

/**
 * Decide the role of a person from the sentence that mentions them.
 *
 * @param mention Mention.
 * @param sentence Analysis.
 * @param context Context.
 * @param title Whether the sentence is the release title.
 * @param caption Whether the sentence is a photo caption.
 * @param facts `isBackground` and `isMeetingSentence` of the sentence, if known (they are the same for every mention).
 * @returns Role.
 */
export function roleOf(
  mention: SentenceAnalysis['people'][number],
  sentence: SentenceAnalysis,
  context: RecognizeContext,
  title: boolean,
  caption = false,
  facts?: {background: boolean; meeting: boolean}
): Role {
  const {tokens, verb} = sentence
  const count = sentence.people.length
  if (title) {
    if (/\bhosts?\b/i.test(sentence.text) && verb && mention.first < verb.index) return 'host'
    return 'attendee'
  }
  if (facts ? facts.background : isBackground(sentence, context)) return 'mentioned'
  if (caption) return 'attendee'
  // "co-chaired by A and B", "convened by", "hosted by", "at the invitation of"
  const prefix = sentence.text.slice(0, Math.max(0, mention.start)).toLowerCase()
  let byMatch: RegExpMatchArray | undefined
  // Most prefixes have no " by": skip the scan.
  if (prefix.includes(' by')) for (const match of prefix.matchAll(agentPattern)) byMatch = match
  if (byMatch && establishingAfter.test(prefix.slice((byMatch.index ?? 0) + byMatch[0].length))) byMatch = undefined
  if (byMatch) {
    const word = byMatch[1]
    if (word === 'co-chaired') return 'co-chair'
    if (word === 'chaired' || word === 'convened') {
      const by = byMatch.index ?? 0
      return sentence.people.filter((person) => person.start >= by).length > 1 ? 'co-chair' : 'chair'
    }
    if (word === 'hosted' || word === 'welcomed') return 'host'
    // "The delegations, led by X, co-chaired ...": the verb may say more than "led by".
    if (!(verb && (verb.bases.includes('co-chair') || verb.bases.includes('chair')))) return 'attendee'
  }
  if (invitedBy(tokens, mention.first)) return 'host'
  // People in a leading adverbial ("Following the decision by President X, ...") frame the sentence.
  if (mention.first < sentence.clause) return 'mentioned'
  const inSubject = verb !== undefined && mention.first >= sentence.clause && mention.first < verb.index
  if (verb && inSubject) {
    const base = verb.base
    if (base === 'co-chair' || verb.bases.includes('co-chair')) return 'co-chair'
    if (verb.bases.includes('chair')) return subjectCount(sentence) > 1 ? 'co-chair' : 'chair'
    if (base === 'chair' || (base === 'convene' && findMeetingNames(sentence).some((name) => name.start > (tokens[verb.index]?.start ?? 0)))) {
      return subjectCount(sentence) > 1 ? 'co-chair' : 'chair'
    }
    if ((base === 'host' || base === 'receive' || base === 'welcome') && sentence.establishing) return 'host'
    if (base === 'host' && /\b(?:lunch|dinner|breakfast|reception|meeting|talks)\b/i.test(sentence.text)) return 'host'
  }
  if (verb && !inSubject && (verb.base === 'host' || verb.base === 'welcome' || verb.base === 'receive') && sentence.establishing) return 'attendee'
  // "followed President Biden's bilateral meeting with President Marcos": people of another meeting.
  const possessive = /^['’]s?$/.test(sentence.text.slice(mention.end - sentence.start, mention.end - sentence.start + 2).trim().slice(0, 2)) || /['’]s?$/.test(sentence.tokens[mention.nameEnd - 1]?.text ?? '')
  if (!inSubject && possessive) return 'mentioned'
  if (facts ? facts.meeting : isMeetingSentence(sentence, context)) return 'attendee'
  // "was also present to witness the signing", "attended", "joined the meeting"
  if (inSubject && /\b(?:was|were) (?:also )?present\b|\bwitness(?:ed)?\b|\battended\b|\bparticipated\b/.test(sentence.text)) return 'attendee'
  if (/\b(?:led the|headed the)\b[^.]{1,60}\bdelegation\b/i.test(sentence.text.slice(mention.end - sentence.start > 0 ? mention.end : 0))) return 'attendee'
  if (inSubject && count > 0 && verb && !sentence.quotation && !verb.stative) return 'attendee'
  if (/\bco-chairs?\b/i.test(sentence.text) && mention.first < (verb?.index ?? 0)) return 'co-chair'
  return 'mentioned'
}

/**
 * Whether "at the invitation of" is among the 12 tokens before a mention.
 * The window is joined only when it has "invitation" (~0.3% of a parse: the
 * join ran for every mention).
 *
 * @param tokens Tokens.
 * @param first Index of the mention's first token.
 * @returns Whether it is.
 */
function invitedBy(tokens: SentenceAnalysis['tokens'], first: number): boolean {
  const from = Math.max(0, first - 12)
  let found = false
  for (let index = from; index < first && !found; index++) {
    const text = tokens[index]?.text ?? ''
    found = text.length >= 10 && text.toLowerCase().includes('invitation')
  }
  if (!found) return false
  const before = tokens
    .slice(from, first)
    .map((token) => token.text.toLowerCase())
    .join(' ')
  return /\bat the invitation of\b/.test(before)
}

/**
 * How many people share the subject of the sentence.
 *
 * @param sentence Analysis.
 * @returns Count.
 */
function subjectCount(sentence: SentenceAnalysis): number {
  const verbIndex = sentence.verb?.index ?? sentence.tokens.length
  return sentence.people.filter((person) => person.first >= sentence.clause && person.first < verbIndex).length
}

/**
 * Findings of one item.
 *
 * @param node Item.
 * @param context Context.
 * @param title Whether it is the title.
 * @returns Findings.
 */
function peopleOf(node: SectionItem, context: RecognizeContext, title: boolean): ParticipantFinding[] {
  const findings: ParticipantFinding[] = []
  const sentences = node.type === 'heading' ? [context.item(node)] : context.sentences(node)
  const caption = node.type === 'caption'
  for (const sentence of sentences) {
    if (sentence.people.length === 0) continue
    // Per sentence, not per mention (roleOf asked both again for each mention).
    const meeting = isMeetingSentence(sentence, context)
    const facts = {background: isBackground(sentence, context), meeting}
    const names = meeting ? findMeetingNames(sentence) : []
    const meetingNames = names.length > 0 ? names.map((name) => name.name).join('\n') : undefined
    for (const mention of sentence.people) {
      findings.push({
        name: mention.name,
        title: mention.title,
        country: mention.country,
        rank: mention.rank,
        role: roleOf(mention, sentence, context, title, caption, facts),
        meeting: meetingNames,
        node,
        range: [sentence.start + mention.start, sentence.start + mention.end]
      })
    }
  }
  return findings
}

/**
 * Built-in recognizer of people: names with their titles, ranks and
 * countries, and the role the sentence gives them (chaired, co-chaired,
 * hosted, met, or only mentioned).
 */
export const peopleRecognizer = defineRecognizer({
  name: 'factsheet:people',
  kind: 'participants',
  priority: 0,
  match: (section) => (section.items.length > 0 ? 0.5 : 0),
  extract(section, context) {
    const findings: ParticipantFinding[] = []
    for (const node of section.items) {
      if (node.type === 'rule' || node.type === 'row') continue
      findings.push(...peopleOf(node, context, node.type === 'heading' && node.depth === 0))
    }
    return findings
  }
})
