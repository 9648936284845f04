import type { DecidedBy, RateLimitEvents, UnavailablePolicy } from './events.js'
import { MemoryRateLimitStore } from './memory-store.js'
import type { RateLimitStore } from './store.js'
import type { BucketDecision, BucketLimit } from './token-bucket.js'

/**
 * A decision and the bucket that made it; while Redis is down under fail-open the request
 * is `unlimited`, under fail-closed `refused`.
 */
export type Taken =
  | { readonly kind: 'decided', readonly decision: BucketDecision, readonly by: DecidedBy }
  | { readonly kind: 'unlimited' }
  | { readonly kind: 'refused' }

const UNLIMITED: Taken = Object.freeze({ kind: 'unlimited' })
const REFUSED: Taken = Object.freeze({ kind: 'refused' })

/** A shared store that can be unreachable. */
export interface RemoteStore extends RateLimitStore {
  readonly ready: boolean
  readonly lastError: Error | null
}

export interface FailoverOptions {
  /** Buckets used under the "local" policy. */
  readonly local?: MemoryRateLimitStore
  /** Monotonic milliseconds. */
  readonly now?: () => number
  /** After a failure, how long requests skip the store before one tries it again. */
  readonly probeIntervalMs?: number
}

/**
 * Puts the unavailability policy in front of a shared store. A store that is not
 * connected is not tried (no request waits on a reconnect). After a failure the store is
 * left alone for probeIntervalMs, then the next request tries it: so a Redis that hangs
 * costs one request per interval its timeout, not every request, and a loaded event
 * loop that misses one reply does not flap the state on every request. Health changes are
 * reported once each; every request decided by the policy instead is counted.
 */
export class StoreFailover {
  readonly #remote: RemoteStore
  readonly #policy: UnavailablePolicy
  readonly #local: MemoryRateLimitStore
  readonly #events: RateLimitEvents
  readonly #now: () => number
  readonly #probeIntervalMs: number
  #healthy = true
  #retryAt = 0

  constructor (remote: RemoteStore, policy: UnavailablePolicy, events: RateLimitEvents, opts: FailoverOptions = {}) {
    this.#remote = remote
    this.#policy = policy
    this.#events = events
    this.#local = opts.local ?? new MemoryRateLimitStore()
    this.#now = opts.now ?? (() => performance.now())
    this.#probeIntervalMs = opts.probeIntervalMs ?? 1000
  }

  get healthy (): boolean { return this.#healthy }

  async take (key: string, limit: BucketLimit): Promise<Taken> {
    if (this.#remote.ready && (this.#healthy || this.#now() >= this.#retryAt)) {
      try {
        const decision = await this.#remote.take(key, limit)
        if (!this.#healthy) {
          this.#healthy = true
          this.#events.storeUp()
        }
        return { kind: 'decided', decision, by: this.#remote.kind }
      } catch (err) {
        this.markDown(err instanceof Error ? err : new Error(String(err)))
        return await this.#degraded(key, limit)
      }
    }
    if (this.#healthy) this.markDown(this.#remote.lastError ?? new Error('not connected to Redis'))
    return await this.#degraded(key, limit)
  }

  /** Marks the store down (also from outside: the first connection failed). */
  markDown (err: Error): void {
    this.#retryAt = this.#now() + this.#probeIntervalMs
    if (!this.#healthy) return
    this.#healthy = false
    this.#events.storeDown(err, this.#policy)
  }

  async close (): Promise<void> {
    await this.#remote.close()
    await this.#local.close()
  }

  async #degraded (key: string, limit: BucketLimit): Promise<Taken> {
    this.#events.degraded(this.#policy)
    switch (this.#policy) {
      case 'fail-open': return UNLIMITED
      case 'fail-closed': return REFUSED
      case 'local': return { kind: 'decided', decision: await this.#local.take(key, limit), by: 'local' }
    }
  }
}
