/**
 * Kubernetes rows of the benchmark, against the local kwok control plane (scripts/k8s/):
 *
 * - k8s-ready-detect: kill a pod of a Deployment with the native `kubernetes` provider and measure
 *   how long after kwok reports the replacement Ready our provider notices it. The reference is a
 *   separate raw watch in a worker thread (its own event loop, so a busy main thread cannot hide
 *   its own lag), cross-checked against the pod's Ready lastTransitionTime (1 s resolution).
 * - k8s-cycles-50 / rss-k8s-cycles-50: 50 kill-pods + workload-ready cycles; API requests per
 *   cycle (the provider's stats()), total time, and client heap (after a GC) first vs last 10.
 *
 * The cluster is reused when it answers, else started with scripts/k8s/cluster-up.sh (and torn
 * down at exit). Without cached control-plane binaries the rows print a skip note, unless
 * CHAOS_BENCH_K8S=build (builds them, ~12 min cold); CHAOS_BENCH_K8S=off skips outright.
 *
 *   node bench/k8s.ts            # just these rows
 *   CHAOS_BENCH_K8S_KILLS=10 CHAOS_BENCH_K8S_CYCLES=50   (defaults)
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { CoreV1Api, KubeConfig, Watch } from '@kubernetes/client-node'
import { silentLogger } from '../src/engine/logger.ts'
import type { Activity } from '../src/engine/types.ts'
import { KubeClient, R } from '../src/providers/kubernetes/client.ts'
import type { KubeObject, RequestRecord } from '../src/providers/kubernetes/client.ts'
import { registerKubernetes } from '../src/providers/kubernetes/index.ts'
import type { KillPodsResult } from '../src/providers/kubernetes/ops.ts'
import { NativeModuleRegistry, ProviderRegistry } from '../src/engine/provider.ts'
import type { ActivityContext } from '../src/engine/provider.ts'
import { median } from './lib.ts'
import type { BenchContext, BenchRow, RowResult } from './rows.ts'

const WORKER_ROLE = 'k8s-ready-watch'
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const k8sDir = join(repoRoot, 'scripts', 'k8s')
const BINARIES = [
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'kubectl',
  'etcd',
  'kwok',
  'kwokctl'
]

interface ControlPlane {
  bin: string
  kubeconfig: string
  built: boolean
  /** Why the rows are skipped, when they are. */
  skip?: string
}

/** Where scripts/k8s/env.sh puts the binaries and the kubeconfig (same cache key). */
function controlPlane(): ControlPlane {
  const cache = join(
    process.env.CHAOS_CACHE_DIR ?? join(homedir(), '.cache', 'chaos-action'),
    'k8s'
  )
  const key = createHash('sha256')
    .update(readFileSync(join(k8sDir, 'versions.env')))
    .digest('hex')
    .slice(0, 16)
  const bin = join(cache, key, 'bin')
  const kubeconfig = process.env.CHAOS_K8S_KUBECONFIG ?? join(cache, 'kubeconfig')
  const built = BINARIES.every((b) => existsSync(join(bin, b)))
  const mode = process.env.CHAOS_BENCH_K8S ?? ''
  let skip: string | undefined
  if (mode === 'off') skip = 'skipped: CHAOS_BENCH_K8S=off'
  else if (!built && mode !== 'build')
    skip = `skipped: control-plane binaries not built in ${bin} (set CHAOS_BENCH_K8S=build to build them, ~12 min cold, or run bash scripts/k8s/build.sh)`
  return { bin, kubeconfig, built, ...(skip ? { skip } : {}) }
}

const plane = controlPlane()
/** Why the Kubernetes rows cannot run here (binaries not built, CHAOS_BENCH_K8S=off), or undefined. */
export const k8sSkip: string | undefined = plane.skip
const KILLS = boundedInt(process.env.CHAOS_BENCH_K8S_KILLS, 10, 1, 100)
const CYCLES = boundedInt(process.env.CHAOS_BENCH_K8S_CYCLES, 50, 10, 500)
const REPLICAS = 3
/** Every row of this file gives up after this long, whatever the counts. */
const ROW_DEADLINE_MS = 8 * 60_000

function boundedInt(text: string | undefined, fallback: number, min: number, max: number): number {
  const n = Number(text)
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback
}

function healthy(): boolean {
  if (!existsSync(plane.kubeconfig) || !existsSync(join(plane.bin, 'kubectl'))) return false
  const r = spawnSync(
    join(plane.bin, 'kubectl'),
    ['--kubeconfig', plane.kubeconfig, 'get', '--raw', '/readyz', '--request-timeout=5s'],
    { stdio: 'ignore', timeout: 10_000 }
  )
  return r.status === 0
}

/** Runs a scripts/k8s script, bounded; resolves with its exit code and the tail of its output. */
export function runScript(
  script: string,
  timeoutMs: number
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(k8sDir, script)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (d: Buffer) => {
      output = (output + d.toString('utf8')).slice(-8000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code: code ?? 1, output })
    })
  })
}

let clusterReady: Promise<string> | undefined

/** Reuses a running cluster; otherwise starts one and deletes it when the process exits. */
export function ensureCluster(): Promise<string> {
  clusterReady ??= (async () => {
    if (healthy()) return plane.kubeconfig
    const t = performance.now()
    // cluster-up.sh builds first when needed (only reached with CHAOS_BENCH_K8S=build).
    const up = await runScript('cluster-up.sh', plane.built ? 5 * 60_000 : 45 * 60_000)
    // Registered even on failure: a half-created cluster should not outlive the bench either.
    process.once('exit', () => {
      spawnSync('bash', [join(k8sDir, 'cluster-down.sh')], { stdio: 'ignore', timeout: 60_000 })
    })
    if (up.code !== 0) throw new Error(`cluster-up.sh exited ${up.code}:\n${up.output}`)
    console.log(`  (started the kwok cluster in ${((performance.now() - t) / 1000).toFixed(1)} s)`)
    return plane.kubeconfig
  })()
  return clusterReady
}

/** A namespace with a Deployment of REPLICAS pods, fully available; removed by `close`. */
async function fixture(kubeconfig: string) {
  const admin = new KubeClient({ kubeconfig })
  const namespace = `chaos-bench-${randomBytes(3).toString('hex')}`
  await admin.create(R.namespaces, undefined, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: namespace }
  })
  const labels = { app: 'web' }
  await admin.create(R.deployments, namespace, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', labels },
    spec: {
      replicas: REPLICAS,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'app', image: 'fake' }] } }
    }
  })
  const ok = await admin.watchUntil(
    R.deployments,
    namespace,
    { fieldSelector: 'metadata.name=web', timeoutMs: 60_000 },
    (objects) => objects.get(`${namespace}/web`)?.status?.availableReplicas === REPLICAS
  )
  if (!ok) throw new Error(`deployment ${namespace}/web not available within 60 s`)
  return {
    namespace,
    close: () => admin.delete(R.namespaces, undefined, namespace).catch(() => undefined)
  }
}

function activityContext(name: string, signal: AbortSignal): ActivityContext {
  const state = new Map<string, unknown>()
  return {
    activity: { type: 'action', name, provider: { type: 'kubernetes' } } as Activity,
    configuration: {},
    secrets: {},
    logger: silentLogger,
    signal,
    runId: 'bench',
    experimentFile: 'bench/k8s.ts',
    resources: { track: () => () => undefined },
    state: {
      get: <T>(k: string) => state.get(k) as T | undefined,
      set: (k, v) => void state.set(k, v)
    },
    inRollback: false
  }
}

/**
 * The native provider as an experiment would use it. With `keepRecords`, every API request is
 * kept with its time (the memory row leaves it off so the bench itself does not grow).
 */
function nativeProvider(kubeconfig: string, namespace: string, keepRecords = false) {
  const records: { at: number; record: RequestRecord }[] = []
  const registry = new ProviderRegistry()
  const reg = registerKubernetes(registry, new NativeModuleRegistry(), {
    kubeconfig,
    allowedNamespaces: [namespace],
    ...(keepRecords
      ? { onRequest: (record: RequestRecord) => records.push({ at: Date.now(), record }) }
      : {})
  })
  const signal = AbortSignal.timeout(ROW_DEADLINE_MS)
  const run = (spec: Record<string, unknown>) =>
    reg.provider.run(
      { type: 'kubernetes', ...spec },
      activityContext(String(spec.action ?? spec.probe), signal)
    )
  const kill = async () =>
    (await run({
      action: 'kill-pods',
      namespace,
      selector: 'app=web',
      count: 1,
      recoveryTimeout: 30
    })) as KillPodsResult
  const ready = async () =>
    (await run({ probe: 'workload-ready', name: 'web', namespace, timeout: 30 })) === true
  return { reg, records, kill, ready, close: () => registry.close() }
}

// ---- the reference watch, in a worker thread -------------------------------------------------

interface ReadySeen {
  name: string
  uid: string
  /** Date.now() in the worker when the event carrying Ready=True arrived. */
  at: number
  /** The Ready condition's lastTransitionTime as kwok wrote it (second resolution). */
  transition: number
}

function readyCondition(
  p: KubeObject
): { status?: string; lastTransitionTime?: string } | undefined {
  const conditions = (p.status?.conditions ?? []) as {
    type: string
    status?: string
    lastTransitionTime?: string
  }[]
  return conditions.find((c) => c.type === 'Ready')
}

/** Worker body: reports each pod the first time it is seen Ready, straight off a raw watch. */
async function watchWorker(data: { kubeconfig: string; namespace: string; selector: string }) {
  const port = parentPort!
  const kc = new KubeConfig()
  kc.loadFromFile(data.kubeconfig)
  const core = kc.makeApiClient(CoreV1Api)
  const seen = new Set<string>()
  const list = await core.listNamespacedPod({
    namespace: data.namespace,
    labelSelector: data.selector
  })
  for (const p of list.items)
    if (readyCondition(p as KubeObject)?.status === 'True') seen.add(p.metadata?.uid ?? '')
  let rv = list.metadata?.resourceVersion
  let stopped = false
  let controller: AbortController | undefined
  port.on('message', (m) => {
    if (m === 'stop') {
      stopped = true
      controller?.abort()
      port.close()
    }
  })
  const path = `/api/v1/namespaces/${data.namespace}/pods`
  // Bounded: a watch the server closes is re-opened from the last resourceVersion, 50 times at most.
  for (let attempt = 0; attempt < 50 && !stopped; attempt++) {
    await new Promise<void>((resolve) => {
      const w = new Watch(kc)
      ;(w as unknown as { requestTimeoutMs: number }).requestTimeoutMs = 15 * 60_000
      w.watch(
        path,
        {
          labelSelector: data.selector,
          resourceVersion: rv,
          allowWatchBookmarks: true,
          timeoutSeconds: 600
        },
        (type: string, obj: KubeObject) => {
          const at = Date.now()
          rv = obj.metadata?.resourceVersion ?? rv
          if (type !== 'ADDED' && type !== 'MODIFIED') return
          const uid = obj.metadata?.uid ?? ''
          const ready = readyCondition(obj)
          if (ready?.status !== 'True' || seen.has(uid)) return
          seen.add(uid)
          const seenReady: ReadySeen = {
            name: obj.metadata?.name ?? '',
            uid,
            at,
            transition: Date.parse(ready.lastTransitionTime ?? '')
          }
          port.postMessage({ kind: 'ready', ...seenReady })
        },
        () => resolve()
      )
        .then((c) => {
          controller = c
          if (attempt === 0) port.postMessage({ kind: 'watching' })
          if (stopped) c.abort()
        })
        .catch(() => resolve())
    })
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  await watchWorker(workerData as { kubeconfig: string; namespace: string; selector: string })
}

async function startReferenceWatch(kubeconfig: string, namespace: string) {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { role: WORKER_ROLE, kubeconfig, namespace, selector: 'app=web' }
  })
  const seen = new Map<string, ReadySeen>()
  const waiters = new Map<string, (s: ReadySeen) => void>()
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('reference watch did not start within 30 s')),
      30_000
    )
    worker.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    worker.on('message', (m: { kind: string } & Partial<ReadySeen>) => {
      if (m.kind === 'watching') {
        clearTimeout(timer)
        resolve()
      } else if (m.kind === 'ready') {
        const s = m as ReadySeen
        seen.set(s.name, s)
        waiters.get(s.name)?.(s)
      }
    })
  })
  return {
    /** When the reference watch saw `name` Ready (waits briefly: the worker may lag behind us). */
    readyAt(name: string, timeoutMs = 10_000): Promise<ReadySeen | undefined> {
      const known = seen.get(name)
      if (known) return Promise.resolve(known)
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(name)
          resolve(undefined)
        }, timeoutMs)
        waiters.set(name, (s) => {
          clearTimeout(timer)
          waiters.delete(name)
          resolve(s)
        })
      })
    },
    async close() {
      worker.postMessage('stop')
      await Promise.race([
        new Promise((r) => worker.once('exit', r)),
        new Promise((r) => setTimeout(r, 2_000))
      ])
      await worker.terminate()
    }
  }
}

// ---- the rows --------------------------------------------------------------------------------

const fmtMs = (ms: number) => `${ms.toFixed(0)} ms`

async function measureDetection(): Promise<RowResult> {
  const kubeconfig = await ensureCluster()
  const fx = await fixture(kubeconfig)
  const native = nativeProvider(kubeconfig, fx.namespace, true)
  const reference = await startReferenceWatch(kubeconfig, fx.namespace)
  const deadline = Date.now() + ROW_DEADLINE_MS
  const latencies: number[] = []
  const vsTransition: number[] = []
  const recoveries: number[] = []
  try {
    // One kill to warm up clients and JIT, not counted.
    await native.kill()
    await native.ready()
    for (let i = 0; i < KILLS && Date.now() < deadline; i++) {
      const from = native.records.length
      const out = await native.kill()
      const replacement = out.workloads[0]?.replacement_pods[0]
      if (out.recovered !== true || out.recovery_seconds === null || !replacement)
        throw new Error(`kill ${i + 1}: not recovered: ${out.message}`)
      // The provider's clock starts right after it opens its event watch, synchronously before
      // the first DELETE (ops.ts killPods); recovery_seconds counts from there.
      const mine = native.records.slice(from)
      const del = mine.findIndex((r) => r.record.verb === 'delete')
      const start = mine
        .slice(0, del)
        .findLast((r) => r.record.verb === 'watch' && r.record.path.endsWith('/events'))
      if (del < 0 || !start) throw new Error(`kill ${i + 1}: could not find the provider's start`)
      const detected = start.at + out.recovery_seconds * 1000
      const ref = await reference.readyAt(replacement)
      if (!ref) throw new Error(`kill ${i + 1}: the reference watch never saw ${replacement} Ready`)
      latencies.push(detected - ref.at)
      if (Number.isFinite(ref.transition)) vsTransition.push(detected - ref.transition)
      recoveries.push(out.recovery_seconds)
      // The Deployment's status lags its pods a little; start the next kill from a settled state.
      if (!(await native.ready())) throw new Error(`kill ${i + 1}: deployment not ready again`)
    }
  } finally {
    await reference.close()
    await native.close()
    await fx.close()
  }
  const worst = Math.max(...latencies)
  return {
    ours: worst,
    unit: 'ms',
    note:
      `${latencies.length} kills of 1/${REPLICAS} pods: provider saw the replacement Ready ` +
      `${fmtMs(median(latencies))} median, ${fmtMs(worst)} max after a raw watch in a worker ` +
      `thread did (negative = before it); vs kwok's Ready lastTransitionTime (1 s resolution) ` +
      `${fmtMs(median(vsTransition))} median, ${fmtMs(Math.max(...vsTransition))} max; ` +
      `recovery_seconds ${median(recoveries).toFixed(3)} median`
  }
}

interface CycleStats {
  cycles: number
  totalMs: number
  cycleMs: number[]
  requests: number[]
  killRequests: number[]
  heapMb: number[]
  rssMb: number[]
  memoryMethod: string
  watchReconnects: number
}

/** A GC we can call: --expose-gc's, else V8's flag switched on at run time. */
function gcFunction(): { gc?: () => void; method: string } {
  const exposed = (globalThis as { gc?: () => void }).gc
  if (typeof exposed === 'function')
    return { gc: exposed, method: 'heapUsed after gc() (--expose-gc)' }
  try {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as unknown
    if (typeof gc === 'function')
      return { gc: gc as () => void, method: 'heapUsed after gc() (v8 flag set at run time)' }
  } catch {
    // fall through
  }
  return { method: 'no GC available: heapUsed and RSS without a collection' }
}

let cycleRun: Promise<CycleStats> | undefined

/** Both cycle rows read one run of CYCLES cycles. */
function cycles(): Promise<CycleStats> {
  cycleRun ??= (async () => {
    const kubeconfig = await ensureCluster()
    const fx = await fixture(kubeconfig)
    const native = nativeProvider(kubeconfig, fx.namespace)
    const { gc, method } = gcFunction()
    const stats: CycleStats = {
      cycles: 0,
      totalMs: 0,
      cycleMs: [],
      requests: [],
      killRequests: [],
      heapMb: [],
      rssMb: [],
      memoryMethod: method,
      watchReconnects: 0
    }
    const deadline = Date.now() + ROW_DEADLINE_MS
    try {
      // Two warm-up cycles (clients, JIT, first watch), not counted.
      for (let i = 0; i < 2; i++) {
        await native.kill()
        await native.ready()
      }
      const started = performance.now()
      for (let i = 0; i < CYCLES; i++) {
        if (Date.now() > deadline)
          throw new Error(`gave up after ${i} cycles: over ${ROW_DEADLINE_MS / 60_000} min`)
        const t = performance.now()
        const before = native.reg.stats().requests
        const out = await native.kill()
        const afterKill = native.reg.stats().requests
        if (out.recovered !== true) throw new Error(`cycle ${i + 1}: ${out.message}`)
        if (!(await native.ready())) throw new Error(`cycle ${i + 1}: probe said not ready`)
        stats.cycleMs.push(performance.now() - t)
        stats.killRequests.push(afterKill - before)
        stats.requests.push(native.reg.stats().requests - before)
        gc?.()
        const m = process.memoryUsage()
        stats.heapMb.push(m.heapUsed / 1024 / 1024)
        stats.rssMb.push(m.rss / 1024 / 1024)
        stats.cycles = i + 1
        if ((i + 1) % 10 === 0)
          console.log(
            `  cycle ${i + 1}/${CYCLES}: ${stats.requests[i]} requests, heap ${stats.heapMb[i]!.toFixed(1)} MB, rss ${stats.rssMb[i]!.toFixed(1)} MB`
          )
      }
      stats.totalMs = performance.now() - started
      stats.watchReconnects = native.reg.stats().watchReconnects
    } finally {
      await native.close()
      await fx.close()
    }
    return stats
  })()
  return cycleRun
}

const firstLast = (values: number[]) => ({
  first: median(values.slice(0, 10)),
  last: median(values.slice(-10))
})

function skipped(): RowResult {
  return { ours: Number.NaN, unit: 'ms', note: plane.skip ?? 'skipped' }
}

export const k8sRows: BenchRow[] = [
  {
    id: 'k8s-ready-detect',
    title: `k8s: replacement pod Ready -> detected by kill-pods (max of ${KILLS})`,
    target: plane.skip ? { kind: 'info' } : { kind: 'absolute', max: 1500 },
    measure: () => (plane.skip ? Promise.resolve(skipped()) : measureDetection())
  },
  {
    id: 'k8s-cycles-50',
    title: `k8s: ${CYCLES} kill-pods + workload-ready cycles (total)`,
    target: { kind: 'info' },
    measure: async () => {
      if (plane.skip) return skipped()
      const s = await cycles()
      const sorted = [...s.requests].sort((a, b) => a - b)
      return {
        ours: s.totalMs,
        unit: 'ms',
        note:
          `API requests per cycle: min ${sorted[0]}, median ${median(s.requests)}, max ${sorted[sorted.length - 1]} ` +
          `(kill-pods ${median(s.killRequests)} + probe ${median(s.requests) - median(s.killRequests)}); ` +
          `per cycle ${fmtMs(median(s.cycleMs))} median, ${fmtMs(Math.max(...s.cycleMs))} max; ` +
          `watch reconnects ${s.watchReconnects}; requests per cycle: ${s.requests.join(' ')}`
      }
    }
  },
  {
    // The id starts with rss so the table prints the target in MB.
    id: 'rss-k8s-cycles-50',
    title: `k8s: client heap growth over ${CYCLES} cycles (median of last 10 - first 10)`,
    // 10 % of a ~30-60 MB heap; the note gives the percentage.
    target: plane.skip ? { kind: 'info' } : { kind: 'absolute', max: 4 },
    measure: async () => {
      if (plane.skip) return { ...skipped(), unit: 'MB' }
      const s = await cycles()
      const heap = firstLast(s.heapMb)
      const rss = firstLast(s.rssMb)
      const pct = (v: { first: number; last: number }) =>
        `${(((v.last - v.first) / v.first) * 100).toFixed(1)} %`
      const every10 = s.heapMb
        .filter((_, i) => (i + 1) % 10 === 0)
        .map((v) => v.toFixed(1))
        .join(' ')
      return {
        ours: heap.last - heap.first,
        unit: 'MB',
        note:
          `${s.memoryMethod}: heap ${heap.first.toFixed(1)} -> ${heap.last.toFixed(1)} MB (${pct(heap)}), ` +
          `rss ${rss.first.toFixed(1)} -> ${rss.last.toFixed(1)} MB (${pct(rss)}); heap every 10 cycles: ${every10}`
      }
    }
  }
]

// `node bench/k8s.ts`: just these rows, printed like bench/run.ts does.
if (isMainThread && import.meta.main) {
  const started = performance.now()
  const ctx = {} as BenchContext
  console.log(
    `chaos-action bench, Kubernetes rows (${KILLS} kills, ${CYCLES} cycles) against ${plane.kubeconfig}`
  )
  let failed = false
  for (const row of k8sRows) {
    const t = performance.now()
    try {
      const r = await row.measure(ctx)
      const value = Number.isNaN(r.ours) ? '-' : `${r.ours.toFixed(1)} ${r.unit}`
      const verdict =
        row.target.kind === 'absolute'
          ? r.ours < row.target.max
            ? `PASS (< ${row.target.max} ${r.unit})`
            : `FAIL (target < ${row.target.max} ${r.unit})`
          : 'info'
      if (verdict.startsWith('FAIL')) failed = true
      console.log(
        `- ${row.id}: ${value} ${verdict} in ${((performance.now() - t) / 1000).toFixed(1)} s`
      )
      if (r.note) console.log(`    ${r.note}`)
    } catch (error) {
      failed = true
      console.log(`- ${row.id}: ERROR ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`)
  if (failed && process.argv.includes('--strict')) process.exitCode = 1
}
