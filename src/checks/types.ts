import type {Lexicons} from '../lexicons/index.js'
import type {Position, Release, Severity} from '../models/types.js'

/** A problem a check reports. */
export interface CheckReport {
  /** Stable code: `officeholder/not-in-office`. */
  code: string
  /** Human-readable reason. */
  reason: string
  /** Severity (default: `warning`). */
  severity?: Severity | undefined
  /** Where in the input (optional). */
  place?: Position | null | undefined
}

/** What a check gets besides the release. */
export interface CheckContext {
  /** Lexicons in use. */
  readonly lexicons: Lexicons
  /**
   * The original input the release was parsed from, which every `Position`
   * points into (optional: absent when a check runs on a stored release).
   * Checks must work without it and may use it to read the words around a
   * position ("former", "will visit").
   */
  readonly text?: string | undefined
}

/** A check that runs on the finished release and reports problems. */
export interface Check {
  /** Stable id `scope:name`; the `source` of its diagnostics. */
  readonly name: string
  /** Inspect the release; return problems (never mutate the release). */
  check(release: Readonly<Release>, context: CheckContext): readonly CheckReport[]
}
