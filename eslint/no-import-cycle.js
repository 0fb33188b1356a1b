/**
 * ESLint rule `local/no-import-cycle`: a module must not be reachable from the modules it imports
 * (static, type-only and dynamic imports of relative paths all count: a cycle is a design smell
 * whatever the loader makes of it). The import graph is read once per lint run from the files'
 * text; the rule reports the import that closes a cycle, with the whole cycle.
 */
import { readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import process from 'node:process'

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g

/** Block comments and whole-line comments removed (doc comments mention imports). */
function code(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
}

const graph = new Map()

function importsOf(file) {
  let deps = graph.get(file)
  if (deps) return deps
  deps = []
  graph.set(file, deps)
  let text
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return deps
  }
  for (const m of code(text).matchAll(IMPORT)) {
    const spec = m[1] ?? m[2]
    if (spec && /\.(ts|js|mjs)$/.test(spec)) deps.push(resolve(dirname(file), spec))
  }
  return deps
}

/** A path from `from` back to `target`, or undefined (bounded breadth-first search). */
function pathBack(from, target) {
  const previous = new Map([[from, undefined]])
  const queue = [from]
  while (queue.length > 0 && previous.size < 5000) {
    const current = queue.shift()
    if (current === target) {
      const path = []
      for (let at = current; at !== undefined; at = previous.get(at)) path.unshift(at)
      return path
    }
    for (const next of importsOf(current)) {
      if (!previous.has(next)) {
        previous.set(next, current)
        queue.push(next)
      }
    }
  }
  return undefined
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'forbid import cycles between our modules' },
    schema: [],
    messages: { cycle: 'import cycle: {{cycle}}' }
  },
  create(context) {
    const file = resolve(context.filename)
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = resolve(dirname(file), source)
      const back = pathBack(target, file)
      if (!back) return
      const cwd = context.cwd ?? process.cwd()
      const cycle = [file, ...back].map((f) => relative(cwd, f)).join(' -> ')
      context.report({ node, messageId: 'cycle', data: { cycle } })
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value)
    }
  }
}
