/**
 * The experiments the benchmark runs, generated into a scratch directory. Every one passes on both
 * engines (exit 0), so a fast failure can never pass for a fast run.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const BASE = { base: { type: 'env', key: 'PARITY_URL' } }

const httpProbe = (name: string, tolerance?: number) => ({
  type: 'probe',
  name,
  ...(tolerance === undefined ? {} : { tolerance }),
  provider: { type: 'http', url: '${base}/ok', timeout: 5 }
})

const processAction = (name: string, path = 'true', args?: string[]) => ({
  type: 'action',
  name,
  provider: { type: 'process', path, ...(args ? { arguments: args } : {}) }
})

/** Nothing to run: start-up, load, validate, journal, exit. */
export function emptyExperiment(): unknown {
  return { title: 'empty', description: 'benchmark: the fixed cost of one run', method: [] }
}

/** Ten declared activities: two hypothesis probes, six method activities, two rollbacks. */
export function tenActivities(): unknown {
  return {
    title: 'ten activities',
    description: 'benchmark: a typical small experiment',
    configuration: BASE,
    'steady-state-hypothesis': {
      title: 'service answers',
      probes: [
        httpProbe('health', 200),
        {
          type: 'probe',
          name: 'exits-zero',
          tolerance: 0,
          provider: { type: 'process', path: 'true' }
        }
      ]
    },
    method: [
      httpProbe('m1'),
      processAction('m2', 'echo', ['hello']),
      httpProbe('m3'),
      processAction('m4'),
      httpProbe('m5'),
      processAction('m6', 'echo', ['bye'])
    ],
    rollbacks: [processAction('r1'), processAction('r2', 'echo', ['rolled back'])]
  }
}

/** `count` HTTP probes against the loopback server, in the method. */
export function httpProbes(count: number): unknown {
  return {
    title: `${count} http probes`,
    description: 'benchmark: HTTP provider throughput',
    configuration: BASE,
    method: Array.from({ length: count }, (_, i) => httpProbe(`probe-${i}`))
  }
}

/** `count` trivial process actions (`true`), in the method. */
export function processActions(count: number): unknown {
  return {
    title: `${count} process actions`,
    description: 'benchmark: process provider throughput',
    method: Array.from({ length: count }, (_, i) => processAction(`action-${i}`))
  }
}

const YAML_TEMPLATE = (i: number): string => `title: generated ${i}
description: benchmark validate input (yaml)
configuration:
  base:
    type: env
    key: PARITY_URL
  expected: ${200 + (i % 3)}
steady-state-hypothesis:
  title: ok
  probes:
    - type: probe
      name: status
      tolerance: [200, 201, 202]
      provider:
        type: http
        url: \${base}/ok
        timeout: [1, 5]
    - type: probe
      name: body
      tolerance:
        type: jsonpath
        path: $.items.*[?(@.status="up")]
        count: 2
        target: body
      provider:
        type: http
        url: \${base}/json
method:
  - type: action
    name: touch-${i}
    pauses:
      after: 0.1
    provider:
      type: process
      path: touch
      arguments: [marker-${i}]
  - type: probe
    name: regex-${i}
    tolerance:
      type: regex
      pattern: ^ok
      target: stdout
    provider:
      type: process
      path: echo
      arguments: ok ${i}
rollbacks:
  - type: action
    name: cleanup
    provider:
      type: process
      path: rm
      arguments: [-f, marker-${i}]
`

const JSON_TEMPLATE = (i: number): unknown => ({
  title: `generated ${i}`,
  description: 'benchmark validate input (json)',
  configuration: { ...BASE, pause: 0.1 },
  secrets: { app: { token: 'not-a-real-token' } },
  runtime: { rollbacks: { strategy: 'always' } },
  'steady-state-hypothesis': {
    title: 'ok',
    probes: [
      {
        type: 'probe',
        name: 'range',
        tolerance: { type: 'range', range: [0, 100], target: 'body' },
        provider: { type: 'http', url: '${base}/number', headers: { 'X-Token': '${token}' } }
      },
      { type: 'probe', name: 'exit', tolerance: 0, provider: { type: 'process', path: 'true' } }
    ]
  },
  method: [
    { ref: 'exit' },
    {
      type: 'action',
      name: `background-${i}`,
      background: true,
      pauses: { before: '${pause}' },
      provider: { type: 'process', path: 'sleep', arguments: ['0.1'], timeout: 5 }
    }
  ],
  rollbacks: [processAction('undo')]
})

/** `count` valid experiment files, alternating YAML and JSON, in `dir`. */
export async function validateCorpus(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const files: string[] = []
  for (let i = 0; i < count; i += 1) {
    const file = i % 2 === 0 ? join(dir, `exp-${i}.yaml`) : join(dir, `exp-${i}.json`)
    const text = i % 2 === 0 ? YAML_TEMPLATE(i) : `${JSON.stringify(JSON_TEMPLATE(i), null, 2)}\n`
    await writeFile(file, text)
    files.push(file)
  }
  return files
}

export async function writeExperiment(
  dir: string,
  name: string,
  experiment: unknown
): Promise<string> {
  await mkdir(dir, { recursive: true })
  const file = join(dir, name)
  await writeFile(file, `${JSON.stringify(experiment, null, 2)}\n`)
  return file
}
