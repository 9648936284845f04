// `node build/perf/cli/rate-limit-store.js [--redis-url URL]` (after `npm run build:perf`):
// what one rate-limit decision costs, per store. Isolates the store call itself (no HTTP,
// no detection): sequential calls for latency percentiles, then concurrent callers for
// throughput. The Redis figures include the loopback round trip and the Lua script; the
// bench uses its own key prefix and deletes its keys afterwards.
import { Redis } from 'ioredis'
import { MemoryRateLimitStore } from '../../src/rate-limit/memory-store.js'
import { RedisRateLimitStore } from '../../src/rate-limit/redis-store.js'
import type { RateLimitStore } from '../../src/rate-limit/store.js'
import { num, parse, str } from '../lib/cli-args.js'

const USAGE = 'usage: node build/perf/cli/rate-limit-store.js [--redis-url redis://127.0.0.1:6379] [--calls 20000] [--callers 50]'
const v = parse({ 'redis-url': { type: 'string' }, calls: { type: 'string' }, callers: { type: 'string' } }, USAGE)
const REDIS_URL = str(v, 'redis-url', 'redis://127.0.0.1:6379')
const CALLS = num(v, 'calls', 20_000, 100, 10_000_000)
const CALLERS = num(v, 'callers', 50, 1, 10_000)
const PREFIX = 'infershield-bench:ratelimit:'
// Never runs dry, so every call does the full refill-and-take path.
const LIMIT = { ratePerSecond: 1e6, burst: 1e6 }

function quantile (sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] as number
}

async function bench (name: string, store: RateLimitStore): Promise<string> {
  for (let i = 0; i < 2000; i++) await store.take(`warm-${i % 10}`, LIMIT)
  const us: number[] = []
  for (let i = 0; i < CALLS; i++) {
    const t0 = process.hrtime.bigint()
    await store.take(`key-${i % 100}`, LIMIT)
    us.push(Number(process.hrtime.bigint() - t0) / 1000)
  }
  us.sort((a, b) => a - b)
  const per = Math.ceil(CALLS / CALLERS)
  const t0 = process.hrtime.bigint()
  await Promise.all(Array.from({ length: CALLERS }, async (_, c) => { for (let i = 0; i < per; i++) await store.take(`key-${c}`, LIMIT) }))
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  return `| ${name} | ${quantile(us, 0.5).toFixed(1)} µs | ${quantile(us, 0.95).toFixed(1)} µs | ${quantile(us, 0.99).toFixed(1)} µs | ${Math.round(per * CALLERS / seconds)} /s |`
}

const rows = ['| store | p50 | p95 | p99 | throughput, ' + String(CALLERS) + ' callers |', '|---|---|---|---|---|']
rows.push(await bench('memory', new MemoryRateLimitStore()))
const redis = new RedisRateLimitStore({ target: { url: REDIS_URL }, timeoutMs: 5000, keyPrefix: PREFIX })
const admin = new Redis(REDIS_URL, { lazyConnect: true })
try {
  await redis.connect(5000)
  rows.push(await bench(`redis (${new URL(REDIS_URL).host})`, redis))
  await admin.connect()
  const keys = await admin.keys(`${PREFIX}*`)
  if (keys.length > 0) await admin.del(...keys)
} catch (err) {
  process.stderr.write(`redis: ${(err as Error).message} (start one, or pass --redis-url)\n`)
} finally {
  await redis.close()
  admin.disconnect()
}
process.stdout.write(`load average ${(await import('node:os')).loadavg().map(l => l.toFixed(1)).join(' ')}\n${rows.join('\n')}\n`)
