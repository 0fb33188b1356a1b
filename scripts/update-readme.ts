// Regenerates the README's inputs and outputs tables from action.yml, between the
// `<!-- start inputs -->`/`<!-- end inputs -->` and `<!-- start outputs -->`/`<!-- end outputs -->`
// markers. `--check` writes nothing and exits 1 when the README is stale (CI).
//
//   node scripts/update-readme.ts [--check] [--action action.yml] [--readme README.md]
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { markdownTable } from 'markdown-table'
import { parse } from 'yaml'

interface ActionSpec {
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>
  outputs?: Record<string, { description?: string }>
}

/** Table cells are one line: pipes escaped, newlines folded. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim()
}

function code(text: string): string {
  return text === '' ? '`""`' : `\`${text}\``
}

export function inputsTable(spec: ActionSpec): string {
  const rows = Object.entries(spec.inputs ?? {}).map(([name, input]) => [
    `\`${name}\``,
    cell(input.description ?? ''),
    input.default === undefined ? (input.required ? '(required)' : '') : code(String(input.default))
  ])
  return markdownTable([['Input', 'Description', 'Default'], ...rows], { align: ['l', 'l', 'l'] })
}

export function outputsTable(spec: ActionSpec): string {
  const rows = Object.entries(spec.outputs ?? {}).map(([name, output]) => [
    `\`${name}\``,
    cell(output.description ?? '')
  ])
  return markdownTable([['Output', 'Description'], ...rows], { align: ['l', 'l'] })
}

function replaceBetween(text: string, marker: string, body: string): string {
  const start = `<!-- start ${marker} -->`
  const end = `<!-- end ${marker} -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from === -1 || to === -1 || to < from) {
    throw new Error(`README has no '${start}' ... '${end}' markers (in that order)`)
  }
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`
}

/** The README with both tables regenerated from the action.yml text. */
export function renderReadme(readme: string, actionYml: string): string {
  const spec = parse(actionYml) as ActionSpec
  const withInputs = replaceBetween(readme, 'inputs', inputsTable(spec))
  return replaceBetween(withInputs, 'outputs', outputsTable(spec))
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check')
  const arg = (flag: string, fallback: string): string => {
    const i = argv.indexOf(flag)
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback
  }
  const root = resolve(import.meta.dirname, '..')
  const actionPath = resolve(arg('--action', resolve(root, 'action.yml')))
  const readmePath = resolve(arg('--readme', resolve(root, 'README.md')))
  const readme = await readFile(readmePath, 'utf8')
  const next = renderReadme(readme, await readFile(actionPath, 'utf8'))
  if (next === readme) {
    console.log(`${readmePath} is up to date with ${actionPath}`)
    return 0
  }
  if (check) {
    console.error(
      `${readmePath} is out of date with ${actionPath}: run \`npm run docs\` and commit the result`
    )
    return 1
  }
  await writeFile(readmePath, next)
  console.log(`updated ${readmePath}`)
  return 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error))
      process.exitCode = 1
    }
  )
}
