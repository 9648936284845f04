import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { Redis } from 'ioredis'
import { GatewayError } from '../../../src/errors.js'
import { RedisStore, type OnUnavailable } from '../../../src/session/redis/redis-store.js'
import { sessionKeys } from '../../../src/session/redis/keys.js'
import type { StoreEvent } from '../../../src/session/store.js'
import { action, sleep } from '../../contract/session-store-contract.js'
import { startRedis, type RedisServer } from '../../helpers/redis-server.js'

// What only the Redis store has: several instances sharing one Redis (each store stands
// for one gateway instance's shard), reading older formats, and losing Redis.

let redis: RedisServer
const stores: RedisStore[] = []

before(async () => { redis = await startRedis() })
after(async () => {
  await Promise.all(stores.map(async s => await s.close()))
  await redis.stop()
})

async function instance (onUnavailable: OnUnavailable = 'fail-open', events: StoreEvent[] = [], timeoutMs = 300): Promise<RedisStore> {
  const s = new RedisStore({
    limits: { ttlSeconds: 600, historyWindow: 50, maxSessions: 1000, maxBytes: 1 << 24 },
    connection: { url: redis.url, clusterNodes: [], commandTimeoutMs: timeoutMs },
    onUnavailable,
    onEvent: (e) => events.push(e),
    connectWaitMs: 3000,
  })
  stores.push(s)
  await s.ready()
  return s
}

async function until (what: string, pred: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(20)
  }
}

const health = (events: StoreEvent[]): string[] => events.flatMap(e => e.type === 'health' ? [e.state] : [])

describe('RedisStore across instances', () => {
  it('never serves a cached session older than Redis: another instance\'s append is seen on the next read', async () => {
    const a = await instance()
    const b = await instance()
    await a.append('t', 'fresh', action(10))
    assert.equal((await b.get('t', 'fresh'))?.totalActions, 1)
    await b.append('t', 'fresh', action(20))
    const seen = await a.get('t', 'fresh')
    assert.equal(seen?.totalActions, 2)
    assert.deepEqual(seen?.recent.map(x => x.score), [10, 20])
    const third = await a.append('t', 'fresh', action(30))
    assert.deepEqual(third.recent.map(x => [x.turn, x.score]), [[1, 10], [2, 20], [3, 30]])
  })

  it('loses no action when 3 instances append 50 each to one session concurrently', async () => {
    const all = [await instance(), await instance(), await instance()]
    await Promise.all(all.flatMap((s, k) => Array.from({ length: 50 }, async (_, i) => await s.append('t', 'contended', action(k * 100 + i)))))
    for (const s of all) assert.equal((await s.get('t', 'contended'))?.totalActions, 150)
    const turns = (await (all[0] as RedisStore).get('t', 'contended'))?.recent.map(x => x.turn)
    assert.deepEqual(turns, Array.from({ length: 50 }, (_, i) => 101 + i))
  })

  it('sees a delete made on another instance', async () => {
    const a = await instance()
    const b = await instance()
    await a.append('t', 'gone', action(1))
    assert.equal(await b.delete('t', 'gone'), true)
    assert.equal(await a.get('t', 'gone'), null)
    assert.equal((await a.append('t', 'gone', action(2))).totalActions, 1)
  })

  it('reads a session written in entry format 1 (committed fixture) and appends after it', async () => {
    const fx = JSON.parse(readFileSync(new URL('../../../../tests/fixtures/session-state-v1.json', import.meta.url), 'utf8')) as { tenant: string, id: string, meta: Record<string, string>, entries: string[] }
    const { meta, log } = sessionKeys(fx.tenant, fx.id)
    const raw = new Redis(redis.url)
    await raw.hset(meta, fx.meta)
    await raw.rpush(log, ...fx.entries.map(b => Buffer.from(b, 'base64')))
    const s = await instance()
    const got = await s.get(fx.tenant, fx.id)
    assert.equal(got?.totalActions, 7)
    assert.deepEqual(got?.recent.map(a => [a.turn, a.decision, a.score]), [[5, 'flag', 55], [6, 'allow', 3], [7, 'block', 91]])
    assert.equal(got?.createdAt, 1699999990000)
    const next = await s.append(fx.tenant, fx.id, action(12, { fragments: ['x'] }))
    assert.deepEqual(next.recent.map(a => a.turn), [5, 6, 7, 8])
    const other = await instance()
    assert.deepEqual((await other.get(fx.tenant, fx.id))?.recent.at(-1), { ...action(12, { fragments: ['x'] }), turn: 8 })
    raw.disconnect()
  })
})

describe('RedisStore without Redis', () => {
  it('fail-open: keeps serving from the hot cache, reports one state change each way, and writes what it recorded back when Redis returns empty', async () => {
    const events: StoreEvent[] = []
    const a = await instance('fail-open', events)
    await a.append('t', 'outage', action(1, { kinds: ['sensitive_read'] }))
    await a.append('t', 'outage', action(2))
    await redis.kill()
    await until('unavailable', () => health(events).includes('unavailable'))
    for (let i = 3; i <= 6; i++) assert.equal((await a.append('t', 'outage', action(i))).totalActions, i)
    assert.equal((await a.get('t', 'outage'))?.totalActions, 6)
    assert.equal(a.available, false)
    await redis.start()
    await until('reconciled', () => events.some(e => e.type === 'reconciled'))
    assert.deepEqual(health(events), ['ok', 'unavailable', 'ok'])
    const b = await instance()
    const seen = await b.get('t', 'outage')
    assert.equal(seen?.totalActions, 6)
    assert.deepEqual(seen?.recent.map(x => x.score), [1, 2, 3, 4, 5, 6])
    assert.deepEqual(seen?.recent[0]?.kinds, ['sensitive_read'])
  })

  it('fail-open: actions recorded during an outage are appended after what other instances recorded meanwhile', async () => {
    const a = await instance('fail-open', [], 150)
    const b = await instance('fail-open', [], 150)
    await a.append('t', 'paused', action(1))
    // CLIENT PAUSE holds every client's commands: a's append times out (unavailable) while
    // Redis keeps its data, unlike a restart.
    const pauser = spawn('redis-cli', ['-p', String(redis.port), 'client', 'pause', '1000', 'ALL'], { stdio: 'ignore' })
    await new Promise(resolve => pauser.once('exit', resolve))
    await a.append('t', 'paused', action(2))
    assert.equal(a.available, false)
    await until('recovered', () => a.available)
    await b.append('t', 'paused', action(3))
    await until('flushed', () => a.stats().sessions === 1 && a.available)
    await sleep(100)
    const seen = await b.get('t', 'paused')
    assert.equal(seen?.totalActions, 3)
    assert.deepEqual(new Set(seen?.recent.map(x => x.score)), new Set([1, 2, 3]))
  })

  it('fail-closed: refuses with not_ready while Redis is down and serves again after it is back', async () => {
    const events: StoreEvent[] = []
    const s = await instance('fail-closed', events)
    await s.append('t', 'closed', action(1))
    await redis.kill()
    await until('unavailable', () => health(events).includes('unavailable'))
    await assert.rejects(s.append('t', 'closed', action(2)), (e: unknown) => e instanceof GatewayError && e.code === 'not_ready')
    await assert.rejects(s.get('t', 'closed'), (e: unknown) => e instanceof GatewayError && e.code === 'not_ready')
    await redis.start()
    await until('ok again', () => health(events).at(-1) === 'ok')
    assert.equal((await s.append('t', 'closed', action(3))).totalActions, 1, 'Redis came back empty (no persistence in tests)')
  })
})
