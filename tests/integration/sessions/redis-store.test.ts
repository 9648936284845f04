import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { Redis } from 'ioredis'
import { GatewayError } from '../../../src/errors.js'
import { RedisStore, type OnUnavailable } from '../../../src/session/redis/redis-store.js'
import { sessionKeys } from '../../../src/session/redis/keys.js'
import type { EntryFormat } from '../../../src/session/redis/codec.js'
import { Packr } from 'msgpackr'
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

const packr = new Packr({ useRecords: false })

async function instance (onUnavailable: OnUnavailable = 'fail-open', events: StoreEvent[] = [], timeoutMs = 300, entryFormat?: EntryFormat): Promise<RedisStore> {
  const s = new RedisStore({
    ...(entryFormat === undefined ? {} : { entryFormat }),
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

/** EVAL/EVALSHA calls the server has run so far: each is one round trip of a session script. */
async function scriptCalls (): Promise<number> {
  const raw = new Redis(redis.url)
  const info = await raw.info('commandstats')
  raw.disconnect()
  let n = 0
  for (const m of info.matchAll(/^cmdstat_(?:evalsha|eval):calls=(\d+)/gm)) n += Number(m[1])
  return n
}

/** Writes a committed fixture session into Redis as an older build left it. */
async function loadFixture (name: string): Promise<{ fx: { tenant: string, id: string }, log: string, raw: Redis }> {
  const fx = JSON.parse(readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url), 'utf8')) as { tenant: string, id: string, meta: Record<string, string>, entries: string[] }
  const { meta, log } = sessionKeys(fx.tenant, fx.id)
  const raw = new Redis(redis.url)
  await raw.hset(meta, fx.meta)
  await raw.rpush(log, ...fx.entries.map(b => Buffer.from(b, 'base64')))
  return { fx, log, raw }
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

  it('an uncontended turn costs one round trip: a conditional append, no read', async () => {
    const a = await instance()
    await a.turn('t', 'one-trip', () => ({ action: action(1), value: null }))
    const before = await scriptCalls()
    const out = await a.turn('t', 'one-trip', prior => ({ action: action(2), value: prior?.totalActions }))
    assert.equal(await scriptCalls() - before, 1)
    assert.equal(out.decisions, 1)
    assert.equal(out.value, 1)
    assert.equal(out.state.totalActions, 2)
  })

  it('a turn decided against a copy another instance has since changed is decided again against Redis\'s history, and recorded once', async () => {
    const a = await instance()
    const b = await instance()
    await a.turn('t', 'stale', () => ({ action: action(1), value: null }))
    await b.append('t', 'stale', action(2, { kinds: ['sensitive_read'] }))
    const seen: number[][] = []
    const out = await a.turn('t', 'stale', prior => {
      seen.push(prior?.recent.map(x => x.score) ?? [])
      return { action: action(3 + seen.length * 10), value: prior?.recent.at(-1)?.kinds }
    })
    assert.deepEqual(seen, [[1], [1, 2]])
    assert.equal(out.decisions, 2)
    assert.deepEqual(out.value, ['sensitive_read'], 'the recorded decision is the one made with the other instance\'s action')
    assert.deepEqual(out.prior?.recent.map(x => x.score), [1, 2])
    assert.deepEqual(out.state.recent.map(x => [x.turn, x.score]), [[1, 1], [2, 2], [3, 23]])
    assert.deepEqual((await b.get('t', 'stale'))?.recent.map(x => x.score), [1, 2, 23])
  })

  it('a turn after another instance deleted the session is decided again from nothing', async () => {
    const a = await instance()
    const b = await instance()
    await a.turn('t', 'deleted', () => ({ action: action(1), value: null }))
    assert.equal(await b.delete('t', 'deleted'), true)
    const priors: Array<number | null> = []
    const out = await a.turn('t', 'deleted', prior => {
      priors.push(prior?.totalActions ?? null)
      return { action: action(5), value: null }
    })
    assert.deepEqual(priors, [1, null])
    assert.equal(out.state.totalActions, 1)
    assert.equal((await b.get('t', 'deleted'))?.totalActions, 1)
  })

  it('loses no turn when 3 instances run 30 turns each into one session concurrently; a turn decided once saw every turn before its own', async () => {
    const all = [await instance(), await instance(), await instance()]
    const outcomes = await Promise.all(all.flatMap((s, k) => Array.from({ length: 30 }, async (_, i) =>
      await s.turn('t', 'contended-turns', prior => ({ action: action(k * 100 + i), value: prior?.totalActions ?? 0 })))))
    for (const s of all) assert.equal((await s.get('t', 'contended-turns'))?.totalActions, 90)
    // A first decision lands only if nothing was written since its history: it saw exactly
    // the turns before it. A second decision may miss turns that landed after the first
    // attempt ran, i.e. turns concurrent with it.
    for (const o of outcomes) {
      if (o.decisions === 1) assert.equal(o.value, o.state.totalActions - 1)
      else assert.ok(o.value < o.state.totalActions)
    }
    assert.ok(outcomes.some(o => o.decisions === 2), 'contention made some turns decide again')
    assert.equal(new Set(outcomes.map(o => o.state.totalActions)).size, 90, 'every turn got its own number')
  })

  it('reads a session written in entry format 1 (committed fixture) and appends after it', async () => {
    const { fx, log, raw } = await loadFixture('session-state-v1.json')
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

describe('RedisStore entry formats', () => {
  it('continues a session the previous release wrote in format 2, appending format 3, and another instance reads the mix', async () => {
    const { fx, log, raw } = await loadFixture('session-state-v2.json')
    const s = await instance()
    const out = await s.turn(fx.tenant, fx.id, prior => ({ action: action(7), value: prior?.recent.map(a => a.decision) }))
    assert.deepEqual(out.value, ['allow', 'flag', 'block'])
    const formats = (await raw.lrangeBuffer(log, 0, -1)).map(b => (packr.unpack(b) as unknown[])[0])
    assert.deepEqual(formats, [2, 2, 2, 3])
    const seen = await (await instance()).get(fx.tenant, fx.id)
    assert.deepEqual(seen?.recent.map(a => [a.turn, a.score]), [[1, 12], [2, 58.5], [3, 93], [4, 7]])
    assert.deepEqual((seen?.recent[2] as unknown as Record<string, unknown>).laterField, { nested: [1, 'two'] })
    raw.disconnect()
  })

  it('writes format 2 when told to (during a rolling upgrade from a release that reads only 1 and 2)', async () => {
    const s = await instance('fail-open', [], 300, 2)
    await s.append('t', 'old-format', action(1))
    const raw = new Redis(redis.url)
    const [entry] = await raw.lrangeBuffer(sessionKeys('t', 'old-format').log, 0, -1)
    assert.deepEqual((packr.unpack(entry as Buffer) as unknown[]).slice(0, 2), [2, action(1)])
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

  it('fail-open: a turn whose append timed out is recorded locally, and once only after Redis executes the late append', async () => {
    const events: StoreEvent[] = []
    const a = await instance('fail-open', events, 150)
    await a.turn('t', 'late-turn', () => ({ action: action(1), value: null }))
    // The paused server runs the timed-out conditional append when the pause ends; the
    // replay must then recognise it by its append id.
    const pauser = spawn('redis-cli', ['-p', String(redis.port), 'client', 'pause', '1000', 'ALL'], { stdio: 'ignore' })
    await new Promise(resolve => pauser.once('exit', resolve))
    const out = await a.turn('t', 'late-turn', prior => ({ action: action(2), value: prior?.totalActions }))
    assert.equal(a.available, false)
    assert.equal(out.value, 1)
    assert.equal(out.state.totalActions, 2)
    await until('replayed', () => events.some(e => e.type === 'reconciled'))
    const b = await instance()
    const seen = await b.get('t', 'late-turn')
    assert.equal(seen?.totalActions, 2)
    assert.deepEqual(seen?.recent.map(x => x.score), [1, 2])
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
