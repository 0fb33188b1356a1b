/**
 * Every function name chaostoolkit can call in a chaosk8s.* or chaosprometheus.* module must
 * resolve in our NativeModuleRegistry. The names come from the real packages at test time:
 * `inspect.getmembers(module, inspect.isfunction)` (what chaostoolkit uses) in the virtualenv that
 * `scripts/setup-chaostoolkit.sh kubernetes` creates (chaostoolkit-kubernetes 0.39.0,
 * chaostoolkit-prometheus 0.6.0).
 *
 *   npm run test:parity      (or node --test parity/module-walk.test.ts)
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { before, describe, test } from 'node:test'
import { createDefaultRegistry } from '../src/providers/index.ts'
import { UNSUPPORTED_CHAOSK8S } from '../src/providers/kubernetes/chaosk8s/index.ts'
import {
  CHAOSK8S_HELPERS,
  CHAOSK8S_REEXPORTS,
  helperMessage
} from '../src/providers/kubernetes/module-exports.ts'
import { NativeModuleRegistry } from '../src/engine/provider.ts'
import { REPO_ROOT, setupChaostoolkit } from './harness.ts'

interface Member {
  /** module.qualname where Python defines the function. */
  defined: string
  /** [name, has a default] for each named parameter. */
  params: [string, boolean][]
}
type Members = Record<string, Record<string, Member>>

/**
 * Modules chaostoolkit can import that we leave to the Python bridge: the packages' discovery
 * functions and chaosprometheus' control hooks (controls, not activities).
 */
const BRIDGED: Record<string, string> = {
  chaosk8s: 'discovery functions and helpers of the package itself',
  chaosprometheus: 'discovery functions of the package itself',
  'chaosprometheus.metrics': 'a control module (before/after_experiment_control), not activities'
}

/** Parameters chaostoolkit injects instead of binding them from `arguments`. */
const INJECTED = new Set(['secrets', 'configuration'])

const moduleOf = (qualified: string): string => qualified.slice(0, qualified.lastIndexOf('.'))

describe('native modules resolve every name chaostoolkit exposes', () => {
  let members: Members = {}
  const natives = new NativeModuleRegistry()
  createDefaultRegistry({ nativeModules: natives })

  before(async () => {
    const python = join(dirname(setupChaostoolkit('kubernetes')), 'python')
    const out = execFileSync(
      python,
      [join(REPO_ROOT, 'parity', 'module-members.py'), 'chaosk8s', 'chaosprometheus'],
      { encoding: 'utf8', timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }
    )
    members = JSON.parse(out) as Members
    for (const module of Object.keys(members)) await natives.ensure(module)
  })

  test('the walk saw the modules experiments use', () => {
    // Guards against an empty or partial dump passing every other test vacuously.
    for (const module of ['chaosk8s.probes', 'chaosk8s.pod.actions', 'chaosprometheus.probes'])
      assert.ok(Object.keys(members[module] ?? {}).length > 3, `no members dumped for ${module}`)
  })

  test('every module is native, bridged on purpose, or holds no function', () => {
    const unexpected = Object.entries(members)
      .filter(([m, fns]) => !natives.hasModule(m) && !(m in BRIDGED) && Object.keys(fns).length)
      .map(([m]) => m)
    assert.deepEqual(unexpected, [], 'modules with functions that we neither implement nor bridge')
    const invented = natives.modules().filter((m) => !(m in members))
    assert.deepEqual(invented, [], 'native modules that chaostoolkit does not have')
  })

  test('every name of every native module resolves', () => {
    const missing: string[] = []
    const invented: string[] = []
    for (const [module, fns] of Object.entries(members)) {
      if (!natives.hasModule(module)) continue
      for (const name of Object.keys(fns))
        if (natives.get(module, name) === undefined) missing.push(`${module}.${name}`)
      for (const name of natives.functions(module))
        if (!(name in fns)) invented.push(`${module}.${name}`)
    }
    assert.deepEqual(missing, [], 'chaostoolkit calls these; we answer "does not expose"')
    assert.deepEqual(invented, [], 'names we resolve that chaostoolkit does not')
  })

  test('a re-exported name is the function chaostoolkit would call, with its parameters', () => {
    for (const [module, names] of Object.entries(CHAOSK8S_REEXPORTS))
      for (const [name, qualified] of Object.entries(names)) {
        assert.equal(members[module]?.[name]?.defined, qualified, `${module}.${name}`)
        const source = natives.get(
          moduleOf(qualified),
          qualified.slice(moduleOf(qualified).length + 1)
        )
        assert.ok(source, `${qualified} is not native`)
        assert.equal(natives.get(module, name), source, `${module}.${name} is not ${qualified}`)
      }
  })

  test('helpers are the non-activity names, refused with a message that says so', () => {
    for (const [module, fns] of Object.entries(members)) {
      if (!natives.hasModule(module)) continue
      const helpers = CHAOSK8S_HELPERS[module] ?? []
      for (const [name, member] of Object.entries(fns)) {
        const fn = natives.get(module, name)
        const qualified = `${module}.${name}`
        if (helpers.includes(name)) {
          assert.equal(fn?.unsupported, helperMessage(qualified))
          continue
        }
        // Not a helper: an activity, defined in a module we implement natively.
        assert.ok(
          natives.hasModule(moduleOf(member.defined)),
          `${qualified} is defined in ${member.defined}: an activity or a helper?`
        )
        if (UNSUPPORTED_CHAOSK8S.includes(member.defined)) continue
        assert.equal(fn?.unsupported, undefined, `${qualified} is refused`)
      }
    }
  })

  test('every activity binds the parameters of its Python signature', () => {
    // chaostoolkit passes `arguments` as keywords only, so the order of parameters never matters:
    // compare which names bind and which are required.
    const wrong: string[] = []
    for (const [module, fns] of Object.entries(members)) {
      if (!natives.hasModule(module)) continue
      for (const [name, member] of Object.entries(fns)) {
        const fn = natives.get(module, name)
        if (fn === undefined || fn.unsupported) continue
        const theirs = member.params
          .filter(([p]) => !INJECTED.has(p))
          .map(([p, optional]) => `${p}${optional ? '?' : ''}`)
          .sort()
        const ours = fn.params
          .filter((p) => !p.variadicKeywords && !INJECTED.has(p.name))
          .map((p) => `${p.name}${'default' in p ? '?' : ''}`)
          .sort()
        if (ours.join(',') !== theirs.join(','))
          wrong.push(`${module}.${name}: ours (${ours.join(', ')}) theirs (${theirs.join(', ')})`)
      }
    }
    assert.deepEqual(wrong, [])
  })
})
