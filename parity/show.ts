/**
 * Prints what one engine makes of the corpus, without comparing: handy when writing a case.
 *   node parity/show.ts [chaostoolkit|ours] [name-substring]
 */
import { CASES } from './cases.ts'
import { chaostoolkitExit, runEngine, setupChaostoolkit, summarize } from './harness.ts'
import type { Engine } from './harness.ts'
import { startLoopbackServer } from './server.ts'

const engine = (process.argv[2] ?? 'chaostoolkit') as Engine
const filter = process.argv[3] ?? ''
const chaosPath = setupChaostoolkit()
const chaosK8sPath = CASES.some((c) => c.name.includes(filter) && c.chaostoolkit === 'kubernetes')
  ? setupChaostoolkit('kubernetes')
  : undefined
const server = await startLoopbackServer()
try {
  for (const kase of CASES.filter((c) => c.name.includes(filter))) {
    const run = await runEngine(engine, kase, {
      chaosPath,
      server,
      ...(chaosK8sPath ? { chaosK8sPath } : {})
    })
    const summary = run.journal ? summarize(run.journal) : null
    console.log(
      `\n## ${kase.name}  exit=${run.exitCode} ${Math.round(run.ms)}ms` +
        (summary ? ` derived-exit=${chaostoolkitExit(summary)}` : ' NO JOURNAL')
    )
    if (summary) console.log(JSON.stringify(summary))
    else console.log(run.stderr.split('\n').slice(-6).join('\n'))
    if (process.env.SHOW_OUTPUT) console.log(run.stdout, run.stderr)
  }
} finally {
  await server.close()
}
