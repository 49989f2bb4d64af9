#!/usr/bin/env node
import {readFile} from 'node:fs/promises'
import {parseRelease} from '../parse.js'

const [command, ...files] = process.argv.slice(2)
if (command !== 'parse' || files.length === 0) {
  process.stderr.write('usage: factsheet parse FILE...\n')
  process.exit(2)
}
let failed = false
for (const file of files) {
  try {
    const text = await readFile(file, 'utf8')
    process.stdout.write(JSON.stringify(parseRelease(text), null, files.length > 1 ? undefined : 2) + '\n')
  } catch (error) {
    failed = true
    process.stderr.write(`factsheet: ${file}: ${String(error instanceof Error ? error.message : error)}\n`)
  }
}
process.exit(failed ? 1 : 0)
