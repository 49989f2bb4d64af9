#!/usr/bin/env node
// Generate the JSON Schema of `Release` from src/models/types.ts with
// ts-json-schema-generator, and write it to dist/schema.json (run by
// `npm run build` after tsup). `buildSchema()` is reused by
// scripts/build-validator.mjs and the schema test.
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createGenerator} from 'ts-json-schema-generator'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

/**
 * Generate the schema of `Release` (draft-07, `additionalProperties: false`).
 *
 * @returns {Record<string, unknown>}
 */
export function buildSchema() {
  const generator = createGenerator({
    path: path.join(root, 'src', 'models', 'types.ts'),
    tsconfig: path.join(root, 'tsconfig.json'),
    type: 'Release',
    // `tsc -p .` type-checks the project; the generator only reads the types.
    skipTypeCheck: true,
    additionalProperties: false
  })
  const schema = generator.createSchema('Release')
  return {
    $schema: schema.$schema,
    $id: 'factsheet/schema.json',
    title: 'factsheet Release (schemaVersion 1)',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema'))
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(root, process.argv[2] ?? path.join('dist', 'schema.json'))
  mkdirSync(path.dirname(out), {recursive: true})
  writeFileSync(out, JSON.stringify(buildSchema(), null, 2) + '\n')
  console.log('Wrote ' + path.relative(root, out))
}
