import {csvHeader} from './csv.js'
import type {TaskResult} from './task.js'

/**
 * How results are framed on stdout: one JSON document, a JSON array, one
 * value per line, or CSV with a header row.
 */
export type Framing = 'single' | 'array' | 'lines' | 'csv'

/** Options of `createOrderedOutput`. */
export interface OrderedOutputOptions {
  /** Where output goes (`process.stdout`). */
  stream: NodeJS.WritableStream
  /** Framing. */
  framing: Framing
  /** Most results in flight: handed out but not yet written. */
  window: number
  /** Called for each result, in input order, when it is written. */
  onResult: (result: TaskResult) => void
}

/** Writes results in input order, whatever order they finish in. */
export interface OrderedOutput {
  /** Resolves when another task may start: the window has room and the stream is not full. */
  ready(): Promise<void>
  /** Hand out the next sequence number. */
  next(): number
  /** Accept a finished result; writes it and any results waiting behind it. */
  settle(result: TaskResult): void
  /** Wait for every handed-out result and write the closing framing. */
  finish(): Promise<void>
}

/**
 * Create the ordered writer. Results that finish early wait in a map until
 * the results before them are written, and no more than `window` tasks are
 * in flight, so memory stays bounded however many inputs there are.
 *
 * @param options Options.
 * @returns Ordered writer.
 * @example
 * ```ts
 * const output = createOrderedOutput({stream: process.stdout, framing: 'lines', window: 16, onResult() {}})
 * await output.ready()
 * const seq = output.next()
 * runner.run({type: 'file', seq, path: 'a.txt'}).then(output.settle)
 * await output.finish()
 * ```
 */
export function createOrderedOutput(options: OrderedOutputOptions): OrderedOutput {
  const {stream, framing, window, onResult} = options
  const waiting = new Map<number, TaskResult>()
  let handedOut = 0
  let written = 0
  let values = 0
  let blocked = false
  let wake: (() => void) | undefined

  if (framing === 'csv') write(csvHeader())

  return {ready, next, settle, finish}

  function ready(): Promise<void> {
    if (hasRoom()) return Promise.resolve()
    return new Promise((resolve) => {
      wake = resolve
    })
  }

  function next(): number {
    return handedOut++
  }

  function settle(result: TaskResult): void {
    waiting.set(result.seq, result)
    let current = waiting.get(written)
    while (current) {
      waiting.delete(written)
      written++
      if (current.ok) emit(current.output)
      onResult(current)
      current = waiting.get(written)
    }
    poke()
  }

  async function finish(): Promise<void> {
    while (written < handedOut || blocked) {
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
    if (framing !== 'array') return
    const tail = values === 0 ? '[]\n' : '\n]\n'
    await new Promise<void>((resolve) => {
      stream.write(tail, () => resolve())
    })
  }

  function emit(output: string): void {
    switch (framing) {
      case 'single':
      case 'lines':
        write(output + '\n')
        break
      case 'array':
        write((values === 0 ? '[\n' : ',\n') + output)
        break
      case 'csv':
        if (output !== '') write(output)
        break
    }
    values++
  }

  function write(text: string): void {
    if (!stream.write(text) && !blocked) {
      blocked = true
      stream.once('drain', () => {
        blocked = false
        poke()
      })
    }
  }

  function hasRoom(): boolean {
    return !blocked && handedOut - written < window
  }

  function poke(): void {
    if (!wake || blocked) return
    if (hasRoom() || written === handedOut) {
      const resolve = wake
      wake = undefined
      resolve()
    }
  }
}
