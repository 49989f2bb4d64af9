import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {buildSchema} from '../scripts/build-schema.mjs'
import {buildValidator, validatorPath} from '../scripts/build-validator.mjs'
import {sampleReleases} from '../scripts/release-fragments.mjs'
import {parseHtmlRelease} from '../src/html/index.js'
import {parseRelease} from '../src/index.js'
import type {Release} from '../src/index.js'
import validateRelease from './generated/validate-release.cjs'

/**
 * Parse a sample in its format.
 *
 * @param sample Sample.
 * @returns Release.
 */
function parseSample(sample: {format: string; text: string}): Release {
  return sample.format === 'html' ? parseHtmlRelease(sample.text) : parseRelease(sample.text, {format: sample.format === 'text' ? 'text' : 'markdown'})
}

describe('JSON Schema of Release', () => {
  it('should be generated from the types, with every definition closed', () => {
    const schema = buildSchema() as {definitions: Record<string, {type?: string; additionalProperties?: boolean}>}
    expect(Object.keys(schema.definitions)).toEqual(expect.arrayContaining(['Release', 'Meeting', 'Participant', 'Outcome', 'Diagnostic', 'Position', 'Point']))
    for (const [name, definition] of Object.entries(schema.definitions)) {
      if (definition.type === 'object') expect(definition.additionalProperties, name).toBe(false)
    }
  })

  it('should have a committed standalone validator that matches the current types (run `npm run schema`)', () => {
    expect(readFileSync(validatorPath, 'utf8')).toBe(buildValidator())
  })

  it('should accept the output of every sample release', () => {
    for (const sample of sampleReleases()) {
      const release = parseSample(sample)
      const valid = validateRelease(release)
      expect(valid ? [] : validateRelease.errors, sample.name).toEqual([])
    }
  })

  it('should reject a release with a wrong kind, a missing field or an extra field', () => {
    const release = JSON.parse(JSON.stringify(parseRelease('# Readout\n\nMinister Haruka Sato met Minister Claire Dubois today.'))) as Record<string, unknown>
    expect(validateRelease(release)).toBe(true)
    expect(validateRelease({...release, kind: 'memo'})).toBe(false)
    const {title: _title, ...withoutTitle} = release
    expect(validateRelease(withoutTitle)).toBe(false)
    expect(validateRelease({...release, extra: 1})).toBe(false)
    expect(validateRelease({...release, schemaVersion: 2})).toBe(false)
  })
})
