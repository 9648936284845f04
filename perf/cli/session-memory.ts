// `npm run perf:sessions`: memory cost of sessions. Fills a store with 100,000 sessions ×
// 20 actions shaped like what the shard records (new arrays per turn, policy ids shared
// with the policy definitions), forces full GCs (--expose-gc) and reports bytes (V8 heap
// plus array buffers) per session held in the hot cache, next to the cache's own estimate
// (which drives its byte bound) and the msgpack size. `--store redis` runs the Redis store
// against a redis-server of its own and also reports the server's memory per session.
import { Packr } from 'msgpackr'
import type { ActionKind, Decision } from '../../src/detection/types.js'
import { MemoryStore } from '../../src/session/memory-store.js'
import { ENTRY_FORMAT, type EntryFormat } from '../../src/session/redis/codec.js'
import { RedisStore } from '../../src/session/redis/redis-store.js'
import type { SessionState } from '../../src/session/state.js'
import type { SessionStore, StoreLimits } from '../../src/session/store.js'
import { startRedis, type RedisServer } from '../../tests/helpers/redis-server.js'
import { num, parse, str } from '../lib/cli-args.js'
import { Prng } from '../lib/prng.js'

const USAGE = `usage: npm run perf:sessions -- [--store memory|redis] [--sessions 100000] [--actions 20] [--attack-share 0.2] [--cache-max N] [--entry-format 2|3]
  --entry-format: the Redis entry format written (session.redisEntryFormat; default the newest)
  --cache-max bounds the hot cache (session.cacheMaxSessions): with --sessions 1000000 --actions 1
  --cache-max 100000 it shows a flood of distinct ids held at the bound instead of growing`
const v = parse({ 'entry-format': { type: 'string' }, 'cache-max': { type: 'string' }, store: { type: 'string' }, sessions: { type: 'string' }, actions: { type: 'string' }, 'attack-share': { type: 'string' } }, USAGE)
const STORE = str(v, 'store', 'memory')
if (STORE !== 'memory' && STORE !== 'redis') {
  process.stderr.write(`${USAGE}\n`)
  process.exit(2)
}
const SESSIONS = num(v, 'sessions', 100_000, 1, 2_000_000)
const ACTIONS = num(v, 'actions', 20, 1, 1000)
const ATTACK_SHARE = num(v, 'attack-share', 0.2, 0, 1)
const format = num(v, 'entry-format', ENTRY_FORMAT, 2, 3)
if (format !== 2 && format !== 3) {
  process.stderr.write(`${USAGE}\n`)
  process.exit(2)
}
const ENTRY_FORMAT_WRITTEN: EntryFormat = format

const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) {
  process.stderr.write('run with node --expose-gc (npm run perf:sessions does)\n')
  process.exit(2)
}
function settle (): number {
  for (let i = 0; i < 4; i++) (gc as () => void)()
  // Packed sessions live in ArrayBuffers, outside the V8 heap: count both.
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

// Policy ids are the same string objects for every session in a real shard (they come
// from the policy definitions), so they are shared here too.
const ATTACK_POLICIES = ['prompt-injection.instruction-override', 'jailbreak.persona', 'exfiltration.markdown-beacon'] as const
const ATTACK_KINDS: readonly ActionKind[] = ['instruction_override', 'external_send', 'sensitive_read']

function action (rng: Prng, attack: boolean, now: number): { at: number, kinds: ActionKind[], decision: Decision, score: number, policies: string[] } {
  if (!attack || rng.next() < 0.5) return { at: now, kinds: [], decision: 'allow', score: rng.int(0, 25), policies: [] }
  const k = rng.int(1, 2)
  return { at: now, kinds: ATTACK_KINDS.slice(0, k), decision: rng.next() < 0.6 ? 'block' : 'flag', score: rng.int(55, 100), policies: ATTACK_POLICIES.slice(0, k) }
}

function sessionId (i: number): string {
  // uuid-shaped, as most clients send
  const h = (i * 2654435761 >>> 0).toString(16).padStart(8, '0')
  return `${h}-${h.slice(0, 4)}-4${h.slice(1, 4)}-a${h.slice(5, 8)}-${(i >>> 0).toString(16).padStart(12, '0')}`
}

const CACHE_MAX = num(v, 'cache-max', SESSIONS + 1, 1, 10_000_000)
const limits: StoreLimits = { ttlSeconds: 3600, historyWindow: 50, maxSessions: CACHE_MAX, maxBytes: 64 * 1024 ** 3 }
let redis: RedisServer | null = null
let store: SessionStore
if (STORE === 'redis') {
  redis = await startRedis()
  store = new RedisStore({ limits, connection: { url: redis.url, clusterNodes: [], commandTimeoutMs: 5000 }, onUnavailable: 'fail-closed', entryFormat: ENTRY_FORMAT_WRITTEN })
} else {
  store = new MemoryStore(limits)
}
await store.ready()
const redisUsed = (): number => Number(/used_memory:(\d+)/.exec((redis as RedisServer).cli('info', 'memory'))?.[1])
const redisBefore = redis === null ? 0 : redisUsed()

const rng = new Prng(7)
const before = settle()
const rssBefore = process.memoryUsage().rss
const t0 = performance.now()
const now = Date.now()
// Redis: sessions filled 64 at a time (each session's turns still in order), as shards of
// several instances would, so the run is not one round trip after another.
const PARALLEL = STORE === 'redis' ? 64 : 1
for (let i = 0; i < SESSIONS; i += PARALLEL) {
  await Promise.all(Array.from({ length: Math.min(PARALLEL, SESSIONS - i) }, async (_, k) => {
    const attack = rng.next() < ATTACK_SHARE
    const id = sessionId(i + k)
    for (let j = 0; j < ACTIONS; j++) await store.append('default', id, action(rng, attack, now + j))
  }))
}
const fillMs = performance.now() - t0
const redisBytes = redis === null ? null : redisUsed() - redisBefore
const after = settle()
const rssAfter = process.memoryUsage().rss
const stats = store.stats()
const packr = new Packr({ useRecords: false })
let packed = 0
let json = 0
const probe = Math.min(SESSIONS, 2000)
for (let i = 0; i < probe; i++) {
  const s = await store.get('default', sessionId(SESSIONS - 1 - i)) as SessionState
  packed += packr.pack(s).length
  json += Buffer.byteLength(JSON.stringify(s))
}
await store.close()
await redis?.stop()

const held = stats.sessions
const perSession = (after - before) / held
const per100k = perSession * 100_000 / 1024 ** 2
const out = {
  store: STORE,
  entryFormat: STORE === 'redis' ? ENTRY_FORMAT_WRITTEN : null,
  sessions: SESSIONS,
  actionsPerSession: ACTIONS,
  attackShare: ATTACK_SHARE,
  memoryBytesPerSession: Math.round(perSession),
  memoryMbPer100k: Math.round(per100k * 10) / 10,
  rssDeltaMb: Math.round((rssAfter - rssBefore) / 1024 ** 2),
  heldInHotCache: held,
  memoryMbTotal: Math.round((after - before) / 1024 ** 2 * 10) / 10,
  cacheEstimateBytesPerSession: Math.round(stats.bytes / held),
  msgpackBytesPerSession: Math.round(packed / probe),
  jsonBytesPerSession: Math.round(json / probe),
  redisServerBytesPerSession: redisBytes === null ? null : Math.round(redisBytes / SESSIONS),
  redisServerMbPer100k: redisBytes === null ? null : Math.round(redisBytes / SESSIONS * 100_000 / 1024 ** 2 * 10) / 10,
  fillMs: Math.round(fillMs),
  target: '≤ 200 MB per 100,000 sessions',
  pass: per100k <= 200,
  node: process.version,
}
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
process.stdout.write(`${STORE} store${STORE === 'redis' ? ` (entry format ${ENTRY_FORMAT_WRITTEN})` : ''}, ${SESSIONS} sessions × ${ACTIONS} actions: ${out.redisServerMbPer100k === null ? '' : `redis-server ${out.redisServerMbPer100k} MB per 100,000; gateway hot cache `}${out.memoryBytesPerSession} B of memory (heap + array buffers) per session = ${out.memoryMbPer100k} MB per 100,000 (target ≤ 200 MB: ${out.pass ? 'met' : 'MISSED'}); the cache estimates ${out.cacheEstimateBytesPerSession} B; msgpack ${out.msgpackBytesPerSession} B, JSON ${out.jsonBytesPerSession} B per session\n`)
