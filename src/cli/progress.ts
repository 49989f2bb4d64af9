/** Counters of a run. */
export interface RunStats {
  /** Documents parsed. */
  documents: number
  /** Inputs that failed. */
  failures: number
  /** Bytes of input read. */
  bytes: number
  /** `performance.now()` when the run started. */
  started: number
}

/** Options of `createReporter`. */
export interface ReporterOptions {
  /** Where messages go (`process.stderr`). */
  stream: NodeJS.WritableStream
  /** Whether to draw a progress line (stderr is a terminal, and so on). */
  progress: boolean
  /** Clock in milliseconds (default: `performance.now`). */
  now?: () => number
}

/** Writes error lines, the progress line and the summary to stderr. */
export interface Reporter {
  /** Counters; update them, then call `tick`. */
  stats: RunStats
  /** Print `factsheet: <message>` (clearing the progress line first). */
  error(message: string): void
  /** Redraw the progress line, at most ten times a second. */
  tick(): void
  /** Print the summary line. */
  summary(): void
  /** Clear the progress line. */
  done(): void
}

/** Least time between two progress redraws, in milliseconds. */
const redrawInterval = 100

/**
 * Create the stderr reporter of a run.
 *
 * @param options Options.
 * @returns Reporter.
 * @example
 * ```ts
 * const reporter = createReporter({stream: process.stderr, progress: process.stderr.isTTY})
 * reporter.error('a.txt: no such file or directory')
 * reporter.summary() // factsheet: 0 documents, 1 failed, 0.00 MB in 0.01 s (0.0 docs/s, 0.00 MB/s)
 * ```
 */
export function createReporter(options: ReporterOptions): Reporter {
  const {stream, progress} = options
  const now = options.now ?? (() => performance.now())
  const stats: RunStats = {documents: 0, failures: 0, bytes: 0, started: now()}
  let lastDraw = -Infinity
  let drawn = false

  return {stats, error, tick, summary, done}

  function error(message: string): void {
    clear()
    stream.write(`factsheet: ${message}\n`)
  }

  function tick(): void {
    if (!progress) return
    const time = now()
    if (time - lastDraw < redrawInterval) return
    lastDraw = time
    stream.write(`\r\u001B[K${formatStats(stats, time - stats.started)}`)
    drawn = true
  }

  function summary(): void {
    clear()
    stream.write(`${formatStats(stats, now() - stats.started)}\n`)
  }

  function done(): void {
    clear()
  }

  function clear(): void {
    if (!drawn) return
    stream.write('\r\u001B[K')
    drawn = false
  }
}

/**
 * Format counters: `factsheet: 1000 documents, 2 failed, 3.99 MB in 4.32 s (231.5 docs/s, 0.92 MB/s)`.
 * MB are 1,000,000 bytes.
 *
 * @param stats Counters.
 * @param elapsed Elapsed milliseconds.
 * @returns Line, without a line break.
 */
export function formatStats(stats: RunStats, elapsed: number): string {
  const seconds = Math.max(elapsed, 1) / 1000
  const megabytes = stats.bytes / 1e6
  const documents = `${stats.documents} document${stats.documents === 1 ? '' : 's'}`
  return (
    `factsheet: ${documents}, ${stats.failures} failed, ${megabytes.toFixed(2)} MB in ${seconds.toFixed(2)} s ` +
    `(${(stats.documents / seconds).toFixed(1)} docs/s, ${(megabytes / seconds).toFixed(2)} MB/s)`
  )
}
