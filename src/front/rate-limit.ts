import { GatewayError } from '../errors.js'
import type { RateLimiter } from '../rate-limit/rate-limiter.js'
import type { BucketDecision } from '../rate-limit/token-bucket.js'
import type { Exchange } from './exchange.js'
import type { Logger } from '../observability/logger.js'

/** x-ratelimit-limit: bucket capacity; -remaining: whole tokens left; -reset: seconds until full. */
export function rateLimitHeaders (d: BucketDecision): Record<string, string> {
  return {
    'x-ratelimit-limit': String(d.limit),
    'x-ratelimit-remaining': String(d.remaining),
    'x-ratelimit-reset': String(Math.ceil(d.resetMs / 1000)),
  }
}

/** Whole seconds, rounded up and at least 1: retrying after it always finds a token. */
export function retryAfterSeconds (d: BucketDecision): number {
  return Math.max(1, Math.ceil(d.retryAfterMs / 1000))
}

/**
 * Takes a token for the tenant. Every later response of the exchange carries the
 * x-ratelimit-* headers. Over the limit (429 rate_limited) or with Redis down under
 * fail-closed (503 not_ready) this answers itself and returns false. Those answers are
 * counted by the limiter's events and logged at debug only: they come in floods, and a
 * line each would let one client fill the logs.
 *
 * A refusal waits for the body (already capped and being read), so the connection can
 * stay open for the client's next request; when the body fails (too large, client gone)
 * the connection is closed, since an unread body would be parsed as the next request.
 */
export async function admit (limiter: RateLimiter, ex: Exchange, tenant: string, logger: Logger, body: Promise<Buffer>): Promise<boolean> {
  const a = await limiter.admit(tenant)
  if (a.kind === 'unlimited') return true
  if (a.kind === 'unavailable') {
    logger.debug({ req_id: ex.requestId, event: 'rate_limit_unavailable', tenant, route: ex.route }, 'rate-limit store down and onStoreUnavailable is fail-closed')
    const whole = await settled(body)
    ex.error(new GatewayError('not_ready', 'The rate-limit store is unreachable and rateLimit.onStoreUnavailable is fail-closed; retry later.'), { closeConnection: !whole })
    return false
  }
  ex.setHeaders(rateLimitHeaders(a.decision))
  if (a.decision.allowed) return true
  const seconds = retryAfterSeconds(a.decision)
  logger.debug({ req_id: ex.requestId, event: 'rate_limited', tenant, route: ex.route, retry_after_s: seconds }, 'request over its rate limit')
  const whole = await settled(body)
  ex.error(new GatewayError('rate_limited', `Rate limit of this API key exceeded (burst ${a.decision.limit}); retry after ${seconds} s.`), {
    headers: { 'Retry-After': String(seconds) },
    closeConnection: !whole,
  })
  return false
}

/** True when the body was read whole; its errors are the route's business, not the refusal's. */
function settled (body: Promise<Buffer>): Promise<boolean> {
  return body.then(() => true, () => false)
}
