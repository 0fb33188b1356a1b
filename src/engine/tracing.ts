/**
 * OpenTelemetry traces of a run: one span per experiment, phase and activity, exported over
 * OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set, and a
 * no-op otherwise. The SDK is imported only when tracing is on, so start-up stays fast.
 *
 * Providers get the activity span's W3C `traceparent` (ActivityContext.traceparent) and send it
 * with their HTTP requests, so the service's own spans join the experiment's trace. A TRACEPARENT
 * in the environment (a CI job's trace) becomes the parent of the experiment span.
 */
import type { ActivityRun } from './types.ts'
import { VERSION } from '../version.ts'

export type AttributeValue = string | number | boolean | string[] | number[] | boolean[]
export type Attributes = Record<string, AttributeValue | undefined | null>

/** Opaque to callers: what startSpan returns and the other calls take back. */
export interface SpanHandle {
  readonly name: string
}

export interface Tracer {
  /** False for the no-op tracer. */
  readonly enabled: boolean
  startSpan(name: string, attributes?: Attributes, parent?: SpanHandle): SpanHandle
  /** Ends the span; `error` marks it failed (status ERROR, exception event). Idempotent. */
  end(span: SpanHandle, attributes?: Attributes, error?: unknown): void
  /** `00-<trace>-<span>-<flags>`, or undefined when tracing is off. */
  traceparent(span: SpanHandle): string | undefined
  /** Exports what is still buffered; bounded in time. */
  shutdown(): Promise<void>
}

const NOOP_SPAN: SpanHandle = Object.freeze({ name: 'noop' })

export const noopTracer: Tracer = {
  enabled: false,
  startSpan: () => NOOP_SPAN,
  end: () => undefined,
  traceparent: () => undefined,
  shutdown: async () => undefined
}

/** Longest string attribute we export (outputs can be large: a load report, an HTTP body). */
export const MAX_ATTRIBUTE_LENGTH = 8192

/** A value as a span attribute: primitives as they are, the rest as (truncated) JSON. */
export function attributeValue(value: unknown): AttributeValue | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return truncate(value)
  if (typeof value === 'number' || typeof value === 'boolean') return value
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return truncate(text)
}

function truncate(text: string): string {
  return text.length > MAX_ATTRIBUTE_LENGTH ? `${text.slice(0, MAX_ATTRIBUTE_LENGTH - 3)}...` : text
}

/** Attributes a span carries when an activity starts. */
export function activityStartAttributes(activity: {
  type: string
  name: string
  provider?: { type?: unknown }
  background?: boolean
}): Attributes {
  return {
    'chaos.activity.type': activity.type,
    'chaos.activity.name': activity.name,
    'chaos.provider.type':
      typeof activity.provider?.type === 'string' ? activity.provider.type : undefined,
    'chaos.activity.background': activity.background === true ? true : undefined
  }
}

/** Attributes a span carries when an activity ends: its status, tolerance and output. */
export function activityEndAttributes(run: ActivityRun): Attributes {
  return {
    'chaos.activity.status': run.status,
    'chaos.activity.duration_s': run.duration,
    'chaos.tolerance_met': run.tolerance_met,
    'chaos.activity.output': attributeValue(run.output),
    'chaos.activity.exception': run.exception ? attributeValue(run.exception.join('')) : undefined
  }
}

/** The OTLP/HTTP traces URL from the environment, or undefined when tracing is off. */
export function tracesEndpoint(env: Record<string, string | undefined>): string | undefined {
  const specific = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim()
  if (specific) return specific
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()
  if (!base) return undefined
  return `${base.replace(/\/+$/, '')}/v1/traces`
}

function parseHeaders(text: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const part of (text ?? '').split(',')) {
    const at = part.indexOf('=')
    if (at <= 0) continue
    headers[decodeURIComponent(part.slice(0, at).trim())] = decodeURIComponent(
      part.slice(at + 1).trim()
    )
  }
  return headers
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/

/**
 * The tracer for this environment: OTLP/HTTP export when an endpoint is set (the SDK loaded
 * now, not before), the no-op tracer otherwise. Never throws: tracing must not break a run.
 */
export async function createTracer(
  env: Record<string, string | undefined> = process.env,
  options: { onError?: (message: string) => void } = {}
): Promise<Tracer> {
  const url = tracesEndpoint(env)
  if (!url || env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none')
    return noopTracer
  try {
    return await sdkTracer(url, env)
  } catch (error) {
    options.onError?.(`tracing disabled: ${(error as Error).message}`)
    return noopTracer
  }
}

async function sdkTracer(url: string, env: Record<string, string | undefined>): Promise<Tracer> {
  const [api, sdk, exporterModule, resources] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources')
  ])
  const headers = {
    ...parseHeaders(env.OTEL_EXPORTER_OTLP_HEADERS),
    ...parseHeaders(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS)
  }
  const exporter = new exporterModule.OTLPTraceExporter({ url, headers, timeoutMillis: 10_000 })
  const provider = new sdk.BasicTracerProvider({
    resource: resources.resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME?.trim() || 'chaos-action',
      'service.version': VERSION
    }),
    spanProcessors: [
      new sdk.BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000, maxExportBatchSize: 512 })
    ]
  })
  const tracer = provider.getTracer('chaos-action', VERSION)
  type OtelSpan = ReturnType<typeof tracer.startSpan>
  const spans = new WeakMap<SpanHandle, { span: OtelSpan; ended: boolean }>()

  // A CI job's own trace, when it hands us one.
  let remoteParent: ReturnType<typeof api.trace.setSpanContext> | undefined
  const incoming = TRACEPARENT.exec(env.TRACEPARENT?.trim().toLowerCase() ?? '')
  if (incoming) {
    remoteParent = api.trace.setSpanContext(api.ROOT_CONTEXT, {
      traceId: incoming[1]!,
      spanId: incoming[2]!,
      traceFlags: Number.parseInt(incoming[3]!, 16),
      isRemote: true
    })
  }

  const clean = (attributes: Attributes | undefined): Record<string, AttributeValue> => {
    const out: Record<string, AttributeValue> = {}
    for (const [k, v] of Object.entries(attributes ?? {}))
      if (v !== undefined && v !== null) out[k] = v
    return out
  }

  return {
    enabled: true,
    startSpan(name, attributes, parent) {
      const parentEntry = parent ? spans.get(parent) : undefined
      const context = parentEntry
        ? api.trace.setSpan(api.ROOT_CONTEXT, parentEntry.span)
        : (remoteParent ?? api.ROOT_CONTEXT)
      const span = tracer.startSpan(name, { attributes: clean(attributes) }, context)
      const handle: SpanHandle = Object.freeze({ name })
      spans.set(handle, { span, ended: false })
      return handle
    },
    end(handle, attributes, error) {
      const entry = spans.get(handle)
      if (!entry || entry.ended) return
      entry.ended = true
      entry.span.setAttributes(clean(attributes))
      if (error !== undefined) {
        const message = error instanceof Error ? error.message : String(error)
        entry.span.recordException(error instanceof Error ? error : { message })
        entry.span.setStatus({ code: api.SpanStatusCode.ERROR, message })
      }
      entry.span.end()
    },
    traceparent(handle) {
      const entry = spans.get(handle)
      if (!entry) return undefined
      const sc = entry.span.spanContext()
      return `00-${sc.traceId}-${sc.spanId}-${sc.traceFlags.toString(16).padStart(2, '0')}`
    },
    async shutdown() {
      await Promise.race([
        provider.shutdown(),
        new Promise<void>((resolve) => setTimeout(resolve, 15_000).unref())
      ])
    }
  }
}
