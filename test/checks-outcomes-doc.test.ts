/**
 * `docs/outcomes.md` carries two tables generated from the action lexicon
 * (`src/lexicons/verbs.ts`). This test fails when they drift apart;
 * `UPDATE=1 npx vitest run test/checks-outcomes-doc.test.ts` rewrites them
 * (review the diff before committing).
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {compileVerbs} from '../src/extract/verbs.js'
import {actions} from '../src/lexicons/verbs.js'
import {defaultLexicons} from '../src/index.js'
import type {ActionEntry} from '../src/index.js'

const doc = new URL('../docs/outcomes.md', import.meta.url)

/**
 * The table of kinds: kind → CAMEO code and name → verbs.
 *
 * @param entries Action lexicon.
 * @returns Markdown.
 */
function renderKinds(entries: readonly ActionEntry[]): string {
  const rows = entries.map((entry) => `| \`${entry.kind}\` | ${entry.cameo} | ${entry.label} | ${[...new Set(entry.verbs)].join(', ')} |`)
  return ['| `kind` | CAMEO | CAMEO name | verbs (base forms) |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

/**
 * The table of verbs that count under another kind than one they are listed
 * under: the first entry that lists a verb (or a phrasal verb that starts
 * with it) wins.
 *
 * @param entries Action lexicon.
 * @returns Markdown.
 */
function renderShadowed(entries: readonly ActionEntry[]): string {
  const table = compileVerbs({...defaultLexicons, actions: entries})
  const rows: string[] = []
  for (const entry of entries) {
    for (const verb of new Set(entry.verbs)) {
      const effective = table.actions.get(verb)
      if (!effective || effective.kind === entry.kind) continue
      rows.push(`| ${verb} | \`${entry.kind}\` (${entry.cameo}) | \`${effective.kind}\` (${effective.cameo}) |`)
    }
  }
  for (const entry of entries) {
    for (const verb of entry.verbs) {
      const head = verb.split(' ')[0] ?? verb
      if (head === verb || entries.some((other) => other.verbs.includes(head))) continue
      const effective = table.actions.get(head)
      if (effective) rows.push(`| ${head} (alone, from “${verb}”) | none | \`${effective.kind}\` (${effective.cameo}) |`)
    }
  }
  return ['| verb | also listed under | counts as |', '| --- | --- | --- |', ...new Set(rows)].join('\n')
}

/**
 * Replace the text between `<!-- name:start -->` and `<!-- name:end -->`.
 *
 * @param text Document.
 * @param name Marker name.
 * @param content New content.
 * @returns Document.
 */
function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start (generated from src/lexicons/verbs.ts; UPDATE=1 npx vitest run test/checks-outcomes-doc.test.ts) -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error('Cannot find the `' + name + '` markers in docs/outcomes.md')
  return text.slice(0, from + start.length) + '\n\n' + content + '\n\n' + text.slice(to)
}

describe('docs/outcomes.md', () => {
  it('should list every kind, CAMEO code and verb of the action lexicon', () => {
    const current = readFileSync(doc, 'utf8')
    const generated = replaceBetween(replaceBetween(current, 'kinds', renderKinds(actions)), 'shadowed', renderShadowed(actions))
    if (process.env['UPDATE'] && generated !== current) writeFileSync(doc, generated)
    expect(current).toBe(generated)
  })

  it('should name every CAMEO code it uses with its codebook name', () => {
    // CAMEO 1.1b3 (Schrodt 2012); codes ending in 0 are the root's "…, not specified below",
    // for which the lexicon gives the root's short name.
    const codebook: Record<string, string> = {
      '010': 'Make public statement',
      '012': 'Make pessimistic comment',
      '020': 'Make an appeal or request',
      '030': 'Express intent to cooperate',
      '036': 'Express intent to meet or negotiate',
      '040': 'Consult',
      '046': 'Engage in negotiation',
      '051': 'Praise or endorse',
      '057': 'Sign formal agreement',
      '070': 'Provide aid',
      '100': 'Demand',
      '111': 'Criticize or denounce',
      '112': 'Accuse',
      '120': 'Reject',
      '130': 'Threaten'
    }
    for (const entry of actions) expect(entry.label, entry.kind).toBe(codebook[entry.cameo])
  })
})
