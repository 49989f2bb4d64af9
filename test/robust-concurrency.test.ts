// No shared state: releases parsed interleaved (in shuffled orders, across
// parsers and options, between microtasks, and in worker threads) give the
// same output as when parsed one by one.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {buildSync} from 'esbuild'
import {describe, expect, it} from 'vitest'
import {markdownCategories} from '../scripts/hostile-inputs.mjs'
import {createRandom, htmlRelease, markdownRelease, plainTextRelease, sampleReleases} from '../scripts/release-fragments.mjs'
import {parseHtmlRelease} from '../src/html/index.js'
import {createParser, parseRelease} from '../src/index.js'
import type {ParseOptions} from '../src/index.js'

interface Job {
  format: 'text' | 'markdown' | 'html'
  text: string
  options: ParseOptions
}

const jobs: Job[] = [
  ...sampleReleases().map((sample) => ({format: sample.format, text: sample.text, options: {}})),
  {format: 'markdown', text: markdownRelease(30_000, 3), options: {meta: {published: '2026-03-04T02:00:00Z', timeZone: 'America/New_York'}}},
  {format: 'text', text: plainTextRelease(20_000, 5), options: {referenceDate: '2025-12-31'}},
  {format: 'html', text: htmlRelease(20_000, 9), options: {maxDepth: 2}},
  {format: 'markdown', text: (markdownCategories['nested quote lists per line'] ?? String)(8_000), options: {maxDepth: 3}},
  {format: 'text', text: 'Readout\n\nToday, Minister Haruka Sato spoke with Minister Claire Dubois. Yesterday they agreed to meet.', options: {meta: {published: '2026-01-02'}}},
  {format: 'text', text: 'Readout\n\nToday, Minister Haruka Sato spoke with Minister Claire Dubois. Yesterday they agreed to meet.', options: {meta: {published: '2027-06-30'}}}
]

/**
 * Parse one job.
 *
 * @param job Job.
 * @returns Release as JSON.
 */
function run(job: Job): string {
  return JSON.stringify(job.format === 'html' ? parseHtmlRelease(job.text, job.options) : parseRelease(job.text, {...job.options, format: job.format}))
}

const sequential = jobs.map(run)

describe('no shared state between parses', () => {
  it('should give the same output in any order', () => {
    const random = createRandom(42)
    for (let round = 0; round < 5; round++) {
      const order = jobs.map((_, index) => index).sort(() => random() - 0.5)
      for (const index of order) expect(run(jobs[index] as Job), `job ${index}`).toBe(sequential[index])
    }
  })

  it('should give the same output when parses are interleaved between microtasks and timers', async () => {
    const results = await Promise.all(
      jobs.flatMap((job, index) =>
        [0, 1, 2].map(async (copy) => {
          for (let step = 0; step < (index + copy) % 4; step++) await Promise.resolve()
          if (copy === 2) await new Promise((resolve) => setTimeout(resolve, index % 3))
          return [index, run(job)] as const
        })
      )
    )
    for (const [index, json] of results) expect(json, `job ${index}`).toBe(sequential[index])
  })

  it('should keep parsers with different recognizers and lexicons apart', () => {
    const plain = createParser({recognizers: []})
    const extended = createParser({lexicons: {cities: {Tromso: 'NO'}}})
    const input = jobs[3]?.text ?? ''
    const a = JSON.stringify(plain.parse(input))
    const b = JSON.stringify(extended.parse(input))
    const c = JSON.stringify(parseRelease(input))
    for (let round = 0; round < 3; round++) {
      expect(JSON.stringify(extended.parse(input))).toBe(b)
      expect(JSON.stringify(plain.parse(input))).toBe(a)
      expect(JSON.stringify(parseRelease(input))).toBe(c)
    }
  })

  it('should give the same output in worker threads as in the main thread', async () => {
    // Bundle the entry points for the workers (they cannot load TypeScript).
    const directory = mkdtempSync(path.join(tmpdir(), 'factsheet-workers-'))
    try {
      const entry = path.join(directory, 'entry.ts')
      writeFileSync(
        entry,
        `export {parseRelease} from ${JSON.stringify(path.resolve('src/index.ts'))}\nexport {parseHtmlRelease} from ${JSON.stringify(path.resolve('src/html/index.ts'))}\n`
      )
      const bundle = path.join(directory, 'bundle.mjs')
      buildSync({entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent'})
      const worker = path.join(directory, 'worker.mjs')
      writeFileSync(
        worker,
        `import {parentPort, workerData} from 'node:worker_threads'
import {parseRelease, parseHtmlRelease} from ${JSON.stringify(bundle)}
const results = workerData.jobs.map((job) => JSON.stringify(job.format === 'html' ? parseHtmlRelease(job.text, job.options) : parseRelease(job.text, {...job.options, format: job.format})))
parentPort.postMessage(results)
`
      )
      const halves = [jobs.filter((_, index) => index % 2 === 0), jobs.filter((_, index) => index % 2 === 1)]
      const outputs = await Promise.all(
        halves.map(
          (half) =>
            new Promise<string[]>((resolve, reject) => {
              const thread = new Worker(worker, {workerData: {jobs: half}})
              thread.once('message', resolve)
              thread.once('error', reject)
            })
        )
      )
      expect(outputs[0]).toEqual(sequential.filter((_, index) => index % 2 === 0))
      expect(outputs[1]).toEqual(sequential.filter((_, index) => index % 2 === 1))
    } finally {
      rmSync(directory, {recursive: true, force: true})
    }
  })
})
