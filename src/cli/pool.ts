import {Worker} from 'node:worker_threads'
import {runTask, type Task, type TaskResult, type TaskSettings} from './task.js'

/** Runs tasks, in this thread or in worker threads. */
export interface Runner {
  /** Run one task; the promise never rejects. */
  run(task: Task): Promise<TaskResult>
  /** Stop every thread the runner started. */
  close(): Promise<void>
}

/**
 * A runner that parses in the calling thread (`--jobs 1`, or a single input).
 *
 * @param settings Run settings.
 * @returns Runner.
 * @example
 * ```ts
 * const result = await createInlineRunner(settings).run({type: 'file', seq: 0, path: 'a.txt'})
 * ```
 */
export function createInlineRunner(settings: TaskSettings): Runner {
  return {
    run: (task) => Promise.resolve(runTask(task, settings)),
    close: () => Promise.resolve()
  }
}

/** Options of `createWorkerPool`. */
export interface WorkerPoolOptions {
  /** Run settings, sent once to each worker. */
  settings: TaskSettings
  /** Most threads to start; they start on demand. */
  size: number
  /** The worker script (`dist/cli-worker.js`). */
  script: URL
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
 * const pool = createWorkerPool({settings, size: 2, script: new URL('./cli-worker.js', import.meta.url), onFallback: console.warn})
 * const result = await pool.run({type: 'file', seq: 0, path: 'a.txt'})
 * await pool.close()
 * ```
 */
export function createWorkerPool(options: WorkerPoolOptions): Runner {
  const {settings, size, script, onFallback} = options
  const slots: Slot[] = []
  let fallback = false

  return {run, close}

  function run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => dispatch(task, resolve))
  }

  function dispatch(task: Task, resolve: (result: TaskResult) => void): void {
    if (fallback) {
      resolve(runTask(task, settings))
      return
    }
    let slot: Slot | undefined
    for (const candidate of slots) if (!slot || candidate.queue.length < slot.queue.length) slot = candidate
    if (!slot || (slot.queue.length > 0 && slots.length < size)) slot = start() ?? slot
    if (!slot) {
      resolve(runTask(task, settings))
      return
    }
    slot.queue.push({task, resolve})
    slot.worker.postMessage(task)
  }

  function start(): Slot | undefined {
    let worker: Worker
    try {
      worker = new Worker(script, {workerData: settings})
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
