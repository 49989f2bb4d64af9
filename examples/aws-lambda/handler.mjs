// AWS Lambda handler: a JSON body in, a Release out.
//
// Works behind a Lambda function URL or API Gateway (HTTP API, payload 2.0, or
// REST API proxy), and when invoked directly (Step Functions, SDK `Invoke`):
//
//   {"text": "...release as plain text or Markdown...", "meta": {...}, "options": {...}}
//   {"html": "<p>...release as an HTML fragment...</p>", "meta": {...}}
//
// `meta` is what the feed knew ({title, published, source, url, timeZone});
// `options` takes `format`, `referenceDate`, `maxBytes` and `maxDepth`.
// Through HTTP the answer is `{statusCode, headers, body}`; invoked directly it
// is the Release itself (or `{error: {code, message}}` on bad input).
//
// Bundle before deploying (cold start: an esbuild bundle imports in ~20 ms,
// the unbundled package in ~130 ms; see docs/performance.md):
//
//   npx esbuild handler.mjs --bundle --platform=node --format=esm --minify \
//     --outfile=dist/handler.mjs
import {FactsheetError, parseRelease} from 'factsheet'

// Lambda's own limits: 6 MB request payloads; keep parsing well inside them.
const maxBytes = 4 * 1024 * 1024
const allowedOptions = ['format', 'referenceDate', 'maxBytes', 'maxDepth']

/**
 * Lambda entry point.
 *
 * @param {unknown} event HTTP event (function URL, API Gateway) or the request itself.
 * @returns {Promise<unknown>} HTTP response, or the Release when invoked directly.
 */
export async function handler(event) {
  const http = isHttpEvent(event)
  let request
  try {
    request = http ? readBody(event) : event
    const release = await parse(request)
    return http ? respond(200, release) : release
  } catch (error) {
    const status = error instanceof FactsheetError ? (error.code === 'ERR_FACTSHEET_INPUT_TOO_LARGE' ? 413 : 400) : error instanceof RequestError ? 400 : 500
    const body = {error: {code: error?.code ?? 'ERR_INTERNAL', message: status === 500 ? 'Internal error' : String(error?.message ?? error)}}
    if (status === 500) console.error(error)
    return http ? respond(status, body) : body
  }
}

/**
 * Parse a request body into a Release.
 *
 * @param {unknown} request `{text | html, meta?, options?}`.
 * @returns {Promise<object>} Release.
 */
export async function parse(request) {
  if (!request || typeof request !== 'object' || Array.isArray(request)) {
    throw new RequestError('Expected a JSON object with `text` or `html`')
  }
  const {text, html, meta, options = {}} = request
  if (typeof options !== 'object' || options === null || Object.keys(options).some((key) => !allowedOptions.includes(key))) {
    throw new RequestError('Expected `options` with only ' + allowedOptions.join(', '))
  }
  const settings = {maxBytes, ...options, ...(meta === undefined ? {} : {meta})}
  if (typeof html === 'string') {
    // Loaded only when needed: the HTML parser is most of the html entry's size.
    const {parseHtmlRelease} = await import('factsheet/html')
    return parseHtmlRelease(html, settings)
  }
  if (typeof text === 'string') return parseRelease(text, settings)
  throw new RequestError('Expected `text` or `html` to be a string')
}

/** A malformed request (not a misuse of factsheet itself). */
class RequestError extends Error {
  code = 'ERR_BAD_REQUEST'
}

/**
 * Whether the event came through a function URL or API Gateway.
 *
 * @param {any} event Event.
 * @returns {boolean}
 */
function isHttpEvent(event) {
  return Boolean(event && typeof event === 'object' && ('requestContext' in event || 'httpMethod' in event || 'routeKey' in event) && 'body' in event)
}

/**
 * Read the JSON body of an HTTP event.
 *
 * @param {any} event Event.
 * @returns {unknown}
 */
function readBody(event) {
  const method = event.requestContext?.http?.method ?? event.httpMethod
  if (method && method !== 'POST') throw new RequestError('Expected POST')
  if (typeof event.body !== 'string') throw new RequestError('Expected a JSON body')
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body
  try {
    return JSON.parse(raw)
  } catch {
    throw new RequestError('Expected the body to be JSON')
  }
}

/**
 * An HTTP response for API Gateway or a function URL.
 *
 * @param {number} statusCode Status.
 * @param {unknown} body JSON body.
 */
function respond(statusCode, body) {
  return {statusCode, headers: {'content-type': 'application/json; charset=utf-8'}, body: JSON.stringify(body)}
}
