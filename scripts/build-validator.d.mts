/** Path of the committed standalone validator. */
export const validatorPath: string
/** Generate the source of the standalone validator. */
export function buildValidator(schema?: Record<string, unknown>): string
