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
 * Whether a code unit is white space as JavaScript's `\s` defines it (white
 * space and line terminators).
 *
 * @param code Code unit (`NaN` past the end of a string).
 * @returns Whether it is.
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
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
