import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {FactsheetError, describe} from '../diagnostics/error.js'
import type {Release, Severity} from '../models/types.js'
import {resolveOptions, type ParseOptions} from '../options.js'
import {createParser, type Parser} from '../parse-release.js'

declare module 'vfile' {
  interface DataMap {
    /** The release `factsheetPlugin` read from the file. */
    factsheet: Release
  }
}

/**
 * Options of `factsheetPlugin`: those of `parseRelease`, plus a parser.
 *
 * @example
 * ```ts
 * unified().use(remarkParse).use(factsheetPlugin, {parser: createParser({recognizers: [mine, ...defaultRecognizers]})})
 * ```
 */
export interface FactsheetPluginOptions extends ParseOptions {
  /** Parser from `createParser`, with your recognizers, formats and lexicons (optional; default: the default parser). */
  parser?: Parser | undefined
}

const defaultParser = /* @__PURE__ */ createParser()

/**
 * unified plugin that reads the mdast tree of a release into a `Release`, for
 * pipelines that already parse Markdown with `remark-parse`. The release is
 * put on `file.data.factsheet`, and each of its diagnostics becomes a vfile
 * message (`ruleId` is the diagnostic's code, `source` the recognizer or
 * check that raised it, `place` its position; `fatal` is `true` for errors,
 * `false` for warnings and unset for info). Messy text never throws; input
 * over `maxBytes` becomes one fatal message and no release.
 *
 * @param options Parse options and a parser (optional).
 * @returns Transformer.
 * @throws {FactsheetError} `ERR_FACTSHEET_INVALID_OPTION` or `ERR_FACTSHEET_INVALID_META` when the options are invalid (when the plugin is attached, not per file).
 * @example
 * ```ts
 * import remarkParse from 'remark-parse'
 * import {unified} from 'unified'
 * import {factsheetPlugin} from 'factsheet'
 *
 * const processor = unified().use(remarkParse).use(factsheetPlugin, {meta: {published: '2025-06-03'}})
 * const file = await processor.run(processor.parse(text), text) // or processor.process(...) with a compiler
 * ```
 */
export function factsheetPlugin(options?: FactsheetPluginOptions | null | undefined): (tree: Root, file: VFile) => undefined {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot use factsheetPlugin: expected an options object, got `' + describe(options) + '`')
  }
  const {parser = defaultParser, ...parseOptions} = options ?? {}
  if (!parser || typeof parser !== 'object' || typeof parser.parseTree !== 'function') {
    throw new FactsheetError('ERR_FACTSHEET_INVALID_OPTION', 'Cannot use factsheetPlugin: expected `parser` from `createParser()`, got `' + describe(parser) + '`')
  }
  // Misuse shows when the plugin is attached, not on every file.
  resolveOptions(parseOptions)

  return function transformer(tree, file) {
    let release: Release
    try {
      release = parser.parseTree(tree, String(file), parseOptions)
    } catch (error) {
      // Only misuse throws (input over `maxBytes`, a tree that is not a root):
      // report it on the file instead of failing the whole pipeline.
      if (!(error instanceof FactsheetError)) throw error
      const message = file.message(error.message, {ruleId: error.code, source: 'factsheet', cause: error})
      message.fatal = true
      return undefined
    }
    file.data.factsheet = release
    for (const diagnostic of release.diagnostics) {
      const message = file.message(diagnostic.reason, diagnostic.place ? {place: diagnostic.place, ruleId: diagnostic.code, source: diagnostic.source} : {ruleId: diagnostic.code, source: diagnostic.source})
      message.fatal = fatalOf(diagnostic.severity)
    }
    return undefined
  }
}

/**
 * vfile's `fatal` for a severity: `true` (error), `false` (warning) or
 * `undefined` (info).
 *
 * @param severity Severity.
 * @returns `fatal`.
 */
function fatalOf(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}
