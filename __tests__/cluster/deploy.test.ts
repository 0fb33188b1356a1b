import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { applyOrder, manifestFiles, parseManifests } from '../../src/cluster/deploy.ts'
import { UserError } from '../../src/engine/errors.ts'

describe('deploy manifests (parsing and order)', () => {
  it('reads multi-document YAML, flattens Lists and skips empty documents', () => {
    const docs = parseManifests(
      `---
apiVersion: v1
kind: ConfigMap
metadata: {name: a, namespace: shop}
---
# only a comment
---
apiVersion: v1
kind: List
items:
- {apiVersion: v1, kind: Service, metadata: {name: web}}
- {apiVersion: v1, kind: Namespace, metadata: {name: shop}}
`,
      'app.yaml'
    )
    assert.deepEqual(
      docs.map((d) => `${d.file}#${d.index} ${d.object.kind} ${d.object.metadata?.name}`),
      ['app.yaml#1 ConfigMap a', 'app.yaml#3 Service web', 'app.yaml#3 Namespace shop']
    )
    assert.deepEqual(
      parseManifests('{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"x"}}', 'ns.json')
        .length,
      1
    )
  })

  it('names the file and document of a broken manifest', () => {
    assert.throws(
      () =>
        parseManifests(
          'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\nkind: Pod\n',
          'x.yaml'
        ),
      (e: Error) =>
        e instanceof UserError &&
        e.message === 'x.yaml: document 2 needs apiVersion, kind and metadata.name'
    )
    assert.throws(
      () => parseManifests('a: [1, 2\n', 'bad.yaml'),
      /bad\.yaml: document 1: invalid YAML/
    )
    assert.throws(
      () => parseManifests('- 1\n- 2\n', 'list.yaml'),
      /list\.yaml: document 1 is not a Kubernetes object/
    )
  })

  it('applies namespaces first, then CRDs, then the rest in file order', () => {
    const obj = (kind: string, name: string) => ({
      file: 'f',
      index: 1,
      object: { apiVersion: 'v1', kind, metadata: { name } }
    })
    const order = applyOrder([
      obj('Deployment', 'web'),
      obj('CustomResourceDefinition', 'widgets.example.com'),
      obj('Service', 'web'),
      obj('Namespace', 'shop'),
      obj('Widget', 'w')
    ]).map((d) => `${d.object.kind}/${d.object.metadata?.name}`)
    assert.deepEqual(order, [
      'Namespace/shop',
      'CustomResourceDefinition/widgets.example.com',
      'Deployment/web',
      'Service/web',
      'Widget/w'
    ])
  })

  it('finds manifest files recursively in path order, ignoring other files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'manifests-'))
    try {
      await mkdir(join(dir, 'b', 'c'), { recursive: true })
      for (const f of ['z.yaml', 'a.yml', 'README.md', 'b/x.json', 'b/c/y.YAML', 'b/notes.txt'])
        await writeFile(join(dir, f), '')
      assert.deepEqual(
        (await manifestFiles(dir)).map((f) => f.slice(dir.length + 1)),
        ['a.yml', 'b/c/y.YAML', 'b/x.json', 'z.yaml']
      )
      assert.deepEqual(await manifestFiles(join(dir, 'z.yaml')), [join(dir, 'z.yaml')])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
