import type {Modality} from '../models/types.js'
import type {Lexicons} from '../lexicons/index.js'
import {isCapitalized, isWordToken, type Token} from './tokens.js'

/** Grammatical form of a verb token. */
export type VerbForm = 'base' | 'past' | 'third' | 'gerund'

/** A verb lookup table compiled once per lexicon set. */
export interface VerbTable {
  /** Form (lower case) → base and form. */
  readonly forms: ReadonlyMap<string, {base: string; form: VerbForm}>
  /** Base → kind and CAMEO code. */
  readonly actions: ReadonlyMap<string, {kind: string; cameo: string}>
  /** Bases that only establish a meeting. */
  readonly establishing: ReadonlySet<string>
  /** Bases of saying. */
  readonly quotation: ReadonlySet<string>
  /** Auxiliaries. */
  readonly auxiliaries: ReadonlyMap<string, string>
  /** Adverbs kept as modifiers. */
  readonly adverbs: ReadonlySet<string>
  /** Copular bases. */
  readonly copulas: ReadonlySet<string>
  /** Bases of intent. */
  readonly intent: ReadonlySet<string>
}

const doubling = new Set([
  'commit', 'plan', 'admit', 'permit', 'refer', 'prefer', 'regret', 'occur', 'control', 'equip', 'submit',
  'transmit', 'stop', 'ship', 'step', 'scrap', 'abet', 'compel', 'propel', 'expel', 'rebut', 'deter',
  'confer', 'transfer', 'omit', 'emit', 'outfit', 'kidnap', 'worship', 'format', 'input', 'target'
])
const noDouble = new Set(['target', 'format', 'input'])
const otherVerbs = [
  'see', 'make', 'know', 'think', 'find', 'use', 'put', 'keep', 'let', 'begin', 'seem', 'turn', 'move',
  'live', 'believe', 'happen', 'understand', 'learn', 'change', 'lead', 'stand', 'lose', 'remain', 'serve',
  'set', 'pass', 'add', 'allow', 'become', 'win', 'expect', 'recommend', 'vote', 'mark', 'cite', 'demonstrate',
  'achieve', 'attract', 'benefit', 'span', 'cement', 'play', 'accompany', 'return', 'depart', 'conduct',
  'organize', 'organise', 'commemorate', 'come', 'go', 'say', 'tell', 'write', 'quip', 'kick', 'identify',
  'locate', 'execute', 'cover', 'feature', 'include', 'contain', 'involve', 'represent', 'affirm', 'hold',
  'shape', 'define', 'determine', 'govern', 'guide', 'inform', 'instruct', 'direct', 'task', 'charge',
  'reach', 'resume', 'restore', 'rebuild', 'resolve', 'recover', 'withdraw', 'halt', 'cease', 'end',
  'finish', 'complete', 'hand', 'transfer', 'seize', 'search', 'exchange', 'lay', 'mark', 'witness', 'thank'
]

/**
 * Inflect a base form.
 *
 * @param base Base form (one word).
 * @returns Past, third-person and gerund forms.
 */
export function inflect(base: string): {past: string; third: string; gerund: string} {
  const double = doubling.has(base) && !noDouble.has(base)
  const last = base.charAt(base.length - 1)
  // By code unit, not `/[^aeiou]y$/` and `/(?:[sxz]|ch|sh)$/`: it runs ~400 times as a parser is made.
  const before = base.charAt(base.length - 2)
  const consonantY = last === 'y' && base.length >= 2 && before !== 'a' && before !== 'e' && before !== 'i' && before !== 'o' && before !== 'u'
  const sibilant = last === 's' || last === 'x' || last === 'z' || ((last === 'h' && before === 'c') || (last === 'h' && before === 's'))
  const past = base.endsWith('e')
    ? base + 'd'
    : consonantY
      ? base.slice(0, -1) + 'ied'
      : double
        ? base + last + 'ed'
        : base + 'ed'
  const third = sibilant ? base + 'es' : consonantY ? base.slice(0, -1) + 'ies' : base + 's'
  const gerund = base.endsWith('ie')
    ? base.slice(0, -2) + 'ying'
    : base.endsWith('e') && !base.endsWith('ee') && base.length > 2
      ? base.slice(0, -1) + 'ing'
      : double
        ? base + last + 'ing'
        : base + 'ing'
  return {past, third, gerund}
}

/**
 * Compile the verb lexicons into lookup tables (once per parser).
 *
 * @param lexicons Lexicons.
 * @returns Tables.
 */
export function compileVerbs(lexicons: Pick<Lexicons, 'actions' | 'establishingVerbs' | 'quotationVerbs' | 'irregularForms' | 'auxiliaries' | 'adverbs' | 'copulas' | 'intentVerbs'>): VerbTable {
  const forms = new Map<string, {base: string; form: VerbForm}>()
  const actions = new Map<string, {kind: string; cameo: string}>()
  // Heads already added have every form in the table (a third of the ~400 calls repeat one).
  const added = new Set<string>()
  const add = (base: string) => {
    const space = base.indexOf(' ')
    const head = space < 0 ? base : base.slice(0, space)
    if (added.has(head)) return
    added.add(head)
    if (!forms.has(head)) forms.set(head, {base: head, form: 'base'})
    const {past, third, gerund} = inflect(head)
    if (!forms.has(past)) forms.set(past, {base: head, form: 'past'})
    if (!forms.has(third)) forms.set(third, {base: head, form: 'third'})
    if (!forms.has(gerund)) forms.set(gerund, {base: head, form: 'gerund'})
  }
  for (const entry of lexicons.actions) {
    for (const verb of entry.verbs) {
      if (!actions.has(verb)) actions.set(verb, {kind: entry.kind, cameo: entry.cameo})
      add(verb)
    }
  }
  for (const verb of [...lexicons.establishingVerbs, ...lexicons.quotationVerbs, ...otherVerbs, ...lexicons.copulas, ...lexicons.intentVerbs]) add(verb)
  for (const [form, base] of Object.entries(lexicons.irregularForms)) {
    if (!form.includes(' ')) forms.set(form, {base, form: 'past'})
  }
  return {
    forms,
    actions,
    establishing: new Set(lexicons.establishingVerbs),
    quotation: new Set(lexicons.quotationVerbs),
    auxiliaries: new Map(Object.entries(lexicons.auxiliaries)),
    adverbs: new Set(lexicons.adverbs),
    copulas: new Set(lexicons.copulas),
    intent: new Set(lexicons.intentVerbs)
  }
}

/** The verb phrase found in a clause. */
export interface VerbPhrase {
  /** Index of the main verb token. */
  index: number
  /** The verb as written, lower case ("set up" for phrasal verbs). */
  verb: string
  /** Base form. */
  base: string
  /** Form. */
  form: VerbForm
  /** Every coordinated main verb, as written. */
  verbs: string[]
  /** Bases of `verbs`. */
  bases: string[]
  /** Modality. */
  modality: Modality
  /** Adverbs before or between the verbs. */
  modifiers: string[]
  /** Whether a form of "be" came right before a participle ("are committed"). */
  copular: boolean
  /** Whether the clause is copular with no participle ("are united"). */
  stative: boolean
}

const determiners = new Set([
  'the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this', 'these', 'those', 'that', 'of', 'for', 'in',
  'on', 'with', 'to', 'by', 'from', 'at', 'as', 'into', 'and', 'or', 'such', 'any', 'all', 'each', 'every',
  'no', 'more', 'most', 'well', 'newly', 'jointly-', 'new', 'between', 'among', 'including', 'under',
  'through', 'about', 'against', 'toward', 'towards', 'whose', 'which', 'who', 'your', 'my', 'mutually',
  'recently', 'long', 'so-called', 'highly', 'closely', 'increasingly', 'mutual', 'both', 'other'
])
const pluralSubjects = new Set([
  'we', 'they', 'you', 'i', 'parties', 'sides', 'countries', 'leaders', 'delegations', 'governments',
  'ministers', 'officials', 'nations', 'partners', 'states', 'participants', 'co-chairs', 'principals',
  'secretaries', 'allies', 'members', 'counterparts', 'representatives', 'teams', 'presidents', 'two',
  'three', 'four', 'both', 'together', 'also', 'further', 'jointly'
])
const unknownPastBlock = new Set([
  'united', 'based', 'related', 'shared', 'advanced', 'limited', 'detailed', 'dedicated', 'committed',
  'concerned', 'interested', 'focused', 'sustained', 'unprecedented', 'increased', 'enhanced', 'expanded',
  'continued', 'renewed', 'improved', 'integrated', 'coordinated', 'armed', 'need', 'speed', 'seed',
  'feed', 'deed', 'creed', 'bred', 'red', 'bed', 'med', 'led', 'hundred', 'proceed', 'exceed', 'succeed',
  'indeed', 'naked', 'wicked', 'sacred', 'kindred'
])

/** Options of {@link findVerb}. */
export interface FindVerbOptions {
  /** Whether the clause is a list item (gerunds and imperatives may open it). */
  item?: boolean
  /** Token index where the clause starts (default 0); the phrase's `index` counts from the first token. */
  from?: number
}

/**
 * Find the first main verb of a clause, with its coordinated verbs, modality
 * and modifiers.
 *
 * @param tokens Tokens of the sentence (the clause runs from `options.from` to the end).
 * @param table Verb tables.
 * @param options Options (optional).
 * @returns The verb phrase, or `undefined` when the clause has no verb.
 */
export function findVerb(tokens: readonly Token[], table: VerbTable, options: FindVerbOptions = {}): VerbPhrase | undefined {
  // The clause is read in place from `from` (~2% of a sentence's analysis went to copying it):
  // `at` counts from the clause start as the rules do, `index` is the token's own.
  const from = options.from ?? 0
  const item = options.item === true
  let modality: Modality = 'done'
  const modifiers: string[] = []
  let auxiliary: string | undefined
  let copula = false
  let depth = 0
  let previous = ''

  for (let index = from; index < tokens.length; index++) {
    const at = index - from
    const raw = tokens[index]?.text ?? ''
    if (raw === '(') depth++
    if (raw === ')') depth = Math.max(0, depth - 1)
    if (depth > 0 || raw === ')') continue
    const lower = raw.toLowerCase()
    // A capitalized word past the start of the clause is a name, not a verb.
    const capitalized = at > 0 && isCapitalized(raw)

    const aux = capitalized ? undefined : table.auxiliaries.get(lower)
    if (aux !== undefined) {
      if (aux === 'future') modality = 'future'
      else if (aux === 'intent' && modality === 'done') modality = 'intent'
      else if (aux === 'copula') copula = true
      auxiliary = lower
      previous = lower
      continue
    }
    if (!capitalized && (lower === 'not' || lower === 'never' || lower === "n't")) {
      modality = 'negated'
      previous = lower
      continue
    }
    if (((!capitalized && table.adverbs.has(lower)) || (at === 0 && table.adverbs.has(lower))) && !table.forms.has(lower) || (!capitalized && lower.endsWith('ly') && lower.length > 4 && !table.forms.has(lower))) {
      // "Both sides", "All parties": determiners of the subject, not modifiers of the action.
      if (!(at === 0 && /^(?:both|all|each|together|also|further)$/.test(lower))) modifiers.push(lower)
      // "strongly and unequivocally condemned": the "and" joins adverbs, not a new subject.
      if (tokens[index + 1]?.text === 'and' || tokens[index + 1]?.text === ',') index++
      continue
    }

    let entry = capitalized && !(at === 0) ? undefined : lookup(lower, table)
    if (!entry && at === 0 && item && /^[a-z]{3,}ing$/.test(lower)) entry = {base: lower.slice(0, -3), form: 'gerund'}
    // After a modal, any plain word is the verb ("will assist", "will redouble").
    if (!entry && !capitalized && (auxiliary === 'will' || auxiliary === 'shall' || auxiliary === 'would' || table.auxiliaries.get(auxiliary ?? '') === 'intent') && /^[a-z]{3,}$/.test(raw)) entry = {base: lower, form: 'base'}
    // A list item opening with a plain word and an article is an imperative ("design an implementation plan").
    if (!entry && at === 0 && item && /^[a-z]{3,}$/i.test(raw) && /^(?:a|an|the|our|their|its|new|joint)$/.test(tokens[index + 1]?.text ?? '')) entry = {base: lower, form: 'base'}
    // A word followed by an auxiliary is the subject's noun ("Quad partners will ...").
    // (The next word is lower-cased only here: doing it for every token cost ~3% of the analysis.)
    if (entry && at > 0 && auxiliary === undefined && (entry.form === 'third' || entry.form === 'base') && table.auxiliaries.has(tokens[index + 1]?.text.toLowerCase() ?? '')) entry = undefined
    if (entry) {
      const {base, form} = entry
      let accept = false
      if (auxiliary !== undefined) {
        // After "be", only participles: "was present" is a state, "was signed" a passive.
        accept = copula && table.auxiliaries.get(auxiliary) === 'copula' ? form === 'past' || form === 'gerund' : form === 'base' || form === 'past' || form === 'gerund'
      } else if (form === 'past') {
        accept = !determiners.has(previous) || at === 0
        // ", co-chaired by ..., will be set up": a participle after a comma modifies the subject.
        if (accept && previous === ',' && tokens.slice(index + 1, index + 30).some((token) => table.auxiliaries.has(token.text.toLowerCase()))) accept = false
        // "the delegations, led by X, co-chaired": a participle with an agent modifies the subject.
        if (accept && at > 0 && tokens[index + 1]?.text === 'by' && /^\p{Lu}/u.test(tokens[index + 2]?.text ?? '')) accept = false
      } else if (form === 'third') {
        // "This includes ...": a demonstrative before a verb is its subject.
        accept = at > 0 && (!determiners.has(previous) || /^(?:this|that|these|those)$/.test(previous))
      } else if (form === 'base') {
        // "The Parties commit", "The United States and Singapore look forward".
        const coordinated = at > 0 && isCapitalized(tokens[index - 1]?.text ?? '') && tokens.slice(from, index).some((token) => token.text === 'and')
        accept = (at === 0 && item) || pluralSubjects.has(previous) || coordinated || (/^[a-z]+[^s]s$/.test(previous) && at > 1)
      } else if (form === 'gerund') {
        accept = at === 0 && item
      }
      if (accept) {
        // "remain committed", "continue to": the copular or aspectual verb gives way.
        if (table.copulas.has(base)) {
          const next = tokens[index + 1]?.text.toLowerCase() ?? ''
          const nextEntry = lookup(next, table)
          if (nextEntry?.form === 'past') {
            return phrase(tokens, index + 1, nextEntry.base, nextEntry.form, modality, modifiers, true, false, table)
          }
          return phrase(tokens, index, base, form, modality, modifiers, false, true, table)
        }
        return phrase(tokens, index, base, form, modality, modifiers, copula && form === 'past', false, table)
      }
    }
    if (copula) {
      // "are united", "is an integral part": a state.
      return phrase(tokens, index - 1, 'be', 'base', modality, modifiers, false, true, table)
    }
    // Commas and dashes between an auxiliary and its verb keep it: "We will, therefore, collaborate".
    if (isWordToken(raw)) auxiliary = undefined
    previous = lower
  }
  return undefined
}

/**
 * Look up a verb form, with a fallback for unknown regular past forms.
 *
 * @param lower Lower-case token.
 * @param table Tables.
 * @returns Base and form.
 */
export function lookup(lower: string, table: VerbTable): {base: string; form: VerbForm} | undefined {
  const known = table.forms.get(lower)
  if (known) return known
  if (lower.length > 5 && lower.endsWith('ed') && /^[a-z-]+$/.test(lower) && !unknownPastBlock.has(lower)) {
    return {base: lower.slice(0, -2), form: 'past'}
  }
  return undefined
}

/**
 * Build the verb phrase and collect coordinated verbs.
 *
 * @param tokens Tokens.
 * @param index Main verb index.
 * @param base Base.
 * @param form Form.
 * @param modality Modality.
 * @param modifiers Modifiers.
 * @param copular Copula + participle.
 * @param stative State only.
 * @param table Tables.
 * @returns Phrase.
 */
function phrase(
  tokens: readonly Token[],
  index: number,
  base: string,
  form: VerbForm,
  modality: Modality,
  modifiers: string[],
  copular: boolean,
  stative: boolean,
  table: VerbTable
): VerbPhrase {
  let verb = (tokens[index]?.text ?? '').toLowerCase()
  const particle = tokens[index + 1]?.text.toLowerCase()
  let baseOut = base
  if (particle === 'up' && (base === 'set' || base === 'stand' || base === 'step' || base === 'scale' || base === 'build' || base === 'speed')) {
    verb += ' up'
    baseOut = base + ' up'
  }
  if ((particle === 'on' || particle === 'for' || particle === 'upon') && base === 'call') baseOut = 'call ' + particle
  if (particle === 'forward' && base === 'look') baseOut = 'look forward'
  let finalModality = modality
  if (finalModality === 'done' && table.intent.has(base) && tokens[index + 1]?.text === 'to') finalModality = 'intent'

  const verbs = [verb]
  const bases = [baseOut]
  // Coordinated verbs: ", and reaffirmed", "; resolved", "and agreed".
  let depth = 0
  for (let cursor = index + 1; cursor < tokens.length; cursor++) {
    const text = tokens[cursor]?.text ?? ''
    if (text === '(') depth++
    if (text === ')') depth = Math.max(0, depth - 1)
    if (depth > 0) continue
    if (text !== 'and' && text !== ';' && text !== ',') continue
    let next = cursor + 1
    while (next < tokens.length) {
      const word = tokens[next]?.text.toLowerCase() ?? ''
      if (word === 'and' || word === ',' || table.adverbs.has(word) || (word.endsWith('ly') && word.length > 4)) next++
      else break
    }
    const candidate = tokens[next]
    if (!candidate || /^\p{Lu}/u.test(candidate.text)) continue
    // "the Dialogue, initiated on June 11": after a bare comma, a participle with a preposition is a modifier.
    if (text === ',' && tokens[next - 1]?.text === ',' && /^(?:on|in|at|by|from|under|during|with|for|since|through)$/.test(tokens[next + 1]?.text ?? '')) continue
    const entry = lookup(candidate.text.toLowerCase(), table)
    if (entry && entry.form === form && (form === 'past' || form === 'third' || (form === 'base' && modality !== 'done'))) {
      if (!verbs.includes(candidate.text.toLowerCase())) {
        verbs.push(candidate.text.toLowerCase())
        bases.push(entry.base)
      }
      cursor = next
    }
  }
  return {index, verb, base: baseOut, form, verbs, bases, modality: finalModality, modifiers, copular, stative}
}
