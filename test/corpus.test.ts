import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {score, shared} from './helpers/shared.js'

const corpus = join(shared, 'corpus')

describe.skipIf(!existsSync(corpus))('the real-release corpus (../shared/corpus)', () => {
  it('should meet the accuracy bar on the 38 hand-labelled releases', () => {
    const scores = score(join(corpus, 'gold'), join(corpus, 'docs'), join(corpus, 'manifest.json'))
    expect(scores.docs).toBe(38)
    expect(scores.errors).toBe(0)
    // The bar of the accuracy issue (#4); the real-inputs issue (#3) asked for less.
    const bar: Partial<Record<keyof typeof scores, number>> = {
      kind: 0.97,
      published: 0.97,
      meetingDate: 0.95,
      location: 0.9,
      participantF1: 0.95,
      titleAcc: 0.95,
      countryAcc: 0.97,
      roleAcc: 0.9,
      outcomeF1: 0.9,
      verbAcc: 0.95,
      sectionAcc: 0.9
    }
    for (const [name, minimum] of Object.entries(bar)) {
      expect([name, scores[name as keyof typeof scores]]).toEqual([name, expect.any(Number)])
      expect(scores[name as keyof typeof scores], name).toBeGreaterThanOrEqual(minimum ?? 0)
    }
  })
})
