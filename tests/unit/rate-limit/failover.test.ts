import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { RateLimitEvents, UnavailablePolicy } from '../../../src/rate-limit/events.js'
import { StoreFailover, type RemoteStore } from '../../../src/rate-limit/failover.js'
import { MemoryRateLimitStore } from '../../../src/rate-limit/memory-store.js'
import { RateLimiter } from '../../../src/rate-limit/rate-limiter.js'
import type { BucketDecision, BucketLimit } from '../../../src/rate-limit/token-bucket.js'

const LIMIT = { ratePerSecond: 0.01, burst: 2 }

/** A remote store that can be switched down, failing like ioredis does. */
class FakeRemote implements RemoteStore {
  readonly kind = 'redis'
  ready = true
  failing = false
  lastError: Error | null = null
  calls = 0
  readonly #inner = new MemoryRateLimitStore()

  async take (key: string, limit: BucketLimit): Promise<BucketDecision> {
    this.calls++
    if (this.failing) {
      this.lastError = new Error('Command timed out')
      throw this.lastError
    }
    return await this.#inner.take(key, limit)
  }

  close (): Promise<void> { return Promise.resolve() }
}

function recorder (): RateLimitEvents & { log: string[] } {
  const log: string[] = []
  return {
    log,
    rejected: (by) => { log.push(`rejected:${by}`) },
    storeDown: (err, policy) => { log.push(`down:${policy}:${err.message}`) },
    storeUp: () => { log.push('up') },
    degraded: (policy: UnavailablePolicy) => { log.push(`degraded:${policy}`) },
  }
}

describe('StoreFailover', () => {
  it('decides with the remote store while it answers', async () => {
    const remote = new FakeRemote()
    const f = new StoreFailover(remote, 'local', recorder())
    const t = await f.take('k', LIMIT)
    assert.ok(t.kind === 'decided')
    assert.equal(t.by, 'redis')
    assert.equal(t.decision.remaining, 1)
  })

  it('under "local", keeps limiting in memory, reports the outage once and counts each request', async () => {
    const remote = new FakeRemote()
    const events = recorder()
    const f = new StoreFailover(remote, 'local', events)
    remote.failing = true
    const taken = []
    for (let i = 0; i < 4; i++) taken.push(await f.take('k', LIMIT))
    assert.deepEqual(taken.map(t => t.kind === 'decided' ? [t.by, t.decision.allowed] : t.kind), [['local', true], ['local', true], ['local', false], ['local', false]])
    assert.deepEqual(events.log, ['down:local:Command timed out', 'degraded:local', 'degraded:local', 'degraded:local', 'degraded:local'])
    assert.equal(f.healthy, false)
  })

  it('after a failure leaves the store alone for the probe interval, then lets one request try it', async () => {
    let now = 0
    const remote = new FakeRemote()
    const f = new StoreFailover(remote, 'local', recorder(), { now: () => now, probeIntervalMs: 1000 })
    remote.failing = true
    for (let i = 0; i < 5; i++) await f.take('k', LIMIT)
    assert.equal(remote.calls, 1, 'a hanging Redis costs one request its timeout, not every request')
    now += 999
    await f.take('k', LIMIT)
    assert.equal(remote.calls, 1)
    now += 1
    await f.take('k', LIMIT)
    assert.equal(remote.calls, 2, 'the probe failed too')
    remote.failing = false
    now += 1000
    const t = await f.take('k', LIMIT)
    assert.ok(t.kind === 'decided' && t.by === 'redis')
    assert.equal(f.healthy, true)
  })

  it('under "fail-open", lets requests through unlimited', async () => {
    const remote = new FakeRemote()
    remote.failing = true
    const f = new StoreFailover(remote, 'fail-open', recorder())
    for (let i = 0; i < 5; i++) assert.equal((await f.take('k', LIMIT)).kind, 'unlimited')
  })

  it('under "fail-closed", refuses every request', async () => {
    const remote = new FakeRemote()
    remote.failing = true
    const f = new StoreFailover(remote, 'fail-closed', recorder())
    for (let i = 0; i < 3; i++) assert.equal((await f.take('k', LIMIT)).kind, 'refused')
  })

  it('does not call a disconnected store at all, so no request waits for a reconnect', async () => {
    const remote = new FakeRemote()
    remote.ready = false
    const events = recorder()
    const f = new StoreFailover(remote, 'local', events)
    await f.take('k', LIMIT)
    assert.equal(remote.calls, 0)
    assert.deepEqual(events.log, ['down:local:not connected to Redis', 'degraded:local'])
  })

  it('returns to the remote store when it answers again, reporting the recovery once', async () => {
    let now = 0
    const remote = new FakeRemote()
    const events = recorder()
    const f = new StoreFailover(remote, 'local', events, { now: () => now, probeIntervalMs: 1000 })
    f.markDown(new Error('ECONNREFUSED'))
    f.markDown(new Error('ECONNREFUSED again'))
    now += 1000
    for (let i = 0; i < 2; i++) {
      const t = await f.take('k', LIMIT)
      assert.ok(t.kind === 'decided' && t.by === 'redis')
    }
    assert.deepEqual(events.log, ['down:local:ECONNREFUSED', 'up'])
    assert.equal(f.healthy, true)
  })
})

describe('RateLimiter', () => {
  const memorySource = (store = new MemoryRateLimitStore()) => ({
    take: async (key: string, limit: BucketLimit) => ({ kind: 'decided' as const, decision: await store.take(key, limit), by: 'memory' as const }),
    close: () => store.close(),
  })

  it('takes from the tenant\'s own bucket with the default rule and reports rejections', async () => {
    const events = recorder()
    const rl = new RateLimiter(LIMIT, {}, memorySource(), events)
    const kinds = []
    for (let i = 0; i < 3; i++) {
      const a = await rl.admit('key-aaaaaaaaaaaaaaaa')
      kinds.push(a.kind === 'decided' ? a.decision.allowed : 'unlimited')
    }
    assert.deepEqual(kinds, [true, true, false])
    assert.deepEqual(events.log, ['rejected:memory'])
    const other = await rl.admit('key-bbbbbbbbbbbbbbbb')
    assert.ok(other.kind === 'decided' && other.decision.allowed)
  })

  it('applies a per-key override, and exempts a key whose override is null', async () => {
    const rl = new RateLimiter(LIMIT, { 'key-big': { ratePerSecond: 0.01, burst: 50 }, 'key-free': null }, memorySource(), recorder())
    const big = await rl.admit('key-big')
    assert.ok(big.kind === 'decided' && big.decision.limit === 50)
    for (let i = 0; i < 10; i++) assert.equal((await rl.admit('key-free')).kind, 'unlimited')
  })

  it('passes fail-open on as unlimited and fail-closed as unavailable', async () => {
    const open = new RateLimiter(LIMIT, {}, { take: async () => ({ kind: 'unlimited' as const }), close: async () => {} }, recorder())
    assert.equal((await open.admit('k')).kind, 'unlimited')
    const closed = new RateLimiter(LIMIT, {}, { take: async () => ({ kind: 'refused' as const }), close: async () => {} }, recorder())
    assert.equal((await closed.admit('k')).kind, 'unavailable')
  })
})
