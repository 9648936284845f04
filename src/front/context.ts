import type { Config } from '../config/config.js'
import type { StoreHealthView } from '../observability/store-health.js'
import type { Telemetry } from '../observability/telemetry.js'
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
  phase (): Phase
  /** The session store as the shards see it. */
  storeHealth (): StoreHealthView
}
