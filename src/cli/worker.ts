/**
 * Worker thread of `factsheet parse --jobs N`: receives tasks (file paths,
 * or feed lines), reads and parses them, and posts back serialized output, so
 * the main thread only orders and writes strings.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {runTask, type Task, type TaskSettings} from './task.js'

if (!parentPort) throw new Error('factsheet: cli-worker.js must run in a worker thread')
const port = parentPort
const settings = workerData as TaskSettings

port.on('message', (task: Task) => {
  port.postMessage(runTask(task, settings))
})
