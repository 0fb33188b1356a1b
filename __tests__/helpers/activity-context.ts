import { silentLogger, type Logger } from '../../src/engine/logger.ts'
import type { Activity } from '../../src/engine/types.ts'
import type { ActivityContext, TrackedResource } from '../../src/engine/provider.ts'

/** A real ActivityContext for driving one provider directly, with its tracked resources visible. */
export function activityContext(
  options: { logger?: Logger; signal?: AbortSignal; activity?: Partial<Activity> } = {}
): {
  ctx: ActivityContext
  tracked: Set<TrackedResource>
} {
  const tracked = new Set<TrackedResource>()
  const state = new Map<string, unknown>()
  const ctx: ActivityContext = {
    activity: {
      type: 'action',
      name: 'test',
      provider: { type: 'test' },
      ...options.activity
    } as Activity,
    configuration: {},
    secrets: {},
    logger: options.logger ?? silentLogger,
    signal: options.signal ?? new AbortController().signal,
    runId: 'test-run',
    experimentFile: 'test.yaml',
    resources: {
      track(resource) {
        tracked.add(resource)
        return () => tracked.delete(resource)
      }
    },
    state: {
      get: <T>(k: string) => state.get(k) as T | undefined,
      set: (k, v) => void state.set(k, v)
    },
    inRollback: false
  }
  return { ctx, tracked }
}
