/** Markdown categories: name → generator of about `bytes` bytes. */
export const markdownCategories: Record<string, (bytes: number) => string>
/** HTML categories: name → generator of about `bytes` bytes. */
export const htmlCategories: Record<string, (bytes: number) => string>
