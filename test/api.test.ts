/**
 * Public API guard: the names each entry exports, written out. A change here is a change to
 * the public API: update the list on purpose, and add a CHANGELOG line.
 */
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'
import * as html from '../src/html/index.js'
import * as testing from '../src/testing/index.js'

const root = fileURLToPath(new URL('../', import.meta.url))

describe('public API', () => {
  it('should expose the same values from `factsheet`', () => {
    expect(Object.keys(api).sort()).toEqual([
      'FactsheetError',
      'createParser',
      'defaultFormats',
      'defaultLexicons',
      'defaultRecognizers',
      'defineFormat',
      'defineRecognizer',
      'factsheetPlugin',
      'officeholderCheck',
      'parseRelease'
    ])
  })

  it('should expose the same values from `factsheet/html`', () => {
    expect(Object.keys(html).sort()).toEqual(['htmlToMdast', 'parseHtmlRelease'])
  })

  it('should expose the same values from `factsheet/testing`', () => {
    expect(Object.keys(testing).sort()).toEqual([
      'RecognizerTestError',
      'contextFor',
      'runRecognizer',
      'sectionFrom',
      'sectionsFrom',
      'testRecognizer'
    ])
  })

  it('should expose the same names, types included, from every entry', () => {
    expect(exportedNames(['src/index.ts', 'src/html/index.ts', 'src/testing/index.ts'])).toEqual({
      'src/index.ts': [
        'ActionEntry',
        'AnyRecognizer',
        'Boilerplate',
        'Check',
        'CheckContext',
        'CheckReport',
        'Diagnostic',
        'FactsheetError',
        'FactsheetErrorCode',
        'FactsheetPluginOptions',
        'FindingSource',
        'Format',
        'GeneratedEvidence',
        'Lexicons',
        'LexiconsInput',
        'Meeting',
        'MeetingFinding',
        'MeetingLocation',
        'MeetingMode',
        'Modality',
        'OfficeholderCheckOptions',
        'OfficeholderEntry',
        'Outcome',
        'OutcomeFinding',
        'ParseOptions',
        'Parser',
        'ParserOptions',
        'Participant',
        'ParticipantFinding',
        'ParticipantRole',
        'PersonMention',
        'PlaceMention',
        'Point',
        'Position',
        'Provenance',
        'RecognizeContext',
        'RecognizedKinds',
        'Recognizer',
        'Release',
        'ReleaseKind',
        'ReleaseMeta',
        'ReportOptions',
        'Role',
        'Section',
        'SectionInfo',
        'SectionItem',
        'SentenceAnalysis',
        'Severity',
        'SubjectKind',
        'createParser',
        'defaultFormats',
        'defaultLexicons',
        'defaultRecognizers',
        'defineFormat',
        'defineRecognizer',
        'factsheetPlugin',
        'officeholderCheck',
        'parseRelease'
      ],
      'src/html/index.ts': ['HtmlParseOptions', 'htmlToMdast', 'parseHtmlRelease'],
      'src/testing/index.ts': [
        'ContextForOptions',
        'ExpectedFinding',
        'InvalidCase',
        'RecognizerCases',
        'RecognizerRun',
        'RecognizerTestError',
        'RunRecognizerOptions',
        'TestApi',
        'ValidCase',
        'contextFor',
        'runRecognizer',
        'sectionFrom',
        'sectionsFrom',
        'testRecognizer'
      ]
    })
  })
})

/**
 * Every name (values and types) each entry exports, read with the TypeScript compiler.
 *
 * @param files Entry files, relative to the repository root.
 * @returns Sorted names per file.
 */
function exportedNames(files: string[]): Record<string, string[]> {
  const program = ts.createProgram(
    files.map((file) => root + file),
    {module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true, types: []}
  )
  const checker = program.getTypeChecker()
  const result: Record<string, string[]> = {}
  for (const file of files) {
    const source = program.getSourceFile(root + file)
    const symbol = source && checker.getSymbolAtLocation(source)
    result[file] = symbol ? checker.getExportsOfModule(symbol).map((item) => item.name).sort() : []
  }
  return result
}
