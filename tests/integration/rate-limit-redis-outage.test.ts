import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import type { RateLimitEvents } from '../../src/rate-limit/events.js'
import { StoreFailover, type Taken } from '../../src/rate-limit/failover.js'
import { RedisRateLimitStore } from '../../src/rate-limit/redis-store.js'
import { freePort, startRedis, type RedisServer } from '../helpers/redis-server.js'

// The Redis rate-limit store against a real redis-server that is killed and restarted:
// requests keep being decided throughout, health changes are reported once each, and
// the store reconnects by itself.

const LIMIT = { ratePerSecond: 0.01, burst: 1000 }

function recorder (): RateLimitEvents & { log: string[] } {
  const log: string[] = []
  return {
    log,
    rejected: () => {},
    storeDown: () => { log.push('down') },
    storeUp: () => { log.push('up') },
    degraded: () => {},
  }
}

/** Which bucket decided, or the policy's answer when none did. */
const byOf = (t: Taken): string => t.kind === 'decided' ? t.by : t.kind

async function takeUntil (f: StoreFailover, by: string, timeoutMs: number): Promise<Taken> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const t = await f.take('key-outage', LIMIT)
    if (byOf(t) === by || Date.now() > deadline) return t
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

describe('rate limiting through a Redis outage', () => {
  const servers: RedisServer[] = []
  const stores: StoreFailover[] = []
  after(async () => {
    for (const s of stores) await s.close()
    for (const s of servers) await s.stop()
  })

  it('falls back to local buckets when Redis dies and goes back to Redis when it returns', async () => {
    const server = await startRedis()
    servers.push(server)
    const redis = new RedisRateLimitStore({ target: { url: server.url }, timeoutMs: 200 })
    const events = recorder()
    const f = new StoreFailover(redis, 'local', events)
    stores.push(f)
    await redis.connect(5000)
    assert.equal(byOf(await f.take('key-outage', LIMIT)), 'redis')

    await server.kill()
    const during: string[] = []
    for (let i = 0; i < 20; i++) during.push(byOf(await f.take('key-outage', LIMIT)))
    assert.deepEqual(new Set(during), new Set(['local']), 'every request was still decided, locally')

    await server.start()
    const back = await takeUntil(f, 'redis', 15_000)
    assert.equal(byOf(back), 'redis', 'the store reconnected by itself')
    assert.deepEqual(events.log, ['down', 'up'], 'one report per state change, none per request')
  })

  it('starts without Redis, serves locally, and picks Redis up once it appears', async () => {
    const port = await freePort()
    const redis = new RedisRateLimitStore({ target: { url: `redis://127.0.0.1:${port}` }, timeoutMs: 200 })
    const events = recorder()
    const f = new StoreFailover(redis, 'local', events)
    stores.push(f)
    await assert.rejects(redis.connect(1000))
    f.markDown(redis.lastError ?? new Error('no connection'))
    assert.equal(byOf(await f.take('key-outage', LIMIT)), 'local')
    servers.push(await startRedis({ port }))
    assert.equal(byOf(await takeUntil(f, 'redis', 15_000)), 'redis')
    assert.deepEqual(events.log, ['down', 'up'])
  })
})
