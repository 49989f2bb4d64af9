/** One line of a stream: its 1-based number, and its text or `undefined` when it was too long. */
export interface Line {
  /** Line number (1-indexed). */
  number: number
  /** Text without its line break, or `undefined` when the line was over the limit. */
  text: string | undefined
}

const decoder = new TextDecoder('utf-8')

/**
 * Split a byte stream into lines (LF or CRLF), holding at most one line in
 * memory. A line longer than `maxLineBytes` is skipped (its bytes are not
 * kept) and reported with `text: undefined`. A byte order mark at the start
 * of a line is dropped.
 *
 * @param chunks Stream of bytes (`fs.createReadStream`, `process.stdin`).
 * @param maxLineBytes Longest line kept.
 * @returns Lines, in order.
 * @example
 * ```ts
 * for await (const line of splitLines(createReadStream('feed.ndjson'), 1 << 20)) {
 *   console.log(line.number, line.text)
 * }
 * ```
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = []
  let size = 0
  let overflow = false
  let number = 0

  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw
    let start = 0
    while (start < chunk.length) {
      const newline = chunk.indexOf(10, start)
      const end = newline === -1 ? chunk.length : newline
      if (!overflow) {
        if (size + end - start > maxLineBytes) {
          overflow = true
          parts = []
          size = 0
        } else if (end > start) {
          parts.push(chunk.subarray(start, end))
          size += end - start
        }
      }
      if (newline === -1) break
      yield take()
      start = newline + 1
    }
  }
  if (size > 0 || overflow) yield take()

  function take(): Line {
    number++
    let text: string | undefined
    if (!overflow) {
      // `decode` drops a byte order mark at the start of each call (that is, of each line).
      text = decoder.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts, size))
      if (text.endsWith('\r')) text = text.slice(0, -1)
    }
    parts = []
    size = 0
    overflow = false
    return {number, text}
  }
}
