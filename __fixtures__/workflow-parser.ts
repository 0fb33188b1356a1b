// GitHub's own workflow parser (@actions/workflow-parser), loadable under Node's ESM loader, and a
// helper that parses and converts a workflow file, returning every error it reports.
import { readFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'
import assert from 'node:assert/strict'

// The parser imports its schema JSON without an import attribute, which Node's ESM loader refuses;
// serve those files as modules instead.
registerHooks({
  load(url, context, nextLoad) {
    if (url.includes('/@actions/workflow-parser/') && url.endsWith('.json')) {
      const source = `export default ${readFileSync(fileURLToPath(url), 'utf8')}`
      return { format: 'module', source, shortCircuit: true }
    }
    return nextLoad(url, context)
  }
})
export const wp = await import('@actions/workflow-parser')
export const actions = await import('@actions/workflow-parser/actions/index')

export async function parseWorkflowFile(name: string, content: string) {
  const parsed = wp.parseWorkflow({ name, content }, new wp.NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map((e) => e.message)
  assert.ok(parsed.value, `${name} did not parse: ${errors.join('; ')}`)
  const template = await wp.convertWorkflowTemplate(parsed.context, parsed.value)
  return { errors: [...errors, ...(template.errors ?? []).map((e) => e.Message)], template }
}
