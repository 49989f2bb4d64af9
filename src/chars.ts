/**
 * Code-unit tests shared by the stages: cheap checks that run before (or
 * instead of) a regex on hot paths.
 */

/**
 * Whether a code unit is an ASCII digit.
 *
 * @param code Code unit (`NaN` past the end of a string).
 * @returns Whether it is.
 */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Whether every code unit of a string is ASCII.
 *
 * @param text Text.
 * @returns Whether it is.
 */
export function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 127) return false
  return true
}
