import assert from 'node:assert/strict'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import schema from '../../schema/experiment.schema.json' with { type: 'json' }
import { GENERATED_VALIDATOR, schemaValidatorSource } from '../../scripts/schema-validator.ts'
import { loadExperimentFile } from '../../src/engine/load.ts'
import { AJV_OPTIONS } from '../../src/engine/schema-options.ts'
import { validate as precompiled } from '../../src/engine/schema-validator.generated.ts'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null }

async function documents(): Promise<{ name: string; data: unknown }[]> {
  const out: { name: string; data: unknown }[] = []
  for (const dir of ['valid', 'invalid']) {
    for (const name of (await readdir(path.join(fixtures, dir))).sort()) {
      try {
        const loaded = await loadExperimentFile(path.join(fixtures, dir, name))
        out.push({ name: `${dir}/${name}`, data: loaded.experiment })
      } catch {
        // Files that don't parse never reach the schema.
      }
    }
  }
  // Shapes the fixtures may not cover: wrong root types, empty strings, odd unicode.
  out.push(
    { name: 'empty object', data: {} },
    { name: 'array root', data: [] },
    { name: 'emoji title', data: { title: '\u{1F600}', description: '', method: [] } },
    { name: 'null method', data: { title: 't', description: 'd', method: null } }
  )
  return out
}

describe('precompiled schema validator', () => {
  it('is fresh: regenerating from the schema gives the committed module (else run npm run build)', async () => {
    assert.equal(await readFile(GENERATED_VALIDATOR, 'utf8'), await schemaValidatorSource())
  })

  it('accepts and rejects exactly what ajv compiling the schema at run time does, with the same errors', async () => {
    const runtime = new Ajv(AJV_OPTIONS).compile(schema) as Validate
    const generated = precompiled as unknown as Validate
    const docs = await documents()
    let invalid = 0
    for (const { name, data } of docs) {
      const expected = runtime(data)
      assert.equal(generated(data), expected, name)
      if (!expected) invalid++
      // The error objects carry data and schema nodes (verbose): compare them structurally.
      assert.deepEqual(
        JSON.parse(JSON.stringify(generated.errors ?? null)),
        JSON.parse(JSON.stringify(runtime.errors ?? null)),
        name
      )
    }
    assert.ok(invalid >= 5, `only ${invalid} invalid documents exercised the error paths`)
  })
})
