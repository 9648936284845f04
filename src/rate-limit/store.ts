import type { BucketDecision, BucketLimit } from './token-bucket.js'

/**
 * Where token buckets live. Implementations behave identically (a contract suite in
 * tests/ runs against each); they differ only in scope: one process, or every gateway
 * instance sharing a Redis.
 */
export interface RateLimitStore {
  readonly kind: 'memory' | 'redis'
  /** Refills the key's bucket and takes one token if there is one. */
  take (key: string, limit: BucketLimit): Promise<BucketDecision>
  close (): Promise<void>
}
