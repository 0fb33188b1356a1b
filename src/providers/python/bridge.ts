import { spawn } from 'node:child_process'

/**
 * A tiny Python program that imports a module, checks or calls one function with keyword
 * arguments, and prints one JSON line. It mirrors chaostoolkit's python provider: the same
 * signature-binding messages on validation, the first line of `format_exception_only` for an
 * exception raised by the function, and import errors reported separately (they abort a run).
 */
const BRIDGE = String.raw`
import importlib, inspect, json, sys, traceback
req = json.loads(sys.stdin.read())
MARK = "\x1echaos-action-bridge:"
def emit(obj):
    sys.stdout.write(MARK + json.dumps(obj, default=str) + "\n")
    sys.stdout.flush()
mode = req["mode"]
try:
    mod = importlib.import_module(req["module"])
except Exception as x:
    emit({"kind": "import-error", "message": traceback.format_exception_only(type(x), x)[0].strip()})
    sys.exit(0)
if mode == "probe":
    emit({"kind": "ok"})
    sys.exit(0)
func_name = req["func"]
if mode == "validate":
    candidates = dict(inspect.getmembers(mod, inspect.isfunction))
    candidates.update(dict(inspect.getmembers(mod, inspect.isbuiltin)))
    cb = candidates.get(func_name)
    if cb is None:
        emit({"kind": "no-func"})
        sys.exit(0)
    args = dict(req.get("arguments") or {})
    try:
        sig = inspect.signature(cb)
    except (TypeError, ValueError):
        emit({"kind": "ok"})
        sys.exit(0)
    if "secrets" in sig.parameters:
        args["secrets"] = None
    if "configuration" in sig.parameters:
        args["configuration"] = None
    try:
        sig.bind(**args)
    except TypeError as x:
        msg = str(x)
        if "missing" in msg:
            emit({"kind": "missing", "arg": msg.rsplit(":", 1)[1].strip()})
        elif "unexpected" in msg:
            emit({"kind": "unexpected", "arg": msg.rsplit(" ", 1)[1].strip()})
        else:
            emit({"kind": "bind-error", "message": msg})
        sys.exit(0)
    emit({"kind": "ok"})
    sys.exit(0)
func = getattr(mod, func_name, None)
if func is None:
    emit({"kind": "import-error", "message": "AttributeError: module '%s' has no attribute '%s'" % (req["module"], func_name)})
    sys.exit(0)
arguments = dict(req.get("arguments") or {})
try:
    params = inspect.signature(func).parameters
except (TypeError, ValueError):
    params = {}
if req.get("secrets") is not None and "secrets" in params:
    arguments["secrets"] = req["secrets"]
if "configuration" in params:
    arguments["configuration"] = req.get("configuration") or {}
try:
    result = func(**arguments)
except Exception as x:
    emit({"kind": "raised", "message": traceback.format_exception_only(type(x), x)[0].strip()})
    sys.exit(0)
emit({"kind": "result", "value": result})
`

const MARK = '\x1echaos-action-bridge:'

export type BridgeReply =
  | { kind: 'ok' }
  | { kind: 'no-func' }
  | { kind: 'import-error'; message: string }
  | { kind: 'missing'; arg: string }
  | { kind: 'unexpected'; arg: string }
  | { kind: 'bind-error'; message: string }
  | { kind: 'raised'; message: string }
  | { kind: 'result'; value: unknown }

export interface BridgeRequest {
  mode: 'probe' | 'validate' | 'run'
  module: string
  func?: string
  arguments?: unknown
  secrets?: unknown
  configuration?: unknown
}

export class BridgeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BridgeError'
  }
}

/** Runs the bridge once. Resolves with its reply; rejects when python can't be run at all. */
export function callBridge(
  python: string,
  req: BridgeRequest,
  opts: { signal?: AbortSignal; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}
): Promise<BridgeReply> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, ['-c', BRIDGE], {
      env: opts.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    const kill = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // gone
      }
    }
    let aborted = false
    const onAbort = (): void => {
      aborted = true
      kill()
    }
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    const timer = opts.timeoutMs ? setTimeout(kill, opts.timeoutMs) : undefined
    child.on('error', (e) => {
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onAbort)
      reject(e)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onAbort)
      if (aborted) return reject(new BridgeError('python activity was interrupted'))
      const text = Buffer.concat(out).toString('utf8')
      const at = text.lastIndexOf(MARK)
      if (at < 0) {
        const stderr = Buffer.concat(err).toString('utf8').trim()
        return reject(
          new BridgeError(`python3 exited with code ${code}: ${stderr.split('\n').pop() ?? ''}`)
        )
      }
      const line = text.slice(at + MARK.length).split('\n')[0] ?? ''
      try {
        resolve(JSON.parse(line) as BridgeReply)
      } catch (e) {
        reject(new BridgeError(`unreadable reply from python3: ${(e as Error).message}`))
      }
    })
    child.stdin.on('error', () => {})
    child.stdin.end(JSON.stringify(req))
  })
}
