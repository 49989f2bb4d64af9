import type {InputFormat} from './args.js'

/** How one input is handed to the library. */
export type Reader = 'html' | 'auto' | 'text' | 'markdown'

/** Bytes looked at for NUL bytes. */
const binaryWindow = 8192
/** Characters looked at for HTML tags. */
const htmlWindow = 1024

const decoder = new TextDecoder('utf-8')

/**
 * Why bytes are not release text, if they are not: a NUL byte in the first
 * 8 KiB means binary (UTF-16 is named, since it is a common surprise).
 *
 * @param bytes Input bytes.
 * @returns A reason, or `undefined` for text.
 * @example
 * ```ts
 * binaryReason(Buffer.from('a\0b')) // 'looks binary (NUL byte at offset 1)'
 * ```
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, binaryWindow)
  const nul = head.indexOf(0)
  if (nul === -1) return undefined
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return 'is UTF-16 encoded; convert it to UTF-8'
  }
  return `looks binary (NUL byte at offset ${nul})`
}

/**
 * Decode UTF-8 bytes into text. A byte order mark is dropped; invalid
 * sequences become U+FFFD.
 *
 * @param bytes Input bytes.
 * @returns Text.
 */
export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes)
}

/**
 * Whether text looks like HTML: it starts with a tag (or a doctype or
 * comment), or it has a `<p>` or `<div>` tag in its first 1,024 characters and
 * does not start with YAML front matter (Markdown with raw HTML stays Markdown).
 *
 * @param text Text.
 * @returns Whether to read it as HTML.
 * @example
 * ```ts
 * looksLikeHtml('<p>Secretary Roe met ...</p>') // true
 * looksLikeHtml('# Readout\n\nSecretary Roe met ...') // false
 * ```
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, htmlWindow).trimStart()
  if (/^<(?:!doctype\s|!--|[a-z][a-z\d-]*[\s/>])/i.test(head)) return true
  if (/^---\r?\n/.test(head)) return false
  return /<(?:p|div)[\s/>]/i.test(head)
}

/**
 * Choose how to read one input.
 *
 * With `auto`, `.html`/`.htm` files are HTML, `.md`/`.markdown` files are
 * left to the library (which tells Markdown from plain text), and anything
 * else is HTML when it looks like HTML.
 *
 * @param inputFormat `--input-format`.
 * @param name File name, or `undefined` for standard input and feed records.
 * @param text Input text.
 * @returns Reader.
 */
export function chooseReader(inputFormat: InputFormat, name: string | undefined, text: string): Reader {
  if (inputFormat !== 'auto') return inputFormat
  const extension = name === undefined ? '' : /\.[^./\\]*$/.exec(name)?.[0].toLowerCase() ?? ''
  if (extension === '.html' || extension === '.htm') return 'html'
  if (extension === '.md' || extension === '.markdown') return 'auto'
  return looksLikeHtml(text) ? 'html' : 'auto'
}
