#!/usr/bin/env node
// CI check of the built schema: dist/schema.json exists, matches the types,
// matches the committed standalone validator, and the built package's output
// for every sample release validates against it.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {buildSchema} from './build-schema.mjs'
import {buildValidator, validatorPath} from './build-validator.mjs'
import {sampleReleases} from './release-fragments.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const failures = []
const built = JSON.parse(readFileSync(path.join(root, 'dist', 'schema.json'), 'utf8'))
const fresh = buildSchema()
if (JSON.stringify(built) !== JSON.stringify(fresh)) failures.push('dist/schema.json does not match src/models/types.ts (run `npm run build`)')
if (readFileSync(validatorPath, 'utf8') !== buildValidator(fresh)) failures.push('test/generated/validate-release.cjs is stale (run `npm run schema`)')

const validate = createRequire(import.meta.url)(validatorPath)
const {parseRelease} = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href)
const {parseHtmlRelease} = await import(pathToFileURL(path.join(root, 'dist', 'html.js')).href)
for (const sample of sampleReleases()) {
  const release = sample.format === 'html' ? parseHtmlRelease(sample.text) : parseRelease(sample.text, {format: sample.format})
  if (!validate(release)) failures.push(`${sample.name}: ${JSON.stringify(validate.errors).slice(0, 500)}`)
}

if (failures.length > 0) {
  console.error('Schema check failed:\n- ' + failures.join('\n- '))
  process.exit(1)
}
console.log('Schema check passed: dist/schema.json is current and sample releases validate.')
