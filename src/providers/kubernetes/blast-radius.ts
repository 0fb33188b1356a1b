import { ActivityFailed } from '../../engine/errors.ts'

/** Namespaces the cluster itself runs in: never a target unless explicitly allowed. */
export const SYSTEM_NAMESPACES: readonly string[] = [
  'kube-system',
  'kube-public',
  'kube-node-lease'
]

export interface BlastRadiusOptions {
  /**
   * Namespaces faults may touch. `*` allows every namespace (and cluster-wide operations).
   * Absent: any namespace the experiment names, except the system namespaces.
   */
  allowedNamespaces?: readonly string[] | undefined
  /** Allows kube-system, kube-public and kube-node-lease. */
  allowKubeSystem?: boolean | undefined
  /** Most pods one action may kill, evict or scale away. Default 10. */
  maxPodsPerAction?: number | undefined
  /** Actions report what they would affect and change nothing. */
  dryRun?: boolean | undefined
}

export const DEFAULT_MAX_PODS_PER_ACTION = 10

/** Thrown before anything is touched when an action would reach outside the blast radius. */
export class BlastRadiusRefused extends ActivityFailed {
  constructor(message: string) {
    super(message)
    this.name = 'BlastRadiusRefused'
  }
}

export class BlastRadius {
  readonly allowed: readonly string[] | undefined
  readonly allowKubeSystem: boolean
  readonly maxPods: number
  readonly dryRun: boolean

  constructor(opts: BlastRadiusOptions = {}) {
    this.allowed = opts.allowedNamespaces?.length ? [...opts.allowedNamespaces] : undefined
    this.allowKubeSystem = opts.allowKubeSystem ?? false
    this.maxPods = opts.maxPodsPerAction ?? DEFAULT_MAX_PODS_PER_ACTION
    this.dryRun = opts.dryRun ?? false
  }

  get allowsAll(): boolean {
    return this.allowed?.includes('*') ?? false
  }

  describeAllowed(): string {
    const set = this.allowed
      ? `[${this.allowed.join(', ')}]`
      : 'the namespaces the experiment names'
    return this.allowKubeSystem ? set : `${set}, never ${SYSTEM_NAMESPACES.join('/')}`
  }

  /** Why a fault in `namespace` is refused, or undefined when it is allowed. */
  whyNot(namespace: string): string | undefined {
    if (SYSTEM_NAMESPACES.includes(namespace) && !this.allowKubeSystem) {
      const explicitly = this.allowed?.includes(namespace) ?? false
      if (!explicitly)
        return (
          `namespace "${namespace}" is a system namespace and is outside the blast radius ` +
          `(allowed: ${this.describeAllowed()}); allow it explicitly with allow-kube-system ` +
          `(--allow-kube-system, or the action input) or by listing it in allowed-namespaces`
        )
      return undefined
    }
    if (this.allowed === undefined || this.allowsAll) return undefined
    if (this.allowed.includes(namespace)) return undefined
    return (
      `namespace "${namespace}" is outside the blast radius (allowed namespaces: ` +
      `${this.describeAllowed()}); add it to allowed-namespaces to run this fault there`
    )
  }

  /** Refuses a fault in any of `namespaces`, naming the first offender and the allowed set. */
  checkNamespaces(action: string, namespaces: Iterable<string>): void {
    for (const ns of namespaces) {
      const why = this.whyNot(ns)
      if (why) throw new BlastRadiusRefused(`refused ${action}: ${why}`)
    }
  }

  /** Cluster-wide faults (all namespaces, cluster-scoped objects) need `*`. */
  checkClusterWide(action: string, what: string): void {
    if (this.allowsAll) return
    throw new BlastRadiusRefused(
      `refused ${action}: it would affect ${what}, which is outside the blast radius ` +
        `(allowed namespaces: ${this.describeAllowed()}); allow "*" to run cluster-wide faults`
    )
  }

  checkPodCount(action: string, count: number, what = 'pods'): void {
    if (count > this.maxPods)
      throw new BlastRadiusRefused(
        `refused ${action}: it would affect ${count} ${what}, more than max-pods-per-action ` +
          `(${this.maxPods}); narrow the selection or raise max-pods-per-action`
      )
  }
}
