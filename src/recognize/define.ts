import {FactsheetError, describe} from '../diagnostics/error.js'
import type {Format, RecognizedKinds, Recognizer} from './types.js'

const namePattern = /^[a-z][\w-]*:[\w-]+$/
const kinds = new Set(['participants', 'outcomes', 'meetings'])

/**
 * Define a recognizer: checks its shape early and infers its finding type from
 * `kind`.
 *
 * @param recognizer Recognizer.
 * @returns The same recognizer, frozen, with `priority` defaulted to `0`.
 * @throws {FactsheetError} `ERR_FACTSHEET_INVALID_RECOGNIZER` when the name is not `scope:name`, the kind is unknown, or `match`/`extract` are missing.
 * @example
 * ```ts
 * const attendees = defineRecognizer({
 *   name: 'acme:in-attendance',
 *   kind: 'participants',
 *   match: (section) => (/^in attendance\b/i.test(section.title ?? '') ? 1 : 0),
 *   extract: (section) => section.items.map((node) => ({name: node.text.split(',')[0] ?? '', role: 'attendee', node}))
 * })
 * ```
 */
export function defineRecognizer<const K extends keyof RecognizedKinds>(recognizer: Recognizer<K>): Recognizer<K> {
  if (!recognizer || typeof recognizer !== 'object') {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_RECOGNIZER', 'Cannot define recognizer: expected an object, got `' + describe(recognizer) + '`')
  }
  if (typeof recognizer.name !== 'string' || !namePattern.test(recognizer.name)) {
    throw new FactsheetError(
      'ERR_FACTSHEET_INVALID_RECOGNIZER',
      'Cannot define recognizer: expected `name` like `acme:gaggle`, got `' + describe(recognizer.name) + '`'
    )
  }
  if (!kinds.has(recognizer.kind)) {
    throw new FactsheetError(
      'ERR_FACTSHEET_INVALID_RECOGNIZER',
      'Cannot define recognizer `' + recognizer.name + '`: expected `kind` of `participants`, `outcomes` or `meetings`, got `' + describe(recognizer.kind) + '`'
    )
  }
  if (typeof recognizer.match !== 'function' || typeof recognizer.extract !== 'function') {
    throw new FactsheetError(
      'ERR_FACTSHEET_INVALID_RECOGNIZER',
      'Cannot define recognizer `' + recognizer.name + '`: expected `match` and `extract` functions'
    )
  }
  if (recognizer.priority !== undefined && !Number.isFinite(recognizer.priority)) {
    throw new FactsheetError(
      'ERR_FACTSHEET_INVALID_RECOGNIZER',
      'Cannot define recognizer `' + recognizer.name + '`: expected a finite `priority`, got `' + describe(recognizer.priority) + '`'
    )
  }
  return Object.freeze({...recognizer, priority: recognizer.priority ?? 0})
}

/**
 * Define a release format: detection plus the recognizers it brings.
 *
 * @param format Format.
 * @returns The same format, frozen.
 * @throws {FactsheetError} `ERR_FACTSHEET_INVALID_RECOGNIZER` when the name is not `scope:name` or `detect` is missing.
 * @example
 * ```ts
 * const gazette = defineFormat({
 *   name: 'acme:gazette',
 *   kind: 'press-release',
 *   detect: ({title}) => (/^gazette:/i.test(title ?? '') ? 1 : 0)
 * })
 * ```
 */
export function defineFormat(format: Format): Format {
  if (!format || typeof format !== 'object' || typeof format.name !== 'string' || !namePattern.test(format.name)) {
    throw new FactsheetError(
      'ERR_FACTSHEET_INVALID_RECOGNIZER',
      'Cannot define format: expected `name` like `acme:gazette`, got `' + describe(format?.name) + '`'
    )
  }
  if (typeof format.detect !== 'function') {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_RECOGNIZER', 'Cannot define format `' + format.name + '`: expected a `detect` function')
  }
  return Object.freeze({...format})
}
