import { GatewayError } from '../errors.js'
import { authenticate } from './auth.js'
import type { GatewayContext } from './context.js'
import { Exchange } from './exchange.js'
import { admit } from './rate-limit.js'
import { readBody } from './read-body.js'
import { copyHeaders, isJsonContentType, type RequestHeaders } from './request-headers.js'
import { requestIdOf } from './request-id.js'
import type { HttpRequest, HttpResponse } from './uws.js'

export interface JsonRequest {
  readonly ex: Exchange
  readonly headers: RequestHeaders
  readonly tenant: string
  readonly body: Buffer
}

export type JsonHandler = (r: JsonRequest) => Promise<void>

/**
 * The steps every JSON POST route shares, in the order that rejects bad requests
 * cheapest first: readiness, auth, content type and declared length (before reading a
 * byte), then the key's rate limit and the capped body. Any error thrown by the handler
 * is logged, counted and answered with its stable code; nothing escapes to uWS.
 */
export function jsonRoute (ctx: GatewayContext, route: string, handler: JsonHandler): (res: HttpResponse, req: HttpRequest) => void {
  const observer = { finished: (ex: Exchange, status: number, aborted: boolean) => ctx.telemetry.finished(ex, status, aborted) }
  const mockUpstream = ctx.config.upstream.kind === 'mock'
  return (res, req) => {
    const headers = copyHeaders(req, mockUpstream)
    ctx.telemetry.started()
    const ex = new Exchange(res, requestIdOf(headers.requestId), route, observer)
    const fail = (err: unknown, closeConnection: boolean): void => {
      const g = ctx.telemetry.error(ex, err, route)
      if (!ex.closed) ex.error(g, { closeConnection, param: typeof g.details?.param === 'string' ? g.details.param : null })
    }
    // Rejections before the body is read close the connection: the unread body would
    // otherwise be parsed as the next request on this keep-alive connection.
    if (ctx.phase() !== 'serving') return fail(new GatewayError('not_ready', 'The gateway is shutting down.'), true)
    const auth = authenticate(ctx.config.auth, headers.authorization)
    if (!auth.ok) return fail(new GatewayError('unauthorized'), true)
    if (!isJsonContentType(headers.contentType)) {
      return fail(new GatewayError('unsupported_media_type', undefined, { contentType: headers.contentType.slice(0, 100) }), true)
    }
    // The body is read while the rate limiter decides (a Redis round trip), so neither
    // waits for the other; onData must be registered before this handler returns anyway.
    const body = readBody(ex, headers.contentLength, ctx.config.server.maxBodyBytes)
    let received = false
    // A failed body surfaces where it is awaited (below, or in admit); this only tracks it.
    body.then(() => { received = true }, () => {})
    const limiter = ctx.rateLimiter
    const admitted = limiter === null ? Promise.resolve(true) : admit(limiter, ex, auth.tenant, ctx.telemetry.logger, body)
    admitted
      .then(async (ok) => {
        if (ok) await handler({ ex, headers, tenant: auth.tenant, body: await body })
      })
      .catch((err: unknown) => { fail(err, !received) })
  }
}
