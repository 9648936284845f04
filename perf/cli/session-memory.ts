// `npm run perf:sessions`: heap cost of sessions held in the hot cache. Fills a
// MemoryStore with 100,000 sessions × 20 actions shaped like what the shard records (new
// arrays per turn, policy ids shared with the policy definitions), forces full GCs
// (--expose-gc) and reports bytes per session, next to the cache's own estimate (which
// drives its byte bound) and the msgpack size a Redis store would hold.
import { Packr } from 'msgpackr'
import type { ActionKind, Decision } from '../../src/detection/types.js'
import { MemoryStore } from '../../src/session/memory-store.js'
import type { SessionState } from '../../src/session/state.js'
import { num, parse } from '../lib/cli-args.js'
import { Prng } from '../lib/prng.js'

const USAGE = 'usage: npm run perf:sessions -- [--sessions 100000] [--actions 20] [--attack-share 0.2]'
const v = parse({ sessions: { type: 'string' }, actions: { type: 'string' }, 'attack-share': { type: 'string' } }, USAGE)
const SESSIONS = num(v, 'sessions', 100_000, 1, 2_000_000)
const ACTIONS = num(v, 'actions', 20, 1, 1000)
const ATTACK_SHARE = num(v, 'attack-share', 0.2, 0, 1)

const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) {
  process.stderr.write('run with node --expose-gc (npm run perf:sessions does)\n')
  process.exit(2)
}
function settle (): number {
  for (let i = 0; i < 4; i++) (gc as () => void)()
  return process.memoryUsage().heapUsed
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

const rng = new Prng(7)
const before = settle()
const rssBefore = process.memoryUsage().rss
const store = new MemoryStore({ ttlSeconds: 3600, historyWindow: 50, maxSessions: SESSIONS + 1, maxBytes: 64 * 1024 ** 3 })
const t0 = performance.now()
const now = Date.now()
for (let i = 0; i < SESSIONS; i++) {
  const attack = rng.next() < ATTACK_SHARE
  const id = sessionId(i)
  for (let j = 0; j < ACTIONS; j++) await store.append('default', id, action(rng, attack, now + j))
}
const fillMs = performance.now() - t0
const after = settle()
const rssAfter = process.memoryUsage().rss
const stats = store.stats()
const packr = new Packr({ useRecords: false })
let packed = 0
let json = 0
const probe = Math.min(SESSIONS, 2000)
for (let i = 0; i < probe; i++) {
  const s = await store.get('default', sessionId(i)) as SessionState
  packed += packr.pack(s).length
  json += Buffer.byteLength(JSON.stringify(s))
}
await store.close()

const perSession = (after - before) / SESSIONS
const per100k = perSession * 100_000 / 1024 ** 2
const out = {
  sessions: SESSIONS,
  actionsPerSession: ACTIONS,
  attackShare: ATTACK_SHARE,
  heapBytesPerSession: Math.round(perSession),
  heapMbPer100k: Math.round(per100k * 10) / 10,
  rssDeltaMb: Math.round((rssAfter - rssBefore) / 1024 ** 2),
  cacheEstimateBytesPerSession: Math.round(stats.bytes / SESSIONS),
  msgpackBytesPerSession: Math.round(packed / probe),
  jsonBytesPerSession: Math.round(json / probe),
  fillMs: Math.round(fillMs),
  target: '≤ 200 MB per 100,000 sessions',
  pass: per100k <= 200,
  node: process.version,
}
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
process.stdout.write(`${SESSIONS} sessions × ${ACTIONS} actions: ${out.heapBytesPerSession} B of heap per session = ${out.heapMbPer100k} MB per 100,000 (target ≤ 200 MB: ${out.pass ? 'met' : 'MISSED'}); the cache estimates ${out.cacheEstimateBytesPerSession} B; msgpack ${out.msgpackBytesPerSession} B, JSON ${out.jsonBytesPerSession} B per session\n`)
