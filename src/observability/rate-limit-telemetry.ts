import type { RateLimitEvents } from '../rate-limit/events.js'
import type { Logger } from './logger.js'
import type { Metrics } from './metrics.js'

/**
 * Rate-limit events as metrics and log lines. Rejections are counted here (and logged
 * at debug by the front): a client over its limit sends many requests, and a line each
 * would let it flood the logs. Store health is logged once per change.
 */
export function rateLimitTelemetry (logger: Logger, metrics: Metrics): RateLimitEvents {
  metrics.rateLimitStoreUp.set(1)
  return {
    rejected (by) {
      metrics.rateLimited.inc({ by })
      metrics.errors.inc({ code: 'rate_limited', where: 'rate_limit' })
    },
    storeDown (err, policy) {
      metrics.rateLimitStoreUp.set(0)
      logger.warn({ event: 'rate_limit_store_down', err: err.message, policy }, `rate-limit store (Redis) unavailable: requests are decided by onStoreUnavailable=${policy} until it answers again`)
    },
    storeUp () {
      metrics.rateLimitStoreUp.set(1)
      logger.info({ event: 'rate_limit_store_up' }, 'rate-limit store (Redis) answers again: limits are shared across instances again')
    },
    degraded (policy) {
      metrics.rateLimitDegraded.inc({ policy })
      if (policy === 'fail-closed') metrics.errors.inc({ code: 'not_ready', where: 'rate_limit' })
    },
  }
}
