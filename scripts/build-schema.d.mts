/** Generate the schema of `Release` from src/models/types.ts. */
export function buildSchema(): Record<string, unknown>
