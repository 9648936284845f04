import { Pool, type Dispatcher } from 'undici'
import { GatewayError } from '../errors.js'

export interface UpstreamOptions {
  /** Base URL including the API prefix, e.g. https://api.openai.com/v1 */
  readonly baseUrl: string
  readonly apiKey: string
  readonly timeoutMs: number
  readonly connections: number
  /** Pass the client's `x-mock-*` headers on: only for the built-in mock provider. */
  readonly forwardMockHeaders?: boolean
}

export interface UpstreamResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly body: Dispatcher.ResponseData['body']
}

// Request headers a client may send that the provider should see. Everything else (the
// client's gateway key, X-Session-ID, cookies, hop-by-hop headers) stays at the gateway.
const FORWARDED = ['accept', 'user-agent', 'openai-organization', 'openai-project', 'openai-beta'] as const

/** The keep-alive pool to the provider, and the mapping of its failures to stable codes. */
export class UpstreamPool {
  readonly #pool: Pool
  readonly #prefix: string
  readonly #auth: string | null
  readonly #timeoutMs: number
  readonly #mockHeaders: boolean

  constructor (o: UpstreamOptions) {
    const url = new URL(o.baseUrl)
    // The lookbehind keeps the trim linear on a long run of slashes.
    this.#prefix = url.pathname.replace(/(?<!\/)\/+$/, '')
    this.#auth = o.apiKey === '' ? null : `Bearer ${o.apiKey}`
    this.#timeoutMs = o.timeoutMs
    this.#mockHeaders = o.forwardMockHeaders === true
    this.#pool = new Pool(url.origin, {
      connections: o.connections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      headersTimeout: o.timeoutMs,
      bodyTimeout: o.timeoutMs,
      connectTimeout: Math.min(o.timeoutMs, 10_000),
    })
  }

  async post (path: string, body: string, clientHeaders: Readonly<Record<string, string>>, signal: AbortSignal): Promise<UpstreamResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    for (const h of FORWARDED) {
      const v = clientHeaders[h]
      if (v !== undefined && v !== '') headers[h] = v
    }
    if (this.#mockHeaders) for (const h in clientHeaders) if (h.startsWith('x-mock-')) headers[h] = clientHeaders[h] as string
    if (this.#auth !== null) headers.authorization = this.#auth
    try {
      const r = await this.#pool.request({ method: 'POST', path: this.#prefix + path, headers, body, signal })
      return { status: r.statusCode, headers: r.headers, body: r.body }
    } catch (err) {
      throw mapUpstreamError(err, this.#timeoutMs)
    }
  }

  async close (): Promise<void> {
    await this.#pool.close()
  }
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT'])

export function mapUpstreamError (err: unknown, timeoutMs: number): GatewayError {
  if (err instanceof GatewayError) return err
  const e = err as { code?: string, message?: string, name?: string }
  const cause = `${e.code ?? e.name ?? 'Error'}: ${e.message ?? String(err)}`
  if (e.code !== undefined && TIMEOUT_CODES.has(e.code)) return new GatewayError('upstream_timeout', undefined, { cause, timeoutMs })
  return new GatewayError('upstream_error', undefined, { cause })
}
