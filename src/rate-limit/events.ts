import type { RateLimitBackend } from '../config/config.js'

/** Which bucket decided: the configured store, or the in-memory stand-in while Redis is down. */
export type DecidedBy = 'memory' | 'redis' | 'local'

export type UnavailablePolicy = Extract<RateLimitBackend, { kind: 'redis' }>['onUnavailable']

/**
 * What the rate limiter reports; observability turns it into metrics and log lines.
 * Store health is reported on state changes only, so an outage under load writes two
 * log lines (down, up), not one per request.
 */
export interface RateLimitEvents {
  rejected (by: DecidedBy): void
  /** Redis failed where it was healthy before (or at start). */
  storeDown (err: Error, policy: UnavailablePolicy): void
  storeUp (): void
  /** One request decided by the unavailability policy instead of Redis. */
  degraded (policy: UnavailablePolicy): void
}
