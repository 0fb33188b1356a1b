import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { describe, it } from 'node:test'
import { ActivityFailed } from '../../src/engine/errors.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { NativeModuleRegistry } from '../../src/engine/provider.ts'
import type { NativeFunction } from '../../src/engine/provider.ts'
import { bindArguments, createPythonProvider } from '../../src/providers/python/python.ts'
import { activityContext } from '../helpers/activity-context.ts'

const hasPython = (() => {
  try {
    execFileSync('python3', ['-c', 'pass'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

const vctx = (name = 'my-activity') => ({
  path: ['method', 0, 'provider'],
  locate: () => undefined,
  activityName: name,
  activityType: 'probe' as const
})

const calls: Record<string, unknown>[] = []
const scale: NativeFunction = {
  params: [{ name: 'name' }, { name: 'replicas', default: 1 }, { name: 'ns', default: 'default' }],
  takesSecrets: true,
  takesConfiguration: true,
  async run(args) {
    calls.push(args)
    if (args.name === 'boom') throw new ActivityFailed('deployment boom not found')
    return { scaled: args.name, to: args.replicas }
  }
}
const modules = new NativeModuleRegistry().register('chaosk8s.deployment.actions', {
  scale_deployment: scale
})

describe('python provider: native modules', () => {
  const provider = createPythonProvider({ modules, python: false })

  it('binds arguments with defaults and passes secrets scopes and configuration', async () => {
    const { ctx } = activityContext()
    ctx.secrets = { k8s: { token: 's3cr3t' }, other: { x: 'y' } }
    ctx.configuration = { ns: 'prod' }
    const out = await provider.run(
      {
        type: 'python',
        module: 'chaosk8s.deployment.actions',
        func: 'scale_deployment',
        arguments: { name: 'web' },
        secrets: ['k8s']
      },
      ctx
    )
    assert.deepEqual(out, { scaled: 'web', to: 1 })
    assert.deepEqual(calls.at(-1), {
      name: 'web',
      replicas: 1,
      ns: 'default',
      secrets: { token: 's3cr3t' },
      configuration: { ns: 'prod' }
    })
  })

  it('wraps what the function raised into ActivityFailed, with its type, as chaostoolkit does', async () => {
    await assert.rejects(
      provider.run(
        {
          type: 'python',
          module: 'chaosk8s.deployment.actions',
          func: 'scale_deployment',
          arguments: { name: 'boom' }
        },
        activityContext().ctx
      ),
      (e: unknown) =>
        e instanceof ActivityFailed &&
        e.message === 'chaoslib.exceptions.ActivityFailed: deployment boom not found'
    )
  })

  it("reports binding problems with chaostoolkit's validation messages", async () => {
    const base = { type: 'python', module: 'chaosk8s.deployment.actions', func: 'scale_deployment' }
    const missing = await provider.validate!({ ...base, arguments: {} }, vctx())
    assert.equal(
      missing[0]?.message,
      "required argument 'name' is missing from activity 'scale_deployment'"
    )
    const extra = await provider.validate!(
      { ...base, arguments: { name: 'x', color: 'red' } },
      vctx()
    )
    assert.equal(
      extra[0]?.message,
      "argument 'color' is not part of the function signature in activity 'scale_deployment'"
    )
    const nofunc = await provider.validate!({ ...base, func: 'nope' }, vctx('act'))
    assert.equal(
      nofunc[0]?.message,
      "The python module 'chaosk8s.deployment.actions' does not expose a function called 'nope' in probe 'act'"
    )
    assert.deepEqual(
      await provider.validate!({ ...base, arguments: { name: 'x', replicas: 3 } }, vctx()),
      []
    )
  })

  it('binds **kwargs and reports the first missing parameter before unexpected ones', () => {
    const fn: NativeFunction = {
      params: [{ name: 'a' }, { name: 'kw', variadicKeywords: true }],
      run: async () => null
    }
    assert.deepEqual(bindArguments(fn, { a: 1, extra: 2 }), { ok: true, args: { a: 1, extra: 2 } })
    assert.deepEqual(bindArguments(scale, { nope: 1 }), {
      ok: false,
      kind: 'missing',
      arg: "'name'"
    })
  })

  it('fails validation naming the missing module when there is no python to ask', async () => {
    const issues = await provider.validate!(
      { type: 'python', module: 'chaosaws.ec2.actions', func: 'stop' },
      vctx('stop-it')
    )
    assert.equal(
      issues[0]?.message,
      "could not find Python module 'chaosaws.ec2.actions' in activity 'stop-it'"
    )
    assert.match(issues[0]?.expected ?? '', /chaosaws/)
    assert.match(issues[0]?.expected ?? '', /chaosk8s\.deployment\.actions/)
  })

  it('is registered by createDefaultRegistry with extra native modules', async () => {
    const registry = createDefaultRegistry({
      nativeModules: { 'm.x': { f: { params: [], run: async () => 42 } } },
      python: false
    })
    assert.deepEqual(registry.types(), [
      'chaos-mesh',
      'http',
      'kubernetes',
      'load',
      'process',
      'prometheus',
      'proxy',
      'python'
    ])
    assert.equal(
      await registry
        .get('python')!
        .run({ type: 'python', module: 'm.x', func: 'f' }, activityContext().ctx),
      42
    )
    await registry.close()
  })
})

describe(
  'python provider: python3 bridge',
  { skip: !hasPython && 'python3 is not installed' },
  () => {
    const provider = createPythonProvider({ modules })

    it('calls an importable module with keyword arguments and returns its result', async () => {
      const out = await provider.run(
        { type: 'python', module: 'os.path', func: 'exists', arguments: { path: '/' } },
        activityContext().ctx
      )
      assert.equal(out, true)
      const json = await provider.run(
        {
          type: 'python',
          module: 'json',
          func: 'loads',
          arguments: { s: '{"a": [1, 2.5, null]}' }
        },
        activityContext().ctx
      )
      assert.deepEqual(json, { a: [1, 2.5, null] })
    })

    it('turns an exception into ActivityFailed with the first line of format_exception_only', async () => {
      await assert.rejects(
        provider.run(
          { type: 'python', module: 'json', func: 'loads', arguments: { s: '{' } },
          activityContext().ctx
        ),
        (e: unknown) =>
          e instanceof ActivityFailed &&
          e.message.startsWith('json.decoder.JSONDecodeError: Expecting property name')
      )
    })

    it('aborts (not ActivityFailed) when the module cannot be imported at run time', async () => {
      await assert.rejects(
        provider.run(
          { type: 'python', module: 'no_such_module_xyz', func: 'f' },
          activityContext().ctx
        ),
        (e: unknown) =>
          !(e instanceof ActivityFailed) && /No module named 'no_such_module_xyz'/.test(String(e))
      )
    })

    it("validates through python3 with chaostoolkit's messages", async () => {
      assert.deepEqual(
        await provider.validate!(
          { type: 'python', module: 'os.path', func: 'exists', arguments: { path: 'x' } },
          vctx()
        ),
        []
      )
      const missing = await provider.validate!(
        { type: 'python', module: 'os.path', func: 'exists' },
        vctx()
      )
      assert.equal(
        missing[0]?.message,
        "required argument 'path' is missing from activity 'exists'"
      )
      const nomod = await provider.validate!(
        { type: 'python', module: 'no_such_module_xyz.sub', func: 'f' },
        vctx('x')
      )
      assert.equal(
        nomod[0]?.message,
        "could not find Python module 'no_such_module_xyz.sub' in activity 'x'"
      )
      assert.match(nomod[0]?.expected ?? '', /no_such_module_xyz/)
      const nofunc = await provider.validate!(
        { type: 'python', module: 'os.path', func: 'nope' },
        vctx('x')
      )
      assert.equal(
        nofunc[0]?.message,
        "The python module 'os.path' does not expose a function called 'nope' in probe 'x'"
      )
    })

    it('kills python when the signal aborts', async () => {
      const controller = new AbortController()
      const t0 = Date.now()
      const pending = provider.run(
        {
          type: 'python',
          module: 'subprocess',
          func: 'call',
          arguments: { args: ['sleep', '30'] }
        },
        activityContext({ signal: controller.signal }).ctx
      )
      setTimeout(() => controller.abort(), 200)
      await assert.rejects(pending, ActivityFailed)
      const took = Date.now() - t0
      assert.ok(took >= 150 && took < 15_000, `took ${took} ms (of a 30 s sleep)`)
    })
  }
)
