import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {expectTypeOf, test} from 'vitest'
import type {Release} from '../models/types.js'
import {createParser} from '../parse-release.js'
import {factsheetPlugin} from './plugin.js'

test('file.data.factsheet is typed as a Release', () => {
  expectTypeOf<VFile['data']['factsheet']>().toEqualTypeOf<Release | undefined>()
})

test('the plugin accepts its options and nothing else', () => {
  unified().use(remarkParse).use(factsheetPlugin)
  unified().use(remarkParse).use(factsheetPlugin, {parser: createParser(), meta: {published: '2025-06-03'}, maxBytes: 1024})
  // @ts-expect-error: `parser` must come from createParser.
  unified().use(remarkParse).use(factsheetPlugin, {parser: 'default'})
  // @ts-expect-error: unknown format.
  unified().use(remarkParse).use(factsheetPlugin, {format: 'html'})
})

test('the transformer reads mdast', () => {
  expectTypeOf(factsheetPlugin).returns.parameters.toEqualTypeOf<[Root, VFile]>()
})
