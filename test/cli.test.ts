import {spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const fixtures = join(root, 'test', 'fixtures', 'cli')
const releases = join(fixtures, 'releases')
const factSheet = join(releases, 'fact-sheet.txt')
const readout = join(releases, 'readouts', 'readout.md')
const statement = join(releases, 'statement.html')
const feed = join(fixtures, 'feed.ndjson')

let scratch = ''

beforeAll(() => {
  // The tests run the built command, as users do; build only when it is missing.
  if (!existsSync(cli) || !existsSync(join(root, 'dist', 'cli-worker.js'))) {
    const build = spawnSync('npm', ['run', 'build'], {cwd: root, encoding: 'utf8'})
    if (build.status !== 0) throw new Error('npm run build failed:\n' + build.stdout + build.stderr)
  }
  scratch = mkdtempSync(join(tmpdir(), 'factsheet-cli-'))
}, 600_000)

afterAll(() => {
  if (scratch) rmSync(scratch, {recursive: true, force: true})
})

/**
 * Run the built CLI.
 *
 * @param args Arguments.
 * @param input Standard input (optional).
 * @returns Result.
 */
function run(args: string[], input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], {cwd: root, encoding: 'utf8', input: input ?? '', maxBuffer: 64 * 1024 * 1024})
}

/**
 * Parse NDJSON output.
 *
 * @param stdout Output.
 * @returns Values.
 */
function lines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

/**
 * A minimal RFC 4180 reader for checking the CSV output.
 *
 * @param text CSV.
 * @returns Rows of cells.
 */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"'
        index++
      } else if (char === '"') {
        quoted = false
      } else {
        cell += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      index++
    } else {
      cell += char
    }
  }
  return rows
}

describe('factsheet parse: documents', () => {
  it('should print one file as pretty JSON', () => {
    const result = run(['parse', factSheet])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout.startsWith('{\n  "schemaVersion": 1,')).toBe(true)
    const release = JSON.parse(result.stdout)
    expect(release.kind).toBe('fact-sheet')
    expect(release.title).toBe('Portugal-Chile Ocean Partnership Dialogue Fact Sheet')
    expect(release.outcomes.length).toBeGreaterThanOrEqual(6)
    expect(release.meetings[0].location.city).toBe('Lisbon')
  })

  it('should print one line of JSON per file, in argument order, for several files', () => {
    const result = run(['parse', readout, factSheet])
    expect(result.status).toBe(0)
    const records = lines(result.stdout)
    expect(records.map((record) => record['title'])).toEqual([
      "Readout of Secretary Jane Roe's Meeting with Foreign Minister Malik Osei of Ghana",
      'Portugal-Chile Ocean Partnership Dialogue Fact Sheet'
    ])
    expect(records[0]?.['url']).toBe('https://www.example.gov/readout-secretary-roe-foreign-minister-osei/')
    expect(result.stderr).toMatch(/^factsheet: 2 documents, 0 failed, [\d.]+ MB in [\d.]+ s \([\d.]+ docs\/s, [\d.]+ MB\/s\)\n$/)
  })

  it('should walk a directory recursively, in sorted order, for release files only', () => {
    const result = run(['parse', releases, '--format', 'csv', '--quiet'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const files = [...new Set(readCsv(result.stdout).slice(1).map((row) => row[0]))]
    expect(files).toEqual([factSheet, readout, statement])
    expect(lines(run(['parse', releases]).stdout)).toHaveLength(3)
  })

  it('should print a JSON array for several inputs with --format json, and --compact JSON on one line', () => {
    const array = run(['parse', releases, '--format', 'json', '-q'])
    expect(array.status).toBe(0)
    expect(JSON.parse(array.stdout)).toHaveLength(3)
    const pretty = run(['parse', factSheet, readout, '--pretty', '-q'])
    expect(JSON.parse(pretty.stdout)).toHaveLength(2)
    const empty = run(['parse', join(scratch, 'missing.txt'), join(scratch, 'missing.md'), '--format', 'json', '-q'])
    expect(empty.stdout).toBe('[]\n')
    const compact = run(['parse', factSheet, '--compact'])
    expect(compact.stdout.trimEnd().split('\n')).toHaveLength(1)
    expect(JSON.parse(compact.stdout)).toEqual(JSON.parse(run(['parse', factSheet]).stdout))
  })
})

describe('factsheet parse --format csv', () => {
  it('should print the outcomes table with RFC 4180 quoting and CRLF rows', () => {
    const result = run(['parse', '--format', 'csv', statement, factSheet])
    expect(result.status).toBe(0)
    expect(result.stdout.startsWith('file,id,meetingId,section,verb,kind,cameo,modality,actors,text,startOffset,endOffset\r\n')).toBe(true)
    expect(result.stdout.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    const rows = readCsv(result.stdout)
    for (const row of rows) expect(row).toHaveLength(12)
    const release = JSON.parse(run(['parse', factSheet]).stdout)
    const fromFactSheet = rows.filter((row) => row[0] === factSheet)
    expect(fromFactSheet).toHaveLength(release.outcomes.length)
    const first = release.outcomes[1]
    expect(fromFactSheet[1]).toEqual([
      factSheet,
      first.id,
      first.meetingId ?? '',
      first.section ?? '',
      first.verb ?? '',
      first.kind,
      first.cameo ?? '',
      first.modality,
      first.actors.join(';'),
      first.text,
      String(first.position.start.offset),
      String(first.position.end.offset)
    ])
  })

  it('should quote cells with quotes and commas, and guard cells that start like a formula', () => {
    const result = run(['parse', '--format', 'csv', statement])
    const hybrid = readCsv(result.stdout).find((row) => row[9]?.includes('hybrid threats'))
    expect(hybrid?.[9]).toBe('\'=They discussed "hybrid threats", including sabotage of undersea cables.')
    expect(result.stdout).toContain('"\'=They discussed ""hybrid threats"", including')
  })
})

describe('factsheet parse: HTML', () => {
  it('should read .html files and HTML on stdin with the HTML reader', () => {
    const file = run(['parse', statement])
    const stdin = run(['parse'], readFileSync(statement))
    const dash = run(['parse', '-'], readFileSync(statement))
    expect(file.status).toBe(0)
    expect(stdin.stdout).toBe(file.stdout)
    expect(dash.stdout).toBe(file.stdout)
    const release = JSON.parse(file.stdout)
    expect(release.outcomes.map((outcome: {text: string}) => outcome.text)).toContain('They agreed to deepen cooperation on cyber defense & energy security.')
  })

  it('should sniff HTML in a .txt file, and obey --input-format', () => {
    const copy = join(scratch, 'statement.txt')
    writeFileSync(copy, readFileSync(statement))
    const sniffed = JSON.parse(run(['parse', copy]).stdout)
    const html = JSON.parse(run(['parse', statement]).stdout)
    expect(sniffed.outcomes).toEqual(html.outcomes)
    const asText = JSON.parse(run(['parse', '--input-format', 'text', copy]).stdout)
    expect(asText.outcomes).not.toEqual(html.outcomes)
  })
})

describe('factsheet parse --meta-*', () => {
  it('should use the feed metadata where the body lacks it', () => {
    const result = run(
      [
        'parse',
        '--meta-title', 'Joint Statement on the Fourth U.S.-Estonia Strategic Dialogue',
        '--meta-published', '2026-03-03T02:30:00Z',
        '--meta-timezone', 'America/New_York',
        '--meta-source', 'Example.gov',
        '--meta-url', 'https://www.example.gov/us-estonia',
        '-'
      ],
      readFileSync(statement)
    )
    expect(result.status).toBe(0)
    const release = JSON.parse(result.stdout)
    expect(release.title).toBe('Joint Statement on the Fourth U.S.-Estonia Strategic Dialogue')
    expect(release.source).toBe('Example.gov')
    expect(release.url).toBe('https://www.example.gov/us-estonia')
    // 02:30 UTC on March 3 is the evening of March 2 in Washington.
    expect(release.published).toBe('2026-03-02')
  })

  it('should refuse --meta-* flags with several inputs or a directory, and invalid values', () => {
    for (const args of [
      ['parse', '--meta-title', 'X', factSheet, readout],
      ['parse', '--meta-source', 'X', releases],
      ['parse', '--meta-url', 'not a url', factSheet],
      ['parse', '--meta-published', 'yesterday', factSheet],
      ['parse', '--meta-timezone', 'Mars/Olympus', factSheet]
    ]) {
      const result = run(args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^factsheet: .*--meta-.*\nTry 'factsheet --help' for more information\.\n$/)
    }
  })
})

describe('factsheet parse --input ndjson', () => {
  it('should parse each record, wrap records that have an id, and report bad lines by number', () => {
    const result = run(['parse', '--input', 'ndjson', feed])
    expect(result.status).toBe(1)
    const records = lines(result.stdout)
    expect(records).toHaveLength(3)
    expect(records[0]?.['id']).toBe('feed-1')
    expect((records[0]?.['release'] as {source: string; published: string}).source).toBe('Example.gov')
    expect((records[0]?.['release'] as {published: string}).published).toBe('2026-05-04')
    expect(records[1]?.['schemaVersion']).toBe(1)
    expect(records[1]?.['id']).toBeUndefined()
    expect(records[2]?.['id']).toBe('feed-6')
    const errors = result.stderr.split('\n').filter((line) => line.includes(': '))
    expect(errors[0]).toMatch(/^factsheet: .*feed\.ndjson:3: invalid JSON: /)
    expect(errors[1]).toMatch(/^factsheet: .*feed\.ndjson:5: invalid "meta": expected `meta\.url` to be an absolute URL/)
    expect(result.stderr).toMatch(/factsheet: 3 documents, 2 failed/)
  })

  it('should read records from stdin and report shape problems', () => {
    const input = [
      '{"id": "a", "text": "Secretary of State Jane Roe met today with Foreign Minister Lena Berg of Sweden. They agreed to expand trade."}',
      '[1, 2]',
      '{"text": 42}',
      '{"text": "x", "html": "<p>x</p>"}',
      '{"id": "e"}'
    ].join('\r\n')
    const result = run(['parse', '--input', 'ndjson', '--format', 'csv'], input)
    expect(result.status).toBe(1)
    expect(result.stdout.startsWith('file,id,')).toBe(true)
    expect(result.stdout).toContain('\r\na,o1,')
    expect(result.stderr).toContain('factsheet: <stdin>:2: expected a JSON object, got an array')
    expect(result.stderr).toContain('factsheet: <stdin>:3: expected "text" to be a string, got a number')
    expect(result.stderr).toContain('factsheet: <stdin>:4: expected "text" or "html", not both')
    expect(result.stderr).toContain('factsheet: <stdin>:5: expected a "text" or "html" field')
  })

  it('should report a directory where a file is expected', () => {
    const result = run(['parse', '--input', 'ndjson', releases, feed])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`factsheet: ${releases}: is a directory\n`)
    expect(lines(result.stdout)).toHaveLength(3)
  })
})

describe('factsheet parse: failing inputs', () => {
  it('should report a missing file and still parse the others', () => {
    const missing = join(scratch, 'no-such-release.txt')
    const result = run(['parse', factSheet, missing, readout])
    expect(result.status).toBe(1)
    expect(lines(result.stdout)).toHaveLength(2)
    expect(result.stderr).toContain(`factsheet: ${missing}: no such file or directory\n`)
    expect(result.stderr).toMatch(/factsheet: 2 documents, 1 failed/)
  })

  it('should report a binary file', () => {
    const binary = join(scratch, 'image.txt')
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))
    const result = run(['parse', binary, factSheet])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`factsheet: ${binary}: looks binary (NUL byte at offset 8)\n`)
    expect(lines(result.stdout)).toHaveLength(1)
    const single = run(['parse', binary])
    expect(single.status).toBe(1)
    expect(single.stdout).toBe('')
  })

  it('should report a file over --max-bytes, and over the default 4 MiB', () => {
    const small = run(['parse', '--max-bytes', '1K', factSheet, readout])
    expect(small.status).toBe(1)
    expect(small.stderr).toContain(`factsheet: ${factSheet}: is too large (`)
    expect(small.stderr).toContain('the limit is 1 KiB, see --max-bytes)')
    expect(lines(small.stdout)).toHaveLength(1)

    const huge = join(scratch, 'huge.md')
    writeFileSync(huge, Buffer.alloc(4 * 1024 * 1024 + 1, 'a'))
    const result = run(['parse', huge])
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(`factsheet: ${huge}: is too large (4.0 MiB; the limit is 4 MiB, see --max-bytes)\n`)
    expect(run(['parse', '--max-bytes', '5MiB', huge]).status).toBe(0)
  })

  it('should report a directory without release files', () => {
    const empty = join(scratch, 'empty')
    mkdirSync(empty, {recursive: true})
    const result = run(['parse', empty])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`factsheet: ${empty}: no .txt, .md, .markdown, .html, .htm files in this directory`)
  })
})

describe('factsheet: usage', () => {
  it('should exit 2 with a hint on bad usage', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['parse', '--frobnicate', factSheet],
      ['parse', '--format', 'xml', factSheet],
      ['parse', '--format'],
      ['parse', '--jobs', 'many', factSheet],
      ['parse', '--max-bytes', 'lots', factSheet],
      ['parse', '--input', 'xml', factSheet],
      ['parse', '--input-format', 'pdf', factSheet],
      ['parse', '--pretty', '--compact', factSheet],
      ['parse', '--format', 'csv', '--pretty', factSheet],
      ['parse', '-', '-']
    ]) {
      const result = run(args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^factsheet: .+\nTry 'factsheet --help' for more information\.\n$/)
    }
  })

  it('should print help with -h and --help', () => {
    const result = run(['--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Usage: factsheet parse [options] [FILE | DIR | -]...')
    for (const flag of ['--input', '--input-format', '--format', '--max-bytes', '--meta-title', '--meta-published', '--meta-url', '--meta-source', '--meta-timezone', '--jobs', '--pretty', '--compact', '--quiet', '--summary', '--version']) {
      expect(result.stdout).toContain(flag)
    }
    expect(run(['parse', '-h']).stdout).toBe(result.stdout)
  })

  it('should print the version of the package', () => {
    const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
    expect(run(['--version']).stdout).toBe(version + '\n')
    expect(run(['-v']).stdout).toBe(version + '\n')
  })
})

describe('factsheet parse --jobs', () => {
  it('should give the same output and errors with --jobs 2 as with --jobs 1', () => {
    const batch = join(scratch, 'batch')
    mkdirSync(batch, {recursive: true})
    const sources = [factSheet, readout, statement]
    for (let index = 0; index < 60; index++) {
      const source = sources[index % sources.length] ?? factSheet
      const extension = source.slice(source.lastIndexOf('.'))
      const text = readFileSync(source, 'utf8').replaceAll('2026', String(2000 + index))
      writeFileSync(join(batch, `release-${String(index).padStart(3, '0')}${extension}`), text)
    }
    writeFileSync(join(batch, 'release-030b.txt'), Buffer.from('binary\0data'))
    const args = ['parse', batch, join(scratch, 'missing.txt'), factSheet]
    const one = run([...args, '--jobs', '1'])
    const two = run([...args, '--jobs', '2'])
    expect(one.status).toBe(1)
    expect(two.status).toBe(1)
    expect(lines(one.stdout)).toHaveLength(61)
    expect(two.stdout).toBe(one.stdout)
    const errors = (stderr: string) => stderr.split('\n').filter((line) => !/ documents?, \d+ failed/.test(line))
    expect(errors(two.stderr)).toEqual(errors(one.stderr))
    expect(run([...args, '--jobs', '2', '--format', 'csv', '-q']).stdout).toBe(run([...args, '--format', 'csv', '-q']).stdout)
    expect(run(['parse', '--input', 'ndjson', feed, '--jobs', '2']).stdout).toBe(run(['parse', '--input', 'ndjson', feed]).stdout)
  }, 300_000)
})
