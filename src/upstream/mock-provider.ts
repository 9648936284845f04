// The built-in OpenAI-compatible provider: the default upstream when none is configured,
// the provider of every test, and the "direct" baseline of performance runs — which is
// why it runs on uWebSockets.js and answers from precomputed bytes without blocking.
// Deterministic by design: the same request gets the same body (see mock/payloads.ts).
// Loaded through the one loader that detects the pure-JS fallback (and keeps its console noise out of the logs).
import { uws as uWS } from '../front/uws.js'
import type { HttpRequest, HttpResponse, TemplatedApp, us_listen_socket } from 'uWebSockets.js'
import { isRequestProblem, readChatRequest } from './mock/chat-request.js'
import { Exchange, sendJsonNow } from './mock/exchange.js'
import { MAX_CHUNKS, MAX_LATENCY_MS, isOverrideProblem, readOverrides } from './mock/overrides.js'
import type { Defaults } from './mock/overrides.js'
import { completionBody, contentFrameCount, errorBody, identityOf, modelBody, modelsBody, statusErrorBody, streamFrames } from './mock/payloads.js'
import { planStream, runStream } from './mock/sse-stream.js'

export interface MockProviderOptions {
  host: string
  /** 0 picks any free port; read the chosen one from `MockProvider.port`. */
  port: number
  /** Delay before the first byte of every answer. */
  latencyMs: number
  /** Answer with the last user message verbatim instead of a fixed reply. */
  echo: boolean
  /** Streamed content chunks per answer (fewer when the reply is shorter). */
  chunks: number
  /** Delay between streamed chunks. */
  chunkDelayMs: number
}

export interface RecordedRequest {
  /** Header names lower-cased; repeated headers joined with ", ". */
  readonly headers: Record<string, string>
  /** Parsed JSON body, or the raw text when it was not valid JSON. */
  readonly body: unknown
}

export interface MockProvider {
  /** Base URL to give an OpenAI client, e.g. http://127.0.0.1:PORT/v1 */
  readonly url: string
  readonly port: number
  /** The last chat completion request received (whatever its outcome), or null. */
  lastRequest (): RecordedRequest | null
  /** Chat completion requests received so far, to assert that a blocked request never arrived. */
  requestCount (): number
  /**
   * Requests accepted but not yet finished (waiting on latency, streaming, hanging).
   * Drops to 0 when clients go away, which lets a test prove the gateway cancels upstream work.
   */
  inFlight (): number
  /** Stops listening, cancels every timer and closes every connection, in-flight or idle. */
  close (): Promise<void>
}

const DEFAULTS: MockProviderOptions = { host: '127.0.0.1', port: 0, latencyMs: 0, echo: false, chunks: 5, chunkDelayMs: 0 }
// Generous enough for any realistic prompt, small enough that a runaway test cannot exhaust memory.
const MAX_BODY_BYTES = 32 * 1024 * 1024
const CONTENT_LENGTH_RE = /^[0-9]{1,15}$/
const MAX_ECHOED_URL = 200

function checkOptions (opts: MockProviderOptions): void {
  const intIn = (name: keyof MockProviderOptions, min: number, max: number): void => {
    const value = opts[name]
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new RangeError(`mock provider option ${name} must be an integer from ${min} to ${max}, got ${String(value)}`)
    }
  }
  intIn('port', 0, 65535)
  intIn('latencyMs', 0, MAX_LATENCY_MS)
  intIn('chunks', 1, MAX_CHUNKS)
  intIn('chunkDelayMs', 0, MAX_LATENCY_MS)
  if (typeof opts.host !== 'string' || opts.host.length === 0) throw new RangeError('mock provider option host must be a non-empty string')
}

// Headers are copied before any asynchronous step: the uWS request object dies when the
// handler returns. Object.fromEntries defines own properties, so a header named
// "__proto__" is stored as data and cannot touch the prototype.
function copyHeaders (req: HttpRequest): Record<string, string> {
  const seen = new Map<string, string>()
  req.forEach((key, value) => {
    const prior = seen.get(key)
    seen.set(key, prior === undefined ? value : `${prior}, ${value}`)
  })
  return Object.fromEntries(seen)
}

function urlHost (host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1'
  if (host === '::') return '[::1]'
  return host.includes(':') ? `[${host}]` : host
}

// app.close() (closes the listen socket and every connection) exists in the native build
// but is missing from the bundled type declarations and from the pure-JS fallback.
type ClosableApp = TemplatedApp & { close?: () => void }

export async function startMockProvider (partial: Partial<MockProviderOptions> = {}): Promise<MockProvider> {
  const opts: MockProviderOptions = { ...DEFAULTS, ...partial }
  checkOptions(opts)
  const defaults: Defaults = Object.freeze({ latencyMs: opts.latencyMs, echo: opts.echo, chunks: opts.chunks, chunkDelayMs: opts.chunkDelayMs })
  const live = new Set<Exchange>()
  let last: RecordedRequest | null = null
  let count = 0

  const handleChat = (ex: Exchange, headers: Record<string, string>, raw: Buffer): void => {
    count++
    const text = raw.toString('utf8')
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      last = { headers, body: text }
      ex.sendJson(400, errorBody('We could not parse the JSON body of your request.', 'invalid_json'), null)
      return
    }
    last = { headers, body }

    const ov = readOverrides(headers, defaults)
    if (isOverrideProblem(ov)) {
      ex.sendJson(400, errorBody(ov.message, 'invalid_mock_header', ov.header), null)
      return
    }
    if (ov.hang) return
    const status = ov.status
    if (status !== null) {
      ex.after(ov.latencyMs, () => ex.sendJson(status, statusErrorBody(status), null))
      return
    }
    const view = readChatRequest(body)
    if (isRequestProblem(view)) {
      ex.sendJson(400, errorBody(view.message, view.code, view.param), null)
      return
    }
    const identity = identityOf(raw, ov.echo)
    if (!view.stream) {
      // Without a stream there are no chunks to cut: a drop resets before any byte, a stall hangs.
      if (ov.dropAfterChunks !== null) ex.after(ov.latencyMs, () => ex.reset())
      else if (ov.stallAfterChunks === null) ex.after(ov.latencyMs, () => ex.sendJson(200, completionBody(view, identity, ov.echo, ov.script), identity.requestId))
      return
    }
    ex.after(ov.latencyMs, () => {
      const frames = streamFrames(view, identity, ov.echo, ov.chunks, ov.script)
      runStream(ex, planStream(frames, contentFrameCount(frames, view.includeUsage), ov), identity.requestId)
    })
  }

  const app: ClosableApp = uWS.App()
  app.post('/v1/chat/completions', (res: HttpResponse, req: HttpRequest) => {
    const headers = copyHeaders(req)
    const ex = new Exchange(res, live)
    const declared = headers['content-length']
    const length = declared !== undefined && CONTENT_LENGTH_RE.test(declared) ? Number(declared) : null
    ex.readBody(MAX_BODY_BYTES, length, (raw) => handleChat(ex, headers, raw))
  })
  app.get('/v1/models', (res: HttpResponse) => sendJsonNow(res, 200, modelsBody()))
  app.get('/v1/models/:id', (res: HttpResponse, req: HttpRequest) => sendJsonNow(res, 200, modelBody(req.getParameter(0))))
  app.any('/v1/chat/completions', (res: HttpResponse, req: HttpRequest) => {
    sendJsonNow(res, 405, errorBody(`Method ${req.getCaseSensitiveMethod()} is not allowed on /v1/chat/completions; use POST.`, 'method_not_allowed'))
  })
  app.any('/*', (res: HttpResponse, req: HttpRequest) => {
    const target = `${req.getCaseSensitiveMethod()} ${req.getUrl()}`.slice(0, MAX_ECHOED_URL)
    sendJsonNow(res, 404, errorBody(`Unknown request URL: ${target}.`, 'unknown_url'))
  })

  const listenSocket = await new Promise<us_listen_socket>((resolve, reject) => {
    app.listen(opts.host, opts.port, (socket) => {
      if (socket === false) reject(new Error(`mock provider could not listen on ${opts.host}:${opts.port}`))
      else resolve(socket)
    })
  })
  const port = uWS.us_socket_local_port(listenSocket)
  let closed = false

  return {
    url: `http://${urlHost(opts.host)}:${port}/v1`,
    port,
    lastRequest: () => last,
    requestCount: () => count,
    inFlight: () => live.size,
    async close (): Promise<void> {
      if (closed) return
      closed = true
      const native = typeof app.close === 'function'
      for (const ex of [...live]) ex.shutdown(!native)
      if (native) app.close?.()
      else uWS.us_listen_socket_close(listenSocket)
    },
  }
}

export { MOCK_MODEL_ID } from './mock/payloads.js'
