// The serverless examples, run as users run them: copied next to a
// node_modules where `factsheet` is this checkout (a symlink, so the exports
// map is exercised), then imported and called with Lambda events and Worker
// Requests. The Worker also runs inside @edge-runtime/vm, bundled as wrangler
// bundles it (browser platform, `worker` condition).
import {execSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {EdgeVM} from '@edge-runtime/vm'
import {build} from 'esbuild'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const release = readFileSync(join(root, 'examples', 'release.txt'), 'utf8')
const html = '<p>Secretary of State Jane Roe met today with Foreign Minister John Doe of Iceland in Reykjavik &amp; discussed Arctic cooperation.</p>'

type Release = {schemaVersion: number; kind: string; published: string | null; meetings: unknown[]; participants: Array<{name: string}>}
type Handler = (event: unknown) => Promise<any>
type Worker = {
  fetch(request: Request): Promise<Response>
  queue(batch: unknown, env: unknown): Promise<void>
}

let directory: string
let handler: Handler
let worker: Worker
let core: {parseRelease: (text: string, options?: object) => Release}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'html.js'))) {
    execSync('npm run build', {cwd: root, stdio: 'inherit'})
  }
  directory = mkdtempSync(join(tmpdir(), 'factsheet-examples-'))
  mkdirSync(join(directory, 'node_modules'))
  symlinkSync(root, join(directory, 'node_modules', 'factsheet'), 'dir')
  copyFileSync(join(root, 'examples', 'aws-lambda', 'handler.mjs'), join(directory, 'handler.mjs'))
  copyFileSync(join(root, 'examples', 'cloudflare-worker', 'worker.mjs'), join(directory, 'worker.mjs'))
  handler = ((await import(pathToFileURL(join(directory, 'handler.mjs')).href)) as {handler: Handler}).handler
  worker = ((await import(pathToFileURL(join(directory, 'worker.mjs')).href)) as {default: Worker}).default
  core = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof core
}, 300_000)

afterAll(() => {
  if (directory) rmSync(directory, {recursive: true, force: true})
})

/** A Lambda function URL event (payload 2.0). */
function urlEvent(body: string, options: {method?: string; base64?: boolean} = {}) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    headers: {'content-type': 'application/json'},
    requestContext: {http: {method: options.method ?? 'POST', path: '/'}},
    body: options.base64 ? Buffer.from(body).toString('base64') : body,
    isBase64Encoded: options.base64 === true
  }
}

describe('examples/aws-lambda/handler.mjs', () => {
  it('returns the Release when invoked directly with {text, meta}', async () => {
    const result = (await handler({text: release, meta: {source: 'Example.gov'}})) as Release
    expect(result).toEqual(JSON.parse(JSON.stringify(core.parseRelease(release, {meta: {source: 'Example.gov'}, maxBytes: 4 * 1024 * 1024}))))
    expect(result.kind).toBe('fact-sheet')
    expect(result.participants.map((participant) => participant.name)).toContain('Sigrun Halldorsdottir')
  })

  it('answers a function URL or API Gateway event with the Release as JSON', async () => {
    for (const base64 of [false, true]) {
      const response = await handler(urlEvent(JSON.stringify({text: release}), {base64}))
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toMatch(/^application\/json/)
      expect(JSON.parse(response.body)).toEqual(JSON.parse(JSON.stringify(core.parseRelease(release))))
    }
    const rest = await handler({httpMethod: 'POST', requestContext: {}, body: JSON.stringify({text: release})})
    expect(rest.statusCode).toBe(200)
  })

  it('parses HTML with factsheet/html', async () => {
    const result = (await handler({html, meta: {published: '2021-05-24T21:03:00Z'}})) as Release
    expect(result.published).toBe('2021-05-24')
    expect(result.participants.map((participant) => participant.name)).toEqual(expect.arrayContaining(['Jane Roe', 'John Doe']))
  })

  it('answers misuse with 400 and 413, never a crash', async () => {
    expect((await handler(urlEvent('{not json'))).statusCode).toBe(400)
    expect((await handler(urlEvent(JSON.stringify({text: release}), {method: 'GET'}))).statusCode).toBe(400)
    expect((await handler(urlEvent(JSON.stringify({text: 42})))).statusCode).toBe(400)
    expect((await handler(urlEvent(JSON.stringify({text: release, options: {recognizers: []}})))).statusCode).toBe(400)
    const badMeta = await handler(urlEvent(JSON.stringify({text: release, meta: {published: 'yesterday'}})))
    expect(badMeta.statusCode).toBe(400)
    expect(JSON.parse(badMeta.body).error.code).toBe('ERR_FACTSHEET_INVALID_META')
    const large = await handler(urlEvent(JSON.stringify({text: 'a'.repeat(5 * 1024 * 1024)})))
    expect(large.statusCode).toBe(413)
    expect(await handler({nothing: true})).toEqual({error: {code: 'ERR_BAD_REQUEST', message: expect.any(String)}})
  })
})

describe('examples/cloudflare-worker/worker.mjs', () => {
  it('answers POST text with the Release as JSON', async () => {
    const response = await worker.fetch(new Request('https://worker.example/?published=2026-03-03&source=Example.gov', {method: 'POST', body: release}))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const expected = core.parseRelease(release, {meta: {published: '2026-03-03', source: 'Example.gov'}, maxBytes: 4 * 1024 * 1024})
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(expected)))
  })

  it('answers misuse with 405, 400 and 413', async () => {
    expect((await worker.fetch(new Request('https://worker.example/'))).status).toBe(405)
    expect((await worker.fetch(new Request('https://worker.example/?published=soon', {method: 'POST', body: release}))).status).toBe(400)
    expect((await worker.fetch(new Request('https://worker.example/?format=pdf', {method: 'POST', body: release}))).status).toBe(400)
    const large = await worker.fetch(new Request('https://worker.example/', {method: 'POST', body: 'a'.repeat(1024 * 1024 + 1)}))
    expect(large.status).toBe(413)
    // Without a content-length header the parser's own limit answers.
    const streamed = new ReadableStream({start: (controller) => (controller.enqueue(new TextEncoder().encode('a'.repeat(1024 * 1024 + 1))), controller.close())})
    expect((await worker.fetch(new Request('https://worker.example/', {method: 'POST', body: streamed, duplex: 'half'} as RequestInit))).status).toBe(413)
  })

  it('consumes a queue batch: reads each release from R2, writes its Release', async () => {
    const stored = new Map<string, string>([['releases/a.txt', release], ['releases/b.txt', release]])
    const written = new Map<string, string>()
    const env = {
      RELEASES: {get: async (key: string) => (stored.has(key) ? {text: async () => stored.get(key) as string} : null)},
      RESULTS: {put: async (key: string, value: string) => void written.set(key, value)}
    }
    const outcomes: string[] = []
    const message = (body: unknown) => ({body, ack: () => outcomes.push('ack'), retry: () => outcomes.push('retry')})
    await worker.queue(
      {messages: [message({key: 'releases/a.txt', meta: {published: '2026-03-03'}}), message({key: 'missing.txt'}), message({action: 'PutObject', object: {key: 'releases/b.txt'}})]},
      env
    )
    expect(outcomes).toEqual(['ack', 'ack', 'ack'])
    expect([...written.keys()]).toEqual(['releases/a.txt.json', 'releases/b.txt.json'])
    expect(JSON.parse(written.get('releases/a.txt.json') ?? 'null')).toEqual(
      JSON.parse(JSON.stringify(core.parseRelease(release, {meta: {published: '2026-03-03'}, maxBytes: 4 * 1024 * 1024})))
    )
  })

  it('runs inside @edge-runtime/vm when bundled as wrangler bundles it', async () => {
    const result = await build({
      entryPoints: [join(directory, 'worker.mjs')],
      bundle: true,
      platform: 'browser',
      conditions: ['worker'],
      format: 'iife',
      globalName: 'worker',
      minify: true,
      write: false,
      logLevel: 'silent'
    })
    const vm = new EdgeVM()
    vm.evaluate(result.outputFiles[0]?.text ?? '')
    const text = await vm.evaluate<Promise<string>>(
      `worker.default.fetch(new Request('https://worker.example/', {method: 'POST', body: ${JSON.stringify(release)}})).then((response) => response.text())`
    )
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(core.parseRelease(release, {maxBytes: 4 * 1024 * 1024}))))
  })
})
