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

/** Readiness: 200 only while serving; 503 not_ready while starting or draining. */
export function readyzRoute (ctx: GatewayContext): ReturnType<typeof simpleRoute> {
  return simpleRoute(ctx, 'readyz', (ex) => {
    const phase = ctx.phase()
    const detail = { phase, workers: { mode: ctx.router.mode, shards: ctx.router.shards, queued: ctx.router.queued() }, session_store: ctx.config.session.store }
    if (phase === 'serving') ex.json(200, { status: 'ok', ...detail })
    else ex.error(new GatewayError('not_ready', `The gateway is ${phase}.`), { headers: { 'X-InferShield-Phase': phase } })
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
