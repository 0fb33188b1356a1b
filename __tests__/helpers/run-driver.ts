/**
 * Test-only driver: runs experiment files through runExperiments with signal handling like the
 * CLI will have (first SIGINT/SIGTERM interrupts, the second stops everything), then prints the
 * summary as JSON. Usage: node run-driver.ts <journalDir> <experiment files...>
 */
import { loadExperimentFile } from '../../src/engine/load.ts'
import { LineLogger } from '../../src/engine/logger.ts'
import { runExperiments } from '../../src/engine/runner.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'

const [journalDir, ...files] = process.argv.slice(2)
if (!journalDir || files.length === 0) {
  process.stderr.write('usage: run-driver.ts <journalDir> <files...>\n')
  process.exit(2)
}
const soft = new AbortController()
const hard = new AbortController()
const onSignal = (sig: string): void => {
  process.stderr.write(`received ${sig}\n`)
  if (!soft.signal.aborted) soft.abort()
  else hard.abort()
}
process.on('SIGINT', () => onSignal('SIGINT'))
process.on('SIGTERM', () => onSignal('SIGTERM'))

const registry = createDefaultRegistry({ python: false })
const logger = new LineLogger({ write: (line) => process.stderr.write(`${line}\n`) })
const loaded = await Promise.all(files.map((f) => loadExperimentFile(f)))
const summary = await runExperiments(loaded, {
  journalDir,
  registry,
  logger,
  signal: soft.signal,
  hardSignal: hard.signal
})
await registry.close()
process.stdout.write(
  `${JSON.stringify({
    verdict: summary.verdict,
    interrupted: summary.interrupted,
    results: summary.results.map((r) => ({
      file: r.file,
      verdict: r.verdict,
      journalPath: r.journalPath ?? null,
      rollbacks: r.rollbacksRun
    }))
  })}\n`
)
process.exit(summary.verdict === 'passed' ? 0 : 1)
