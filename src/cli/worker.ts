/**
 * The parsing side of `factsheet parse`, built as `dist/cli-worker.js`.
 *
 * In a worker thread started by `--jobs N`, it receives tasks (file paths,
 * or feed lines), reads and parses them, and posts back serialized output, so
 * the main thread only orders and writes strings. Without worker threads, the
 * main thread imports it for `runTask`. Keeping the parser out of `cli.js`
 * means the main thread never loads it when workers do the parsing.
 */
import {isMainThread, parentPort, workerData} from 'node:worker_threads'
import {runTask, type Task, type TaskSettings} from './task.js'

export {runTask} from './task.js'

/** Marks the `workerData` of our own worker threads. */
export const workerRole = 'factsheet-cli-worker'

/** What the main thread passes to each worker. */
export interface WorkerData {
  /** Always `workerRole`. */
  role: typeof workerRole
  /** Run settings. */
  settings: TaskSettings
}

const data = workerData as Partial<WorkerData> | null | undefined
if (!isMainThread && parentPort && data?.role === workerRole && data.settings) {
  const port = parentPort
  const settings = data.settings
  port.on('message', (task: Task) => {
    port.postMessage(runTask(task, settings))
  })
}
