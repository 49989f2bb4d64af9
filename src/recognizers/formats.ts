import {defineFormat} from '../recognize/define.js'

const readoutTitle =
  /\breadout\b|\b(?:meeting|call|conversation|talks|phone call|bilateral meeting|trilateral meeting|visit|meet)s? (?:with|between)\b|['’]s (?:trilateral |bilateral |virtual )?(?:meeting|call)\b/i

/** Communiqués: "Communiqué" in the title. */
export const communiqueFormat = defineFormat({
  name: 'factsheet:communique',
  kind: 'communique',
  // The substring test spares compiling the /iu regex (0.5 ms, cold) for most titles.
  detect: ({title}) => ((title ?? '').toLowerCase().includes('communiqu') && /\bcommuniqu[eé]s?(?!\p{L})/iu.test(title ?? '') ? 1 : 0)
})

/** Fact sheets and joint fact sheets. */
export const factSheetFormat = defineFormat({
  name: 'factsheet:fact-sheet',
  kind: 'fact-sheet',
  detect: ({title, text}) =>
    /\bfact ?sheet\b/i.test(title ?? '') ? 0.95 : /^\s*(?:joint )?fact sheet\b/i.test(text.slice(0, 300)) ? 0.6 : 0
})

/** Joint statements, joint declarations and leaders' statements. */
export const jointStatementFormat = defineFormat({
  name: 'factsheet:joint-statement',
  kind: 'joint-statement',
  detect({title, text}) {
    const value = title ?? ''
    const lower = value.toLowerCase()
    // Both title tests need one of these words (a substring test spares compiling them, cold).
    const titled = lower.includes('statement') || lower.includes('declaration')
    if (titled && /\bjoint (?:statement|declaration)\b|\bleaders['’]? (?:joint )?statement\b|\bjoint (?:press )?statement\b/i.test(value)) return 0.9
    if (titled && /\bstatement\b|\bdeclaration\b/i.test(value) && /\b(?:joint|presidential|leaders|ministers)\b/i.test(value)) return 0.85
    // `[nt] text` first: a plain case-insensitive scan of the whole body, ~6x faster than the alternation (~0.2% of a parse).
    if (/[nt] text/i.test(text) && /\b(?:begin|start) text\b/i.test(text) && /\bjoint statement\b/i.test(text.slice(0, 1500))) return 0.7
    return 0
  }
})

/** Readouts of meetings and calls. */
export const readoutFormat = defineFormat({
  name: 'factsheet:readout',
  kind: 'readout',
  detect({title, text}) {
    const value = title ?? ''
    const lower = value.toLowerCase()
    if (lower.includes('readout') && /\breadout\b/i.test(value)) return 0.9
    // Substring tests first: readoutTitle costs 1 ms to compile and run once, cold. (Its
    // "readout" branch is the test above; the others need "with", "between" or "'s ".)
    if ((lower.includes('with') || lower.includes('between') || lower.includes("'s ") || lower.includes('’s ')) && readoutTitle.test(value)) return 0.8
    // "Foreign Secretary meets Indian External Affairs Minister" (but "X calls on Y" is a visit notice).
    const meets = value.includes('met ') || value.includes('meets ') || value.includes('speaks ') || value.includes('spoke ')
    if (meets && /\b(?:meets|met|speaks|spoke) (?:with |to |by phone |virtually )?(?:the )?\p{Lu}/u.test(value)) return 0.7
    // Both phrases have "following": that scan is ~8x faster than the alternation.
    const head = text.slice(0, 1500)
    if (/following/i.test(head) && /\bprovided the following readout\b|\bfollowing is attributable to\b/i.test(head)) return 0.6
    return 0
  }
})

/** Press releases and media notes of ministries. */
export const pressReleaseFormat = defineFormat({
  name: 'factsheet:press-release',
  kind: 'press-release',
  detect({text}) {
    if (/\bPosted in\b|\bMedia Note\b|\bPress Release\b|\bOffice of the Spokesperson\b/i.test(text.slice(0, 2000))) return 0.5
    return 0.3
  }
})

/** The built-in formats, most specific first. */
export const defaultFormats = Object.freeze([communiqueFormat, factSheetFormat, jointStatementFormat, readoutFormat, pressReleaseFormat])
