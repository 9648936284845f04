// One request/response pair on uWebSockets.js, with the lifecycle bookkeeping uWS demands:
// the response object is dead after onAborted or after it is ended, so every write goes
// through a guard, and every timer is owned here so abort and shutdown can cancel it.
import { STATUS_CODES } from 'node:http'
import type { HttpResponse } from 'uWebSockets.js'

const JSON_TYPE = 'application/json'

function statusLine (status: number): string {
  return `${status} ${STATUS_CODES[status] ?? 'Unknown'}`
}

/** Answers inside the route handler itself, where uWS needs no abort handler. */
export function sendJsonNow (res: HttpResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body)
  res.cork(() => {
    res.writeStatus(statusLine(status)).writeHeader('content-type', JSON_TYPE).end(payload)
  })
}

export class Exchange {
  /** True once the client went away or the provider shut down: `res` must not be touched. */
  private gone = false
  /** True once the response has been completed or torn down by us. */
  private settled = false
  private timer: NodeJS.Timeout | null = null
  private immediate: NodeJS.Immediate | null = null

  constructor (
    readonly res: HttpResponse,
    private readonly live: Set<Exchange>,
  ) {
    live.add(this)
    // uWS requires the abort handler before the handler returns without answering.
    res.onAborted(() => {
      this.gone = true
      this.release()
    })
  }

  get active (): boolean {
    return !this.gone && !this.settled
  }

  /**
   * Reads the whole body, copying each chunk (uWS reuses and then neuters the buffer).
   * A body over `limit` (declared or actual) is answered 413 and `done` never runs.
   */
  readBody (limit: number, declaredLength: number | null, done: (body: Buffer) => void): void {
    if (declaredLength !== null && declaredLength > limit) {
      this.sendTooLarge(limit)
      return
    }
    const parts: Buffer[] = []
    let size = 0
    this.res.onData((chunk, isLast) => {
      if (!this.active) return
      size += chunk.byteLength
      if (size > limit) {
        this.sendTooLarge(limit)
        return
      }
      if (chunk.byteLength > 0) parts.push(Buffer.from(new Uint8Array(chunk)))
      if (isLast) done(parts.length === 1 ? parts[0] as Buffer : Buffer.concat(parts, size))
    })
  }

  private sendTooLarge (limit: number): void {
    this.sendJson(413, { error: { message: `Request body exceeds the mock provider limit of ${limit} bytes.`, type: 'invalid_request_error', param: null, code: 'payload_too_large' } }, null, true)
  }

  /** Runs `fn` after `ms` (now when 0), unless the exchange ended first. */
  after (ms: number, fn: () => void): void {
    if (ms <= 0) {
      fn()
      return
    }
    this.clearTimer()
    this.timer = setTimeout(() => {
      this.timer = null
      if (this.active) fn()
    }, ms)
  }

  /**
   * Runs `fn` on the next turn of the event loop, after uWS has flushed what this turn
   * wrote. uWS corks the socket while it runs our callbacks, so closing the connection in
   * the same turn would discard bytes that were written but not yet sent.
   */
  afterFlush (fn: () => void): void {
    this.clearTimer()
    this.immediate = setImmediate(() => {
      this.immediate = null
      if (this.active) fn()
    })
  }

  sendJson (status: number, body: unknown, requestId: string | null, closeConnection = false): void {
    if (!this.active) return
    const payload = JSON.stringify(body)
    this.res.cork(() => {
      this.res.writeStatus(statusLine(status)).writeHeader('content-type', JSON_TYPE)
      if (requestId !== null) this.res.writeHeader('x-request-id', requestId)
      this.res.end(payload, closeConnection)
    })
    this.settled = true
    this.release()
  }

  /** Writes status and headers of a stream; the body follows through `write`. */
  beginStream (requestId: string): void {
    if (!this.active) return
    this.res.writeStatus(statusLine(200))
      .writeHeader('content-type', 'text/event-stream; charset=utf-8')
      .writeHeader('cache-control', 'no-cache')
      .writeHeader('x-request-id', requestId)
  }

  /** Finishes a chunked stream normally. */
  endStream (): void {
    if (!this.active) return
    this.res.cork(() => this.res.end())
    this.settled = true
    this.release()
  }

  /** Resets the connection mid-response; onAborted then runs and releases us. */
  reset (): void {
    if (!this.active) return
    this.settled = true
    this.res.close()
  }

  /**
   * Stops all work on shutdown. `closeSocket` is for servers that cannot close every
   * connection at once: it resets this request's connection itself.
   */
  shutdown (closeSocket: boolean): void {
    const wasActive = this.active
    this.gone = true
    this.release()
    if (closeSocket && wasActive) this.res.close()
  }

  private clearTimer (): void {
    if (this.timer !== null) {
      clearTimeout(this.timer)
      this.timer = null
    }
    if (this.immediate !== null) {
      clearImmediate(this.immediate)
      this.immediate = null
    }
  }

  private release (): void {
    this.clearTimer()
    this.live.delete(this)
  }
}
