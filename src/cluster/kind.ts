import { mkdir } from 'node:fs/promises'
import { arch as osArch, platform as osPlatform, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ClusterError, errorMessage } from '../engine/errors.ts'
import type { Logger } from '../engine/logger.ts'
import { directoryFetcher, installPinned } from './download.ts'
import type { PinnedTool, ToolFetcher } from './download.ts'
import { loadTarget, waitNodesReady } from './kube.ts'
import { findOnPath, runCommand, tail } from './process.ts'

/** The kind release downloaded when no kind is on PATH (the one helm/kind-action pins). */
export const KIND_VERSION = 'v0.31.0'
export const KIND_RELEASES = 'https://github.com/kubernetes-sigs/kind/releases/download'
export const DEFAULT_KIND_CLUSTER = 'chaos-action'

export interface KindOptions {
  /** Cluster name (default chaos-action). */
  name?: string | undefined
  /** A kind config file (`kind: Cluster` with nodes, port mappings...). */
  config?: string | undefined
  /** Node image, e.g. kindest/node:v1.35.0@sha256:... */
  nodeImage?: string | undefined
  /** Where to write the kubeconfig (default: a file in the temp dir). */
  kubeconfigPath?: string | undefined
  /** A kind binary to use instead of PATH / download. */
  binary?: string | undefined
  version?: string | undefined
  /** Base URL of releases (tests point it at a loopback server). */
  releasesUrl?: string | undefined
  /** Expected sha256 of the binary; default: the release's published .sha256sum. */
  sha256?: string | undefined
  fetcher?: ToolFetcher | undefined
  /** Seconds for `kind create` and then for every node to be Ready. Default 300. */
  waitSeconds?: number | undefined
  /** Directory for `kind export logs` when creation fails (default: a temp dir). */
  logsDir?: string | undefined
  env?: NodeJS.ProcessEnv | undefined
  signal?: AbortSignal | undefined
}

/** What the post step needs to delete a kind cluster from another process. */
export interface KindState {
  kind: 'kind'
  binary: string
  name: string
  kubeconfigPath: string
}

export function kindArch(arch = osArch()): string {
  if (arch === 'x64') return 'amd64'
  if (arch === 'arm64') return 'arm64'
  throw new ClusterError(
    `kind has no release for the ${arch} architecture`,
    'put a kind binary on PATH'
  )
}

/** The release asset and its checksum for this machine. */
export function kindPin(
  o: Pick<KindOptions, 'version' | 'releasesUrl' | 'sha256'> = {},
  platform: string = osPlatform(),
  arch = osArch()
): PinnedTool {
  if (platform !== 'linux' && platform !== 'darwin')
    throw new ClusterError(
      `kind releases cover linux and darwin, not ${platform}`,
      'put a kind binary on PATH'
    )
  const version = o.version ?? KIND_VERSION
  const fileName = `kind-${platform}-${kindArch(arch)}`
  const base = `${(o.releasesUrl ?? KIND_RELEASES).replace(/\/+$/, '')}/${version}/${fileName}`
  return {
    tool: 'kind',
    version,
    url: base,
    fileName,
    ...(o.sha256 ? { sha256: o.sha256 } : { sha256Url: `${base}.sha256sum` })
  }
}

/** The argv of each kind command we run (kept pure so it can be checked without Docker). */
export function kindCommands(o: {
  name: string
  kubeconfigPath: string
  config?: string | undefined
  nodeImage?: string | undefined
  waitSeconds: number
  logsDir?: string
}) {
  return {
    create: [
      'create',
      'cluster',
      '--name',
      o.name,
      '--kubeconfig',
      o.kubeconfigPath,
      ...(o.config ? ['--config', o.config] : []),
      ...(o.nodeImage ? ['--image', o.nodeImage] : []),
      '--wait',
      `${o.waitSeconds}s`
    ],
    delete: ['delete', 'cluster', '--name', o.name, '--kubeconfig', o.kubeconfigPath],
    exportLogs: [
      'export',
      'logs',
      o.logsDir ?? join(tmpdir(), `kind-logs-${o.name}`),
      '--name',
      o.name
    ]
  }
}

/** kind from the option, else PATH, else the pinned release (downloaded and verified). */
export async function resolveKind(o: KindOptions, logger: Logger): Promise<string> {
  if (o.binary) return o.binary
  const onPath = await findOnPath('kind', o.env ?? process.env)
  if (onPath) {
    logger.info(`using kind from PATH: ${onPath}`)
    return onPath
  }
  return installPinned(kindPin(o), o.fetcher ?? directoryFetcher(), logger)
}

/**
 * Creates a kind cluster, waits until every node is Ready and returns where its kubeconfig is.
 * When anything fails, `kind export logs` saves the node logs and the cluster is deleted.
 */
export async function createKindCluster(
  o: KindOptions,
  logger: Logger
): Promise<KindState & { logsDir?: string; nodes: string[] }> {
  const binary = await resolveKind(o, logger)
  const name = o.name ?? DEFAULT_KIND_CLUSTER
  const kubeconfigPath =
    o.kubeconfigPath ?? join(tmpdir(), `chaos-action-kind-${name}-${process.pid}.kubeconfig`)
  await mkdir(dirname(kubeconfigPath), { recursive: true })
  const waitSeconds = o.waitSeconds ?? 300
  const logsDir = o.logsDir ?? join(tmpdir(), `chaos-action-kind-logs-${name}-${Date.now()}`)
  const cmds = kindCommands({
    name,
    kubeconfigPath,
    config: o.config,
    nodeImage: o.nodeImage,
    waitSeconds,
    logsDir
  })
  const env = { ...(o.env ?? process.env), KUBECONFIG: kubeconfigPath }
  const state: KindState = { kind: 'kind', binary, name, kubeconfigPath }
  const run = (args: string[], timeoutMs: number) =>
    runCommand(binary, args, { env, timeoutMs, logger, ...(o.signal ? { signal: o.signal } : {}) })

  logger.info(`creating kind cluster ${name}${o.nodeImage ? ` (image ${o.nodeImage})` : ''}`)
  const fail = async (message: string, cause?: unknown): Promise<never> => {
    let saved: string | undefined
    try {
      const r = await run(cmds.exportLogs, 120_000)
      if (r.code === 0) saved = logsDir
      else logger.warning(`kind export logs failed: ${tail(r.stderr, 5)}`)
    } catch (error) {
      logger.warning(`kind export logs failed: ${errorMessage(error)}`)
    }
    await deleteKindCluster(state, logger, env).catch((error: unknown) =>
      logger.warning(`could not delete the failed kind cluster: ${errorMessage(error)}`)
    )
    throw new ClusterError(
      message + (saved ? `; node logs exported to ${saved}` : ''),
      'look at the exported kind logs; a node image that does not match the kind version is a common cause',
      cause
    )
  }

  let created
  try {
    created = await run(cmds.create, (waitSeconds + 300) * 1000)
  } catch (error) {
    return fail(`cannot run ${binary}: ${errorMessage(error)}`, error)
  }
  if (created.code !== 0)
    return fail(
      `kind create cluster ${name} ${created.timedOut ? 'timed out' : `failed (exit ${String(created.code)})`}:\n${tail(created.stderr || created.stdout)}`
    )
  try {
    const target = loadTarget({ kubeconfig: kubeconfigPath, env })
    const nodes = await waitNodesReady(target.kubeConfig, waitSeconds * 1000, o.signal)
    logger.info(
      `kind cluster ${name} ready: ${nodes.length} node(s) Ready; KUBECONFIG=${kubeconfigPath}`
    )
    return { ...state, nodes }
  } catch (error) {
    return fail(`kind cluster ${name} did not become ready: ${errorMessage(error)}`, error)
  }
}

export async function deleteKindCluster(
  state: KindState,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  const cmds = kindCommands({
    name: state.name,
    kubeconfigPath: state.kubeconfigPath,
    waitSeconds: 0
  })
  const r = await runCommand(state.binary, cmds.delete, { env, timeoutMs: 180_000, logger })
  if (r.code !== 0)
    throw new ClusterError(
      `kind delete cluster ${state.name} failed (exit ${String(r.code)}):\n${tail(r.stderr)}`
    )
  logger.info(`deleted kind cluster ${state.name}`)
}

/** `kind export logs` for a cluster that exists (the action's failure path); returns the directory. */
export async function exportKindLogs(
  state: KindState,
  dir: string,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env
): Promise<string | undefined> {
  const cmds = kindCommands({
    name: state.name,
    kubeconfigPath: state.kubeconfigPath,
    waitSeconds: 0,
    logsDir: dir
  })
  const r = await runCommand(state.binary, cmds.exportLogs, { env, timeoutMs: 120_000, logger })
  return r.code === 0 ? dir : undefined
}
