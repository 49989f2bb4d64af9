import type {Compiled} from './analyze.js'
import {matchCountry} from './countries.js'
import type {Token} from './tokens.js'

/** A place found in a sentence. */
export interface PlaceMention {
  /** The place as written ("Washington, D.C.", "the White House"). */
  name: string
  /** Venue or event. */
  venue: string | null
  /** City. */
  city: string | null
  /** ISO code. */
  country: string | null
  /** Start index in the text. */
  start: number
  /** End index in the text. */
  end: number
}

const venueHeads =
  /^(?:House|Building|Palace|Hotel|Cent(?:er|re)|Conference|Summit|Pentagon|Hall|Base|Headquarters|Ministry|Embassy|Istana|Kremlin|Residence|Forum|Dialogue|Assembly|Castle|Room|Airport|Port|Complex|Compound|Kantei|Chancellery|Parliament|Capitol|Museum|University|Academy|Court|Station|Camp|Street)$/
const monthWord = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/
const eventHeads = /^(?:Conference|Summit|Forum|Dialogue|Assembly|Meeting|Meetings|Games|Week|Session|Expo|Olympics|Ministerial)$/

/**
 * Read a capitalized phrase at `index` (words, "of", "the", "and", hyphens).
 *
 * @param tokens Tokens.
 * @param index Start.
 * @returns End index (exclusive).
 */
function capitalizedRun(tokens: readonly Token[], index: number): number {
  let cursor = index
  let end = index
  while (cursor < tokens.length && cursor - index < 10) {
    const text = tokens[cursor]?.text ?? ''
    if (/^[\p{Lu}\d]/u.test(text) && text !== 'The' || text === '’s' || text === "'s") {
      cursor++
      end = cursor
      continue
    }
    if (monthWord.test(tokens[cursor + 1]?.text ?? '') || monthWord.test(text)) break
    if ((text === 'of' || text === 'the' || text === 'and' || text === 'for' || text === '-' || text === 'on') && /^\p{Lu}/u.test(tokens[cursor + 1]?.text ?? '')) {
      cursor++
      continue
    }
    break
  }
  return end
}

/**
 * Find the place of a meeting in a sentence: "in Washington, D.C.", "at the
 * White House", "on the margins of the Munich Security Conference".
 *
 * @param text Text.
 * @param tokens Tokens of `text`.
 * @param compiled Lexicon tables.
 * @returns The first place, if any.
 */
export function findPlace(text: string, tokens: readonly Token[], compiled: Compiled): PlaceMention | undefined {
  // A city or venue says more than a country: "a state visit to Viet Nam ... talks in Hanoi".
  let countryOnly: PlaceMention | undefined
  let from = 0
  while (from < tokens.length) {
    const found = firstPlace(text, tokens, compiled, from)
    if (!found) break
    if (found.place.city || found.place.venue) return found.place
    countryOnly ??= found.place
    from = found.next
  }
  return countryOnly
}

/**
 * The first place at or after a token.
 *
 * @param text Text.
 * @param tokens Tokens.
 * @param compiled Tables.
 * @param from First token to look at.
 * @returns The place and the token to go on from.
 */
function firstPlace(text: string, tokens: readonly Token[], compiled: Compiled, from: number): {place: PlaceMention; next: number} | undefined {
  const {cities, regions, venues} = compiled.lexicons
  const slice = (from: number, to: number) => text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0)
  for (let index = from; index < tokens.length; index++) {
    const word = tokens[index]?.text ?? ''
    const lower = word.toLowerCase()
    // "on the margins of", "on the sidelines of"
    if ((lower === 'margins' || lower === 'sidelines' || lower === 'margin') && tokens[index + 1]?.text === 'of') {
      let start = index + 2
      if (/^the$/i.test(tokens[start]?.text ?? '')) start++
      const end = capitalizedRun(tokens, start)
      if (end > start) {
        const name = slice(start, end)
        // "the margins of the G7 summit in Carbis Bay": the city, when the text gives one.
        for (let after = end; after < Math.min(tokens.length, end + 3); after++) {
          if (tokens[after]?.text !== 'in') continue
          const cityEnd = capitalizedRun(tokens, after + 1)
          const city = slice(after + 1, cityEnd)
          if (cities[city]) return {next: index + 1, place: {name: city, venue: name, city, country: cities[city] ?? null, start: tokens[after + 1]?.start ?? 0, end: tokens[cityEnd - 1]?.end ?? 0}}
        }
        let country: string | null = venues[name] ?? venues['the ' + name] ?? null
        for (let position = start; position < end && !country; position++) {
          country = cities[tokens[position]?.text ?? ''] ?? null
        }
        return {next: index + 1, place: {name, venue: name, city: null, country, start: tokens[start]?.start ?? 0, end: tokens[end - 1]?.end ?? 0}}
      }
    }
    // "welcomed X to the White House": a known venue after "to".
    if (lower === 'to' && /^the$/i.test(tokens[index + 1]?.text ?? '')) {
      const start = index + 2
      const end = capitalizedRun(tokens, start)
      if (end > start) {
        const name = slice(index + 1, end)
        const known = venues[name] ?? venues[slice(start, end)]
        if (known !== undefined) return {next: index + 1, place: {name, venue: name, city: null, country: known, start: tokens[index + 1]?.start ?? 0, end: tokens[end - 1]?.end ?? 0}}
      }
    }
    if (lower === 'at') {
      let start = index + 1
      const article = /^the$/i.test(tokens[start]?.text ?? '')
      if (article) start++
      const end = capitalizedRun(tokens, start)
      if (end > start) {
        const bare = slice(start, end)
        const name = article ? slice(start - 1, end) : bare
        const known = venues[name] ?? venues[bare] ?? venues['the ' + bare]
        const head = tokens[end - 1]?.text ?? ''
        if (known !== undefined || venueHeads.test(head)) {
          let country: string | null = known ?? null
          for (let position = start; position < end && !country; position++) {
            country = cities[tokens[position]?.text ?? ''] ?? null
          }
          const event = eventHeads.test(head)
          return {next: index + 1, place: {name, venue: event ? bare : name, city: null, country, start: tokens[start - (article ? 1 : 0)]?.start ?? 0, end: tokens[end - 1]?.end ?? 0}}
        }
      }
    }
    // "visited Seoul", "during her visit to Tokyo", "travel to Seoul"
    const visit = /^(?:visit|visits|visited|visiting|toured)$/.test(lower) || (lower === 'to' && /^(?:visit|visits|trip|travel|travelled|traveled|arrived|arrival|journey)$/i.test(tokens[index - 1]?.text ?? ''))
    if (visit && /^\p{Lu}/u.test(tokens[index + 1]?.text ?? '')) {
      const start = index + 1
      const end = capitalizedRun(tokens, start)
      const name = slice(start, end)
      const country = cities[name] ?? matchCountry(tokens, start, compiled.countries)?.code
      if (country && !compiled.countries.organizations.has(country)) {
        return {next: index + 1, place: {name, venue: null, city: cities[name] ? name : null, country, start: tokens[start]?.start ?? 0, end: tokens[end - 1]?.end ?? 0}}
      }
    }
    if (lower === 'in') {
      const start = index + 1
      if (/^the$/i.test(tokens[start]?.text ?? '')) {
        // "in the Philippines", "in the United States"
        const country = matchCountry(tokens, start + 1, compiled.countries)
        if (country && !country.demonym && !country.possessive && !compiled.countries.organizations.has(country.code)) {
          const end = start + 1 + country.length
          return {next: index + 1, place: {name: slice(start, end), venue: null, city: null, country: country.code, start: tokens[start]?.start ?? 0, end: tokens[end - 1]?.end ?? 0}}
        }
        continue
      }
      let end = capitalizedRun(tokens, start)
      if (end <= start) continue
      // Stop a city run before "and", a comma, or a following capitalized non-place.
      let cityName = slice(start, end)
      let cityCountry = cities[cityName]
      if (!cityCountry) {
        for (let cut = end - 1; cut > start; cut--) {
          const shorter = slice(start, cut)
          if (cities[shorter]) {
            cityName = shorter
            cityCountry = cities[shorter]
            end = cut
            break
          }
        }
      }
      const country = matchCountry(tokens, start, compiled.countries)
      // ", D.C.", ", California", ", Poland"
      let qualifierEnd = end
      let qualifierCountry: string | undefined
      if (tokens[end]?.text === ',') {
        const after = end + 1
        const region = tokens[after]?.text ?? ''
        const regionRun = capitalizedRun(tokens, after)
        const regionName = slice(after, regionRun)
        const regionCountry = regions[region] ?? regions[regionName] ?? matchCountry(tokens, after, compiled.countries)?.code
        if (regionCountry) {
          qualifierEnd = regions[region] ? after + 1 : regionRun
          qualifierCountry = regionCountry
        }
      }
      if (cityCountry || qualifierCountry) {
        return {next: index + 1, place: {
          name: slice(start, qualifierEnd),
          venue: null,
          city: cityCountry || qualifierCountry ? cityName : null,
          country: cityCountry ?? qualifierCountry ?? null,
          start: tokens[start]?.start ?? 0,
          end: tokens[qualifierEnd - 1]?.end ?? 0
        }}
      }
      if (country && !country.demonym && !country.possessive && !compiled.countries.organizations.has(country.code)) {
        const end2 = start + country.length
        return {next: index + 1, place: {name: slice(start, end2), venue: null, city: null, country: country.code, start: tokens[start]?.start ?? 0, end: tokens[end2 - 1]?.end ?? 0}}
      }
    }
  }
  return undefined
}
