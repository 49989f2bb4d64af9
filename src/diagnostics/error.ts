/** Stable codes of the errors `factsheet` throws on misuse. */
export type FactsheetErrorCode =
  | 'ERR_FACTSHEET_INVALID_INPUT'
  | 'ERR_FACTSHEET_INPUT_TOO_LARGE'
  | 'ERR_FACTSHEET_INVALID_OPTION'
  | 'ERR_FACTSHEET_INVALID_META'
  | 'ERR_FACTSHEET_INVALID_RECOGNIZER'
  | 'ERR_FACTSHEET_RECOGNIZER'

/**
 * The error `factsheet` throws when the caller misuses the API: a non-string
 * input, input over `maxBytes`, or invalid options. Content problems never
 * throw; they become diagnostics.
 *
 * @example
 * ```ts
 * try {
 *   parseRelease(42 as unknown as string)
 * } catch (error) {
 *   if (error instanceof FactsheetError) console.log(error.code) // 'ERR_FACTSHEET_INVALID_INPUT'
 * }
 * ```
 */
export class FactsheetError extends Error {
  /** Stable code, like Node's `ERR_*` codes. */
  readonly code: FactsheetErrorCode

  /**
   * @param code Stable error code.
   * @param message Message worded as `Cannot X: expected Y, got \`Z\``.
   * @param options Optional `cause`.
   */
  constructor(code: FactsheetErrorCode, message: string, options?: {cause?: unknown}) {
    super(message, options?.cause === undefined ? undefined : {cause: options.cause})
    this.name = 'FactsheetError'
    this.code = code
  }
}

/**
 * Describe a value for an error message without dumping it whole.
 *
 * @param value Any value.
 * @returns A short description.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value)
  }
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : typeof value
}

/**
 * The message of something a user's recognizer, format or check threw, for a
 * diagnostic. Never throws itself, whatever was thrown (an object without a
 * prototype, a throwing `toString` or `message` getter).
 *
 * @param error Thrown value.
 * @param limit Longest message kept (default: `300`).
 * @returns Message.
 */
export function describeError(error: unknown, limit = 300): string {
  try {
    return String(error instanceof Error ? error.message : error).slice(0, limit)
  } catch {
    return 'a value that cannot be printed'
  }
}
