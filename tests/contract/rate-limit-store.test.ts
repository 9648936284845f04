import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Redis } from 'ioredis'
import { MemoryRateLimitStore } from '../../src/rate-limit/memory-store.js'
import { RedisRateLimitStore, type RedisTarget } from '../../src/rate-limit/redis-store.js'
import { takeToken } from '../../src/rate-limit/token-bucket.js'
import type { RateLimitStore } from '../../src/rate-limit/store.js'
import { startRedis, startRedisCluster, type RedisServer } from '../helpers/redis-server.js'

// One suite, run against each store: the memory store (per instance) and the Redis store
// (shared by instances; standalone and a 3-master Cluster) must decide identically. Time is real here (Redis uses its own
// clock), so limits are chosen where the few milliseconds a test takes cannot matter:
// rates of one token per 100 s, or waits far longer than one refill.

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))
const SLOW = { ratePerSecond: 0.01, burst: 5 }

interface Harness {
  /** A store on the shared state; several calls give several clients of one backend. */
  open (): Promise<RateLimitStore>
  closeAll (): Promise<void>
}

function contract (name: string, harness: () => Harness): void {
  describe(`rate-limit store contract: ${name}`, () => {
    let h: Harness
    let store: RateLimitStore
    let n = 0
    const key = (): string => `key-${name}-${++n}`
    before(async () => {
      h = harness()
      store = await h.open()
    })
    after(async () => { await h.closeAll() })

    it('allows a fresh key its burst, counting remaining down, then denies', async () => {
      const k = key()
      const remaining: number[] = []
      for (let i = 0; i < SLOW.burst; i++) {
        const d = await store.take(k, SLOW)
        assert.equal(d.allowed, true)
        assert.equal(d.limit, SLOW.burst)
        assert.equal(d.retryAfterMs, 0)
        remaining.push(d.remaining)
      }
      assert.deepEqual(remaining, [4, 3, 2, 1, 0])
      const denied = await store.take(k, SLOW)
      assert.equal(denied.allowed, false)
      assert.equal(denied.remaining, 0)
    })

    it('says when the next token comes and when the bucket is full again', async () => {
      const k = key()
      for (let i = 0; i < SLOW.burst; i++) await store.take(k, SLOW)
      const d = await store.take(k, SLOW)
      // One token takes 100 s at 0.01/s; the test's own milliseconds have refilled a little.
      assert.ok(d.retryAfterMs > 99_000 && d.retryAfterMs <= 100_000, `retryAfterMs ${d.retryAfterMs}`)
      assert.ok(d.resetMs > 499_000 && d.resetMs <= 500_000, `resetMs ${d.resetMs}`)
    })

    it('keeps keys independent', async () => {
      const a = key()
      const b = key()
      for (let i = 0; i < SLOW.burst; i++) await store.take(a, SLOW)
      assert.equal((await store.take(a, SLOW)).allowed, false)
      assert.equal((await store.take(b, SLOW)).remaining, SLOW.burst - 1)
    })

    it('refills over time, but never above the burst', async () => {
      const k = key()
      const fast = { ratePerSecond: 50, burst: 2 }
      await store.take(k, fast)
      await store.take(k, fast)
      assert.equal((await store.take(k, fast)).allowed, false)
      await sleep(120) // ≥ 6 tokens' worth at 50/s; the bucket holds 2
      const d = await store.take(k, fast)
      assert.equal(d.allowed, true)
      assert.equal(d.remaining, 1, 'refill stops at the burst')
    })

    it('applies a lowered limit to an existing bucket at once', async () => {
      const k = key()
      await store.take(k, { ratePerSecond: 0.01, burst: 100 })
      const d = await store.take(k, { ratePerSecond: 0.01, burst: 3 })
      assert.equal(d.allowed, true)
      assert.equal(d.remaining, 2)
      assert.equal(d.limit, 3)
    })

    it('grants exactly the burst to concurrent requests from several clients', async () => {
      const k = key()
      const clients = [store, await h.open(), await h.open()]
      const limit = { ratePerSecond: 0.01, burst: 20 }
      const results = await Promise.all(Array.from({ length: 60 }, (_, i) => (clients[i % clients.length] as RateLimitStore).take(k, limit)))
      assert.equal(results.filter(r => r.allowed).length, 20)
      assert.deepEqual(results.filter(r => r.allowed).map(r => r.remaining).sort((x, y) => x - y), Array.from({ length: 20 }, (_, i) => i))
    })
  })
}

contract('memory', () => {
  // "Several clients" of the memory backend are one process's one store.
  const store = new MemoryRateLimitStore()
  return { open: async () => store, closeAll: () => store.close() }
})

/** Stores on one Redis deployment, started on first use and stopped with the last store. */
function redisHarness (start: () => Promise<{ readonly target: RedisTarget, stop (): Promise<void> }>): () => Harness {
  return () => {
    let deployment: Promise<{ readonly target: RedisTarget, stop (): Promise<void> }> | null = null
    const opened: RedisRateLimitStore[] = []
    return {
      async open () {
        deployment ??= start()
        const s = new RedisRateLimitStore({ target: (await deployment).target, timeoutMs: 1000 })
        opened.push(s)
        await s.connect(5000)
        return s
      },
      async closeAll () {
        for (const s of opened) await s.close()
        await (await deployment)?.stop()
      },
    }
  }
}

contract('redis', redisHarness(async () => {
  const server = await startRedis()
  return { target: { url: server.url }, stop: () => server.stop() }
}))

contract('redis cluster', redisHarness(async () => {
  const cluster = await startRedisCluster()
  return { target: { clusterNodes: cluster.seeds }, stop: () => cluster.stop() }
}))

describe('Redis store specifics', () => {
  let server: RedisServer
  before(async () => { server = await startRedis() })
  after(async () => { await server.stop() })

  it('keeps one hash-tagged key per bucket that expires once the bucket would be full', async () => {
    const store = new RedisRateLimitStore({ target: { url: server.url }, timeoutMs: 1000 })
    const raw = new Redis(server.url)
    try {
      await store.connect(5000)
      await store.take('key-0123456789abcdef', { ratePerSecond: 1, burst: 10 })
      const keys = await raw.keys('*')
      assert.deepEqual(keys, ['infershield:ratelimit:{key-0123456789abcdef}'])
      const ttl = await raw.pttl(keys[0] as string)
      // 1 token missing at 1/s → full in 1000 ms, plus the 1000 ms margin.
      assert.ok(ttl > 1500 && ttl <= 2000, `pttl ${ttl}`)
    } finally {
      raw.disconnect()
      await store.close()
    }
  })

  it('computes exactly what takeToken computes, for the same stored state', async () => {
    // The stored instant is put far in the future, so the script's clock-step-back rule
    // applies and no refill happens: the outcome no longer depends on when it runs.
    const store = new RedisRateLimitStore({ target: { url: server.url }, timeoutMs: 1000 })
    const raw = new Redis(server.url)
    const future = 4e15
    const cases = [
      { tokens: 0, limit: { ratePerSecond: 2, burst: 10 } },
      { tokens: 0.25, limit: { ratePerSecond: 2, burst: 10 } },
      { tokens: 0.999999, limit: { ratePerSecond: 0.001, burst: 1 } },
      { tokens: 1, limit: { ratePerSecond: 3, burst: 7 } },
      { tokens: 6.5, limit: { ratePerSecond: 0.7, burst: 7 } },
      { tokens: 250, limit: { ratePerSecond: 1000, burst: 100 } },
    ]
    try {
      await store.connect(5000)
      for (const [i, c] of cases.entries()) {
        const key = `same-${i}`
        await raw.hset(`infershield:ratelimit:{${key}}`, 'tokens', String(c.tokens), 'at', String(future))
        const expected = takeToken({ tokens: c.tokens, atUs: future }, future - 1e6, c.limit)
        assert.deepEqual(await store.take(key, c.limit), expected.decision, `case ${i}`)
        assert.equal(Number(await raw.hget(`infershield:ratelimit:{${key}}`, 'tokens')), expected.state.tokens, `case ${i} stored tokens`)
      }
    } finally {
      raw.disconnect()
      await store.close()
    }
  })
})
