import type { RateLimit } from '../config/config.js'
import type { RateLimitEvents } from './events.js'
import { StoreFailover } from './failover.js'
import { MemoryRateLimitStore } from './memory-store.js'
import { RateLimiter, type BucketSource } from './rate-limiter.js'
import { RedisRateLimitStore } from './redis-store.js'

// How long start-up waits for the first Redis connection. Past it the gateway serves
// under rateLimit.onStoreUnavailable and keeps reconnecting: a Redis outage must not stop
// a gateway from starting.
const FIRST_CONNECT_MS = 2000

/** Builds the rate limiter the config asks for; `null` when rate limiting is off. */
export async function createRateLimiter (config: RateLimit, events: RateLimitEvents): Promise<RateLimiter | null> {
  if (!config.enabled) return null
  const backend = config.backend
  let source: BucketSource
  if (backend.kind === 'memory') {
    const memory = new MemoryRateLimitStore()
    source = {
      take: async (key, limit) => ({ kind: 'decided', decision: await memory.take(key, limit), by: 'memory' }),
      close: () => memory.close(),
    }
  } else {
    const redis = new RedisRateLimitStore({ target: backend.target, timeoutMs: backend.timeoutMs })
    const failover = new StoreFailover(redis, backend.onUnavailable, events)
    try {
      await redis.connect(FIRST_CONNECT_MS)
    } catch (err) {
      failover.markDown(err instanceof Error ? err : new Error(String(err)))
    }
    source = failover
  }
  return new RateLimiter(config.rule, config.overrides, source, events)
}
