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
    const bar: Partial<Record<keyof typeof scores, number>> = {
      kind: 0.97,
      published: 0.97,
      meetingDate: 0.9,
      location: 0.85,
      participantF1: 0.92,
      titleAcc: 0.92,
      countryAcc: 0.92,
      roleAcc: 0.9,
      outcomeF1: 0.92,
      verbAcc: 0.85,
      sectionAcc: 0.9
    }
    for (const [name, minimum] of Object.entries(bar)) {
      expect([name, scores[name as keyof typeof scores]]).toEqual([name, expect.any(Number)])
      expect(scores[name as keyof typeof scores], name).toBeGreaterThanOrEqual(minimum ?? 0)
    }
  })
})
