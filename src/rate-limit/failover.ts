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

/**
 * Puts the unavailability policy in front of a shared store. While the store is not
 * connected it is not even tried (no request waits on a reconnect); once it answers again
 * it decides again. Health changes are reported once each; every request decided by the
 * policy instead is counted.
 */
export class StoreFailover {
  readonly #remote: RemoteStore
  readonly #policy: UnavailablePolicy
  readonly #local: MemoryRateLimitStore
  readonly #events: RateLimitEvents
  #healthy = true

  constructor (remote: RemoteStore, policy: UnavailablePolicy, events: RateLimitEvents, local = new MemoryRateLimitStore()) {
    this.#remote = remote
    this.#policy = policy
    this.#events = events
    this.#local = local
  }

  get healthy (): boolean { return this.#healthy }

  async take (key: string, limit: BucketLimit): Promise<Taken> {
    if (this.#remote.ready) {
      try {
        const decision = await this.#remote.take(key, limit)
        if (!this.#healthy) {
          this.#healthy = true
          this.#events.storeUp()
        }
        return { kind: 'decided', decision, by: this.#remote.kind }
      } catch (err) {
        return await this.#degraded(key, limit, err instanceof Error ? err : new Error(String(err)))
      }
    }
    return await this.#degraded(key, limit, this.#remote.lastError ?? new Error('not connected to Redis'))
  }

  /** Marks the store down from the start (first connection failed). */
  markDown (err: Error): void {
    if (!this.#healthy) return
    this.#healthy = false
    this.#events.storeDown(err, this.#policy)
  }

  async close (): Promise<void> {
    await this.#remote.close()
    await this.#local.close()
  }

  async #degraded (key: string, limit: BucketLimit, err: Error): Promise<Taken> {
    this.markDown(err)
    this.#events.degraded(this.#policy)
    switch (this.#policy) {
      case 'fail-open': return UNLIMITED
      case 'fail-closed': return REFUSED
      case 'local': return { kind: 'decided', decision: await this.#local.take(key, limit), by: 'local' }
    }
  }
}
