import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { analyze, metric, redisGatewayEnv } from '../../helpers/gateway-client.js'
import { startGateway, type GatewayProcess } from '../../helpers/gateway-process.js'
import { startRedis, type RedisServer } from '../../helpers/redis-server.js'

// A flood of distinct session ids at a gateway whose hot cache is capped small: the cache
// stays at its cap (the at-scale version is `npm run perf:sessions -- --sessions 1000000
// --actions 1 --cache-max 100000`).

const CAP = 40
const IDS = 300

async function flood (g: GatewayProcess, tag: string): Promise<void> {
  for (let i = 0; i < IDS; i += 30) {
    const replies = await Promise.all(Array.from({ length: 30 }, async (_, k) => await analyze(g, `${tag}-${i + k}`, 'hello there')))
    assert.deepEqual(new Set(replies.map(r => r.status)), new Set([200]))
  }
}

describe('a flood of distinct session ids', () => {
  let redis: RedisServer
  const gateways: Record<'memory' | 'redis', GatewayProcess | null> = { memory: null, redis: null }
  before(async () => {
    redis = await startRedis()
    const cap = { INFERSHIELD_WORKERS: '1', INFERSHIELD_SESSION_CACHE_MAX: String(CAP) }
    ;[gateways.memory, gateways.redis] = await Promise.all([
      startGateway({ env: cap }),
      startGateway({ env: redisGatewayEnv({ ...cap, INFERSHIELD_REDIS_URL: redis.url }) }),
    ])
  })
  after(async () => {
    await Promise.all(Object.values(gateways).map(async g => await g?.stop()))
    await redis.stop()
  })

  for (const store of ['memory', 'redis'] as const) {
    it(`keeps the ${store} store's hot cache at session.cacheMaxSessions`, async () => {
      const g = gateways[store] as GatewayProcess
      await flood(g, `flood-${store}`)
      const held = await metric(g, 'infershield_session_cache_sessions')
      assert.equal(held, CAP)
      assert.ok((await metric(g, 'infershield_session_cache_bytes') ?? Infinity) < CAP * 4096)
    })
  }

  it('still finds an evicted session in Redis, so eviction costs a read, not history', async () => {
    const g = gateways.redis as GatewayProcess
    const first = await analyze(g, 'flood-redis-0', 'hello again')
    assert.equal(first.json.session.total_actions, 2)
  })
})
