import * as core from '@actions/core'
import type { ClusterState } from '../cluster/index.ts'
import { State } from './constants.ts'

/** What the main step left for the post step. */
export interface SavedState {
  mainStarted: boolean
  journalDir: string
  ledger: string
  runId: string
  summaryDone: boolean
  outputsDone: boolean
  commentDone: boolean
  checkRunsDone: boolean
  uploadDone: boolean
  /** The cluster main used, when it got one. */
  cluster: ClusterRecord | undefined
}

/** What post needs to clean up a cluster and tear it down (saved as JSON). */
export interface ClusterRecord {
  /** For teardownCluster(). */
  state: ClusterState
  keep: boolean
  /** Where the providers pointed (KUBECONFIG), for post's Chaos Mesh sweep. */
  kubeconfigPath?: string
  context?: string
  /** The blast radius of the run (the sweep's fallback scope when listing cluster-wide is denied). */
  namespaces: string[]
}

type Flag = 'SummaryDone' | 'OutputsDone' | 'CommentDone' | 'CheckRunsDone' | 'UploadDone'

/**
 * Writes through to GITHUB_STATE at once (core.saveState appends to the file), so whatever main
 * finished before a kill is known to post. A later value of the same key wins.
 */
export const saveState = {
  started(runId: string, journalDir: string, ledger: string): void {
    core.saveState(State.MainStarted, 'true')
    core.saveState(State.RunId, runId)
    core.saveState(State.JournalDir, journalDir)
    core.saveState(State.Ledger, ledger)
  },
  done(flag: Flag): void {
    core.saveState(State[flag], 'true')
  },
  cluster(record: ClusterRecord): void {
    core.saveState(State.Cluster, JSON.stringify(record))
  }
}

export function readState(): SavedState {
  const flag = (key: string): boolean => core.getState(key) === 'true'
  return {
    mainStarted: flag(State.MainStarted),
    journalDir: core.getState(State.JournalDir),
    ledger: core.getState(State.Ledger),
    runId: core.getState(State.RunId),
    summaryDone: flag(State.SummaryDone),
    outputsDone: flag(State.OutputsDone),
    commentDone: flag(State.CommentDone),
    checkRunsDone: flag(State.CheckRunsDone),
    uploadDone: flag(State.UploadDone),
    cluster: parseClusterRecord(core.getState(State.Cluster))
  }
}

/** The saved record, or undefined when absent or unreadable (post then has no cluster to touch). */
export function parseClusterRecord(text: string): ClusterRecord | undefined {
  if (!text) return undefined
  try {
    const r = JSON.parse(text) as Partial<ClusterRecord>
    const kind = (r.state as { kind?: unknown } | undefined)?.kind
    if (typeof kind !== 'string') return undefined
    return {
      state: r.state as ClusterState,
      keep: r.keep === true,
      ...(typeof r.kubeconfigPath === 'string' ? { kubeconfigPath: r.kubeconfigPath } : {}),
      ...(typeof r.context === 'string' ? { context: r.context } : {}),
      namespaces: Array.isArray(r.namespaces) ? r.namespaces.map(String) : []
    }
  } catch {
    return undefined
  }
}

// The ledger's format is shared with the CLI (which sweeps a killed run's leftovers next time).
export { readLedger, writeLedgerSync, type LedgerEntry } from '../providers/ledger.ts'
