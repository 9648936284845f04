import { Cluster, Redis } from 'ioredis'
import { credentialsOf } from '../session/redis/connection.js'
import type { RateLimitStore } from './store.js'
import type { BucketDecision, BucketLimit } from './token-bucket.js'

// takeToken() of token-bucket.ts, step for step, run atomically inside Redis. The clock is
// the Redis server's TIME, so gateway instances with skewed clocks share one timeline.
// Numbers are written with %.17g: Lua's default conversion keeps 14 digits, which would
// round a microsecond timestamp (16 digits) by up to 100 µs on every write.
// The key expires once the bucket would be full again (plus a second): a full bucket is
// equal to a fresh one, so forgetting it changes nothing and idle keys cost no memory.
const TAKE_TOKEN_LUA = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local tokens = burst
local at = now
local held = redis.call('HMGET', KEYS[1], 'tokens', 'at')
if held[1] and held[2] then
  local prev = tonumber(held[2])
  at = math.max(prev, now)
  tokens = math.min(burst, tonumber(held[1]) + (at - prev) * rate / 1e6)
end
local allowed = 0
local retry = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  retry = math.ceil((1 - tokens) * 1000 / rate)
end
local reset = math.ceil((burst - tokens) * 1000 / rate)
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', at))
redis.call('PEXPIRE', KEYS[1], reset + 1000)
return { allowed, math.floor(tokens), retry, reset }
`

type TakeTokenCommand = (key: string, rate: string, burst: string) => Promise<[number, number, number, number]>

/** A standalone Redis (URL) or a Redis Cluster (seed nodes as "host:port"). */
export type RedisTarget = { readonly url: string } | { readonly clusterNodes: readonly string[], readonly credentialsFrom?: string }

export interface RedisStoreOptions {
  readonly target: RedisTarget
  /** A command slower than this fails (and the caller's unavailability policy applies). */
  readonly timeoutMs: number
  readonly keyPrefix?: string
}

// Reconnect forever, backing off to 2 s: Redis coming back must need no restart.
const backoff = (times: number): number => Math.min(times * 100, 2000)

/**
 * Commands are not queued while disconnected (enableOfflineQueue: false): a request must
 * not wait for a reconnect; it gets the configured unavailability policy at once instead.
 */
function clientFor (target: RedisTarget, timeoutMs: number): Redis | Cluster {
  const common = { commandTimeout: timeoutMs, connectTimeout: Math.max(1000, timeoutMs), maxRetriesPerRequest: 0 }
  if ('url' in target) return new Redis(target.url, { ...common, lazyConnect: true, enableOfflineQueue: false, retryStrategy: backoff })
  const nodes = target.clusterNodes.map((n) => {
    const at = n.lastIndexOf(':')
    return { host: n.slice(0, at), port: Number(n.slice(at + 1)) }
  })
  // Credentials and TLS come from the sessions' URL, as for the session store's cluster client.
  const auth = target.credentialsFrom === undefined ? {} : credentialsOf(target.credentialsFrom)
  return new Cluster(nodes, { lazyConnect: true, enableOfflineQueue: false, clusterRetryStrategy: backoff, redisOptions: { ...common, ...auth } })
}

/**
 * Token buckets shared by every gateway instance on one Redis or Redis Cluster. One key
 * per bucket, hash-tagged (`…{tenant}`) so a bucket maps to one Cluster slot and the
 * script touches that slot only.
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly kind = 'redis'
  readonly #client: Redis | Cluster
  readonly #take: TakeTokenCommand
  readonly #prefix: string
  #lastError: Error | null = null

  constructor (opts: RedisStoreOptions) {
    this.#prefix = opts.keyPrefix ?? 'infershield:ratelimit:'
    this.#client = clientFor(opts.target, opts.timeoutMs)
    // The owner learns of failures through take() and lastError; a listener is required
    // anyway, or ioredis prints every reconnect failure to stderr.
    this.#client.on('error', (err: Error) => { this.#lastError = err })
    this.#client.defineCommand('infershieldTakeToken', { numberOfKeys: 1, lua: TAKE_TOKEN_LUA })
    this.#take = (this.#client as unknown as { infershieldTakeToken: TakeTokenCommand }).infershieldTakeToken.bind(this.#client)
  }

  /** True while connected; false while (re)connecting. */
  get ready (): boolean { return this.#client.status === 'ready' }
  get lastError (): Error | null { return this.#lastError }

  /** Connects, failing after timeoutMs; reconnection continues in the background either way. */
  async connect (timeoutMs: number): Promise<void> {
    if (this.#client.status !== 'wait') return
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no connection to Redis within ${timeoutMs} ms`)), timeoutMs)
    })
    try {
      await Promise.race([this.#client.connect(), timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  async take (key: string, limit: BucketLimit): Promise<BucketDecision> {
    const [allowed, remaining, retryAfterMs, resetMs] = await this.#take(`${this.#prefix}{${key}}`, String(limit.ratePerSecond), String(limit.burst))
    this.#lastError = null
    return { allowed: allowed === 1, limit: limit.burst, remaining, retryAfterMs, resetMs }
  }

  close (): Promise<void> {
    this.#client.disconnect(false)
    return Promise.resolve()
  }
}
