// The chaosk8s functions we register natively against the upstream signatures (module, function,
// parameter names, defaults), and how unsupported ones are reported. No cluster needed.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { registerKubernetes, UNSUPPORTED_CHAOSK8S } from '../../src/providers/kubernetes/index.ts'
import { NativeModuleRegistry, ProviderRegistry } from '../../src/engine/provider.ts'
import { createPythonProvider } from '../../src/providers/python/python.ts'
import { activityContext } from '../helpers/activity-context.ts'

const REFERENCE = new URL('../../../shared/reference/chaosk8s-functions.md', import.meta.url)

function pyLiteral(text: string): unknown {
  if (text === 'None') return null
  if (text === 'True') return true
  if (text === 'False') return false
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text)
  const m = /^'(.*)'$/.exec(text)
  if (m) return m[1]
  throw new Error(`unknown literal ${text}`)
}

function parseReference(md: string): Map<string, { name: string; default?: unknown }[]> {
  const out = new Map<string, { name: string; default?: unknown }[]>()
  let module = ''
  for (const line of md.split('\n')) {
    const h = /^## (chaosk8s[\w.]*)/.exec(line)
    if (h) module = h[1]!
    const f = /^- `(\w+)\((.*)\)`:/.exec(line)
    if (!f || !module) continue
    const params = f[2]!
      .split(/, (?=\w+(?:=|,|$))/)
      .filter((p) => p !== '')
      .map((p) => {
        const i = p.indexOf('=')
        return i < 0 ? { name: p } : { name: p.slice(0, i), default: pyLiteral(p.slice(i + 1)) }
      })
    out.set(`${module}.${f[1]}`, params)
  }
  return out
}

function registered() {
  const registry = new ProviderRegistry()
  const natives = new NativeModuleRegistry()
  const reg = registerKubernetes(registry, natives, {})
  return { registry, natives, reg }
}

describe('chaosk8s natively', () => {
  it(
    'registers every upstream function with the same parameter names and defaults',
    { skip: existsSync(REFERENCE) ? false : 'reference not present' },
    () => {
      const reference = parseReference(readFileSync(REFERENCE, 'utf8'))
      assert.ok(reference.size > 80, `parsed ${reference.size} functions`)
      const { natives } = registered()
      const missing: string[] = []
      for (const [qualified, params] of reference) {
        const dot = qualified.lastIndexOf('.')
        const fn = natives.get(qualified.slice(0, dot), qualified.slice(dot + 1))
        if (!fn) {
          missing.push(qualified)
          continue
        }
        const ours = new Map(fn.params.map((p) => [p.name, p]))
        for (const p of params) {
          const mine = ours.get(p.name)
          assert.ok(mine, `${qualified}: parameter ${p.name} missing`)
          assert.equal('default' in mine, 'default' in p, `${qualified}: ${p.name} required-ness`)
          if ('default' in p)
            assert.deepEqual(mine.default, p.default, `${qualified}: ${p.name} default`)
        }
        assert.equal(
          fn.params.length,
          params.length,
          `${qualified}: extra parameters ${[...ours.keys()].join(',')}`
        )
        assert.equal(fn.takesSecrets, true, `${qualified} takes secrets`)
      }
      assert.deepEqual(missing, [])
    }
  )

  it('lists the unsupported functions and marks them so validation can name them', () => {
    const { natives, reg } = registered()
    assert.deepEqual([...UNSUPPORTED_CHAOSK8S], ['chaosk8s.pod.actions.exec_in_pods'])
    const fn = natives.get('chaosk8s.pod.actions', 'exec_in_pods')
    assert.equal(fn?.unsupported, 'chaosk8s.pod.actions.exec_in_pods is not supported natively yet')
    assert.ok(!reg.supported.includes('chaosk8s.pod.actions.exec_in_pods'))
    assert.ok(reg.supported.includes('chaosk8s.pod.actions.terminate_pods'))
  })

  it('runs through the python provider: binding errors, then ActivityFailed naming the function', async () => {
    const { natives } = registered()
    const python = createPythonProvider({ modules: natives, python: false })
    const { ctx } = activityContext()
    await assert.rejects(
      python.run(
        { type: 'python', module: 'chaosk8s.pod.probes', func: 'count_pods', arguments: {} },
        ctx
      ),
      /missing 1 required positional argument: 'label_selector'/
    )
    await assert.rejects(
      python.run(
        {
          type: 'python',
          module: 'chaosk8s.pod.actions',
          func: 'exec_in_pods',
          arguments: { cmd: 'ls' }
        },
        ctx
      ),
      /chaosk8s\.pod\.actions\.exec_in_pods is not supported natively yet/
    )
    // Pure functions need no cluster.
    const found = await python.run(
      {
        type: 'python',
        module: 'chaosk8s.pod.probes',
        func: 'should_be_found_in_logs',
        arguments: { pattern: 'ready on :\\d+', value: { a: 'x\nready on :80', b: 'ready on :81' } }
      },
      ctx
    )
    assert.equal(found, true)
    await assert.rejects(
      python.run(
        {
          type: 'python',
          module: 'chaosk8s.pod.probes',
          func: 'should_be_found_in_logs',
          arguments: { pattern: 'ready', value: { a: 'ready', b: 'starting' } }
        },
        ctx
      ),
      /pattern 'ready' not found/
    )
  })
})
