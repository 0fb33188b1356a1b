import { readFile, readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseJsonTree, type ValueNode as JsonNode } from '@humanwhocodes/momoa'
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Pair
} from 'yaml'
import { ExperimentValidationError, UsageError, type ValidationIssue } from './errors.ts'
import type { DocPath, Experiment, SourceLocation } from './types.ts'

/** One experiment file, parsed, with a way back from any path in it to its place in the file. */
export interface LoadedExperiment {
  /** The file as the user named it (or as found under a directory they named). */
  file: string
  absolutePath: string
  format: 'json' | 'yaml'
  experiment: Experiment
  /** Where `path` is in the file; a path that does not exist maps to its nearest existing ancestor. */
  locate(path: DocPath): SourceLocation | undefined
  /** What loading accepted but the user should hear about (validation reports them). */
  loadWarnings?: ValidationIssue[]
}

export const EXPERIMENT_EXTENSIONS: readonly string[] = ['.json', '.yaml', '.yml']

// chaostoolkit's loader text, kept word for word.
const UNSUPPORTED_EXTENSION = 'only files with json, yaml or yml extensions are supported'

// Bounds the directory walk: symlink loops are cut by realpath, this guards against the absurd.
const MAX_DEPTH = 32

function isExperimentFile(name: string): boolean {
  return EXPERIMENT_EXTENSIONS.includes(path.extname(name).toLowerCase())
}

/**
 * Expands the paths the user named into experiment files: files as named, directories walked
 * recursively in sorted order keeping only .json/.yaml/.yml. Each file appears once.
 */
export async function findExperimentFiles(paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) {
    throw new UsageError('no experiment path given', 'name an experiment file or a directory')
  }
  const found: string[] = []
  const seen = new Set<string>()
  const add = (file: string): void => {
    const key = path.resolve(file)
    if (seen.has(key)) return
    seen.add(key)
    found.push(file)
  }
  for (const given of paths) {
    const info = await stat(given).catch((error: unknown) => {
      throw new UsageError(`experiment path '${given}' does not exist`, describeFsError(error))
    })
    if (info.isDirectory()) {
      const files = await walk(given, new Set([await realpath(given)]), 0)
      if (files.length === 0) {
        throw new UsageError(
          `no experiment files (${EXPERIMENT_EXTENSIONS.join(', ')}) found under '${given}'`
        )
      }
      files.forEach(add)
    } else if (!isExperimentFile(given)) {
      throw new UsageError(`'${given}': ${UNSUPPORTED_EXTENSION}`)
    } else {
      add(given)
    }
  }
  return found
}

function describeFsError(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code
  if (code === 'ENOENT') return 'check the path: nothing exists there'
  if (code === 'EACCES') return 'the path is not readable by this user'
  return undefined
}

async function walk(dir: string, visited: Set<string>, depth: number): Promise<string[]> {
  if (depth > MAX_DEPTH) return []
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const out: string[] = []
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    let isDir = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined)
      if (target === undefined) continue // dangling link: nothing to load
      isDir = target.isDirectory()
      isFile = target.isFile()
    }
    if (isDir) {
      const real = await realpath(full)
      if (visited.has(real)) continue
      visited.add(real)
      out.push(...(await walk(full, visited, depth + 1)))
    } else if (isFile && isExperimentFile(entry.name)) {
      out.push(full)
    }
  }
  return out
}

/**
 * Reads and parses one experiment file. Syntax errors, duplicate keys, unsupported tags, several
 * documents and a top level that is not a mapping are all reported at once, with lines.
 */
export async function loadExperimentFile(file: string): Promise<LoadedExperiment> {
  const ext = path.extname(file).toLowerCase()
  if (!EXPERIMENT_EXTENSIONS.includes(ext)) {
    throw new UsageError(`'${file}': ${UNSUPPORTED_EXTENSION}`)
  }
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read experiment file '${file}'`, describeFsError(error))
  }
  return parseExperimentText(text, file, ext === '.json' ? 'json' : 'yaml')
}

/** Parses experiment text already read; `file` is only used for locations. */
export function parseExperimentText(
  text: string,
  file: string,
  format: 'json' | 'yaml'
): LoadedExperiment {
  // A BOM is not content; JSON.parse would choke on it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const lineCounter = new LineCounter()
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, column: col }
  }
  const parsed =
    format === 'json' ? parseJson(text, file, lineCounter) : parseYaml(text, lineCounter, at)
  const { value, offsetOf } = parsed
  const issues = parsed.issues
  const locate = (docPath: DocPath): SourceLocation => at(offsetOf(docPath))

  if (issues.length > 0) throw new ExperimentValidationError(sortByLocation(issues))

  if (value === null || value === undefined) {
    throw new ExperimentValidationError([
      {
        field: '',
        message: 'an empty experiment is not an experiment',
        expected: 'a mapping with at least `title`, `description` and `method`',
        location: { file, line: 1, column: 1 }
      }
    ])
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ExperimentValidationError([
      {
        field: '',
        message: `an experiment must be a mapping of fields, not ${describeValue(value)}`,
        expected: 'a mapping with at least `title`, `description` and `method`',
        location: locate([])
      }
    ])
  }

  return {
    file,
    absolutePath: path.resolve(file),
    format,
    experiment: value as Experiment,
    locate,
    ...(parsed.warnings?.length ? { loadWarnings: parsed.warnings } : {})
  }
}

interface Parsed {
  value: unknown
  issues: ValidationIssue[]
  warnings?: ValidationIssue[]
  /** Offset of the deepest existing node along a path (keys are located at the key). */
  offsetOf(docPath: DocPath): number
}

function parseYaml(
  text: string,
  lineCounter: LineCounter,
  at: (offset: number) => SourceLocation
): Parsed {
  const issues: ValidationIssue[] = []
  const docs = parseAllDocuments(text, {
    lineCounter,
    // YAML 1.2 core schema, no YAML 1.1 extras: chaostoolkit's safe_load refuses unknown tags too.
    schema: 'core',
    version: '1.2',
    resolveKnownTags: false,
    // safe_load honours `<<` merge keys, and experiments use them for shared provider blocks.
    merge: true,
    // We report duplicates ourselves, naming the key and where it was first defined.
    uniqueKeys: false,
    prettyErrors: false
  })
  const list: Document.Parsed[] = Array.isArray(docs) ? docs : []
  const content = list.filter((d) => d.contents !== null || d.errors.length > 0)
  const doc = content[0]

  for (const d of list) {
    for (const e of d.errors) {
      issues.push({
        field: '',
        message: `YAML syntax error: ${e.message}`,
        expected: 'valid YAML',
        location: at(e.pos[0])
      })
    }
    for (const w of d.warnings) {
      if (w.code !== 'TAG_RESOLVE_FAILED') continue
      const tag = w.message.replace(/^Unresolved tag:\s*/, '')
      issues.push({
        field: '',
        message: `unsupported YAML tag ${tag.replace(/^tag:yaml\.org,2002:/, '!!')}`,
        expected: 'plain YAML values without custom tags (as with safe_load)',
        location: at(w.pos[0])
      })
    }
  }
  const second = content[1]
  if (second !== undefined) {
    issues.push({
      field: '',
      message: `a file holds one experiment, but this one has ${content.length} YAML documents`,
      expected: 'a single YAML document (no second `---`)',
      location: at(second.range[0])
    })
  }
  if (doc !== undefined) issues.push(...duplicateKeyIssues(doc, at))

  let value: unknown
  if (doc !== undefined && issues.length === 0) {
    try {
      value = doc.toJS()
    } catch (error) {
      issues.push({
        field: '',
        message: `YAML cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        expected: 'valid YAML',
        location: at(doc.range[0])
      })
    }
  }
  return {
    value,
    issues,
    offsetOf: (docPath) => (doc === undefined ? 0 : yamlOffset(doc, docPath))
  }
}

// JSON gets JSON's own semantics (JSON.parse) and a fast tree for positions and duplicate keys.
function parseJson(text: string, file: string, lineCounter: LineCounter): Parsed {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { value: undefined, issues: [jsonSyntaxIssue(text, error, file)], offsetOf: () => 0 }
  }
  lineCounter.addNewLine(0)
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lineCounter.addNewLine(i + 1)
  }
  let root: JsonNode | undefined
  try {
    root = parseJsonTree(text, { mode: 'json' }).body
  } catch {
    root = undefined // JSON.parse accepted it: positions are a nicety, never a reason to fail
  }
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, column: col }
  }
  const duplicates = root === undefined ? { issues: [], warnings: [] } : jsonDuplicateKeys(root, at)
  return {
    value,
    ...duplicates,
    offsetOf: (docPath) => (root === undefined ? 0 : jsonOffset(root, docPath))
  }
}

/**
 * A key given twice in a JSON object: Python's json (chaostoolkit) and JSON.parse both keep the
 * last value. Where every value has the same JSON type that is most likely an edit left behind:
 * warn and use the last, as chaostoolkit does. Where the types differ the intent is unclear:
 * refuse, naming both lines and the one chaostoolkit would use. Only kept values are visited.
 */
function jsonDuplicateKeys(
  root: JsonNode,
  at: (offset: number) => SourceLocation
): { issues: ValidationIssue[]; warnings: ValidationIssue[] } {
  const issues: ValidationIssue[] = []
  const warnings: ValidationIssue[] = []
  const visit = (node: JsonNode, docPath: (string | number)[], depth: number): void => {
    if (depth > 200) return
    if (node.type === 'Object') {
      const byKey = new Map<string, JsonMember[]>()
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name
        byKey.set(key, [...(byKey.get(key) ?? []), member])
      }
      for (const [key, members] of byKey) {
        const last = members[members.length - 1]
        if (last === undefined) continue
        if (members.length > 1) {
          const found = duplicateFinding([...docPath, key], key, members, at)
          ;(found.conflict ? issues : warnings).push(found.issue)
        }
        visit(last.value, [...docPath, key], depth + 1)
      }
    } else if (node.type === 'Array') {
      node.elements.forEach((element, i) => visit(element.value, [...docPath, i], depth + 1))
    }
  }
  visit(root, [], 0)
  return { issues, warnings }
}

type JsonMember = Extract<JsonNode, { type: 'Object' }>['members'][number]

const JSON_TYPE_NAMES: Record<string, string> = {
  Object: 'an object',
  Array: 'a list',
  String: 'a string',
  Number: 'a number',
  Boolean: 'a boolean',
  Null: 'null'
}

function duplicateFinding(
  docPath: DocPath,
  key: string,
  members: JsonMember[],
  at: (offset: number) => SourceLocation
): { conflict: boolean; issue: ValidationIssue } {
  const where = (m: JsonMember): SourceLocation => at(m.name.loc.start.offset)
  const kind = (m: JsonMember): string => JSON_TYPE_NAMES[m.value.type] ?? m.value.type
  const last = members[members.length - 1] as JsonMember
  const lastAt = where(last)
  const earlier = members.slice(0, -1)
  const lines = earlier.map((m) => where(m).line).join(', ')
  const conflict = members.some((m) => m.value.type !== last.value.type)
  if (!conflict) {
    return {
      conflict,
      issue: {
        field: toPointer(docPath),
        message:
          `duplicate key \`${key}\` (also on line ${lines}): chaostoolkit uses the last value, ` +
          `on line ${lastAt.line}, and so does chaos-action; delete the one on line ${lines}`,
        expected: 'each key once per object',
        location: lastAt
      }
    }
  }
  const values = members.map((m) => `${kind(m)} on ${lastAt.file}:${where(m).line}`).join(', ')
  return {
    conflict,
    issue: {
      field: toPointer(docPath),
      message:
        `duplicate key \`${key}\` with values of different types (${values}): chaostoolkit ` +
        `would silently use the last one, ${kind(last)} on line ${lastAt.line}`,
      expected:
        `each key once per object: delete the \`${key}\` you do not mean (line ${lines} or ` +
        `line ${lastAt.line})`,
      location: lastAt
    }
  }
}

function jsonOffset(root: JsonNode, docPath: DocPath): number {
  let node: JsonNode = root
  let offset = root.loc.start.offset
  for (const segment of docPath) {
    let next: { node: JsonNode; offset: number } | undefined
    if (node.type === 'Object') {
      // JSON.parse keeps the last of duplicate keys, so point there too.
      const member = node.members
        .filter((m) => (m.name.type === 'String' ? m.name.value : m.name.name) === String(segment))
        .pop()
      if (member !== undefined) next = { node: member.value, offset: member.name.loc.start.offset }
    } else if (node.type === 'Array') {
      const element = node.elements[Number(segment)]
      if (element !== undefined)
        next = { node: element.value, offset: element.value.loc.start.offset }
    }
    if (next === undefined) break
    node = next.node
    offset = next.offset
  }
  return offset
}

export function sortByLocation(issues: ValidationIssue[]): ValidationIssue[] {
  const key = (i: ValidationIssue): number[] => [i.location?.line ?? 0, i.location?.column ?? 0]
  // Stable: issues on one spot keep the order they were found in.
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => {
      const [la = 0, ca = 0] = key(a.issue)
      const [lb = 0, cb = 0] = key(b.issue)
      return la - lb || ca - cb || a.index - b.index
    })
    .map((x) => x.issue)
}

function jsonSyntaxIssue(text: string, error: unknown, file: string): ValidationIssue {
  if (text.trim() === '') {
    return {
      field: '',
      message: 'an empty experiment is not an experiment',
      expected: 'a JSON object with at least `title`, `description` and `method`',
      location: { file, line: 1, column: 1 }
    }
  }
  // V8 says what is wrong but not always where; momoa says where.
  let line = 1
  let column = 1
  let located = ''
  try {
    parseJsonTree(text, { mode: 'json' })
  } catch (e) {
    const where = e as { line?: unknown; column?: unknown; message?: unknown }
    if (typeof where.line === 'number' && typeof where.column === 'number') {
      line = where.line
      column = where.column
    }
    located = typeof where.message === 'string' ? where.message.replace(/\s*\(\d+:\d+\)$/, '') : ''
  }
  const raw = error instanceof Error ? error.message : String(error)
  let reason = raw
    .replace(/, (\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
    .replace(/ in JSON at position \d+[\s\S]*$/, '')
  if (reason === raw && located !== '') reason = located
  return {
    field: '',
    message: `JSON syntax error: ${reason}`,
    expected: 'valid JSON (no comments, no trailing commas, double-quoted keys and strings)',
    location: { file, line, column }
  }
}

/** Walks every mapping and reports keys given twice: YAML and JSON would silently keep the last. */
function duplicateKeyIssues(
  doc: Document.Parsed,
  at: (offset: number) => SourceLocation
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const visit = (node: unknown, docPath: (string | number)[], depth: number): void => {
    if (depth > 200) return
    if (isMap(node)) {
      const seen = new Map<string, number>()
      for (const pair of node.items) {
        const key = keyText(pair)
        if (key === undefined || key === '<<') {
          visit(pair.value, docPath, depth + 1)
          continue
        }
        const keyOffset = nodeOffset(pair.key)
        const first = seen.get(key)
        if (first !== undefined) {
          issues.push(duplicateIssue([...docPath, key], key, at(first).line, at(keyOffset ?? 0)))
        } else if (keyOffset !== undefined) {
          seen.set(key, keyOffset)
        }
        visit(pair.value, [...docPath, key], depth + 1)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...docPath, i], depth + 1))
    }
  }
  visit(doc.contents, [], 0)
  return issues
}

function duplicateIssue(
  docPath: DocPath,
  key: string,
  firstLine: number,
  location: SourceLocation
): ValidationIssue {
  return {
    field: toPointer(docPath),
    message: `duplicate key \`${key}\` (first defined on line ${firstLine})`,
    expected: 'each key once per mapping',
    location
  }
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key
  // With `merge`, the parser marks `<<` with a symbol value; its source text is still `<<`.
  if (isScalar(key)) return typeof key.value === 'symbol' ? '<<' : String(key.value)
  if (key === null || key === undefined) return undefined
  if (typeof key !== 'object') return String(key)
  return undefined
}

function nodeOffset(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range
  return range?.[0]
}

function yamlOffset(doc: Document.Parsed, docPath: DocPath): number {
  let node: unknown = doc.contents
  let offset = nodeOffset(node) ?? doc.range[0]
  for (const segment of docPath) {
    node = deref(doc, node)
    let next: { node: unknown; offset: number | undefined } | undefined
    if (isMap(node)) {
      const pair = findPair(doc, node.items, String(segment), 0)
      if (pair !== undefined) next = { node: pair.value, offset: nodeOffset(pair.key) }
    } else if (isSeq(node)) {
      const index = typeof segment === 'number' ? segment : Number(segment)
      const item = Number.isInteger(index) ? node.items[index] : undefined
      if (item !== undefined) next = { node: item, offset: nodeOffset(item) }
    }
    if (next === undefined) break
    node = next.node
    if (next.offset !== undefined) offset = next.offset
  }
  return offset
}

function deref(doc: Document.Parsed, node: unknown): unknown {
  // Bounded: an alias resolves to an anchored node, which is never itself an alias chain of length > a few.
  for (let i = 0; i < 8 && isAlias(node); i++) node = node.resolve(doc)
  return node
}

function findPair(
  doc: Document.Parsed,
  items: readonly Pair[],
  key: string,
  depth: number
): Pair | undefined {
  for (const pair of items) if (keyText(pair) === key) return pair
  if (depth > 8) return undefined
  // A key brought in by a `<<` merge lives in the merged mapping.
  for (const pair of items) {
    if (keyText(pair) !== '<<') continue
    const sources = deref(doc, pair.value)
    const maps = isSeq(sources) ? sources.items.map((s) => deref(doc, s)) : [sources]
    for (const m of maps) {
      if (!isMap(m)) continue
      const found = findPair(doc, m.items as Pair[], key, depth + 1)
      if (found !== undefined) return found
    }
  }
  return undefined
}

/** `['method', 2, 'provider']` -> `/method/2/provider` (RFC 6901 escaping). */
export function toPointer(docPath: DocPath): string {
  return docPath.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

/** `/method/2/provider` -> `['method', 2, 'provider']`; digit-only segments become numbers. */
export function fromPointer(pointer: string): (string | number)[] {
  if (pointer === '' || pointer === '/') return []
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s))
}

/** Words for a value's kind, for messages: "a string", "a list", "null"... */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return value === '' ? 'an empty string' : 'a string'
    case 'boolean':
      return `a boolean (${String(value)})`
    case 'number':
      return Number.isInteger(value) ? `an integer (${value})` : `a number (${value})`
    case 'object':
      return 'a mapping'
    default:
      return typeof value
  }
}
