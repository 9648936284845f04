import { randomBytes } from 'node:crypto'
import { GatewayError } from '../../errors.js'
import { LruCache } from '../lru-cache.js'
import { packedBytes, packState, unpackState, type PackedState } from '../packed-state.js'
import { appendAction, newSession, stateFromParts, type SessionState } from '../state.js'
import { sessionKey, type SessionStore, type StoreEvent, type StoreLimits, type StoreOp } from '../store.js'
import { decodeEntry, encodeAction, StateFormatError, type StoredAction } from './codec.js'
import { connectRedis, type RedisConnectionOptions } from './connection.js'
import { sessionKeys } from './keys.js'
import type { ScriptReply, SessionClient } from './scripts.js'
import { StoreHealthMonitor } from './health-monitor.js'

export type OnUnavailable = 'fail-open' | 'fail-closed'

export interface RedisStoreOptions {
  readonly limits: StoreLimits
  readonly connection: RedisConnectionOptions
  readonly onUnavailable: OnUnavailable
  readonly onEvent?: (e: StoreEvent) => void
  /** How long ready() waits for the first connection before reporting the store unavailable. */
  readonly connectWaitMs?: number
}

/**
 * A shard's hot copy of a session. `committed` is what Redis acknowledged (packed, see
 * packed-state.ts), identified by (epoch, version); `pending` holds actions recorded while Redis was unavailable
 * (fail-open), replayed into Redis when it is back. `uncounted` counts pending actions
 * that fell out of the window: they add to the total without an entry.
 */
interface Hot {
  readonly committed: PackedState
  readonly epoch: string
  readonly version: number
  readonly pending: readonly Pending[]
  readonly uncounted: number
}

/** An action on its way to Redis, with the id that makes replaying it idempotent. */
interface Pending {
  readonly appendId: string
  readonly action: StoredAction
}

// 48 random bits: only compared within one session's window, where a collision is negligible.
const newAppendId = (): string => randomBytes(6).toString('base64url')

const NO_EPOCH = ''

/**
 * Sessions in Redis, with each shard's hot cache written through.
 *
 * Freshness: every read sends the cached (epoch, version) to a Lua script that answers
 * "unchanged" in a few bytes or the full state, so a shard never evaluates with history
 * older than Redis's, at the cost of one round trip per turn. Every append is a second
 * round trip, acknowledged before the reply leaves the shard; its reply says whether any
 * other writer came in between (then it carries the full state).
 */
export class RedisStore implements SessionStore {
  readonly kind = 'redis' as const
  readonly #client: SessionClient
  readonly #cache: LruCache<Hot>
  readonly #limits: StoreLimits
  readonly #failOpen: boolean
  readonly #emit: (e: StoreEvent) => void
  readonly #health: StoreHealthMonitor
  readonly #pendingKeys = new Map<string, { tenant: string, id: string }>()
  readonly #locks = new Map<string, Promise<unknown>>()
  readonly #connectWaitMs: number

  constructor (o: RedisStoreOptions) {
    this.#limits = o.limits
    this.#failOpen = o.onUnavailable === 'fail-open'
    this.#emit = o.onEvent ?? (() => undefined)
    this.#connectWaitMs = o.connectWaitMs ?? 5000
    this.#cache = new LruCache({ maxEntries: o.limits.maxSessions, maxBytes: o.limits.maxBytes, sizeOf: hotBytes })
    this.#client = connectRedis(o.connection)
    this.#health = new StoreHealthMonitor(this.#client, o.connection.clusterNodes.length > 0, this.#emit, () => { void this.#reconcile() })
  }

  async ready (): Promise<void> {
    await this.#health.waitForFirstConnection(this.#connectWaitMs)
  }

  get available (): boolean { return this.#health.ok }

  async get (tenant: string, id: string): Promise<SessionState | null> {
    const key = sessionKey(tenant, id)
    return await this.#locked(key, async () => {
      const hot = this.#cache.get(key, Date.now()) ?? null
      if (!this.#health.ok && this.#failOpen) return hot === null ? null : localView(hot, this.#limits.historyWindow)
      try {
        const next = hot !== null && hot.pending.length + hot.uncounted > 0
          ? await this.#flush(tenant, id, hot)
          : this.#applyRead(tenant, id, hot, await this.#client.infershieldReadBuffer(...this.#keyArgs(tenant, id), hot?.epoch ?? NO_EPOCH, String(hot?.version ?? -1)))
        return next === null ? null : unpackState(next.committed)
      } catch (err) {
        this.#failed('read', err)
        return hot === null ? null : localView(hot, this.#limits.historyWindow)
      }
    })
  }

  async append (tenant: string, id: string, action: StoredAction): Promise<SessionState> {
    const key = sessionKey(tenant, id)
    return await this.#locked(key, async () => {
      const now = Date.now()
      const hot = this.#cache.get(key, now) ?? null
      // One id for this action whether it reaches Redis now or is replayed later.
      const mine = { appendId: newAppendId(), action }
      if (this.#health.ok || !this.#failOpen) {
        try {
          // Actions still pending from an outage go first (the shard's get() normally
          // flushed them already); then this one.
          const base = hot !== null && hot.pending.length + hot.uncounted > 0 ? await this.#flush(tenant, id, hot) : hot
          const next = await this.#appendRemote(tenant, id, base, [mine], 0, now)
          return unpackState(next.committed)
        } catch (err) {
          this.#failed('append', err)
        }
      }
      // Re-read: a flush above may have committed the earlier pending actions.
      return this.#appendLocal(key, tenant, id, this.#cache.get(key, now) ?? null, mine, now)
    })
  }

  async delete (tenant: string, id: string): Promise<boolean> {
    const key = sessionKey(tenant, id)
    return await this.#locked(key, async () => {
      const hadLocal = this.#cache.delete(key)
      this.#pendingKeys.delete(key)
      const { meta, log } = sessionKeys(tenant, id)
      try {
        return (await this.#client.del(meta, log)) > 0
      } catch (err) {
        this.#failed('delete', err)
        return hadLocal
      }
    })
  }

  stats (): { sessions: number, bytes: number, evictions: number } {
    return { sessions: this.#cache.size, bytes: this.#cache.bytes, evictions: this.#cache.evictions }
  }

  async close (): Promise<void> {
    this.#health.stop()
    await Promise.allSettled([...this.#locks.values()])
    this.#client.disconnect()
  }

  #keyArgs (tenant: string, id: string): [string, string] {
    const { meta, log } = sessionKeys(tenant, id)
    return [meta, log]
  }

  /** Runs operations on one session one after another (requests and background reconciliation). */
  async #locked<T> (key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.#locks.get(key)
    const run = prev === undefined ? fn() : prev.then(fn, fn)
    const tail = run.then(() => undefined, () => undefined)
    this.#locks.set(key, tail)
    try {
      return await run
    } finally {
      if (this.#locks.get(key) === tail) this.#locks.delete(key)
    }
  }

  async #appendRemote (tenant: string, id: string, hot: Hot | null, entries: readonly Pending[], uncounted: number, now: number): Promise<Hot> {
    const args: Array<string | number | Buffer> = [
      this.#limits.historyWindow, this.#limits.ttlSeconds, now, randomBytes(12).toString('base64url'),
      hot?.epoch ?? NO_EPOCH, String(hot?.version ?? -1), uncounted,
      ...entries.map(e => encodeAction(e.action, e.appendId)),
    ]
    const reply = await this.#client.infershieldAppendBuffer(...this.#keyArgs(tenant, id), ...args)
    const key = sessionKey(tenant, id)
    let next: Hot
    if (reply.length === 0) throw new Error('append script returned no state')
    if (reply[0] === 0) {
      // Nobody wrote in between: extend the cached window locally.
      const base = unpackState((hot as Hot).committed)
      const actions: StoredAction[] = base.recent.map(stripTurn)
      for (const e of entries) actions.push(e.action)
      next = { committed: packState(stateFromParts(tenant, id, base.createdAt, now, reply[3], actions, this.#limits.historyWindow)), epoch: reply[1].toString(), version: reply[2], pending: [], uncounted: 0 }
    } else {
      next = this.#fromFull(tenant, id, reply).hot
    }
    this.#cache.set(key, next, now + this.#limits.ttlSeconds * 1000)
    this.#pendingKeys.delete(key)
    return next
  }

  #applyRead (tenant: string, id: string, hot: Hot | null, reply: ScriptReply): Hot | null {
    const key = sessionKey(tenant, id)
    if (reply.length === 0) {
      this.#cache.delete(key)
      return null
    }
    if (reply[0] === 0) return hot
    const next = this.#fromFull(tenant, id, reply).hot
    this.#cache.set(key, next, Date.now() + this.#limits.ttlSeconds * 1000)
    return next
  }

  #fromFull (tenant: string, id: string, r: [1, Buffer, number, number, number, number, Buffer[]]): { hot: Hot, appendIds: Set<string> } {
    const [, epoch, version, total, created, updated, entries] = r
    const decoded = entries.map((b, i) => decodeEntry(b, total - (entries.length - 1 - i)))
    const appendIds = new Set<string>()
    for (const d of decoded) if (d.appendId !== null) appendIds.add(d.appendId)
    const committed = stateFromParts(tenant, id, created, updated, total, decoded.map(d => stripTurn(d.action)), this.#limits.historyWindow)
    return { hot: { committed: packState(committed), epoch: epoch.toString(), version, pending: [], uncounted: 0 }, appendIds }
  }

  /** fail-open with Redis unavailable: record in the hot cache only, to be replayed later. */
  #appendLocal (key: string, tenant: string, id: string, hot: Hot | null, mine: Pending, now: number): SessionState {
    if (!this.#failOpen) throw new GatewayError('not_ready', 'The session store (Redis) is unavailable and session.onUnavailable is fail-closed.', { storeUnavailable: true })
    const base: Hot = hot ?? { committed: packState(newSession(tenant, id, now)), epoch: NO_EPOCH, version: -1, pending: [], uncounted: 0 }
    const pending = [...base.pending, mine]
    const overflow = Math.max(0, pending.length - this.#limits.historyWindow)
    const next: Hot = { ...base, pending: pending.slice(overflow), uncounted: base.uncounted + overflow }
    this.#cache.set(key, next, now + this.#limits.ttlSeconds * 1000)
    this.#pendingKeys.set(key, { tenant, id })
    return localView(next, this.#limits.historyWindow, now)
  }

  /**
   * Replays pending actions. If Redis lost the session meanwhile (restarted without
   * persistence, failover), the whole local window is written back so the cross-turn
   * history survives; otherwise the pending actions are appended after whatever other
   * instances recorded in the meantime.
   */
  async #flush (tenant: string, id: string, hot: Hot): Promise<Hot> {
    const now = Date.now()
    const probe = await this.#client.infershieldReadBuffer(...this.#keyArgs(tenant, id), hot.epoch, String(hot.version))
    let next: Hot
    if (probe.length === 0) {
      const base = unpackState(hot.committed)
      const entries = [...base.recent.map(a => ({ appendId: newAppendId(), action: stripTurn(a) })), ...hot.pending]
      const uncounted = base.totalActions - base.recent.length + hot.uncounted
      next = await this.#appendRemote(tenant, id, null, entries, uncounted, now)
    } else {
      // Appends whose acknowledgement timed out may have landed after all: skip those.
      const current = probe[0] === 0 ? { hot, appendIds: new Set<string>() } : this.#fromFull(tenant, id, probe)
      const missing = hot.pending.filter(p => !current.appendIds.has(p.appendId))
      next = await this.#appendRemote(tenant, id, { ...current.hot, pending: [], uncounted: 0 }, missing, hot.uncounted, now)
    }
    this.#emit({ type: 'reconciled', sessions: 1, actions: hot.pending.length + hot.uncounted })
    return next
  }

  /** Back from unavailable: replay every session that recorded actions locally. */
  async #reconcile (): Promise<void> {
    for (const [key, { tenant, id }] of [...this.#pendingKeys]) {
      if (!this.#health.ok) return
      await this.#locked(key, async () => {
        const hot = this.#cache.get(key, Date.now())
        if (hot === undefined || hot.pending.length + hot.uncounted === 0) {
          this.#pendingKeys.delete(key)
          return
        }
        try {
          await this.#flush(tenant, id, hot)
        } catch (err) {
          this.#failed('reconcile', err)
        }
      })
    }
  }

  #failed (op: StoreOp, err: unknown): void {
    if (err instanceof StateFormatError) {
      this.#emit({ type: 'error', op, message: err.message })
      throw new GatewayError('internal_error', `session state unreadable: ${err.message}`)
    }
    const message = err instanceof Error ? err.message : String(err)
    this.#emit({ type: 'error', op, message })
    this.#health.unavailable(`${op}: ${message}`)
    if (!this.#failOpen) throw new GatewayError('not_ready', 'The session store (Redis) is unavailable and session.onUnavailable is fail-closed.', { storeUnavailable: true })
  }
}

function stripTurn (a: { readonly turn: number } & StoredAction): StoredAction {
  const { turn: _turn, ...rest } = a
  return rest
}

/** The committed window with pending actions appended, as this shard alone knows it. */
function localView (hot: Hot, window: number, now?: number): SessionState {
  let s = unpackState(hot.committed)
  if (hot.uncounted > 0) s = { ...s, totalActions: s.totalActions + hot.uncounted }
  for (const p of hot.pending) s = appendAction(s, p.action, window, now ?? Math.max(s.updatedAt, p.action.at))
  return s
}

function hotBytes (h: Hot): number {
  let n = packedBytes(h.committed) + 64 + 2 * h.epoch.length
  for (const { action: a } of h.pending) n += 120 + 24 * a.kinds.length + 40 * a.policies.length
  return n
}
