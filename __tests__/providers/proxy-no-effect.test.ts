// Issue 11 item 3 for the proxy provider: a fault is judged when it is removed. One that faulted
// no request proved nothing: the removal fails with NoEffectError and the verdict is `failed`,
// unless its add-fault said `expect_effect: false`. The evidence (requests faulted) is the output.
import assert from 'node:assert/strict'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { NoEffectError } from '../../src/engine/errors.ts'
import { runExperiment } from '../../src/engine/run.ts'
import { judge, NO_EFFECT_FINDING } from '../../src/engine/verdict.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { ProxyProvider } from '../../src/providers/proxy/index.ts'
import { activityContext } from '../helpers/activity-context.ts'
import { loaded } from '../helpers/experiments.ts'

let upstream: http.Server
let upstreamAddr = ''

before(async () => {
  upstream = http.createServer((_req, res) => res.end('ok'))
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r))
  upstreamAddr = `127.0.0.1:${(upstream.address() as AddressInfo).port}`
})
after(() => {
  upstream.closeAllConnections()
  upstream.close()
})

const start = { type: 'proxy', action: 'start', proxy: 'p', listen: '127.0.0.1:0' }
const latency = { type: 'latency', latency_ms: 1, name: 'slow' }

describe('proxy: evidence and a fault that reached nothing', () => {
  it('remove-fault reports the requests faulted; zero faulted is a NoEffectError', async () => {
    const provider = new ProxyProvider()
    const { ctx } = activityContext()
    const { url } = (await provider.run({ ...start, upstream: upstreamAddr }, ctx)) as {
      url: string
    }
    try {
      await provider.run({ type: 'proxy', action: 'add-fault', proxy: 'p', fault: latency }, ctx)
      for (let i = 0; i < 3; i++) assert.equal((await fetch(url)).status, 200)
      const removed = (await provider.run(
        { type: 'proxy', action: 'remove-fault', proxy: 'p', fault_name: 'slow' },
        ctx
      )) as { evidence: { requests_faulted: number; requests_seen: number } }
      assert.equal(removed.evidence.requests_faulted, 3)
      assert.equal(removed.evidence.requests_seen, 3)

      await provider.run({ type: 'proxy', action: 'add-fault', proxy: 'p', fault: latency }, ctx)
      await assert.rejects(
        provider.run({ type: 'proxy', action: 'clear-faults', proxy: 'p' }, ctx),
        (e: Error) => {
          assert.ok(e instanceof NoEffectError)
          assert.match(e.message, /^the fault reached nothing: proxy p fault slow faulted 0/)
          const evidence = (e.evidence as { evidence: { requests_faulted: number } }).evidence
          assert.equal(evidence.requests_faulted, 0)
          return true
        }
      )
      // The fault is gone all the same.
      const stats = (await provider.run({ type: 'proxy', action: 'stats', proxy: 'p' }, ctx)) as {
        faults: unknown[]
      }
      assert.deepEqual(stats.faults, [])
    } finally {
      await provider.close()
    }
  })

  const experiment = (expectEffect?: boolean) => ({
    'steady-state-hypothesis': {
      title: 'upstream answers',
      probes: [
        {
          type: 'probe',
          name: 'up',
          tolerance: 200,
          provider: { type: 'http', url: `http://${upstreamAddr}/` }
        }
      ]
    },
    method: [
      { type: 'action', name: 'start-proxy', provider: { ...start, upstream: upstreamAddr } },
      {
        type: 'action',
        name: 'slow-down',
        provider: { type: 'proxy', action: 'add-fault', proxy: 'p', fault: latency },
        ...(expectEffect === undefined ? {} : { expect_effect: expectEffect })
      }
    ],
    // Nothing goes through the proxy: the probe talks to the upstream directly.
    rollbacks: [
      {
        type: 'action',
        name: 'remove-slow-down',
        provider: { type: 'proxy', action: 'remove-fault', proxy: 'p', fault_name: 'slow' }
      }
    ]
  })

  it('through the engine: a fault nobody went through makes the verdict failed', async () => {
    const registry = createDefaultRegistry({ python: false })
    try {
      const exp = loaded(experiment())
      const journal = await runExperiment(exp, { registry })
      const result = judge(journal, exp)
      assert.equal(result.verdict, 'failed')
      const finding = result.findings[0]!
      assert.equal(finding.activity, 'remove-slow-down')
      assert.ok(finding.message.startsWith(NO_EFFECT_FINDING), finding.message)
      assert.equal(journal.rollbacks[0]?.status, 'failed')
    } finally {
      await registry.close()
    }
  })

  it('through the engine: expect_effect: false on the add-fault makes it fine', async () => {
    const registry = createDefaultRegistry({ python: false })
    try {
      const exp = loaded(experiment(false))
      const journal = await runExperiment(exp, { registry })
      assert.equal(journal.rollbacks[0]?.status, 'succeeded')
      const output = journal.rollbacks[0]?.output as { evidence: { requests_faulted: number } }
      assert.equal(output.evidence.requests_faulted, 0)
      assert.equal(judge(journal, exp).verdict, 'passed')
    } finally {
      await registry.close()
    }
  })
})
