import { GatewayError } from '../../errors.js'
import type { GatewayContext } from '../context.js'
import { Exchange } from '../exchange.js'
import { requestIdOf } from '../request-id.js'
import type { HttpRequest, HttpResponse } from '../uws.js'

export type SimpleHandler = (ex: Exchange, req: HttpRequest) => void

/** A route without a body: the exchange is set up and errors are answered by code. */
export function simpleRoute (ctx: GatewayContext, route: string, handler: SimpleHandler): (res: HttpResponse, req: HttpRequest) => void {
  const observer = { finished: (ex: Exchange, status: number, aborted: boolean) => ctx.telemetry.finished(ex, status, aborted) }
  return (res, req) => {
    ctx.telemetry.started()
    const ex = new Exchange(res, requestIdOf(req.getHeader('x-request-id')), route, observer)
    try {
      handler(ex, req)
    } catch (err) {
      ex.error(ctx.telemetry.error(ex, err, route))
    }
  }
}

/** Liveness: the process is up and its event loop turns. */
export function healthzRoute (ctx: GatewayContext): ReturnType<typeof simpleRoute> {
  return simpleRoute(ctx, 'healthz', (ex) => { ex.json(200, { status: 'ok' }) })
}

/**
 * Readiness: 200 `ok` while serving; 200 `degraded` while serving without the session store
 * (fail-open: hot caches only); 503 not_ready while starting, draining, or without the
 * store under fail-closed.
 */
export function readyzRoute (ctx: GatewayContext): ReturnType<typeof simpleRoute> {
  return simpleRoute(ctx, 'readyz', (ex) => {
    const phase = ctx.phase()
    const store = ctx.storeHealth()
    const s = ctx.config.session
    const detail = {
      phase,
      workers: { mode: ctx.router.mode, shards: ctx.router.shards, queued: ctx.router.queued() },
      session_store: { kind: s.store, status: store.status, since: store.since, shards_down: store.shardsDown, on_unavailable: s.onUnavailable },
    }
    if (phase !== 'serving') return ex.error(new GatewayError('not_ready', `The gateway is ${phase}.`), { headers: { 'X-InferShield-Phase': phase } })
    if (store.status === 'ok') return ex.json(200, { status: 'ok', ...detail })
    if (s.onUnavailable === 'fail-open') return ex.json(200, { status: 'degraded', ...detail })
    ex.error(new GatewayError('not_ready', 'The session store is unavailable and session.onUnavailable is fail-closed.', { session_store: detail.session_store }), { headers: { 'X-InferShield-Phase': phase } })
  })
}

export function notFoundRoute (ctx: GatewayContext): ReturnType<typeof simpleRoute> {
  return simpleRoute(ctx, 'not_found', (ex, req) => {
    throw new GatewayError('not_found', `No route for ${req.getMethod().toUpperCase()} ${req.getUrl().slice(0, 200)}.`)
  })
}

export function methodNotAllowedRoute (ctx: GatewayContext, allowed: string): ReturnType<typeof simpleRoute> {
  return simpleRoute(ctx, 'method_not_allowed', () => {
    throw new GatewayError('method_not_allowed', `Use ${allowed} on this route.`)
  })
}
