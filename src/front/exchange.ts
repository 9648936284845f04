import { ERRORS, GatewayError, STATUS_TEXT } from '../errors.js'
import type { HttpResponse } from './uws.js'

export interface ExchangeObserver {
  /** Called exactly once per exchange, when the response is complete or the client left. */
  finished (ex: Exchange, status: number, aborted: boolean): void
}

/**
 * One request/response pair on the uWS front. uWS forbids touching `res` after the
 * client aborted, and wants every write corked; this class owns those rules so route
 * code cannot break them. It also guarantees that every response carries X-Request-ID
 * and that each exchange is reported once.
 */
export class Exchange {
  readonly res: HttpResponse
  readonly requestId: string
  readonly route: string
  readonly startedAt = process.hrtime.bigint()
  #aborted = false
  #finished = false
  #status = 0
  #headers: Readonly<Record<string, string>> | null = null
  readonly #onAbort: (() => void)[] = []
  readonly #observer: ExchangeObserver

  constructor (res: HttpResponse, requestId: string, route: string, observer: ExchangeObserver) {
    this.res = res
    this.requestId = requestId
    this.route = route
    this.#observer = observer
    res.onAborted(() => {
      this.#aborted = true
      for (const fn of this.#onAbort.splice(0)) fn()
      this.#finish(499, true)
    })
  }

  get aborted (): boolean { return this.#aborted }
  /** True once a complete response was sent or the client left. */
  get closed (): boolean { return this.#finished }
  get status (): number { return this.#status }

  onAbort (fn: () => void): void {
    if (this.#aborted) fn()
    else this.#onAbort.push(fn)
  }

  /** Headers every response of this exchange carries, whichever code path writes it. */
  setHeaders (headers: Readonly<Record<string, string>>): void {
    this.#headers = headers
  }

  /** Writes status and headers (corked by the caller). */
  writeHead (status: number, headers: Readonly<Record<string, string>>): void {
    this.#status = status
    this.res.writeStatus(STATUS_TEXT[status] ?? String(status))
    this.res.writeHeader('X-Request-ID', this.requestId)
    if (this.#headers !== null) for (const k in this.#headers) this.res.writeHeader(k, this.#headers[k] as string)
    for (const k in headers) this.res.writeHeader(k, headers[k] as string)
  }

  send (status: number, contentType: string, body: string | Uint8Array, headers: Readonly<Record<string, string>> = {}, closeConnection = false): void {
    if (this.#aborted || this.#finished) return
    this.res.cork(() => {
      this.writeHead(status, { 'Content-Type': contentType, ...headers })
      this.res.end(body, closeConnection)
    })
    this.#finish(status, false)
  }

  json (status: number, body: unknown, headers?: Readonly<Record<string, string>>): void {
    this.send(status, 'application/json', JSON.stringify(body), headers)
  }

  /** An OpenAI-style error body with the stable code. The client sees no internals. */
  error (err: GatewayError, opts: { closeConnection?: boolean, headers?: Readonly<Record<string, string>>, param?: string | null } = {}): void {
    const clientMessage = err.code === 'internal_error' ? ERRORS.internal_error.message : err.message
    const body = { error: { message: clientMessage, type: ERRORS[err.code].type, param: opts.param ?? null, code: err.code }, request_id: this.requestId }
    this.send(err.status, 'application/json', JSON.stringify(body), opts.headers ?? {}, opts.closeConnection === true)
  }

  /** For streamed responses: the route wrote status and body itself and now ended it. */
  ended (): void {
    this.#finish(this.#status, false)
  }

  #finish (status: number, aborted: boolean): void {
    if (this.#finished) return
    this.#finished = true
    this.#observer.finished(this, status, aborted)
  }
}
