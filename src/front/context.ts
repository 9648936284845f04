import type { Config } from '../config/config.js'
import type { StoreHealthView } from '../observability/store-health.js'
import type { Telemetry } from '../observability/telemetry.js'
import type { RateLimiter } from '../rate-limit/rate-limiter.js'
import type { OutputScanning } from '../output/output-scanning.js'
import type { ShardRouter } from '../router/shard-router.js'
import type { UpstreamPool } from '../upstream/pool.js'

/** Lifecycle as the front sees it: only `serving` accepts new work. */
export type Phase = 'starting' | 'serving' | 'draining' | 'stopped'

/** What route handlers need, built once by the composition root. */
export interface GatewayContext {
  readonly config: Config
  readonly router: ShardRouter
  readonly upstream: UpstreamPool
  readonly telemetry: Telemetry
  /** null when rateLimit.enabled is false. */
  readonly rateLimiter: RateLimiter | null
  /** Output scanning, compiled once at boot. */
  readonly output: OutputScanning
  phase (): Phase
  /** The session store as the shards see it. */
  storeHealth (): StoreHealthView
}
