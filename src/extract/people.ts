import type {Lexicons} from '../lexicons/index.js'
import {matchCountry, type CountryMatch, type CountryTable} from './countries.js'
import {isCapitalized, possessiveLength, stripPossessive, tokenize, type Token} from './tokens.js'
import {isDigit} from '../chars.js'

/** People lexicons compiled once per parser. */
export interface PeopleTable {
  readonly heads: ReadonlySet<string>
  readonly modifiers: ReadonlySet<string>
  readonly domains: ReadonlySet<string>
  /** Honorifics and ranks as token sequences, longest first. */
  readonly styles: ReadonlyArray<{tokens: string[]; text: string; military: boolean}>
  /** The same, by their first token. */
  readonly stylesByFirst: ReadonlyMap<string, ReadonlyArray<{tokens: string[]; text: string; military: boolean}>>
  /** Texts of the military ranks among the styles. */
  readonly militaryStyles: ReadonlySet<string>
  /** Heads, first words of styles and title abbreviations: every mention has one of them. */
  readonly anchors: ReadonlySet<string>
  /** By ASCII code unit, whether an anchor starts with it: most tokens are ruled out by this before a string lookup. */
  readonly anchorStarts: readonly boolean[]
  /** Whether an anchor is empty or starts beyond ASCII. */
  readonly anchorStartsOther: boolean
  readonly suffixes: ReadonlySet<string>
  readonly particles: ReadonlySet<string>
  readonly abbreviations: ReadonlyMap<string, string>
  readonly places: ReadonlySet<string>
}

/** A person mention found in a sentence. */
export interface PersonMention {
  /** Name without honorifics, with suffixes. */
  name: string
  /** Title as written, if any. */
  title: string | undefined
  /** Rank or honorific, if any. */
  rank: string | undefined
  /** Country or organization code, if the mention says. */
  country: string | undefined
  /** Where the country came from: a qualifier before the title, "of <country>" after the name, the title, or the context. */
  countrySource: 'qualifier' | 'of' | 'title' | 'context' | undefined
  /** Token index where the whole mention starts (title included). */
  first: number
  /** Token index after the whole mention. */
  last: number
  /** Token index where the name starts. */
  nameStart: number
  /** Token index after the name. */
  nameEnd: number
  /** Text index where the name starts. */
  start: number
  /** Text index after the name. */
  end: number
  /** Whether the name is a single word ("Secretary Austin"). */
  short: boolean
}

const headlineVerbs = new Set([
  'Hosts', 'Meets', 'Welcomes', 'Visits', 'Holds', 'Calls', 'Speaks', 'Signs', 'Launches', 'Announces',
  'Travels', 'Receives', 'Attends', 'Joins', 'Says', 'Discusses', 'Urges', 'Leads', 'Chairs', 'Co-Chairs',
  'Convenes', 'Talks', 'Thanks', 'Congratulates', 'Condemns', 'Reaffirms', 'Agree', 'Agrees', 'Met',
  'Hosted', 'Welcomed', 'Visited', 'Held', 'Signed', 'Launched', 'Announced', 'Received', 'Attended'
])
/** Ship prefixes: "HMS Queen Elizabeth" names a ship, not a person. */
const shipPrefixes: ReadonlySet<string> = new Set(['HMS', 'USS', 'USNS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'JS', 'ROKS', 'FS', 'RFS', 'BRP', 'KRI', 'RSS', 'TCG'])
const stopNames = new Set([
  'The', 'This', 'That', 'These', 'Those', 'A', 'An', 'In', 'On', 'At', 'For', 'And', 'But', 'Or', 'Today',
  'Yesterday', 'Tomorrow', 'He', 'She', 'They', 'We', 'It', 'I', 'His', 'Her', 'Their', 'Our', 'Its', 'Both',
  'During', 'After', 'Before', 'Following', 'As', 'With', 'Office', 'Department', 'Ministry', 'Government',
  'Embassy', 'Republic', 'Kingdom', 'State', 'States', 'United', 'Alliance', 'Dialogue', 'Meeting', 'Summit',
  'Group', 'Committee', 'Council', 'Forum', 'Conference', 'Partnership', 'Initiative', 'Strategy',
  'Framework', 'Agreement', 'Treaty', 'Memorandum', 'Declaration', 'Statement', 'Communiqué', 'Communique',
  'Readout', 'Fact', 'Sheet', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'Quad', 'Administration', 'Also', 'Together', 'Additionally', 'Under', 'Through',
  'Building', 'To', 'From', 'By', 'Of', 'Then', 'Mission', 'Delegation', 'Indo-Pacific', 'Pacific',
  'Atlantic', 'Arctic', 'Security', 'Defense', 'Defence', 'Affairs', 'Foreign', 'National', 'House',
  'White', 'Pentagon', 'Parties', 'Party', 'Sides', 'Leaders', 'Ministers', 'Secretaries', 'Officials',
  'Both', 'Such', 'Any', 'All', 'Each', 'Further', 'However', 'Moreover', 'Furthermore', 'Finally', 'There',
  'Here', 'Where', 'When', 'While', 'If', 'Since', 'Until', 'Upon', 'Among', 'Between', 'Against', 'Within',
  'Without', 'Across', 'Including', 'Regarding', 'Per', 'Via', 'Not', 'No', 'Yes', 'Please', 'Read', 'See',
  'Photo', 'Credit', 'Posted', 'Last', 'Updated', 'Begin', 'End', 'Text', 'Press', 'Release', 'Media',
  'Note', 'Readout', 'Joint', 'Statement', 'Key', 'Outcomes', 'Next', 'Steps', 'Overview', 'Background',
  'G7', 'G20', 'ASEAN', 'NATO', 'EU', 'UN', 'AUKUS', 'APEC', 'COVID-19', 'DPRK', 'PRC', 'ROK', 'U.S.', 'US',
  'UK', 'Ambassadors', 'Excellency', 'Majesty', 'Highness', 'Court', 'Law', 'Society', 'Bank', 'Fund',
  'Centre', 'Center', 'Chambers', 'School', 'Schools', 'University', 'Institute', 'Agency', 'Board',
  'Force', 'Forces', 'Army', 'Navy', 'Command', 'Ministerial', 'Consultative', 'Strategic', 'Economic',
  'Call', 'Calls', 'Visit', 'Talks', 'Trip', 'Session', 'Consultations', 'Roundtable', 'Remarks', 'Minster',
  'Order', 'Orders', 'Act', 'Plan', 'Program', 'Programme', 'Resolution', 'Article', 'Section', 'Chapter',
  'Annex', 'Protocol', 'Convention', 'Charter', 'Accord', 'Accords', 'Code', 'Bill', 'Decree', 'Directive',
  'Regulation', 'Statute', 'Mechanism', 'Corridor', 'Vision', 'Pillar', 'Working', 'Group'
])

/**
 * Country matches by token index, filled in as asked within one `findPeople`
 * call (`null`: no country there). Profiled: readMention runs at every
 * capitalized token and readName re-reads the same spans, so most
 * `matchCountry` calls repeated an earlier one.
 */
type CountryMemo = Array<CountryMatch | null | undefined>

/**
 * `matchCountry`, through the call's memo when there is one.
 *
 * @param tokens Tokens.
 * @param index Start.
 * @param countries Country table.
 * @param memo Matches found so far in this call.
 * @returns Match.
 */
function countryAt(tokens: readonly Token[], index: number, countries: CountryTable, memo: CountryMemo | undefined): CountryMatch | undefined {
  if (memo === undefined || index < 0 || index >= tokens.length) return matchCountry(tokens, index, countries)
  let found = memo[index]
  if (found === undefined) {
    found = matchCountry(tokens, index, countries) ?? null
    memo[index] = found
  }
  return found ?? undefined
}

/**
 * Compile the people lexicons.
 *
 * @param lexicons Lexicons.
 * @returns Table.
 */
export function compilePeople(lexicons: Lexicons): PeopleTable {
  const styles = [
    ...lexicons.honorifics.map((text) => ({text, military: false})),
    ...lexicons.militaryRanks.map((text) => ({text, military: true}))
  ]
    .map(({text, military}) => ({tokens: text.split(' '), text, military}))
    .sort((a, b) => b.tokens.length - a.tokens.length)
  const stylesByFirst = new Map<string, Array<{tokens: string[]; text: string; military: boolean}>>()
  for (const style of styles) {
    const first = style.tokens[0] ?? ''
    const list = stylesByFirst.get(first) ?? []
    list.push(style)
    stylesByFirst.set(first, list)
  }
  const anchors = new Set([...lexicons.officeHeads, ...stylesByFirst.keys(), ...Object.keys(lexicons.titleAbbreviations)])
  const anchorStarts = new Array<boolean>(128).fill(false)
  let anchorStartsOther = false
  for (const anchor of anchors) {
    const code = anchor.charCodeAt(0)
    if (code < 128) anchorStarts[code] = true
    else anchorStartsOther = true
  }
  return {
    stylesByFirst,
    anchors,
    anchorStarts,
    anchorStartsOther,
    militaryStyles: new Set(styles.filter((style) => style.military).map((style) => style.text)),
    heads: new Set(lexicons.officeHeads),
    modifiers: new Set(lexicons.officeModifiers),
    domains: new Set(lexicons.officeDomains),
    styles,
    suffixes: new Set(lexicons.nameSuffixes),
    particles: new Set(lexicons.nameParticles),
    abbreviations: new Map(Object.entries(lexicons.titleAbbreviations)),
    places: new Set([...Object.keys(lexicons.cities), ...Object.keys(lexicons.regions)])
  }
}

/**
 * Match an honorific or rank at `index`.
 *
 * @param tokens Tokens.
 * @param index Start.
 * @param table Table.
 * @returns The style and its token length.
 */
function matchStyle(tokens: readonly Token[], index: number, table: PeopleTable): {text: string; length: number; military: boolean} | undefined {
  const candidates = table.stylesByFirst.get(tokens[index]?.text ?? '')
  if (!candidates) return undefined
  for (const style of candidates) {
    let ok = true
    for (let offset = 0; offset < style.tokens.length; offset++) {
      if (tokens[index + offset]?.text !== style.tokens[offset]) {
        ok = false
        break
      }
    }
    if (ok) return {text: style.text, length: style.tokens.length, military: style.military}
  }
  return undefined
}

/**
 * Whether a token is a word of an office domain (listed, or by its suffix).
 *
 * @param text Token.
 * @param table Table.
 * @returns Whether it is a domain word.
 */
function isDomainWord(text: string, table: PeopleTable): boolean {
  if (table.domains.has(text) || table.heads.has(text) || table.modifiers.has(text)) return true
  return /^\p{Lu}[\p{Ll}-]+(?:ies|tion|tions|ment|ments|ism|ity|ance|ence|ics|ure|ship|ery|ogy|ing|ness|al)$/u.test(text)
}

/**
 * Read a title at `index`: modifiers, at least one head noun, and an
 * optional domain after "of", "for" or "to"; "and" joins a second title.
 *
 * @param tokens Tokens.
 * @param index Start.
 * @param table Table.
 * @param countries Country table.
 * @returns The end of the title (exclusive), or `undefined`.
 */
export function readTitle(tokens: readonly Token[], index: number, table: PeopleTable, countries: CountryTable, memo?: CountryMemo): number | undefined {
  let cursor = index
  let end: number | undefined
  let sawHead = false
  while (cursor < tokens.length) {
    const text = tokens[cursor]?.text ?? ''
    if (table.heads.has(text)) {
      sawHead = true
      cursor++
      end = cursor
      // "Permanent Secretary (Law)": a short parenthetical domain.
      if (tokens[cursor]?.text === '(' && tokens[cursor + 2]?.text === ')' && /^\p{Lu}/u.test(tokens[cursor + 1]?.text ?? '')) {
        cursor += 3
        end = cursor
      }
      continue
    }
    if (table.modifiers.has(text) || (isDigit(text.charCodeAt(0)) && /^\d+(?:st|nd|rd|th)$/.test(text))) {
      cursor++
      continue
    }
    if (text === '-' && sawHead === false) {
      cursor++
      continue
    }
    if ((text === 'of' || text === 'for' || text === 'to' || text === 'on') && sawHead && end === cursor) {
      const domainEnd = readDomain(tokens, cursor + 1, table, countries, memo)
      if (domainEnd > cursor + 1) {
        cursor = domainEnd
        end = cursor
        continue
      }
      break
    }
    if (text === 'and' && sawHead && end === cursor) {
      // "Minister for Home Affairs and Minister for Law"; but "The Secretary and Cabinet Secretary
      // Mwangi" names two people: a bare head after "the" does not take a second title.
      const article = /^the$/i.test(tokens[index - 1]?.text ?? '')
      if (article && cursor - index === 1) break
      const next = tokens[cursor + 1]?.text ?? ''
      if (table.heads.has(next) || table.modifiers.has(next)) {
        const more = readTitle(tokens, cursor + 1, table, countries, memo)
        if (more !== undefined) {
          cursor = more
          end = more
        }
      }
      break
    }
    if (!sawHead && (table.domains.has(text) || (text === 'and' && cursor > index)) && /^(?:\p{Lu}|and$)/u.test(text)) {
      // "Political and Legal Affairs Commission Secretary": domain words before a head.
      cursor++
      continue
    }
    break
  }
  return sawHead ? end : undefined
}

/**
 * Read the domain of an office after "of"/"for": domain words, countries,
 * "the", "and" and commas between them.
 *
 * @param tokens Tokens.
 * @param index Start (after "of").
 * @param table Table.
 * @param countries Country table.
 * @returns End of the domain.
 */
function readDomain(tokens: readonly Token[], index: number, table: PeopleTable, countries: CountryTable, memo: CountryMemo | undefined): number {
  let cursor = index
  let end = index
  while (cursor < tokens.length) {
    const text = tokens[cursor]?.text ?? ''
    if (text === 'the' || text === 'The') {
      cursor++
      continue
    }
    const country = countryAt(tokens, cursor, countries, memo)
    if (country && !country.demonym) {
      cursor += country.length
      end = cursor
      if (country.possessive) break
      continue
    }
    if (/^\p{Lu}/u.test(text) && (isDomainWord(stripPossessive(text).text, table) || country?.demonym)) {
      cursor++
      end = cursor
      continue
    }
    if ((text === 'and' || text === ',' || text === 'of' || text === 'to' || text === '&') && end === cursor) {
      // Continue only if a domain word follows (", and Human Rights").
      let next = cursor + 1
      while (tokens[next]?.text === 'and' || tokens[next]?.text === 'the' || tokens[next]?.text === ',') next++
      const following = tokens[next]?.text ?? ''
      // "... Home Affairs and Minister for Law": a second title, not more domain.
      if (text === 'and' && readTitle(tokens, next, table, countries, memo) !== undefined) break
      // Countries continue a domain only after "of"/"to" ("Ambassador of X to Y"), never after a comma or "and".
      const followingCountry = countryAt(tokens, next, countries, memo)
      const countryNext = followingCountry !== undefined && ((text === 'of' || text === 'to') || followingCountry.demonym)
      if (/^\p{Lu}/u.test(following) && (isDomainWord(stripPossessive(following).text, table) || countryNext)) {
        cursor = next
        continue
      }
      break
    }
    break
  }
  return end
}

/**
 * Read a personal name at `index`: capitalized words, initials, particles and
 * suffixes; it stops at a possessive, "of", or a lower-case word.
 *
 * @param tokens Tokens.
 * @param index Start.
 * @param table Table.
 * @param countries Country table.
 * @returns The name span, or `undefined`.
 */
export function readName(
  tokens: readonly Token[],
  index: number,
  table: PeopleTable,
  countries: CountryTable,
  memo?: CountryMemo
): {end: number; possessive: boolean} | undefined {
  let cursor = index
  let words = 0
  let possessive = false
  while (cursor < tokens.length && words < 6) {
    const raw = tokens[cursor]?.text ?? ''
    const strip = possessiveLength(raw)
    const text = strip === 0 ? raw : raw.slice(0, -strip)
    const isPossessive = strip > 0
    if (words > 0 && table.suffixes.has(text)) {
      cursor++
      if (isPossessive) possessive = true
      break
    }
    if (words > 0 && text === ',' && table.suffixes.has(tokens[cursor + 1]?.text ?? '')) {
      cursor += 2
      break
    }
    if (words > 0 && table.particles.has(text)) {
      // "Staffan de Mistura", "Ursula von der Leyen": particles before a capitalized name.
      let next = cursor + 1
      while (table.particles.has(tokens[next]?.text ?? '') && next - cursor < 3) next++
      if (isCapitalized(tokens[next]?.text ?? '')) {
        cursor = next
        continue
      }
    }
    if (!isNameWord(text)) break
    const initial = isInitial(text)
    // "He Lifeng": a family name that is also a pronoun, when a name follows.
    const pronounName = words === 0 && (text === 'He' || text === 'Ma' || text === 'Li') && /^\p{Lu}\p{Ll}+$/u.test(tokens[cursor + 1]?.text ?? '') && !stopNames.has(tokens[cursor + 1]?.text ?? '') && !table.heads.has(tokens[cursor + 1]?.text ?? '')
    if (words === 0 && !pronounName && (stopNames.has(text) || table.heads.has(text) || table.modifiers.has(text))) return undefined
    // "Concerning Libya, ...", "Following the meeting": sentence openers, not names.
    if (words === 0 && index === 0 && /^\p{Lu}\p{Ll}+ing$/u.test(text)) return undefined
    if (words > 0 && text === 'The' && isCapitalized(tokens[cursor + 1]?.text ?? '') && !isDomainWord(tokens[cursor + 1]?.text ?? '', table)) {
      // Vietnamese middle names: "Hoang The Lien".
      cursor++
      words++
      continue
    }
    if (words > 0 && (stopNames.has(text) || table.heads.has(text) || (table.modifiers.has(text) && !initial))) break
    // Headlines capitalize their verbs: "President Smith Hosts Prime Minister Tanaka".
    if (words > 0 && headlineVerbs.has(text)) break
    if (!initial && (table.places.has(text) || (!isPossessive && countryAt(tokens, cursor, countries, memo)))) {
      if (words === 0) return undefined
      break
    }
    // "IWAYA Takeshi": a family name in capitals before a given name is a name, not an acronym.
    // (Cheap tests first: the rest run only on short capitalized first words.)
    const following = tokens[cursor + 1]?.text ?? ''
    if (words === 0 && text.length > 2 && text.length <= 5 && text === text.toUpperCase() && !initial && !/\d/.test(text) && !(/^\p{Lu}\p{Ll}+$/u.test(following) && !stopNames.has(following))) {
      // Acronyms ("NCG", "HLED") are not names.
      return undefined
    }
    cursor++
    words++
    if (isPossessive) {
      possessive = true
      break
    }
  }
  if (words === 0) return undefined
  // A name is not only initials.
  for (let position = index; position < cursor; position++) {
    const part = tokens[position]?.text ?? ''
    if (part !== ',' && !/^\p{Lu}\.?$/u.test(part)) return {end: cursor, possessive}
  }
  return undefined
}

const nameWord = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u
const initialLetter = /^\p{Lu}\.?$/u
const initialPair = /^\p{Lu}\.\p{Lu}\.$/u

/**
 * Whether a token can be a word of a name: `/^\p{Lu}[\p{L}\p{M}'’.-]*$/u`,
 * with ASCII tested by code unit (profiled: it runs on every token readName reads).
 *
 * @param text Token (without its possessive).
 * @returns Whether it is.
 */
function isNameWord(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first >= 128) return nameWord.test(text)
  if (!(first >= 65 && first <= 90)) return false
  for (let position = 1; position < text.length; position++) {
    const code = text.charCodeAt(position)
    if (code >= 128) return nameWord.test(text)
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    if (!letter && code !== 39 && code !== 46 && code !== 45) return false
  }
  return true
}

/**
 * Whether a token is an initial ("J", "J.", "J.R."): `/^\p{Lu}\.?$/u` or
 * `/^\p{Lu}\.\p{Lu}\.$/u`, with ASCII tested by code unit.
 *
 * @param text Token.
 * @returns Whether it is.
 */
function isInitial(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first >= 128) return initialLetter.test(text) || initialPair.test(text)
  if (!(first >= 65 && first <= 90)) return false
  const length = text.length
  if (length === 1) return true
  if (text.charCodeAt(1) !== 46) return false
  if (length === 2) return true
  const third = text.charCodeAt(2)
  if (third >= 128) return initialPair.test(text)
  return length === 4 && third >= 65 && third <= 90 && text.charCodeAt(3) === 46
}

/**
 * Find the person mentions in a sentence.
 *
 * @param text Text the tokens index.
 * @param tokens Tokens.
 * @param table People table.
 * @param countries Country table.
 * @returns Mentions in order.
 */
export function findPeople(text: string, tokens: readonly Token[], table: PeopleTable, countries: CountryTable): PersonMention[] {
  const mentions: PersonMention[] = []
  const memo: CountryMemo = new Array<CountryMatch | null | undefined>(tokens.length)
  // A mention needs a head, a style or a title abbreviation at or after its start (its title,
  // its rank, or the title after its name): none starts past the last of them. Measured on the
  // corpus: 197 of 363 sentences have none, and 70% of the openers come after the last one.
  let stop = tokens.length
  // (~3% of a sentence's analysis went to hashing every token here: test its first code unit first.)
  while (stop > 0) {
    const text = tokens[stop - 1]?.text ?? ''
    const code = text.charCodeAt(0)
    if ((code < 128 ? table.anchorStarts[code] === true : table.anchorStartsOther) && table.anchors.has(text)) break
    stop--
  }
  let index = 0
  while (index < stop) {
    // Mentions open with a capitalized word or "the": skip the rest cheaply (most tokens).
    const opener = tokens[index]?.text ?? ''
    if (opener !== 'the' && !isCapitalized(opener)) {
      index++
      continue
    }
    const mention = readMention(text, tokens, index, table, countries, memo)
    if (mention) {
      mentions.push(mention)
      index = Math.max(mention.last, index + 1)
    } else {
      index++
    }
  }
  // Coordinated mentions share a country: "ROK Vice Foreign Minister Cho and Vice Defense Minister Shin".
  for (let position = 0; position < mentions.length; position++) {
    const mention = mentions[position]
    if (!mention || mention.country) continue
    const before = mentions[position - 1]
    const after = mentions[position + 1]
    const joined = (a: PersonMention, b: PersonMention) =>
      tokens.slice(a.last, b.first).every((token) => token.text === 'and' || token.text === ',')
    const head = (person: PersonMention) => person.title?.split(' ').filter((word) => table.heads.has(word)).pop()
    if (before?.country && before.countrySource === 'qualifier' && joined(before, mention) && head(before) !== undefined && head(before) === head(mention)) {
      mention.country = before.country
      mention.countrySource = 'context'
    } else if (after?.country && after.countrySource === 'of' && joined(mention, after) && head(after) !== undefined && head(after) === head(mention)) {
      // "Vice Foreign Minister Cho and Vice Defense Minister Shin of the Republic of Korea"
      mention.country = after.country
      mention.countrySource = 'context'
    }
  }
  return mentions
}

/**
 * Read one mention at `index`.
 *
 * @param text Text.
 * @param tokens Tokens.
 * @param index Start.
 * @param table Table.
 * @param countries Countries.
 * @returns Mention.
 */
function readMention(
  text: string,
  tokens: readonly Token[],
  index: number,
  table: PeopleTable,
  countries: CountryTable,
  memo: CountryMemo
): PersonMention | undefined {
  let cursor = index
  let country: string | undefined
  let countrySource: PersonMention['countrySource']
  const first = index
  // "HMS Queen Elizabeth", "USS Ronald Reagan": ships, not people.
  if (shipPrefixes.has(tokens[index - 1]?.text ?? '')) return undefined
  if (tokens[cursor]?.text === 'the' || tokens[cursor]?.text === 'The') cursor++
  const qualifier = countryAt(tokens, cursor, countries, memo)
  let rank: string | undefined
  let titleStart = cursor
  if (qualifier) {
    const afterQualifier = cursor + qualifier.length
    const next = tokens[afterQualifier]?.text ?? ''
    if (table.heads.has(next) || table.modifiers.has(next) || matchStyle(tokens, afterQualifier, table) || table.abbreviations.has(next)) {
      country = qualifier.code
      countrySource = 'qualifier'
      cursor = afterQualifier
      titleStart = cursor
    }
  }
  const styleCursor = cursor
  const styleFound = matchStyle(tokens, cursor, table)
  let style = styleFound
  if (style && !style.military) {
    rank = style.text
    cursor += style.length
    style = undefined
  }
  // Ranks that are also heads ("General") are read as ranks only before a name.
  let title: string | undefined
  let titleEnd = readTitle(tokens, cursor, table, countries, memo)
  const abbreviation = tokens[cursor]?.text ?? ''
  if (titleEnd === undefined && table.abbreviations.has(abbreviation) && /^\p{Lu}/u.test(tokens[cursor + 1]?.text ?? '')) {
    title = table.abbreviations.get(abbreviation)
    titleEnd = cursor + 1
  } else if (titleEnd !== undefined) {
    title = slice(text, tokens, cursor, titleEnd)
    titleStart = cursor
  }
  if (titleEnd !== undefined) cursor = titleEnd
  // "... of the People's Republic of China (PRC) Xiong Xuanguo": an acronym between title and name.
  if (title && tokens[cursor]?.text === '(' && tokens[cursor + 2]?.text === ')' && /^\p{Lu}{2,6}$/u.test(tokens[cursor + 1]?.text ?? '')) cursor += 3
  // A military rank alone is a rank, not an office: "Admiral John Aquilino", "General Park".
  if (title && !rank && table.militaryStyles.has(title)) {
    rank = title
    title = undefined
  }
  // "the Prime Minister of Estonia, Kristen Michal, ...": a title, a comma and a full name.
  if (title && tokens[cursor]?.text === ',' && !matchStyle(tokens, cursor + 1, table)) {
    const after = readName(tokens, cursor + 1, table, countries, memo)
    const words = after ? tokens.slice(cursor + 1, after.end).filter((token) => /^\p{L}/u.test(token.text)).length : 0
    const next = after ? tokens[after.end]?.text ?? '' : ''
    if (after && words >= 2 && (next === '' || /^(?:[,.;]|and|at|in|on|to|met|said|discussed|welcomed|for|who|during)$/.test(next))) cursor += 1
  }
  // "His Majesty King Abdullah II", "Minister for Law Mr K Shanmugam".
  const innerStyle = cursor === styleCursor ? styleFound : matchStyle(tokens, cursor, table)
  if (innerStyle && readName(tokens, cursor + innerStyle.length, table, countries, memo)) {
    rank = rank ?? innerStyle.text
    cursor += innerStyle.length
  }
  // "The Minister of Foreign Affairs, ..., M. Nasser Bourita"
  if (title && tokens[cursor]?.text === ',') {
    const styleAfterComma = matchStyle(tokens, cursor + 1, table)
    if (styleAfterComma && readName(tokens, cursor + 1 + styleAfterComma.length, table, countries, memo)) {
      rank = rank ?? styleAfterComma.text
      cursor += 1 + styleAfterComma.length
    }
  }
  if (!title && !rank && style) {
    rank = style.text
    cursor += style.length
  }

  const name = readName(tokens, cursor, table, countries, memo)
  if (!name) return undefined
  const nameStart = cursor
  const nameEnd = name.end
  let last = nameEnd
  let nameWords = 0
  for (let position = nameStart; position < nameEnd; position++) {
    const word = tokens[position]?.text ?? ''
    if (/^\p{L}/u.test(word) && !table.suffixes.has(word)) nameWords++
  }

  if (!title && !rank) {
    // Bare names need an appositive title: "He Lifeng, Vice Premier of the State Council".
    if (nameWords < 2 || name.possessive) return undefined
    if (tokens[nameEnd]?.text !== ',') return undefined
    let appositive = nameEnd + 1
    if (tokens[appositive]?.text === 'the') appositive++
    const appositiveCountry = countryAt(tokens, appositive, countries, memo)
    let appositiveCode: string | undefined
    if (appositiveCountry) {
      appositiveCode = appositiveCountry.code
      appositive += appositiveCountry.length
    }
    const end = readTitle(tokens, appositive, table, countries, memo)
    if (end === undefined) return undefined
    title = slice(text, tokens, appositive, end)
    titleStart = appositive
    titleEnd = end
    if (!country && appositiveCode) {
      country = appositiveCode
      countrySource = 'qualifier'
    }
    last = end
  } else if (!title && tokens[nameEnd]?.text === ',' && !name.possessive) {
    // "Mr Pang Kin Keong, Permanent Secretary (Law)"
    let appositive = nameEnd + 1
    if (tokens[appositive]?.text === 'the') appositive++
    const appositiveCountry = countryAt(tokens, appositive, countries, memo)
    if (appositiveCountry) appositive += appositiveCountry.length
    const end = readTitle(tokens, appositive, table, countries, memo)
    if (end !== undefined) {
      title = slice(text, tokens, appositive, end)
      titleStart = appositive
      titleEnd = end
      if (!country && appositiveCountry) {
        country = appositiveCountry.code
        countrySource = 'qualifier'
      }
      last = end
    }
  }
  if (nameStart === titleStart && title === undefined && rank === undefined) return undefined

  // "... of Australia", "... of the Republic of Korea"
  if (!name.possessive && tokens[nameEnd]?.text === 'of') {
    let after = nameEnd + 1
    if (tokens[after]?.text === 'the') after++
    const of = countryAt(tokens, after, countries, memo)
    if (of && !of.demonym) {
      if (!country) {
        country = of.code
        countrySource = 'of'
      }
      last = Math.max(last, after + of.length)
    }
  }
  // "his Australian counterpart, Deputy Prime Minister Richard Marles"
  if (!country && tokens[first - 1]?.text === ',' && /^counterparts?$/i.test(tokens[first - 2]?.text ?? '')) {
    const demonym = countryAt(tokens, first - 3, countries, memo)
    if (demonym && first - 3 + demonym.length === first - 2) {
      country = demonym.code
      countrySource = 'context'
    }
  }
  // "Japan was represented by Prime Minister Ishiba Shigeru"
  if (!country && tokens[first - 1]?.text === 'by' && tokens[first - 2]?.text === 'represented' && /^(?:was|were)$/.test(tokens[first - 3]?.text ?? '')) {
    for (let back = first - 4; back >= Math.max(0, first - 10); back--) {
      const found = countryAt(tokens, back, countries, memo)
      if (found && back + found.length === first - 3) {
        country = found.code
        countrySource = 'context'
        break
      }
    }
  }
  // "... led the U.S. delegation"
  if (!country && tokens[last]?.text === 'led' && tokens[last + 1]?.text === 'the') {
    const led = countryAt(tokens, last + 2, countries, memo)
    if (led) {
      country = led.code
      countrySource = 'context'
    }
  }
  // Title domains that end in a country: "President of the Law Society of Singapore".
  if (!country && title && titleEnd !== undefined) {
    for (let position = titleStart; position < titleEnd; position++) {
      const found = countryAt(tokens, position, countries, memo)
      if (found && !found.demonym && tokens[position - 1]?.text !== 'to' && (tokens[position - 1]?.text === 'of' || tokens[position - 1]?.text === 'the')) {
        country = found.code
        countrySource = 'title'
        break
      }
    }
    // A demonym inside the title: "... and Moroccan Expatriates".
    for (let position = titleStart; position < titleEnd && !country; position++) {
      const found = countryAt(tokens, position, countries, memo)
      if (found?.demonym) {
        country = found.code
        countrySource = 'title'
      }
    }
  }

  // "Minister for Foreign Affairs of Australia": the country, not part of the office.
  if (title) {
    // The leftmost " of " whose tail is exactly a country: "... Affairs of the Kingdom of Thailand".
    // Titles are whitespace-collapsed: single spaces.
    for (const match of title.matchAll(/ of (?:the )?/g)) {
      const head = title.slice(0, match.index ?? 0)
      const code = matchCountryText(title.slice((match.index ?? 0) + match[0].length), countries)
      if (!code) continue
      if (/\b(?:Society|Council|Assembly|Parliament|Court|Bank|Association|Union|Academy|Institute|University|Commission|Committee|Ministry|Department|Office|Agency|Board|Party|Government)$/.test(head)) break
      title = head
      if (!country) {
        country = code
        countrySource = 'title'
      }
      break
    }
  }
  const start = tokens[nameStart]?.start ?? 0
  let end = tokens[nameEnd - 1]?.end ?? start
  let nameText = text.slice(start, end)
  if (name.possessive) {
    nameText = nameText.replace(/['’]s?$/, '')
    end = start + nameText.length
  }
  return {
    name: nameText,
    title,
    rank,
    country,
    countrySource,
    first,
    last: Math.max(last, nameEnd),
    nameStart,
    nameEnd,
    start,
    end,
    short: nameWords === 1
  }
}

/**
 * The code of a text that is exactly a country name.
 *
 * @param text Text.
 * @param countries Country table.
 * @returns Code.
 */
function matchCountryText(text: string, countries: CountryTable): string | undefined {
  const tokens = tokenize(text)
  const found = matchCountry(tokens, 0, countries)
  return found && !found.demonym && found.length === tokens.length ? found.code : undefined
}

/**
 * Slice the text of a token span.
 *
 * @param text Text.
 * @param tokens Tokens.
 * @param from First token.
 * @param to End token.
 * @returns Text.
 */
function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  const start = tokens[from]?.start ?? 0
  const end = tokens[to - 1]?.end ?? start
  return text.slice(start, end)
}
