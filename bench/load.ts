/**
 * The load provider against wrk (Debian's package), on loopback, at the same concurrency, against
 * the sample service running in its own process: request rate ratio (target >= 0.8), latency
 * percentile ratios (target within 10 %), and the provider's memory over a long run (flat).
 *
 *   node bench/load.ts [--seconds 5] [--connections 50] [--runs 3] [--memory-seconds 60]
 *
 * bench/run.ts calls benchLoad() and prints its rows beside the others.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { silentLogger } from '../src/engine/logger.ts'
import {
  LoadProvider,
  runLoad,
  type LoadOptions,
  type LoadReport
} from '../src/providers/load/index.ts'
import type { ActivityContext } from '../src/engine/provider.ts'

export interface LoadBenchOptions {
  seconds?: number
  connections?: number
  runs?: number
  /** Length of the memory run; 0 skips it. */
  memorySeconds?: number
  /** wrk threads: 1 by default, the same single thread the provider has. */
  wrkThreads?: number
  /** Latency the service adds in the latency comparison. Default 10 ms. */
  latencyMs?: number
  log?: (line: string) => void
}

export interface LoadSample {
  rps: number
  p50_ms: number
  p90_ms: number
  p99_ms: number
}

export interface LoadBenchResult {
  connections: number
  seconds: number
  wrk: LoadSample
  ours: LoadSample
  /** ours / wrk. */
  /** Added by the service in the latency comparison. */
  latencyMs: number
  wrkAtLatency: LoadSample
  oursAtLatency: LoadSample
  rateRatio: number
  /**
   * The machine's 1-minute load average before and after: on a shared 2-core machine a busy
   * neighbour takes CPU from the service, and autocannon (about twice wrk's CPU per request)
   * feels it more than wrk does.
   */
  loadAverage: { start: number; end: number }
  /** Plain autocannon, no recorder, in the same runs: where a gap to wrk comes from. */
  plain: { rps: number; ratio: number }
  /** ours / wrk against the service answering in latencyMs (the target applies here). */
  latencyRatios: { p50: number; p90: number; p99: number }
  /** ours / wrk at saturation: reported, not judged (queueing noise). */
  saturatedLatencyRatios: { p50: number; p90: number; p99: number }
  /** wrk's own max / min over its runs: how far this machine lets two identical runs differ. */
  wrkSpread: { rate: LoadSample; latency: LoadSample }
  memory?: {
    seconds: number
    requests: number
    rssStartMb: number
    rssEndMb: number
    heapStartMb: number
    heapEndMb: number
    /** (end - start) / start of the heap after warm-up: flat when small. */
    heapGrowth: number
    warmupSeconds: number
    /** Heap after each forced GC, from the end of the warm-up to the end of the run. */
    heapSamplesMb: number[]
    /** Points in the report's per-second series: the growth that is expected. */
    seriesPoints: number
  }
  pass: { rate: boolean; latency: boolean; memory: boolean | null }
}

const ROOT = join(import.meta.dirname, '..')
const NODE = process.execPath

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The sample service in its own process, so it doesn't share an event loop with the load. */
export async function startService(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    NODE,
    [join(ROOT, 'src/demo/sample-service.ts'), '--port', '0', '--host', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(
      () => reject(new Error('sample service did not start in 20 s')),
      20_000
    )
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
      const m = /https?:\/\/[^\s]+/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[0].replace(/\/$/, ''))
      }
    })
    child.once('exit', (code) => reject(new Error(`sample service exited (${code})`)))
  })
  return { url, child }
}

function wrkUnit(value: string, unit: string): number {
  const n = Number(value)
  switch (unit) {
    case 'us':
      return n / 1000
    case 's':
      return n * 1000
    case 'm':
      return n * 60_000
    default:
      return n
  }
}

function runWrk(
  url: string,
  connections: number,
  seconds: number,
  threads: number
): Promise<LoadSample> {
  return new Promise((resolve, reject) => {
    execFile(
      'wrk',
      [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--latency', url],
      { timeout: (seconds + 30) * 1000 },
      (error, stdout) => {
        if (error) return reject(error)
        const rps = /Requests\/sec:\s+([\d.]+)/.exec(stdout)
        const pct = (p: number): number => {
          const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(stdout)
          return m ? wrkUnit(m[1]!, m[2]!) : NaN
        }
        if (!rps) return reject(new Error(`could not read wrk's output:\n${stdout}`))
        resolve({ rps: Number(rps[1]), p50_ms: pct(50), p90_ms: pct(90), p99_ms: pct(99) })
      }
    )
  })
}

function context(): ActivityContext {
  const state = new Map<string, unknown>()
  return {
    activity: { type: 'action', name: 'bench', provider: { type: 'load' } },
    configuration: {},
    secrets: {},
    logger: silentLogger,
    signal: new AbortController().signal,
    runId: 'bench',
    experimentFile: 'bench',
    resources: { track: () => () => undefined },
    state: {
      get: <T>(k: string) => state.get(k) as T | undefined,
      set: (k, v) => void state.set(k, v)
    },
    inRollback: false
  }
}

async function runOurs(url: string, connections: number, seconds: number): Promise<LoadReport> {
  const provider = new LoadProvider()
  return (await provider.run(
    { type: 'load', url, concurrency: connections, duration: seconds, max_requests: 10_000_000 },
    context()
  )) as LoadReport
}

/**
 * Runs a child of this file (`--child <mode>`) and returns the JSON line it prints: the load then
 * has a process of its own, and the memory child can force garbage collections (--expose-gc).
 */
export function runChild<T>(mode: 'run' | 'memory', input: unknown, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      NODE,
      ['--expose-gc', import.meta.filename, '--child', mode, '--input', JSON.stringify(input)],
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${mode} child failed: ${error.message}\n${stderr}`))
        try {
          resolve(JSON.parse(stdout.trim().split('\n').pop()!) as T)
        } catch {
          reject(new Error(`${mode} child printed no JSON:\n${stdout}\n${stderr}`))
        }
      }
    )
  })
}

interface MemoryInput {
  url: string
  seconds: number
  rate: number
  concurrency: number
}

/**
 * In the memory child: a steady-rate load through the provider, the heap read after a forced GC
 * once the warm-up is over and again just before the load ends (both ends while it runs, so
 * in-flight requests weigh alike), plus GC'd samples in between to show the trend.
 */
async function memoryChild(input: MemoryInput): Promise<NonNullable<LoadBenchResult['memory']>> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('the memory child needs --expose-gc')
  const warmup = Math.min(10, Math.max(2, Math.floor(input.seconds / 6)))
  const samples: { t: number; heap: number; rss: number }[] = []
  const t0 = performance.now()
  const take = (): void => {
    gc()
    const m = process.memoryUsage()
    samples.push({ t: (performance.now() - t0) / 1000, heap: m.heapUsed, rss: m.rss })
  }
  const timers: NodeJS.Timeout[] = []
  const last = input.seconds - 1
  for (let t = warmup; t < last; t += 5) timers.push(setTimeout(take, t * 1000))
  timers.push(setTimeout(take, last * 1000))
  const report = (await new LoadProvider().run(
    {
      type: 'load',
      url: input.url,
      concurrency: input.concurrency,
      rate: input.rate,
      duration: input.seconds
    },
    context()
  )) as LoadReport
  for (const t of timers) clearTimeout(t)
  const first = samples[0]!
  const end = samples.at(-1)!
  const mb = (n: number): number => Math.round((n / 1048576) * 100) / 100
  return {
    seconds: input.seconds,
    requests: report.requests,
    rssStartMb: mb(first.rss),
    rssEndMb: mb(end.rss),
    heapStartMb: mb(first.heap),
    heapEndMb: mb(end.heap),
    heapGrowth: Math.round(((end.heap - first.heap) / first.heap) * 1000) / 1000,
    warmupSeconds: warmup,
    heapSamplesMb: samples.map((s) => mb(s.heap)),
    seriesPoints: report.series.length
  }
}

async function memoryRun(
  url: string,
  seconds: number,
  log: (line: string) => void
): Promise<LoadBenchResult['memory']> {
  // A steady rate, as a background load during an experiment runs.
  const rate = 2000
  const result = await runChild<NonNullable<LoadBenchResult['memory']>>(
    'memory',
    { url, seconds, rate, concurrency: 20 } satisfies MemoryInput,
    (seconds + 60) * 1000
  )
  log(
    `memory over ${seconds}s at ${rate} req/s (${result.requests} requests), after a ${result.warmupSeconds}s warm-up, heap after forced GCs: ` +
      `${result.heapSamplesMb.join(' -> ')} MB; rss ${result.rssStartMb} -> ${result.rssEndMb} MB`
  )
  return result
}

/** autocannon alone, nothing listening to its responses: the library's own ceiling. */
function runPlain(url: string, connections: number, seconds: number): Promise<number> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, duration: seconds, skipAggregateResult: true },
      (error, result) => {
        if (error) return reject(error as Error)
        const r = result as unknown as { totalCompletedRequests: number; duration: number }
        resolve(r.totalCompletedRequests / r.duration)
      }
    )
  })
}

interface Comparison {
  wrk: LoadSample
  ours: LoadSample
  /** Medians of the per-run ratios ours / wrk (paired runs, so drift in the machine cancels). */
  ratios: LoadSample
  /** wrk against itself: max / min over its runs, the noise floor of this machine. */
  wrkSpread: LoadSample
  /** Plain autocannon (no recorder), when measured: median req/s and median ratio to wrk. */
  plain?: { rps: number; ratio: number }
}

const KEYS = ['rps', 'p50_ms', 'p90_ms', 'p99_ms'] as const

async function compare(
  url: string,
  connections: number,
  seconds: number,
  runs: number,
  threads: number,
  label: string,
  log: (line: string) => void,
  withPlain = false
): Promise<Comparison> {
  // Warm every side up (JIT, connection setup) before measuring.
  await runWrk(url, connections, 1, threads)
  await runOurs(url, connections, 1)
  if (withPlain) await runPlain(url, connections, 1)
  const wrk: LoadSample[] = []
  const ours: LoadSample[] = []
  const plain: number[] = []
  for (let i = 0; i < runs; i++) {
    // Back to back, the order rotating from run to run, so a noisy neighbour hurts every side
    // alike; each run is compared with the wrk run next to it.
    const steps: (() => Promise<void>)[] = [
      async () => void wrk.push(await runWrk(url, connections, seconds, threads)),
      async () => void ours.push(sample(await runOurs(url, connections, seconds)))
    ]
    if (withPlain)
      steps.push(async () => void plain.push(await runPlain(url, connections, seconds)))
    for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!()
    const w = wrk[i]!
    const o = ours[i]!
    log(
      `${label} run ${i + 1}/${runs}: wrk ${w.rps.toFixed(0)} req/s p50 ${w.p50_ms} p90 ${w.p90_ms} p99 ${w.p99_ms} ms | ` +
        `load ${o.rps.toFixed(0)} req/s p50 ${o.p50_ms} p90 ${o.p90_ms} p99 ${o.p99_ms} ms` +
        (withPlain ? ` | plain autocannon ${plain[i]!.toFixed(0)} req/s` : '')
    )
  }
  const per = (f: (k: (typeof KEYS)[number]) => number): LoadSample =>
    Object.fromEntries(KEYS.map((k) => [k, r2(f(k))])) as unknown as LoadSample
  return {
    wrk: per((k) => median(wrk.map((s) => s[k]))),
    ours: per((k) => median(ours.map((s) => s[k]))),
    ratios: per((k) => median(ours.map((o, i) => o[k] / wrk[i]![k]))),
    wrkSpread: per((k) => Math.max(...wrk.map((s) => s[k])) / Math.min(...wrk.map((s) => s[k]))),
    ...(withPlain
      ? {
          plain: {
            rps: r2(median(plain)),
            ratio: r2(median(plain.map((p, i) => p / wrk[i]!.rps)))
          }
        }
      : {})
  }
}

const sample = (o: LoadReport): LoadSample => ({
  rps: o.rps,
  p50_ms: o.p50_ms,
  p90_ms: o.p90_ms,
  p99_ms: o.p99_ms
})

const r2 = (n: number): number => Math.round(n * 100) / 100
const ratios = (c: Comparison) => ({
  p50: c.ratios.p50_ms,
  p90: c.ratios.p90_ms,
  p99: c.ratios.p99_ms
})

/** Runs the comparison and returns (and logs) the ratios. */
export async function benchLoad(options: LoadBenchOptions = {}): Promise<LoadBenchResult> {
  const seconds = options.seconds ?? 5
  const connections = options.connections ?? 50
  const runs = options.runs ?? 3
  const threads = options.wrkThreads ?? 1
  const latencyMs = options.latencyMs ?? 10
  const log = options.log ?? ((line: string) => console.log(line))
  const loadStart = r2(loadavg()[0]!)
  const { url, child } = await startService()
  try {
    // Rate: saturate the cheapest route, both tools at the same connection count.
    const rate = await compare(
      `${url}/health`,
      connections,
      seconds,
      runs,
      threads,
      'rate',
      log,
      true
    )
    // Latency: at saturation the percentiles are the server's queueing (wrk against itself
    // varies several-fold from run to run), so they are compared where the service answers in
    // a known time: the sample service's fault switch adds latencyMs to every /api request.
    await fetch(`${url}/admin/fault`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latency_ms: latencyMs, error_rate: 0 })
    })
    const lat = await compare(
      `${url}/api/items`,
      connections,
      seconds,
      runs,
      threads,
      'latency',
      log
    )
    await fetch(`${url}/admin/fault`, { method: 'DELETE' })
    const rateRatio = rate.ratios.rps
    const latencyRatios = ratios(lat)
    const memory =
      options.memorySeconds === 0
        ? undefined
        : await memoryRun(`${url}/health`, options.memorySeconds ?? 60, log)
    const result: LoadBenchResult = {
      connections,
      seconds,
      latencyMs,
      wrk: rate.wrk,
      ours: rate.ours,
      wrkAtLatency: lat.wrk,
      oursAtLatency: lat.ours,
      rateRatio,
      loadAverage: { start: loadStart, end: r2(loadavg()[0]!) },
      plain: rate.plain!,
      latencyRatios,
      saturatedLatencyRatios: ratios(rate),
      wrkSpread: { rate: rate.wrkSpread, latency: lat.wrkSpread },
      ...(memory ? { memory } : {}),
      pass: {
        rate: rateRatio >= 0.8,
        latency: Object.values(latencyRatios).every((r) => Math.abs(r - 1) <= 0.1),
        memory: memory ? memory.heapGrowth < 0.1 : null
      }
    }
    const ok = (b: boolean | null): string => (b ? 'PASS' : 'FAIL')
    log(
      `load vs wrk (-t${threads} -c${connections}, ${seconds}s, median of ${runs}): ` +
        `rate ${rateRatio} (>= 0.8: ${ok(result.pass.rate)}; plain autocannon ${result.plain.ratio}); ` +
        `latency at ${latencyMs} ms service time p50 ${latencyRatios.p50} p90 ${latencyRatios.p90} p99 ${latencyRatios.p99} (0.9..1.1: ${ok(result.pass.latency)}); ` +
        `saturated p50 ${result.saturatedLatencyRatios.p50} p90 ${result.saturatedLatencyRatios.p90} p99 ${result.saturatedLatencyRatios.p99} (not judged); ` +
        `wrk vs itself (max/min): rate ${r2(rate.wrkSpread.rps)}, p99 at ${latencyMs} ms ${r2(lat.wrkSpread.p99_ms)}` +
        (memory
          ? `; heap growth ${(memory.heapGrowth * 100).toFixed(1)}% over ${memory.seconds}s (< 10%: ${ok(result.pass.memory)})`
          : '')
    )
    return result
  } finally {
    child.kill('SIGTERM')
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '50' },
      runs: { type: 'string', default: '3' },
      'memory-seconds': { type: 'string', default: '60' },
      'wrk-threads': { type: 'string', default: '1' },
      'latency-ms': { type: 'string', default: '10' },
      // Internal: run as a child of runChild().
      child: { type: 'string' },
      input: { type: 'string' }
    }
  })
  if (values.child === 'memory') {
    console.log(JSON.stringify(await memoryChild(JSON.parse(values.input!) as MemoryInput)))
  } else if (values.child === 'run') {
    console.log(JSON.stringify(await runLoad(JSON.parse(values.input!) as LoadOptions)))
  } else {
    const result = await benchLoad({
      seconds: Number(values.seconds),
      connections: Number(values.connections),
      runs: Number(values.runs),
      memorySeconds: Number(values['memory-seconds']),
      wrkThreads: Number(values['wrk-threads']),
      latencyMs: Number(values['latency-ms'])
    })
    console.log(JSON.stringify(result))
  }
}
