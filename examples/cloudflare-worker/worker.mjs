// Cloudflare Worker: POST the text of a release, get its Release as JSON.
//
//   curl -X POST --data-binary @release.txt 'https://<worker>/?title=...&published=2024-10-30'
//
// The body is plain text or Markdown (`?format=text|markdown` forces one);
// the query string carries what a feed knew: title, published, source, url,
// timeZone. Errors are JSON `{error: {code, message}}` with 400, 405 or 413.
//
// The same module is also a Queues consumer (see docs/scaling.md): each
// message names an object key in the RELEASES R2 bucket (`{key, meta?}`, or an
// R2 event notification); the Release is written to the RESULTS bucket under
// `<key>.json`. Bindings in wrangler.toml.
//
// Wrangler bundles it with the `worker` condition, which keeps the DOM-only
// entity decoder out (see docs/performance.md).
import {FactsheetError, parseRelease} from 'factsheet'

// An isolate has 128 MB of memory; parsing needs roughly 100 bytes of heap per
// input byte at peak (a 1 MB release fits in 96 MB; docs/performance.md), so
// the Worker takes at most 1 MiB. Real releases are 1–20 kB.
const maxBytes = 1024 * 1024
const metaKeys = ['title', 'published', 'source', 'url', 'timeZone']

export default {
  /**
   * HTTP entry point.
   *
   * @param {Request} request Request.
   * @returns {Promise<Response>} Release JSON, or an error.
   */
  async fetch(request) {
    if (request.method !== 'POST') {
      return json(405, {error: {code: 'ERR_METHOD', message: 'Expected POST with the release text as the body'}}, {allow: 'POST'})
    }
    const length = Number(request.headers.get('content-length') ?? 0)
    if (length > maxBytes) return json(413, {error: {code: 'ERR_FACTSHEET_INPUT_TOO_LARGE', message: `Expected at most ${maxBytes} bytes`}})
    const url = new URL(request.url)
    const meta = {}
    for (const key of metaKeys) {
      const value = url.searchParams.get(key)
      if (value) meta[key] = value
    }
    const format = url.searchParams.get('format') ?? undefined
    try {
      const release = parseRelease(await request.text(), {maxBytes, meta, ...(format ? {format} : {})})
      return json(200, release)
    } catch (error) {
      if (error instanceof FactsheetError) {
        return json(error.code === 'ERR_FACTSHEET_INPUT_TOO_LARGE' ? 413 : 400, {error: {code: error.code, message: error.message}})
      }
      throw error
    }
  },

  /**
   * Queues consumer: parse the releases named by a batch of messages.
   *
   * @param {{messages: Array<{body: {key: string, meta?: object}, ack(): void, retry(): void}>}} batch Batch.
   * @param {{RELEASES: R2Like, RESULTS: R2Like}} env Bindings.
   */
  async queue(batch, env) {
    for (const message of batch.messages) {
      // `{key, meta?}` from a producer, or an R2 event notification (`{object: {key}}`).
      const key = message.body?.key ?? message.body?.object?.key
      const meta = message.body?.meta
      try {
        const object = typeof key === 'string' ? await env.RELEASES.get(key) : null
        if (!object) {
          // Nothing to parse: acknowledge, so it is not retried forever.
          console.warn('factsheet: no release at key', key)
          message.ack()
          continue
        }
        const release = parseRelease(await object.text(), {maxBytes, ...(meta ? {meta} : {})})
        await env.RESULTS.put(key + '.json', JSON.stringify(release), {httpMetadata: {contentType: 'application/json'}})
        message.ack()
      } catch (error) {
        // Misuse (too large, bad meta) will not get better: drop it; anything else is retried.
        if (error instanceof FactsheetError) {
          console.warn('factsheet:', key, error.code, error.message)
          message.ack()
        } else {
          message.retry()
        }
      }
    }
  }
}

/**
 * A JSON response.
 *
 * @param {number} status Status.
 * @param {unknown} body Body.
 * @param {Record<string, string>} [headers] Extra headers.
 * @returns {Response}
 */
function json(status, body, headers = {}) {
  return new Response(JSON.stringify(body), {status, headers: {'content-type': 'application/json; charset=utf-8', ...headers}})
}

/**
 * @typedef {{get(key: string): Promise<{text(): Promise<string>} | null>, put(key: string, value: string, options?: object): Promise<unknown>}} R2Like
 */
