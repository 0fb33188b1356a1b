/**
 * Bench rows for issue 5's evidence providers, measured against their peers in the same run:
 * the load provider against wrk (request rate, latency percentiles, memory over a long run) and
 * the fault proxy's own cost (p50 added at 1,000 requests/s, no fault switched on).
 *
 *   node bench/evidence.ts [row-id...]   runs these rows (or some of them)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { silentLogger } from '../src/engine/logger.ts'
import type { LoadOptions, LoadReport } from '../src/providers/load/index.ts'
import { ProxyProvider } from '../src/providers/proxy/index.ts'
import { activityContext } from '../__tests__/helpers/activity-context.ts'
import { benchLoad, runChild, type LoadBenchResult } from './load.ts'
import type { BenchRow, RowResult } from './rows.ts'

let loadResult: Promise<LoadBenchResult> | undefined
/** One load-vs-wrk comparison serves every load row. */
function loadBench(runs: number): Promise<LoadBenchResult> {
  loadResult ??= benchLoad({
    runs: Math.min(runs, 5),
    seconds: 5,
    memorySeconds: Number(process.env.CHAOS_BENCH_MEMORY_SECONDS ?? 60),
    log: () => undefined
  })
  return loadResult
}

function latencyRow(p: 'p50' | 'p90' | 'p99'): BenchRow {
  return {
    id: `load-${p}`,
    title: `load ${p} latency vs wrk (service answers in 10 ms)`,
    target: { kind: 'band', min: 0.9, max: 1.1 },
    measure: async (ctx): Promise<RowResult> => {
      const r = await loadBench(ctx.runs)
      const key = `${p}_ms` as const
      return { ours: r.oursAtLatency[key], theirs: r.wrkAtLatency[key], unit: 'ms', peer: 'wrk' }
    }
  }
}

/**
 * p50 of a fixed-rate load against `url`, measured by our load provider in a process of its own,
 * so the proxy under test (in this process) has an event loop to itself.
 */
async function p50At(url: string, rate: number, seconds: number): Promise<number> {
  const options: LoadOptions = {
    name: 'bench',
    urls: [url],
    method: 'GET',
    headers: {},
    concurrency: 16,
    rate,
    durationSeconds: seconds,
    maxRequests: rate * seconds * 2,
    timeoutSeconds: 5
  }
  const report = await runChild<LoadReport>('run', options, (seconds + 60) * 1000)
  if (report.errors > 0) throw new Error(`${report.errors} errors against ${url}`)
  return report.p50_ms
}

/** The smallest HTTP service, in its own process: the proxy row measures the proxy, not it. */
const UPSTREAM = `
import http from 'node:http'
const server = http.createServer((req, res) => {
  req.resume()
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' })
  res.end('ok')
})
server.listen(0, '127.0.0.1', () => console.log('listening ' + server.address().port))
`

async function startUpstream(): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', UPSTREAM], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const port = await new Promise<number>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error('upstream did not start in 20 s')), 20_000)
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
      const m = /listening (\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(Number(m[1]))
      }
    })
    child.once('exit', (code) => reject(new Error(`upstream exited (${code})`)))
  })
  return { port, child }
}

export const evidenceRows: BenchRow[] = [
  {
    id: 'load-rate',
    title: 'load request rate vs wrk (same connections)',
    target: { kind: 'min-ratio', min: 0.8 },
    measure: async (ctx): Promise<RowResult> => {
      const r = await loadBench(ctx.runs)
      return {
        ours: r.ours.rps,
        theirs: r.wrk.rps,
        unit: 'req/s',
        peer: 'wrk',
        note:
          `${r.connections} connections, ${r.seconds} s per run; median of paired ratios ${r.rateRatio}; ` +
          `plain autocannon (no recorder) ${r.plain.rps.toFixed(0)} req/s, ratio ${r.plain.ratio}; ` +
          `wrk's own spread max/min ${r.wrkSpread.rate.rps.toFixed(2)}x; ` +
          `load average ${r.loadAverage.start} -> ${r.loadAverage.end}`
      }
    }
  },
  latencyRow('p50'),
  latencyRow('p90'),
  latencyRow('p99'),
  {
    id: 'load-memory',
    title: 'load provider heap growth over a long run',
    target: { kind: 'absolute', max: 10 },
    measure: async (ctx): Promise<RowResult> => {
      const r = await loadBench(ctx.runs)
      if (!r.memory) throw new Error('the memory run was skipped (CHAOS_BENCH_MEMORY_SECONDS=0)')
      return {
        ours: r.memory.heapGrowth * 100,
        unit: '%',
        note:
          `${r.memory.seconds} s at 2,000 req/s in a child process, ${r.memory.requests} requests; heap after forced GCs ` +
          `from the end of a ${r.memory.warmupSeconds} s warm-up: ${r.memory.heapSamplesMb.join(' -> ')} MB ` +
          `(the report's per-second series: ${r.memory.seriesPoints} points)`
      }
    }
  },
  {
    id: 'proxy-p50-added',
    title: 'fault proxy: p50 added at 1,000 req/s',
    target: { kind: 'absolute', max: 1 },
    measure: async (ctx): Promise<RowResult> => {
      const service = await startUpstream()
      const upstream = `127.0.0.1:${service.port}`
      const provider = new ProxyProvider()
      const { ctx: actx } = activityContext({ logger: silentLogger })
      try {
        const { url } = (await provider.run(
          { type: 'proxy', action: 'start', proxy: 'bench', listen: '127.0.0.1:0', upstream },
          actx
        )) as { url: string }
        const direct: number[] = []
        const proxied: number[] = []
        // Warm the proxy (JIT, upstream sockets) and the service up, then alternate the two,
        // the order flipping from pair to pair, so machine noise lands on both alike.
        await p50At(`${url}/`, 1000, 1)
        await p50At(`http://${upstream}/`, 1000, 1)
        for (let i = 0; i < Math.max(3, Math.min(ctx.runs, 5)); i++) {
          const pair = [
            async () => void direct.push(await p50At(`http://${upstream}/`, 1000, 3)),
            async () => void proxied.push(await p50At(`${url}/`, 1000, 3))
          ]
          if (i % 2) pair.reverse()
          for (const step of pair) await step()
        }
        const med = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!
        return {
          ours: med(proxied) - med(direct),
          unit: 'ms',
          note: `p50 direct ${med(direct).toFixed(3)} ms, through the proxy ${med(proxied).toFixed(3)} ms (medians of ${direct.length} paired 3 s runs at 1,000 req/s spread evenly over 16 connections; the service and the load each in a process of their own)`
        }
      } finally {
        await provider.close()
        service.child.kill('SIGTERM')
      }
    }
  }
]

if (import.meta.main) {
  // `node bench/evidence.ts [row-id...]`: just those rows.
  const only = process.argv.slice(2)
  for (const row of evidenceRows.filter((r) => only.length === 0 || only.includes(r.id))) {
    const r = await row.measure({ runs: 5 } as Parameters<BenchRow['measure']>[0])
    const ratio = r.theirs ? ` ratio ${(r.ours / r.theirs).toFixed(2)}` : ''
    console.log(
      `${row.id}: ours ${r.ours.toFixed(3)} ${r.unit}${r.theirs === undefined ? '' : `, ${r.peer} ${r.theirs.toFixed(3)}`}${ratio}${r.note ? ` (${r.note})` : ''}`
    )
  }
}
