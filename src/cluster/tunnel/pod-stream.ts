/**
 * One connection carried to one pod port through the API server's pods/portforward subresource
 * (a WebSocket speaking v4.channel.k8s.io, framed by @kubernetes/client-node's PortForward: data on
 * channel 0, the kubelet's error text on channel 1, each opened by a two-byte port header).
 */
import type { Socket } from 'node:net'
import { Writable } from 'node:stream'
import { PortForward } from '@kubernetes/client-node'
import type { KubeConfig } from '@kubernetes/client-node'

/** The largest error text kept from the kubelet (it quotes the pod, port and cause). */
const ERROR_TEXT_MAX = 1024

export interface PodStream {
  /** Resolves once the stream is gone, with the kubelet's error text when it failed. */
  closed: Promise<{ error?: string }>
  close(): void
}

interface Closable {
  close(): void
  on(event: 'close', listener: () => void): void
  on(event: 'error', listener: (error: Error) => void): void
  readyState: number
}

/** Collects the error channel's text, bounded. */
function errorSink(): { sink: Writable; text: () => string } {
  let text = ''
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (text.length < ERROR_TEXT_MAX)
        text = (text + chunk.toString('utf8')).slice(0, ERROR_TEXT_MAX)
      callback()
    }
  })
  return { sink, text: () => text.trim() }
}

/**
 * Opens the stream to `pod`:`port` and joins it to `socket` both ways. Rejects when the upgrade is
 * refused or takes longer than `timeoutMs`. When the stream fails (the pod died mid-request), the
 * socket is reset so its client sees the failure instead of a clean close.
 */
export async function openPodStream(
  kubeConfig: KubeConfig,
  target: { namespace: string; pod: string; port: number },
  socket: Socket,
  timeoutMs: number
): Promise<PodStream> {
  const errors = errorSink()
  const forward = new PortForward(kubeConfig)
  let timer: NodeJS.Timeout | undefined
  const opening = forward.portForward(
    target.namespace,
    target.pod,
    [target.port],
    socket,
    errors.sink,
    socket
  ) as Promise<unknown> as Promise<Closable>
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the port-forward upgrade took longer than ${timeoutMs} ms`)),
      timeoutMs
    )
  })
  let ws: Closable
  try {
    ws = await Promise.race([opening, timeout])
  } catch (error) {
    // A socket that opened after all must not linger.
    void opening.then((late) => late.close()).catch(() => undefined)
    throw new Error(`pods/portforward to ${target.namespace}/${target.pod}: ${describe(error)}`, {
      cause: error
    })
  } finally {
    clearTimeout(timer)
  }

  const closed = new Promise<{ error?: string }>((resolve) => {
    let done = false
    // Whatever the kubelet says after the client went away (a copy into a closed stream) is not
    // a failure of the pod.
    let clientGone = false
    const finish = (): void => {
      if (done) return
      done = true
      const text = clientGone ? '' : errors.text()
      if (!socket.destroyed) {
        if (text) socket.resetAndDestroy()
        else socket.end()
      }
      resolve(text ? { error: text } : {})
    }
    ws.on('close', finish)
    ws.on('error', (error) => {
      errors.sink.write(describe(error))
      finish()
    })
    socket.on('close', () => {
      clientGone = true
      ws.close()
      finish()
    })
  })
  return { closed, close: () => ws.close() }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : String(error)
}
