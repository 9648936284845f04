import type { RateLimitRule } from '../config/config.js'

// The token bucket, as pure arithmetic. The memory store runs this code; the Redis store
// runs the same steps in Lua (redis-store.ts). Both must stay step-for-step
// equal: the contract suite runs the same assertions against each.

/** A bucket holds up to `burst` tokens and gains `ratePerSecond` of them per second. */
export type BucketLimit = RateLimitRule

/** What is stored per key: the token count at the instant `atUs` (microseconds). */
export interface BucketState {
  readonly tokens: number
  readonly atUs: number
}

export interface BucketDecision {
  readonly allowed: boolean
  /** The bucket capacity (x-ratelimit-limit). */
  readonly limit: number
  /** Whole tokens left after this request (x-ratelimit-remaining). */
  readonly remaining: number
  /** When denied: milliseconds until one token is available; 0 when allowed. */
  readonly retryAfterMs: number
  /** Milliseconds until the bucket is full again (x-ratelimit-reset). */
  readonly resetMs: number
}

/**
 * Refills the bucket for the time elapsed since its last update, then takes one token if
 * there is one. A clock that steps backwards refills nothing and keeps the later instant,
 * so a step back can never mint tokens.
 *
 * Worked example: burst 10, 2 tokens per second, 3.25 tokens at t=0. At t=0.5 s the
 * bucket holds min(10, 3.25 + 0.5 × 2) = 4.25; one is taken: allowed, 3.25 left,
 * remaining 3, full again in (10 − 3.25) / 2 s = 3375 ms.
 */
export function takeToken (state: BucketState | undefined, nowUs: number, limit: BucketLimit): { readonly state: BucketState, readonly decision: BucketDecision } {
  let tokens = limit.burst
  let atUs = nowUs
  if (state !== undefined) {
    atUs = Math.max(state.atUs, nowUs)
    tokens = Math.min(limit.burst, state.tokens + (atUs - state.atUs) * limit.ratePerSecond / 1e6)
  }
  let allowed = false
  let retryAfterMs = 0
  if (tokens >= 1) {
    tokens -= 1
    allowed = true
  } else {
    retryAfterMs = Math.ceil((1 - tokens) * 1000 / limit.ratePerSecond)
  }
  return {
    state: { tokens, atUs },
    decision: { allowed, limit: limit.burst, remaining: Math.floor(tokens), retryAfterMs, resetMs: Math.ceil((limit.burst - tokens) * 1000 / limit.ratePerSecond) },
  }
}

/** Milliseconds after which a bucket left in `state` is full, i.e. equal to a fresh one and safe to forget. */
export function msUntilFull (state: BucketState, limit: BucketLimit): number {
  return Math.ceil(Math.max(0, limit.burst - state.tokens) * 1000 / limit.ratePerSecond)
}
