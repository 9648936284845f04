import { after, before } from 'node:test'
import { RedisStore } from '../../src/session/redis/redis-store.js'
import { startRedis, type RedisServer } from '../helpers/redis-server.js'
import { sessionStoreContract } from './session-store-contract.js'

let redis: RedisServer
before(async () => { redis = await startRedis() })
after(async () => { await redis.stop() })

sessionStoreContract('redis', async (limits) => new RedisStore({
  limits,
  connection: { url: redis.url, clusterNodes: [], commandTimeoutMs: 1000 },
  onUnavailable: 'fail-closed',
}))
