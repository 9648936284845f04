import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis'
import { defineSessionCommands, type SessionClient } from './scripts.js'

export interface RedisConnectionOptions {
  /** redis:// or rediss:// URL; in cluster mode only its credentials and TLS are used. */
  readonly url: string
  /** host:port seed nodes; non-empty selects Redis Cluster. */
  readonly clusterNodes: readonly string[]
  readonly commandTimeoutMs: number
}

// Fail fast instead of queueing: with the offline queue off and no per-request retries a
// command issued while Redis is down rejects at once, so the store can degrade (or refuse)
// within the request instead of holding it until a reconnect. ioredis keeps reconnecting
// in the background (capped backoff) and emits 'ready' when it is back.
const RECONNECT_CAP_MS = 1000

function baseOptions (o: RedisConnectionOptions): RedisOptions {
  return {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: o.commandTimeoutMs,
    connectTimeout: Math.max(1000, o.commandTimeoutMs * 4),
    // Off: a shard runs one task at a time, so its client never has two turns to batch,
    // and auto-pipelining only defers each write to the next event-loop turn. Measured
    // (perf:session-store, 1,000 turns/s, four alternating runs): p95 added by Redis
    // 1.5-2.1 ms off against 2.5-3.3 ms on, p99 3.4-3.8 against 9-13 ms.
    enableAutoPipelining: false,
    lazyConnect: false,
    retryStrategy: (times: number) => Math.min(50 * times, RECONNECT_CAP_MS),
  }
}

/** Username, password and TLS from a redis:// or rediss:// URL (what Cluster nodes need from it). */
export function credentialsOf (url: string): RedisOptions {
  const u = new URL(url)
  const out: RedisOptions = {}
  if (u.username !== '') out.username = decodeURIComponent(u.username)
  if (u.password !== '') out.password = decodeURIComponent(u.password)
  if (u.protocol === 'rediss:') out.tls = { servername: u.hostname }
  return out
}

/** A connected-or-connecting client with the session scripts defined. */
export function connectRedis (o: RedisConnectionOptions): SessionClient {
  if (o.clusterNodes.length === 0) {
    return defineSessionCommands(new Redis(o.url, baseOptions(o)))
  }
  const { enableOfflineQueue: _q, retryStrategy: _r, lazyConnect: _l, ...redisOptions } = baseOptions(o)
  const opts: ClusterOptions = {
    enableOfflineQueue: false,
    enableAutoPipelining: false, // as for a single node (baseOptions)
    lazyConnect: false,
    // Failover: a replica takes over within cluster-node-timeout; refresh the slot map
    // often enough that the gateway follows within about a second of it.
    slotsRefreshInterval: 1000,
    retryDelayOnFailover: 100,
    retryDelayOnClusterDown: 100,
    retryDelayOnTryAgain: 100,
    clusterRetryStrategy: (times: number) => Math.min(50 * times, RECONNECT_CAP_MS),
    redisOptions: { ...redisOptions, ...credentialsOf(o.url) },
  }
  const nodes = o.clusterNodes.map(n => {
    const i = n.lastIndexOf(':')
    return { host: n.slice(0, i), port: Number(n.slice(i + 1)) }
  })
  return defineSessionCommands(new Cluster(nodes, opts))
}
