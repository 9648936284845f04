import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MemoryRateLimitStore } from '../../../src/rate-limit/memory-store.js'
import { msUntilFull, takeToken, type BucketState } from '../../../src/rate-limit/token-bucket.js'

const SECOND = 1_000_000 // µs

describe('takeToken (token bucket arithmetic)', () => {
  const limit = { ratePerSecond: 2, burst: 10 }

  it('starts a new bucket full and takes one token from it', () => {
    const { state, decision } = takeToken(undefined, 5 * SECOND, limit)
    assert.deepEqual(state, { tokens: 9, atUs: 5 * SECOND })
    assert.deepEqual(decision, { allowed: true, limit: 10, remaining: 9, retryAfterMs: 0, resetMs: 500 })
  })

  it('refills by rate × elapsed time (the worked example of the source)', () => {
    const { state, decision } = takeToken({ tokens: 3.25, atUs: 0 }, SECOND / 2, limit)
    assert.deepEqual(state, { tokens: 3.25, atUs: SECOND / 2 })
    assert.deepEqual(decision, { allowed: true, limit: 10, remaining: 3, retryAfterMs: 0, resetMs: 3375 })
  })

  it('never refills above the burst, however long the bucket was idle', () => {
    const { state } = takeToken({ tokens: 0, atUs: 0 }, 3600 * SECOND, limit)
    assert.equal(state.tokens, 9)
  })

  it('denies below one token and says how long until one is there', () => {
    const { state, decision } = takeToken({ tokens: 0.25, atUs: 0 }, 0, limit)
    assert.equal(decision.allowed, false)
    assert.equal(decision.remaining, 0)
    assert.equal(decision.retryAfterMs, 375) // 0.75 tokens at 2/s
    assert.equal(decision.resetMs, 4875) // 9.75 tokens at 2/s
    assert.equal(state.tokens, 0.25, 'a denied request costs nothing')
  })

  it('admits exactly at the refill instant the denial announced', () => {
    const denied = takeToken({ tokens: 0.25, atUs: 0 }, 0, limit)
    const retry = takeToken(denied.state, denied.decision.retryAfterMs * 1000, limit)
    assert.equal(retry.decision.allowed, true)
  })

  it('refills nothing when the clock steps backwards, and keeps the later instant', () => {
    const { state, decision } = takeToken({ tokens: 0.5, atUs: 10 * SECOND }, 4 * SECOND, limit)
    assert.equal(decision.allowed, false)
    assert.deepEqual(state, { tokens: 0.5, atUs: 10 * SECOND })
  })

  it('caps tokens held under a larger, older burst to the current one', () => {
    const { state } = takeToken({ tokens: 100, atUs: 0 }, 0, limit)
    assert.equal(state.tokens, 9)
  })

  it('sustains exactly the configured rate over a long run of steady requests', () => {
    let state: BucketState | undefined
    let allowed = 0
    // 20 requests per second for 60 s against 2/s with burst 10: burst + 60 × 2.
    for (let i = 0; i < 1200; i++) {
      const r = takeToken(state, i * SECOND / 20, limit)
      state = r.state
      if (r.decision.allowed) allowed++
    }
    assert.equal(allowed, 10 + 119)
  })

  it('tells when a bucket is full again', () => {
    assert.equal(msUntilFull({ tokens: 9, atUs: 0 }, limit), 500)
    assert.equal(msUntilFull({ tokens: 10, atUs: 0 }, limit), 0)
  })
})

describe('MemoryRateLimitStore', () => {
  it('keeps one bucket per key on the injected clock', async () => {
    let now = 0
    const store = new MemoryRateLimitStore(() => now)
    const limit = { ratePerSecond: 1, burst: 2 }
    assert.equal((await store.take('a', limit)).allowed, true)
    assert.equal((await store.take('a', limit)).allowed, true)
    assert.equal((await store.take('a', limit)).allowed, false)
    assert.equal((await store.take('b', limit)).allowed, true, 'another key has its own bucket')
    now += SECOND
    assert.equal((await store.take('a', limit)).allowed, true, 'one second later one token is back')
    assert.equal((await store.take('a', limit)).allowed, false)
    await store.close()
  })

  it('drops full buckets once it holds too many keys, and keeps the ones still draining', async () => {
    let now = 0
    const store = new MemoryRateLimitStore(() => now, 3)
    const limit = { ratePerSecond: 1, burst: 5 }
    await store.take('old-1', limit)
    await store.take('old-2', limit)
    now += 10 * SECOND
    await store.take('busy', limit)
    await store.take('new', limit)
    assert.equal(store.size, 2, 'old-1 and old-2 were full again, so they were forgotten')
    await store.close()
  })
})
