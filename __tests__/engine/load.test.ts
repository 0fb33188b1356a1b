import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { ExperimentValidationError, UsageError } from '../../src/engine/errors.ts'
import {
  findExperimentFiles,
  fromPointer,
  loadExperimentFile,
  toPointer
} from '../../src/engine/load.ts'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const valid = path.join(fixtures, 'valid')
const invalid = path.join(fixtures, 'invalid')

async function loadIssues(file: string): Promise<[number, number, string, string][]> {
  try {
    await loadExperimentFile(file)
  } catch (error) {
    assert.ok(error instanceof ExperimentValidationError, String(error))
    return error.issues.map((i) => {
      assert.equal(i.location?.file, file)
      assert.ok(i.expected, `issue without expected: ${i.message}`)
      return [i.location.line, i.location.column, i.field, i.message]
    })
  }
  assert.fail(`${file} loaded without error`)
}

const BROKEN_JSON = `{
  "title": "a trailing comma",
  "description": "JSON is not YAML",
  "method": [],
}
`
const BROKEN_YAML = `title: an unclosed flow sequence
description: the bracket never closes
method: [
  {type: action, name: a, provider: {type: process, path: "true"}}
`

let tmp = ''
before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'chaos-load-'))
})
after(async () => {
  await rm(tmp, { recursive: true, force: true })
})

describe('findExperimentFiles', () => {
  it('walks directories recursively in sorted order and skips other extensions', async () => {
    const files = await findExperimentFiles([valid])
    assert.deepEqual(files, [
      path.join(valid, 'every-tolerance.json'),
      path.join(valid, 'hypothesis-only.json'),
      path.join(valid, 'nested', 'anchors-and-warnings.yml'),
      path.join(valid, 'simple.yaml')
    ])
  })

  it('keeps the order the paths were given and lists a file once', async () => {
    const simple = path.join(valid, 'simple.yaml')
    const files = await findExperimentFiles([simple, valid])
    assert.equal(files[0], simple)
    assert.equal(files.filter((f) => f === simple).length, 1)
    assert.equal(files.length, 4)
  })

  it('refuses a missing path with a one-line usage error', async () => {
    const missing = path.join(tmp, 'no-such-experiment.yaml')
    await assert.rejects(findExperimentFiles([valid, missing]), (error: unknown) => {
      assert.ok(error instanceof UsageError)
      assert.equal(error.message, `experiment path '${missing}' does not exist`)
      assert.ok(!error.message.includes('\n'))
      return true
    })
  })

  it("refuses a named file with another extension with chaostoolkit's text", async () => {
    const txt = path.join(invalid, 'experiment.txt')
    await assert.rejects(findExperimentFiles([txt]), (error: unknown) => {
      assert.ok(error instanceof UsageError)
      assert.match(error.message, /only files with json, yaml or yml extensions are supported$/)
      return true
    })
    await assert.rejects(loadExperimentFile(txt), UsageError)
  })

  it('refuses a directory without experiments', async () => {
    const empty = path.join(tmp, 'empty')
    await mkdir(empty)
    await writeFile(path.join(empty, 'notes.md'), '# nothing here\n')
    await assert.rejects(findExperimentFiles([empty]), /no experiment files .* found under/)
  })

  it('follows symlinked directories once and does not loop', async () => {
    const root = path.join(tmp, 'loop')
    await mkdir(path.join(root, 'sub'), { recursive: true })
    await writeFile(path.join(root, 'sub', 'x.yaml'), 'title: t\n')
    await symlink(root, path.join(root, 'sub', 'back-to-root'))
    const files = await findExperimentFiles([root])
    assert.deepEqual(files, [path.join(root, 'sub', 'x.yaml')])
  })
})

describe('loadExperimentFile', () => {
  it('maps document paths to lines, falling back to the nearest existing node', async () => {
    const file = path.join(valid, 'simple.yaml')
    const loaded = await loadExperimentFile(file)
    assert.equal(loaded.format, 'yaml')
    assert.equal(loaded.file, file)
    assert.equal(loaded.experiment.title, 'Simple experiment')
    assert.deepEqual(loaded.locate(['method', 0, 'provider', 'arguments']), {
      file,
      line: 20,
      column: 7
    })
    // `timeout` is absent: the provider key is the nearest existing node.
    assert.deepEqual(loaded.locate(['method', 0, 'provider', 'timeout']), {
      file,
      line: 17,
      column: 5
    })
    assert.deepEqual(loaded.locate(['method', 9]), { file, line: 14, column: 1 })
    assert.deepEqual(loaded.locate(['steady-state-hypothesis', 'probes', 0]), {
      file,
      line: 7,
      column: 7
    })
    assert.deepEqual(loaded.locate([]), { file, line: 2, column: 1 })
  })

  it('locates keys brought in by a YAML merge key at their definition', async () => {
    const file = path.join(valid, 'nested', 'anchors-and-warnings.yml')
    const loaded = await loadExperimentFile(file)
    const provider = loaded.experiment['steady-state-hypothesis']?.probes?.[0]
    assert.deepEqual(provider && 'provider' in provider ? provider.provider : undefined, {
      type: 'process',
      path: 'sh',
      arguments: "-c 'exit 0'"
    })
    const text = await readFile(file, 'utf8')
    const lineOf = (content: string): number =>
      text.split('\n').findIndex((l) => l.trim() === content) + 1
    const probe = ['steady-state-hypothesis', 'probes', 0, 'provider']
    assert.equal(loaded.locate([...probe, 'path'])?.line, lineOf('path: sh'))
    assert.equal(loaded.locate([...probe, 'arguments'])?.line, lineOf("arguments: -c 'exit 0'"))
  })

  it('reads JSON with JSON semantics and the same positions', async () => {
    const yaml = await loadExperimentFile(path.join(valid, 'simple.yaml'))
    const file = path.join(tmp, 'simple.json')
    await writeFile(file, '\ufeff' + JSON.stringify(yaml.experiment, null, 2))
    const json = await loadExperimentFile(file)
    assert.equal(json.format, 'json')
    assert.deepEqual(json.experiment, yaml.experiment)
    const text = await readFile(file, 'utf8')
    const lines = text.split('\n')
    const argLine = lines.findIndex((l) => l.includes('"arguments": "world"')) + 1
    assert.deepEqual(json.locate(['method', 0, 'provider', 'arguments']), {
      file,
      line: argLine,
      column: (lines[argLine - 1] ?? '').indexOf('"arguments"') + 1
    })
    assert.equal(json.locate(['method', 0, 'provider', 'nope'])?.line, argLine - 3)
  })

  it('gives JSON syntax errors a line and a column', async () => {
    // Written here, not kept as fixtures: a formatter cannot hold files that do not parse.
    const file = path.join(tmp, 'broken-syntax.json')
    await writeFile(file, BROKEN_JSON)
    const issues = await loadIssues(file)
    assert.equal(issues.length, 1)
    const [line, column, field, message] = issues[0] ?? []
    assert.deepEqual([line, column, field], [5, 1, ''])
    assert.match(message ?? '', /^JSON syntax error: /)
  })

  it('gives YAML syntax errors a line', async () => {
    const file = path.join(tmp, 'broken-syntax.yaml')
    await writeFile(file, BROKEN_YAML)
    const issues = await loadIssues(file)
    assert.ok(issues.length >= 1)
    assert.match(issues[0]?.[3] ?? '', /^YAML syntax error: /)
    assert.equal(issues[0]?.[0], 5)
  })

  it('reports every duplicate key, where it was first defined', async () => {
    assert.deepEqual(await loadIssues(path.join(invalid, 'duplicate-keys.yaml')), [
      [9, 7, '/method/0/provider/path', 'duplicate key `path` (first defined on line 8)'],
      [10, 1, '/title', 'duplicate key `title` (first defined on line 1)']
    ])
    const json = path.join(invalid, 'duplicate-keys.json')
    assert.deepEqual(await loadIssues(json), [
      [
        8,
        7,
        '/method/0/name',
        `duplicate key \`name\` with values of different types (a string on ${json}:7, a list ` +
          `on ${json}:8): chaostoolkit would silently use the last one, a list on line 8`
      ]
    ])
  })

  it('takes the last of JSON duplicates of one type, as chaostoolkit, and warns', async () => {
    const file = path.join(tmp, 'same-type-duplicates.json')
    await writeFile(
      file,
      [
        '{',
        '  "title": "first",',
        '  "description": "d",',
        '  "title": "second",',
        '  "method": [{"type": "action", "name": "a",',
        '    "provider": {"type": "process", "path": "echo", "timeout": 1, "timeout": [1]},',
        '    "provider": {"type": "process", "path": "true", "timeout": 2}}],',
        '  "title": "third"',
        '}'
      ].join('\n')
    )
    const loaded = await loadExperimentFile(file)
    assert.equal(loaded.experiment.title, 'third')
    // The provider on line 6 is dropped whole, its own conflicting `timeout` with it.
    assert.deepEqual(loaded.experiment.method[0], {
      type: 'action',
      name: 'a',
      provider: { type: 'process', path: 'true', timeout: 2 }
    })
    assert.deepEqual(
      loaded.loadWarnings?.map((w) => [w.location?.line, w.field, w.message]),
      [
        [
          8,
          '/title',
          'duplicate key `title` (also on line 2, 4): chaostoolkit uses the last value, on ' +
            'line 8, and so does chaos-action; delete the one on line 2, 4'
        ],
        [
          7,
          '/method/0/provider',
          'duplicate key `provider` (also on line 6): chaostoolkit uses the last value, on ' +
            'line 7, and so does chaos-action; delete the one on line 6'
        ]
      ]
    )
  })

  it('refuses python tags, as safe_load does', async () => {
    assert.deepEqual(await loadIssues(path.join(invalid, 'python-tag.yaml')), [
      [1, 8, '', 'unsupported YAML tag !!python/object/apply:os.system']
    ])
  })

  it('refuses YAML 1.1 extras that are not JSON (binary, timestamps as tags)', async () => {
    const file = path.join(tmp, 'binary.yaml')
    await writeFile(file, 'title: t\ndescription: d\nmethod: []\ndata: !!binary aGk=\n')
    assert.deepEqual(await loadIssues(file), [[4, 7, '', 'unsupported YAML tag !!binary']])
  })

  it('uses the YAML 1.2 core schema: yes/no/on/off stay strings', async () => {
    const file = path.join(tmp, 'core.yaml')
    await writeFile(
      file,
      'title: t\ndescription: d\nmethod: []\nflags: [yes, no, on, off, true, 0o17, 1e3]\n'
    )
    const loaded = await loadExperimentFile(file)
    assert.deepEqual(loaded.experiment.flags, ['yes', 'no', 'on', 'off', true, 15, 1000])
  })

  it('refuses a second YAML document', async () => {
    assert.deepEqual(await loadIssues(path.join(invalid, 'two-documents.yaml')), [
      [4, 1, '', 'a file holds one experiment, but this one has 2 YAML documents']
    ])
  })

  it('refuses a document that is not a mapping, and an empty one', async () => {
    assert.deepEqual(await loadIssues(path.join(invalid, 'not-a-mapping.yml')), [
      [1, 1, '', 'an experiment must be a mapping of fields, not a list']
    ])
    for (const name of ['empty.yaml', 'empty.json']) {
      const file = path.join(tmp, name)
      await writeFile(file, '\n  \n')
      assert.deepEqual(await loadIssues(file), [
        [1, 1, '', 'an empty experiment is not an experiment']
      ])
    }
  })

  it('reports all load problems of a file together', async () => {
    const file = path.join(tmp, 'several.yaml')
    await writeFile(file, 'title: a\ntitle: b\nx: !custom 1\n---\ny: 2\n')
    assert.deepEqual(
      (await loadIssues(file)).map(([line, , , message]) => [line, message]),
      [
        [2, 'duplicate key `title` (first defined on line 1)'],
        [3, 'unsupported YAML tag !custom'],
        [4, 'a file holds one experiment, but this one has 2 YAML documents']
      ]
    )
  })
})

describe('JSON pointers', () => {
  it('round-trips paths with escapes and indices', () => {
    const docPath = ['method', 2, 'provider', 'a/b~c']
    assert.equal(toPointer(docPath), '/method/2/provider/a~1b~0c')
    assert.deepEqual(fromPointer(toPointer(docPath)), docPath)
    assert.deepEqual(fromPointer(''), [])
  })
})
