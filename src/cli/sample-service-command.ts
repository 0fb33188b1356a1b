/**
 * `chaos-action sample-service [--port N] [--host ADDRESS]`: the bundled sample service (the one
 * the README's experiments and the demo probe), in the foreground until SIGINT or SIGTERM. Prints
 * its URL on stdout once it listens, so scripts can wait for that line or for /health.
 *
 * Its own small parser: the command shares none of the run options.
 */
import { parseArgs } from 'node:util'
import { UsageError } from '../engine/errors.ts'
import type { CliIo } from './io.ts'

export const SAMPLE_SERVICE_SUMMARY =
  'Serve the bundled sample service (/health, /api/items, /metrics, /admin/fault) until Ctrl-C.'

export const SAMPLE_SERVICE_HELP = [
  'usage: chaos-action sample-service [--port N] [--host ADDRESS]',
  '',
  SAMPLE_SERVICE_SUMMARY,
  'The experiments in experiments/ probe it on http://127.0.0.1:8080.',
  '',
  'options:',
  '  --port N          Port to listen on; 0 picks a free one. (default: 8080)',
  '  --host ADDRESS    Address to listen on. (default: 127.0.0.1)',
  '',
  'POST /admin/fault {"latency_ms": 200, "error_rate": 0.5} breaks /api; DELETE /admin/fault repairs it.',
  'Prints the URL on stdout once listening; exits 0 on SIGINT or SIGTERM.',
  ''
].join('\n')

const ADVICE = 'see chaos-action sample-service --help'

export interface SampleServiceArgs {
  port: number
  host: string
}

export function parseSampleServiceArgs(argv: readonly string[]): SampleServiceArgs {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' }
      },
      strict: true,
      allowPositionals: false
    }))
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), ADVICE)
  }
  const port = Number(values.port)
  if (values.port.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number 0..65535, got ${values.port}`, ADVICE)
  }
  return { port, host: values.host }
}

/** Runs until a signal; resolves with the exit status (0 after a clean stop). */
export async function sampleServiceCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseSampleServiceArgs(argv)
  const { startSampleService } = await import('../demo/sample-service.ts')
  let service
  try {
    service = await startSampleService(args)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new UsageError(
        `cannot listen on ${args.host}:${args.port} (${code})`,
        'pick another --port (0 picks a free one) or stop what holds it'
      )
    }
    throw error
  }
  io.stdout(`${service.url}\n`)
  io.stderr('sample service running; Ctrl-C stops it\n')
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'))
    process.once('SIGTERM', () => resolve('SIGTERM'))
  })
  await service.close()
  io.stderr(`sample service stopped (${signal})\n`)
  return 0
}
