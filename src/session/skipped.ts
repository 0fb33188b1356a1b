import type { LoadedExperiment } from '../engine/load.ts'
import { notRunJournal } from '../engine/journal.ts'
import type { ExperimentResult } from '../engine/types.ts'

/**
 * The result of an experiment the run did not start because it cannot serve it (it needs
 * Kubernetes and there is no cluster). No journal file is written; the in-memory journal carries
 * the title and description only (never the experiment's configuration or secrets).
 */
export function skippedResult(loaded: LoadedExperiment, reason: string): ExperimentResult {
  const { title, description } = loaded.experiment
  return {
    file: loaded.file,
    title,
    verdict: 'skipped',
    status: 'aborted',
    deviated: false,
    duration: 0,
    journal: notRunJournal({ title, description, method: [] }, 'aborted'),
    steadyBefore: null,
    steadyAfter: null,
    findings: [],
    rollbacksRun: [],
    reason
  }
}
