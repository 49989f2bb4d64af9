#!/usr/bin/env node
/**
 * The `factsheet` command: `factsheet parse [options] [FILE | DIR | -]...`.
 * See `docs/cli.md`.
 */
import {readFileSync} from 'node:fs'
import {helpText, parseCommandLine, usageHint, type CliConfig, type OutputFormat} from './args.js'
import {documentInputs, isDirectory, recordInputs, type InputItem} from './inputs.js'
import {createOrderedOutput, type Framing} from './output.js'
import {createInlineRunner, createTaskLoader, createWorkerPool, type Runner} from './pool.js'
import {createReporter} from './progress.js'
import type {OutputStyle, Task, TaskSettings} from './task.js'

/** Exit status: every input parsed. */
const exitOk = 0
/** Exit status: at least one input failed. */
const exitFailed = 1
/** Exit status: bad usage. */
const exitUsage = 2

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  // Not expected: every input problem is reported per input. Keep the stack for a bug report.
  process.stderr.write(`factsheet: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = exitFailed
}

/**
 * Run the command line.
 *
 * @param argv Arguments after the script.
 * @returns Exit status.
 */
async function main(argv: readonly string[]): Promise<number> {
  const command = parseCommandLine(argv)
  switch (command.kind) {
    case 'help':
      process.stdout.write(helpText)
      return exitOk
    case 'version':
      process.stdout.write(readVersion() + '\n')
      return exitOk
    case 'usage-error':
      return usageError(command.message)
    case 'parse':
      return parse(command.config)
  }
}

/**
 * `factsheet parse`.
 *
 * @param config Validated flags.
 * @returns Exit status.
 */
async function parse(config: CliConfig): Promise<number> {
  const {inputs} = config
  if (inputs.length === 0 && process.stdin.isTTY) {
    return usageError('no input: give FILE or DIR arguments, or pipe a release to standard input')
  }
  const several = config.inputMode === 'ndjson' || inputs.length > 1 || (inputs.length === 1 && inputs[0] !== '-' && (await isDirectory(inputs[0] ?? '')))
  if (config.meta && several) return usageError('--meta-* flags apply to a single input, not to a directory')

  const format: OutputFormat = config.format ?? (several && config.pretty !== true ? 'ndjson' : 'json')
  const settings: TaskSettings = {
    inputFormat: config.inputFormat,
    maxBytes: config.maxBytes,
    output: outputStyle(format, config.pretty, several),
    meta: config.meta,
    referenceDate: config.referenceDate
  }
  const framing: Framing = format === 'csv' ? 'csv' : format === 'ndjson' ? 'lines' : several ? 'array' : 'single'

  const reporter = createReporter({
    stream: process.stderr,
    progress: several && !config.quiet && process.stderr.isTTY === true && process.stdout.isTTY !== true
  })
  // The parser lives in the worker module; this thread loads it only if it parses itself.
  const script = new URL('./cli-worker.js', import.meta.url)
  const load = createTaskLoader(script)
  const runner: Runner =
    several && config.jobs > 1
      ? createWorkerPool({
          settings,
          size: config.jobs,
          script,
          load,
          onFallback: (reason) => reporter.error(`cannot start worker threads (${reason}); parsing in the main thread`)
        })
      : createInlineRunner(settings, load)

  // `| head` closes stdout early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') reporter.error(`cannot write output: ${error.message}`)
    void runner.close()
    process.exit(reporter.stats.failures > 0 || error.code !== 'EPIPE' ? exitFailed : exitOk)
  })

  const output = createOrderedOutput({
    stream: process.stdout,
    framing,
    // Enough for each thread to keep busy behind a slow document, few enough to bound memory.
    window: Math.max(16, config.jobs * 8),
    onResult(result) {
      reporter.stats.bytes += result.bytes
      if (result.ok) {
        reporter.stats.documents++
      } else {
        reporter.stats.failures++
        reporter.error(result.message)
      }
      reporter.tick()
    }
  })

  const items: AsyncIterable<InputItem> =
    config.inputMode === 'ndjson' ? recordInputs(inputs, config.maxBytes) : documentInputs(inputs, config.maxBytes)
  try {
    for await (const item of items) {
      await output.ready()
      const seq = output.next()
      if (item.type === 'failure') {
        output.settle({seq, ok: false, message: item.message, bytes: 0})
      } else {
        void runner.run({...item, seq} as Task).then(output.settle)
      }
    }
    await output.finish()
  } finally {
    await runner.close()
  }

  if (config.summary || (several && !config.quiet)) reporter.summary()
  else reporter.done()
  return reporter.stats.failures > 0 ? exitFailed : exitOk
}

/**
 * Pick how each result is serialized.
 *
 * @param format Output format.
 * @param pretty `--pretty` (`true`), `--compact` (`false`), or neither.
 * @param several Whether there are several results.
 * @returns Output style.
 */
function outputStyle(format: OutputFormat, pretty: boolean | undefined, several: boolean): OutputStyle {
  if (format === 'csv') return 'csv'
  if (format === 'ndjson' || pretty === false) return 'compact'
  return several ? 'pretty-element' : 'pretty'
}

/**
 * Print a usage error with a hint.
 *
 * @param message What is wrong.
 * @returns Exit status 2.
 */
function usageError(message: string): number {
  process.stderr.write(`factsheet: ${message}\n${usageHint}\n`)
  return exitUsage
}

/**
 * Read the package version from the `package.json` next to `dist/`.
 *
 * @returns Version, or `unknown`.
 */
function readVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version?: unknown}
    return typeof manifest.version === 'string' ? manifest.version : 'unknown'
  } catch {
    return 'unknown'
  }
}
