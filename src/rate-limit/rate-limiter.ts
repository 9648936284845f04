import type { RateLimitRule } from '../config/config.js'
import type { RateLimitEvents } from './events.js'
import type { Taken } from './failover.js'
import type { BucketDecision } from './token-bucket.js'

/**
 * `unlimited`: the key is exempt, or Redis is down under fail-open (no headers are sent);
 * `unavailable`: Redis is down under fail-closed.
 */
export type Admission =
  | { readonly kind: 'unlimited' }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'decided', readonly decision: BucketDecision }

/** Where decisions come from: one store, or a shared store behind its failover policy. */
export interface BucketSource {
  take (key: string, limit: RateLimitRule): Promise<Taken>
  close (): Promise<void>
}

const UNLIMITED: Admission = Object.freeze({ kind: 'unlimited' })
const UNAVAILABLE: Admission = Object.freeze({ kind: 'unavailable' })

/** One token per request from the tenant's bucket, with the tenant's limits. */
export class RateLimiter {
  readonly #rule: RateLimitRule
  readonly #overrides: Readonly<Record<string, RateLimitRule | null>>
  readonly #source: BucketSource
  readonly #events: RateLimitEvents

  constructor (rule: RateLimitRule, overrides: Readonly<Record<string, RateLimitRule | null>>, source: BucketSource, events: RateLimitEvents) {
    this.#rule = rule
    this.#overrides = overrides
    this.#source = source
    this.#events = events
  }

  async admit (tenant: string): Promise<Admission> {
    const rule = Object.hasOwn(this.#overrides, tenant) ? this.#overrides[tenant] as RateLimitRule | null : this.#rule
    if (rule === null) return UNLIMITED
    const taken = await this.#source.take(tenant, rule)
    if (taken.kind === 'unlimited') return UNLIMITED
    if (taken.kind === 'refused') return UNAVAILABLE
    if (!taken.decision.allowed) this.#events.rejected(taken.by)
    return { kind: 'decided', decision: taken.decision }
  }

  close (): Promise<void> {
    return this.#source.close()
  }
}
