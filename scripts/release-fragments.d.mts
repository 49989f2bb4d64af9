/** Countries and ministers: `[country, demonym, office, name]`. */
export const parties: ReadonlyArray<readonly [string, string, string, string]>
/** Outcome items. */
export const outcomeItems: readonly string[]
/** Section headings. */
export const headings: readonly string[]
/** A deterministic pseudo-random generator. */
export function createRandom(seed: number): () => number
/** A list-heavy Markdown release of about `bytes` bytes. */
export function markdownRelease(bytes: number, seed?: number): string
/** A plain-text release of about `bytes` bytes. */
export function plainTextRelease(bytes: number, seed?: number): string
/** An HTML release fragment of about `bytes` bytes. */
export function htmlRelease(bytes: number, seed?: number): string
/** Small realistic documents of each format. */
export function sampleReleases(): Array<{name: string; format: 'text' | 'markdown' | 'html'; text: string}>
