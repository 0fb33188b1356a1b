/**
 * A regex search that cannot hang the run. JavaScript's backtracking engine can take exponential
 * time on a pattern like `^(\w+\s?)*$`, and while it runs the event loop is blocked: no signal
 * handler, no timer, no rollback. So the search runs in a worker thread: the main thread waits
 * for the answer with a deadline and an abort signal, and terminates the worker (which stops the
 * regex at once) when either fires.
 *
 * Why not a linear-time engine (RE2)? chaostoolkit patterns are Python `re` patterns: they may use
 * lookarounds and backreferences, and our Python translation itself uses lookarounds for `$`,
 * `\A`, `\Z` and MULTILINE `^`. RE2 has none of these, so it would reject patterns chaostoolkit
 * accepts. The worker keeps the exact semantics and only bounds the time.
 */
import { Worker } from 'node:worker_threads'
import { InterruptedError } from './errors.ts'

/** How long one search may take before it is given up. */
export const REGEX_DEADLINE_MS = 5000

/** The search did not end within its deadline (catastrophic backtracking, most likely). */
export class RegexTimeoutError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RegexTimeoutError'
  }
}

// Plain CommonJS, evaluated: no file to locate next to a bundle.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
parentPort.on('message', ({ id, source, flags, subject }) => {
  try {
    parentPort.postMessage({ id, found: new RegExp(source, flags).test(subject) })
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) })
  }
})
`

interface Reply {
  id: number
  found?: boolean
  error?: string
}

let worker: Worker | undefined
let nextId = 1
// Searches in flight, by id, with the worker serving each.
const pending = new Map<number, { worker: Worker; answer: (reply: Reply) => void }>()

function getWorker(): Worker {
  if (worker !== undefined) return worker
  const w = new Worker(WORKER_SOURCE, { eval: true })
  w.on('message', (reply: Reply) => {
    pending.get(reply.id)?.answer(reply)
  })
  const fail = (message: string): void => {
    if (worker === w) worker = undefined
    for (const [id, entry] of pending) if (entry.worker === w) entry.answer({ id, error: message })
  }
  w.on('error', (error) => fail(`the regex worker failed: ${error.message}`))
  w.on('exit', () => fail('the regex worker exited'))
  // An idle worker never keeps the process alive; a search in flight holds its deadline timer.
  // (After the listeners: adding a 'message' listener refs the worker again.)
  w.unref()
  worker = w
  return w
}

function stopWorker(): void {
  const w = worker
  worker = undefined
  void w?.terminate()
}

export interface BoundedSearchOptions {
  /** Default REGEX_DEADLINE_MS. */
  deadlineMs?: number
  /** Aborting stops the search at once (InterruptedError). */
  signal?: AbortSignal
}

/**
 * `rx.test(subject)` in the worker. Throws RegexTimeoutError past the deadline and
 * InterruptedError when the signal aborts; in both cases the worker is ended.
 */
export function boundedSearch(
  rx: RegExp,
  subject: string,
  options: BoundedSearchOptions = {}
): Promise<boolean> {
  const { signal } = options
  const deadlineMs = options.deadlineMs ?? REGEX_DEADLINE_MS
  if (signal?.aborted) return Promise.reject(new InterruptedError())
  const id = nextId++
  const w = getWorker()
  return new Promise<boolean>((resolve, reject) => {
    const settle = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      pending.delete(id)
    }
    const giveUp = (error: Error): void => {
      settle()
      stopWorker()
      reject(error)
    }
    const timer = setTimeout(
      () =>
        giveUp(
          new RegexTimeoutError(
            `the search did not end within ${deadlineMs / 1000} s on ${subject.length} characters ` +
              '(catastrophic backtracking? avoid nested quantifiers such as (\\w+\\s?)*)'
          )
        ),
      deadlineMs
    )
    const onAbort = (): void => giveUp(new InterruptedError())
    signal?.addEventListener('abort', onAbort, { once: true })
    pending.set(id, {
      worker: w,
      answer: (reply) => {
        settle()
        if (reply.error !== undefined) reject(new Error(reply.error))
        else resolve(reply.found === true)
      }
    })
    w.postMessage({ id, source: rx.source, flags: rx.flags, subject })
  })
}
