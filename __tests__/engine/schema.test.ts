import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import schema from '../../schema/experiment.schema.json' with { type: 'json' }
import { findExperimentFiles, loadExperimentFile } from '../../src/engine/load.ts'
import { HYPOTHESIS_STRATEGIES, ROLLBACK_STRATEGIES } from '../../src/engine/types.ts'
import { describeSchema, schemaIssues } from '../../src/engine/validate.ts'

const valid = fileURLToPath(new URL('../fixtures/valid/', import.meta.url))

type Node = Record<string, unknown>
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v)
const definitions = schema.definitions as Record<string, Node>

function resolve(node: Node): Node {
  const ref =
    typeof node.$ref === 'string' ? /^#\/definitions\/(.+)$/.exec(node.$ref)?.[1] : undefined
  return ref === undefined ? node : (definitions[ref] ?? node)
}

function compile() {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    allowUnionTypes: true,
    strict: true,
    strictRequired: false
  })
  return ajv.compile(schema)
}

describe('the published experiment schema', () => {
  it('is a draft-07 schema with an $id that compiles in strict mode', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#')
    assert.ok(schema.$id.length > 0)
    assert.equal(typeof compile(), 'function')
  })

  it('gives every property a title and a description, for editors', () => {
    const missing: string[] = []
    const visit = (node: unknown, where: string, depth: number): void => {
      if (!isNode(node) || depth > 40) return
      if (isNode(node.properties)) {
        for (const [key, raw] of Object.entries(node.properties)) {
          if (!isNode(raw)) continue
          const property = resolve(raw)
          // Properties inside `if` conditions only select a branch; editors never show them.
          if (
            !where.includes('/if') &&
            (typeof property.title !== 'string' || typeof property.description !== 'string')
          ) {
            missing.push(`${where}/properties/${key}`)
          }
        }
      }
      for (const [key, child] of Object.entries(node)) {
        if (Array.isArray(child))
          child.forEach((c, i) => visit(c, `${where}/${key}/${i}`, depth + 1))
        else visit(child, `${where}/${key}`, depth + 1)
      }
    }
    visit(schema, '#', 0)
    assert.deepEqual(missing, [])
  })

  it('lists the strategies the engine knows', () => {
    const runtime = schema.properties.runtime.properties
    assert.deepEqual(runtime.rollbacks.properties.strategy.enum, [...ROLLBACK_STRATEGIES])
    assert.deepEqual(runtime.hypothesis.properties.strategy.enum, [
      ...HYPOTHESIS_STRATEGIES,
      'skip'
    ])
  })

  it('accepts every valid fixture on its own (a method tolerance aside: only a warning)', async () => {
    const validate = compile()
    const refused: string[] = []
    for (const file of await findExperimentFiles([valid])) {
      const { experiment } = await loadExperimentFile(file)
      if (!validate(experiment))
        refused.push(...schemaIssues(validate.errors ?? []).map((i) => i.field))
    }
    assert.deepEqual(refused, ['/method/1/tolerance'])
  })

  it('lets providers beyond process, http and python bring their own fields', () => {
    const validate = compile()
    const experiment = {
      title: 't',
      description: 'd',
      method: [
        {
          type: 'action',
          name: 'inject-latency',
          provider: {
            type: 'chaos-mesh',
            kind: 'NetworkChaos',
            spec: { delay: { latency: '100ms' } }
          }
        }
      ]
    }
    assert.ok(validate(experiment), JSON.stringify(validate.errors))
  })

  it('still checks the basics of the core providers', () => {
    const validate = compile()
    const experiment = {
      title: 't',
      description: 'd',
      method: [
        { type: 'probe', name: 'a', provider: { type: 'process' } },
        { type: 'probe', name: 'b', provider: { type: 'http', url: 'http://x', headers: 'no' } },
        { type: 'probe', name: 'c', provider: { type: 'python', module: 'm' } }
      ]
    }
    assert.equal(validate(experiment), false)
    assert.deepEqual(
      schemaIssues(validate.errors ?? []).map((i) => [i.field, i.message]),
      [
        ['/method/0/provider/path', 'missing required field `path`'],
        ['/method/1/provider/headers', 'wrong type for `headers`: found a string'],
        ['/method/2/provider/func', 'missing required field `func`']
      ]
    )
  })

  it('reports one issue for a value that matches none of several forms', () => {
    const validate = compile()
    const experiment = {
      title: 't',
      description: 'd',
      method: [{ type: 'action', name: 'a', pauses: { before: [1] }, provider: { type: 'x' } }]
    }
    assert.equal(validate(experiment), false)
    assert.deepEqual(schemaIssues(validate.errors ?? []), [
      {
        field: '/method/0/pauses/before',
        message: 'invalid value for `before`: found a list',
        expected: 'a non-negative number or a `${name}` reference'
      }
    ])
  })

  it('describes what is expected in words', () => {
    assert.equal(describeSchema(schema.properties.title), 'a non-empty string')
    assert.equal(
      describeSchema({ $ref: '#/definitions/activity' }),
      'a mapping with `type`, `name`, `provider`'
    )
    assert.equal(
      describeSchema(definitions.tolerance),
      'true or false, an integer, a string, a list or a mapping'
    )
    assert.equal(describeSchema({}), 'any value')
  })
})
