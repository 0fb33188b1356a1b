/**
 * One `apply` of a Chaos Mesh object, start to end: create it, let its strategy (strategies.ts)
 * wait until the fault is in place, hold it (`duration`), keep it (`keep`) or let it end by itself,
 * delete it and wait until Chaos Mesh recovered every target, and say what happened (output.ts).
 * A failure at any point deletes the object before the error goes up.
 */
import { ActivityFailed, NoEffectError, errorMessage } from '../../engine/errors.ts'
import type { ActivityContext } from '../../engine/provider.ts'
import type { KubeClient, KubeObject } from '../kubernetes/client.ts'
import { chaosResource } from './kinds.ts'
import type { ApplySettings, ChaosObject } from './object.ts'
import {
  PhaseLog,
  chaosEvents,
  deleteAndWait,
  describeRef,
  describeStuck,
  round,
  sleep,
  waitObject,
  withEvents
} from './ops.ts'
import type { ChaosRef, WorkloadRecovery } from './ops.ts'
import { readState } from './status.ts'
import { recordsOut, wasInjected } from './output.ts'
import type { ChaosEvidence, ChaosOutput, StrategyName } from './output.ts'

/** How one kind of chaos is injected, ends and proves itself. */
export interface ChaosStrategy {
  readonly name: StrategyName
  /** Whether it ends without `duration` or `keep` (else the action must give one). */
  endsByItself(spec: Record<string, unknown>): boolean
  /** Before the object exists. */
  prepare?(run: ChaosRun): Promise<void>
  /** Until the fault is in place (throws when it is not). */
  inject(run: ChaosRun): Promise<void>
  /** Without `duration`: until the fault has ended by itself. */
  awaitEnd?(run: ChaosRun): Promise<void>
  evidence(run: ChaosRun): ChaosEvidence
  /** What the message adds after "injected into N target(s)". */
  describe?(run: ChaosRun): string
}

/** What the provider does when an object appears or is gone (tracking for the post step). */
export interface RunHooks {
  created(ref: ChaosRef): void
  removed(ref: ChaosRef): void
}

export class ChaosRun {
  readonly started = Date.now()
  readonly phases = new PhaseLog()
  readonly ref: ChaosRef
  readonly what: string
  created: KubeObject | undefined
  /** The newest version of the object seen. */
  last: KubeObject | undefined
  injectedAt: number | undefined
  held: number | null = null
  toRecover: number | null = null
  workloads: WorkloadRecovery[] = []
  recovery: number | null = null
  /** Pods the selector reached before a one-shot chaos removed them. */
  snapshot = new Map<string, KubeObject>()
  #removed = false

  readonly client: KubeClient
  readonly ctx: ActivityContext
  readonly object: ChaosObject
  readonly settings: ApplySettings
  readonly strategy: ChaosStrategy
  readonly #hooks: RunHooks

  constructor(
    o: Pick<ChaosRun, 'client' | 'ctx' | 'object' | 'settings' | 'strategy'> & { hooks: RunHooks }
  ) {
    this.client = o.client
    this.ctx = o.ctx
    this.object = o.object
    this.settings = o.settings
    this.strategy = o.strategy
    this.#hooks = o.hooks
    this.ref = {
      kind: o.object.kind,
      namespace: o.object.metadata.namespace ?? 'default',
      name: o.object.metadata.name ?? ''
    }
    this.what = describeRef(this.ref)
  }

  get spec(): Record<string, unknown> {
    return this.object.spec ?? {}
  }

  async execute(): Promise<ChaosOutput> {
    await this.strategy.prepare?.(this)
    await this.#create()
    try {
      await this.strategy.inject(this)
      if (this.settings.keep) {
        this.ctx.logger.info(
          `keeping ${this.what} running (remove it with a chaos-mesh 'delete' action)`
        )
        return await this.output(true)
      }
      if (this.settings.hold !== undefined) await this.#hold(this.settings.hold)
      else await this.strategy.awaitEnd?.(this)
      await this.#remove()
      return await this.output(false)
    } catch (error) {
      if (!this.#removed && !this.settings.keep) await this.#removeAfterFailure()
      throw error
    }
  }

  /** Watches the object until `pred` holds (or the time is up); keeps the newest version. */
  async watch(timeoutMs: number, pred: (o: KubeObject) => boolean): Promise<boolean> {
    const r = await waitObject(
      this.client,
      this.ref,
      { timeoutMs, signal: this.ctx.signal, phases: this.phases },
      pred
    )
    this.last = r.object ?? this.last
    return r.done
  }

  /** An ActivityFailed whose message quotes the object's Warning events. */
  async failure(message: string): Promise<ActivityFailed> {
    return new ActivityFailed(withEvents(message, await chaosEvents(this.client, this.ref)))
  }

  /** The fault reached no target: NoEffectError, carrying the evidence (zero targets). */
  async noEffect(message: string): Promise<NoEffectError> {
    return new NoEffectError(
      withEvents(message, await chaosEvents(this.client, this.ref)),
      this.strategy.evidence(this)
    )
  }

  async #create(): Promise<void> {
    try {
      this.created = await this.client.create(
        chaosResource(this.ref.kind),
        this.ref.namespace,
        this.object
      )
    } catch (error) {
      throw new ActivityFailed(`cannot create ${this.what}: ${errorMessage(error)}`, {
        cause: error
      })
    }
    this.last = this.created
    this.phases.mark('created')
    this.ctx.logger.info(`created ${this.what}`)
    this.#hooks.created(this.ref)
  }

  async #hold(seconds: number): Promise<void> {
    this.ctx.logger.info(`holding ${this.what} for ${seconds}s`)
    const t0 = Date.now()
    await sleep(seconds * 1000, this.ctx.signal)
    this.held = round((Date.now() - t0) / 1000)
    this.phases.mark('held')
  }

  #deleteAndWait(): ReturnType<typeof deleteAndWait> {
    const { recoverMs } = this.settings
    return deleteAndWait(this.client, this.ref, {
      timeoutMs: recoverMs,
      signal: AbortSignal.timeout(recoverMs + 5_000),
      phases: this.phases
    })
  }

  /** Deletes it and waits until it is gone: the finalizer goes once every target recovered. */
  async #remove(): Promise<void> {
    const t0 = Date.now()
    const gone = await this.#deleteAndWait()
    this.#removed = true
    this.last = gone.last ?? this.last
    if (!gone.gone)
      throw new ActivityFailed(
        describeStuck(this.ref, gone.last, gone.seconds, await chaosEvents(this.client, this.ref))
      )
    this.toRecover = round((Date.now() - t0) / 1000)
    this.#hooks.removed(this.ref)
    this.ctx.logger.info(`${this.what} removed; targets recovered after ${this.toRecover}s`)
  }

  /** Never leave a fault behind because a wait failed (the tracked resource is the second chance). */
  async #removeAfterFailure(): Promise<void> {
    try {
      const gone = await this.#deleteAndWait()
      if (gone.gone) this.#hooks.removed(this.ref)
    } catch (cleanupError) {
      this.ctx.logger.warning(
        `could not delete ${this.what} after the failure: ${errorMessage(cleanupError)}`
      )
    }
  }

  async output(kept: boolean): Promise<ChaosOutput> {
    const state = readState(this.last)
    const injected = state.records.filter(wasInjected).map((r) => r.id)
    const toInject =
      this.injectedAt === undefined ? null : round((this.injectedAt - this.started) / 1000)
    const head = `${this.what} injected into ${injected.length} target(s)`
    return {
      action: 'apply',
      kind: this.ref.kind,
      name: this.ref.name,
      namespace: this.ref.namespace,
      strategy: this.strategy.name,
      one_shot: this.strategy.name === 'one-shot',
      kept,
      uid: this.created?.metadata?.uid ?? null,
      dry_run: false,
      phases: this.phases.marks,
      records: recordsOut(state.records),
      injected,
      evidence: this.strategy.evidence(this),
      durations: {
        to_inject_seconds: toInject,
        held_seconds: this.held,
        to_recover_seconds: this.toRecover,
        total_seconds: round((Date.now() - this.started) / 1000)
      },
      recovery_seconds: this.recovery,
      workloads: this.workloads,
      events: await chaosEvents(this.client, this.ref),
      message: kept
        ? `${head} and kept running`
        : head +
          (this.held !== null ? `, held ${this.held}s` : '') +
          (this.strategy.describe?.(this) ?? '') +
          (this.toRecover !== null ? `, recovered and removed in ${this.toRecover}s` : '')
    }
  }
}
