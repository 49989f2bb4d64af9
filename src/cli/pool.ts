import {Worker} from 'node:worker_threads'
import type {Task, TaskResult, TaskSettings} from './task.js'
import type {WorkerData} from './worker.js'

/** `runTask` from the worker module. */
export type RunTask = (task: Task, settings: TaskSettings) => TaskResult

/** Runs tasks, in this thread or in worker threads. */
export interface Runner {
  /** Run one task; the promise never rejects. */
  run(task: Task): Promise<TaskResult>
  /** Stop every thread the runner started. */
  close(): Promise<void>
}

/**
 * Load `runTask` from the worker module (`dist/cli-worker.js`), once. The
 * module is loaded at run time, not bundled into `cli.js`, so that the main
 * thread does not load the parser when worker threads do the parsing.
 *
 * @param script URL of the worker module.
 * @returns A function that resolves to `runTask`, loading it on first call.
 * @example
 * ```ts
 * const load = createTaskLoader(new URL('./cli-worker.js', import.meta.url))
 * const runTask = await load()
 * ```
 */
export function createTaskLoader(script: URL): () => Promise<RunTask> {
  let loading: Promise<RunTask> | undefined
  return () => {
    loading ??= import(script.href).then((module: {runTask?: unknown}) => {
      if (typeof module.runTask !== 'function') throw new Error(`${script.pathname} does not export \`runTask\``)
      return module.runTask as RunTask
    })
    return loading
  }
}

/**
 * A runner that parses in the calling thread (`--jobs 1`, or a single input).
 *
 * @param settings Run settings.
 * @param load Loader of `runTask` (from `createTaskLoader`).
 * @returns Runner.
 * @example
 * ```ts
 * const runner = createInlineRunner(settings, createTaskLoader(script))
 * const result = await runner.run({type: 'file', seq: 0, path: 'a.txt'})
 * ```
 */
export function createInlineRunner(settings: TaskSettings, load: () => Promise<RunTask>): Runner {
  return {
    run: (task) => runInline(task, settings, load),
    close: () => Promise.resolve()
  }
}

/**
 * Run a task in this thread; a parser that cannot load fails the task.
 *
 * @param task Task.
 * @param settings Run settings.
 * @param load Loader of `runTask`.
 * @returns Result.
 */
async function runInline(task: Task, settings: TaskSettings, load: () => Promise<RunTask>): Promise<TaskResult> {
  let runTask: RunTask
  try {
    runTask = await load()
  } catch (error) {
    return {seq: task.seq, ok: false, message: `${label(task)}: cannot load the parser: ${error instanceof Error ? error.message : String(error)}`, bytes: 0}
  }
  return runTask(task, settings)
}

/** Options of `createWorkerPool`. */
export interface WorkerPoolOptions {
  /** Run settings, sent once to each worker. */
  settings: TaskSettings
  /** Most threads to start; they start on demand. */
  size: number
  /** The worker script (`dist/cli-worker.js`). */
  script: URL
  /** Loader of `runTask`, for running in this thread when threads cannot start. */
  load: () => Promise<RunTask>
  /** Called once if threads cannot start and the pool falls back to this thread. */
  onFallback: (reason: string) => void
}

/** A started worker and the tasks sent to it, oldest first (a worker answers in order). */
interface Slot {
  worker: Worker
  queue: Array<{task: Task; resolve: (result: TaskResult) => void}>
  answered: boolean
  closed: boolean
}

/**
 * A pool of worker threads. Each task goes to the thread with the fewest
 * tasks in hand; a new thread starts while all are busy and the pool is not
 * full. The caller bounds how many tasks are in flight.
 *
 * If a thread cannot start (it dies before its first answer), the pool runs
 * everything in the calling thread instead. If a thread dies later, the task
 * it was working on fails and the tasks queued behind it go to other threads.
 *
 * @param options Options.
 * @returns Runner.
 * @example
 * ```ts
 * const script = new URL('./cli-worker.js', import.meta.url)
 * const pool = createWorkerPool({settings, size: 2, script, load: createTaskLoader(script), onFallback: console.warn})
 * const result = await pool.run({type: 'file', seq: 0, path: 'a.txt'})
 * await pool.close()
 * ```
 */
export function createWorkerPool(options: WorkerPoolOptions): Runner {
  const {settings, size, script, load, onFallback} = options
  const slots: Slot[] = []
  let fallback = false

  return {run, close}

  function run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => dispatch(task, resolve))
  }

  function dispatch(task: Task, resolve: (result: TaskResult) => void): void {
    if (fallback) {
      void runInline(task, settings, load).then(resolve)
      return
    }
    let slot: Slot | undefined
    for (const candidate of slots) if (!slot || candidate.queue.length < slot.queue.length) slot = candidate
    if (!slot || (slot.queue.length > 0 && slots.length < size)) slot = start() ?? slot
    if (!slot) {
      void runInline(task, settings, load).then(resolve)
      return
    }
    slot.queue.push({task, resolve})
    slot.worker.postMessage(task)
  }

  function start(): Slot | undefined {
    let worker: Worker
    try {
      const workerData: WorkerData = {role: 'factsheet-cli-worker', settings}
      worker = new Worker(script, {workerData})
    } catch (error) {
      giveUp(error)
      return undefined
    }
    const slot: Slot = {worker, queue: [], answered: false, closed: false}
    worker.on('message', (result: TaskResult) => {
      slot.answered = true
      slot.queue.shift()?.resolve(result)
    })
    worker.on('error', (error) => stopped(slot, error))
    worker.on('exit', (code) => stopped(slot, new Error(`exited with code ${code}`)))
    slots.push(slot)
    return slot
  }

  function stopped(slot: Slot, error: unknown): void {
    if (slot.closed) return
    slot.closed = true
    slots.splice(slots.indexOf(slot), 1)
    const queued = slot.queue.splice(0)
    const outOfMemory = (error as {code?: unknown}).code === 'ERR_WORKER_OUT_OF_MEMORY'
    if (!slot.answered && !outOfMemory) {
      giveUp(error)
    } else {
      const current = queued.shift()
      if (current) {
        const reason = error instanceof Error ? error.message : String(error)
        current.resolve({seq: current.task.seq, ok: false, message: `${label(current.task)}: worker thread stopped while parsing it: ${reason}`, bytes: 0})
      }
    }
    for (const entry of queued) dispatch(entry.task, entry.resolve)
  }

  function giveUp(error: unknown): void {
    if (fallback) return
    fallback = true
    onFallback(error instanceof Error ? error.message : String(error))
    // Tasks still queued on other threads stay there; new ones run here.
  }

  async function close(): Promise<void> {
    const closing = slots.splice(0)
    for (const slot of closing) slot.closed = true
    await Promise.all(closing.map((slot) => slot.worker.terminate()))
  }
}

/**
 * Name of a task's input, for messages.
 *
 * @param task Task.
 * @returns Name.
 */
function label(task: Task): string {
  switch (task.type) {
    case 'file':
      return task.path
    case 'bytes':
      return task.label
    case 'record':
      return `${task.source}:${task.line}`
  }
}
