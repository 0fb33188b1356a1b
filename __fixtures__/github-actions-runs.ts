/**
 * The Actions part of the local GitHub server (github-server.ts): workflow runs, their artifacts
 * and the artifact zips, for tests only. Responses start from the description's own examples and
 * carry this state; the artifact download answers 302 to a blob URL on the same server, as GitHub
 * answers with a redirect to its blob storage.
 */
type JsonObject = Record<string, unknown>

export interface StoredWorkflowRun {
  id: number
  workflowId: number
  branch: string
  event: string
  status: 'completed' | 'in_progress' | 'queued'
  conclusion: 'success' | 'failure' | null
  headSha: string
  runNumber: number
}

export interface StoredArtifact {
  id: number
  runId: number
  name: string
  zip: Buffer
  expired: boolean
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export const BLOB_PREFIX = '/_blobs/artifact-'

export class ActionsRuns {
  readonly runs: StoredWorkflowRun[] = []
  readonly artifacts: StoredArtifact[] = []
  #nextRun = 9_000_000_001
  #nextArtifact = 700_000_001

  addRun(
    run: Partial<StoredWorkflowRun> & { workflowId: number; branch: string }
  ): StoredWorkflowRun {
    const stored: StoredWorkflowRun = {
      id: this.#nextRun++,
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      headSha: 'c0ffee'.padEnd(40, '0'),
      runNumber: this.runs.length + 1,
      ...run
    }
    this.runs.push(stored)
    return stored
  }

  addArtifact(runId: number, name: string, zip: Buffer, expired = false): StoredArtifact {
    const artifact = { id: this.#nextArtifact++, runId, name, zip, expired }
    this.artifacts.push(artifact)
    return artifact
  }

  /** The zip behind a blob URL path, if it is one. */
  blob(pathname: string): Buffer | undefined {
    if (!pathname.startsWith(BLOB_PREFIX)) return undefined
    const id = Number(pathname.slice(BLOB_PREFIX.length).replace(/\.zip$/, ''))
    return this.artifacts.find((a) => a.id === id)?.zip
  }

  #runJson(
    run: StoredWorkflowRun,
    template: JsonObject,
    api: string,
    web: string,
    repo: string
  ): JsonObject {
    return {
      ...template,
      id: run.id,
      run_number: run.runNumber,
      workflow_id: run.workflowId,
      head_branch: run.branch,
      head_sha: run.headSha,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      url: `${api}/repos/${repo}/actions/runs/${run.id}`,
      html_url: `${web}/${repo}/actions/runs/${run.id}`,
      artifacts_url: `${api}/repos/${repo}/actions/runs/${run.id}/artifacts`
    }
  }

  #artifactJson(a: StoredArtifact, template: JsonObject, api: string, repo: string): JsonObject {
    return {
      ...template,
      id: a.id,
      name: a.name,
      size_in_bytes: a.zip.length,
      expired: a.expired,
      url: `${api}/repos/${repo}/actions/artifacts/${a.id}`,
      archive_download_url: `${api}/repos/${repo}/actions/artifacts/${a.id}/zip`,
      workflow_run: { ...(template.workflow_run as JsonObject), id: a.runId }
    }
  }

  /** Answers the Actions operations it keeps state for; undefined for the others. */
  handle(
    operationId: string,
    params: Record<string, string>,
    query: Record<string, string>,
    example: (status: number) => unknown,
    urls: { api: string; web: string }
  ): Reply | undefined {
    const repo = `${params.owner}/${params.repo}`
    const page = (items: unknown[]): unknown[] => {
      const perPage = Number(query.per_page ?? 30)
      const n = Number(query.page ?? 1)
      return items.slice((n - 1) * perPage, n * perPage)
    }
    switch (operationId) {
      case 'actions/get-workflow-run': {
        const run = this.runs.find((r) => r.id === Number(params.run_id))
        if (!run) return { status: 404, body: { message: 'Not Found', status: '404' } }
        return {
          status: 200,
          body: this.#runJson(run, example(200) as JsonObject, urls.api, urls.web, repo)
        }
      }
      case 'actions/list-workflow-runs': {
        const template = ((example(200) as JsonObject).workflow_runs as JsonObject[])[0] ?? {}
        const runs = this.runs
          .filter((r) => String(r.workflowId) === params.workflow_id)
          .filter((r) => query.branch === undefined || r.branch === query.branch)
          .filter(
            (r) =>
              query.status === undefined ||
              r.status === query.status ||
              r.conclusion === query.status
          )
          .sort((a, b) => b.id - a.id)
        return {
          status: 200,
          body: {
            total_count: runs.length,
            workflow_runs: page(runs).map((r) =>
              this.#runJson(r as StoredWorkflowRun, template, urls.api, urls.web, repo)
            )
          }
        }
      }
      case 'actions/list-workflow-run-artifacts': {
        const template = ((example(200) as JsonObject).artifacts as JsonObject[])[0] ?? {}
        const artifacts = this.artifacts
          .filter((a) => a.runId === Number(params.run_id))
          .filter((a) => query.name === undefined || a.name === query.name)
        return {
          status: 200,
          body: {
            total_count: artifacts.length,
            artifacts: page(artifacts).map((a) =>
              this.#artifactJson(a as StoredArtifact, template, urls.api, repo)
            )
          }
        }
      }
      case 'actions/download-artifact': {
        const artifact = this.artifacts.find((a) => a.id === Number(params.artifact_id))
        if (!artifact) return { status: 404, body: { message: 'Not Found', status: '404' } }
        if (artifact.expired)
          return { status: 410, body: { message: 'Artifact has expired', status: '410' } }
        return { status: 302, headers: { location: `${urls.api}${BLOB_PREFIX}${artifact.id}.zip` } }
      }
      default:
        return undefined
    }
  }
}
