// The floor of the batch-CLI measurement: the same batch shape as
// `factsheet parse DIR --jobs N` (one fresh process; with 1 the main thread reads
// and parses each file, as `--jobs 1` does; with N > 1, N worker threads each
// read a file and parse it while the main thread hands out files and collects
// answers), with `unified().use(remarkParse).parse` alone as the parser.
// `scripts/bench.mjs --only=jobs` runs it with 1 and 2 threads beside the CLI,
// so the speed-up the machine allows a remark-parse-only parser is printed next
// to ours.
//
// usage: node scripts/bench-jobs-floor.mjs DIR THREADS
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

if (isMainThread) {
  const [directory, threadArgument] = process.argv.slice(2)
  const threads = Number(threadArgument)
  if (!directory || !(threads >= 1)) {
    console.error('usage: node scripts/bench-jobs-floor.mjs DIR THREADS')
    process.exit(2)
  }
  const files = readdirSync(directory)
    .sort()
    .map((name) => join(directory, name))
  let next = 0
  let nodes = 0
  let running = threads
  if (threads === 1) {
    const processor = unified().use(remarkParse)
    for (const path of files) nodes += processor.parse(readFileSync(path, 'utf8')).children.length
    console.log(JSON.stringify({files: files.length, nodes}))
    running = 0
  }
  for (let index = 0; index < running; index++) {
    const worker = new Worker(new URL(import.meta.url), {workerData: {floor: true}})
    const feed = () => {
      if (next < files.length) worker.postMessage(files[next++])
      else void worker.terminate()
    }
    worker.on('message', (count) => {
      nodes += count
      feed()
    })
    worker.on('exit', () => {
      if (--running === 0) console.log(JSON.stringify({files: files.length, nodes}))
    })
    feed()
  }
} else if (workerData?.floor) {
  const processor = unified().use(remarkParse)
  parentPort?.on('message', (path) => {
    const tree = processor.parse(readFileSync(path, 'utf8'))
    parentPort?.postMessage(tree.children.length)
  })
}
