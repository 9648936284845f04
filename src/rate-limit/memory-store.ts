import type { RateLimitStore } from './store.js'
import { msUntilFull, takeToken, type BucketDecision, type BucketLimit, type BucketState } from './token-bucket.js'

/** Microseconds from a monotonic clock: wall-clock steps must not mint or burn tokens. */
export type MicrosClock = () => number

const monotonicMicros: MicrosClock = () => performance.now() * 1000

interface Entry {
  state: BucketState
  /** When the bucket is full again and the entry can be dropped (µs). */
  fullAtUs: number
}

/**
 * Token buckets in this process. Keys are tenants derived from configured API keys, so
 * their number is bounded by the configuration; the sweep is a second bound, for when it
 * is not: once `sweepAbove` keys are held, full buckets (equal to fresh ones) are dropped.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly kind = 'memory'
  readonly #buckets = new Map<string, Entry>()
  readonly #now: MicrosClock
  readonly #sweepAbove: number

  constructor (now: MicrosClock = monotonicMicros, sweepAbove = 65536) {
    this.#now = now
    this.#sweepAbove = sweepAbove
  }

  get size (): number { return this.#buckets.size }

  take (key: string, limit: BucketLimit): Promise<BucketDecision> {
    const now = this.#now()
    const entry = this.#buckets.get(key)
    const { state, decision } = takeToken(entry?.state, now, limit)
    const fullAtUs = state.atUs + msUntilFull(state, limit) * 1000
    if (entry === undefined) {
      if (this.#buckets.size >= this.#sweepAbove) this.#sweep(now)
      this.#buckets.set(key, { state, fullAtUs })
    } else {
      entry.state = state
      entry.fullAtUs = fullAtUs
    }
    return Promise.resolve(decision)
  }

  close (): Promise<void> {
    this.#buckets.clear()
    return Promise.resolve()
  }

  #sweep (now: number): void {
    for (const [key, e] of this.#buckets) if (e.fullAtUs <= now) this.#buckets.delete(key)
  }
}
