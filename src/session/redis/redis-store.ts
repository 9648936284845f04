import { GatewayError } from '../../errors.js'
import { LruCache } from '../lru-cache.js'
import { packedBytes, packState, unpackState, type PackedState } from '../packed-state.js'
import { appendAction, newSession, stateFromParts, type SessionState } from '../state.js'
import { sessionKey, type Decide, type SessionStore, type StoreEvent, type StoreLimits, type StoreOp, type TurnOutcome } from '../store.js'
import { decodeEntry, encodeAction, ENTRY_FORMAT, StateFormatError, type EntryFormat, type StoredAction } from './codec.js'
import { connectRedis, type RedisConnectionOptions } from './connection.js'
import { sessionKeys } from './keys.js'
import { randomId } from './random-ids.js'
import type { FullState, ScriptReply, SessionClient } from './scripts.js'
import { StoreHealthMonitor } from './health-monitor.js'

export type OnUnavailable = 'fail-open' | 'fail-closed'

export interface RedisStoreOptions {
  readonly limits: StoreLimits
  readonly connection: RedisConnectionOptions
  readonly onUnavailable: OnUnavailable
  /** What this instance writes (default: the newest this build knows); see docs/upgrading.md. */
  readonly entryFormat?: EntryFormat
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

/** A session as cached (packed) and as unpacked for use. */
interface Fresh {
  readonly hot: Hot
  readonly state: SessionState
}

/** An append either landed (and the state it produced), or was refused as stale: the state to decide against instead. */
type AppendResult =
  | { readonly appended: true, readonly fresh: Fresh }
  | { readonly appended: false, readonly current: Fresh | null }

// 48 random bits: only compared within one session's window, where a collision is negligible.
const newAppendId = (): string => randomId(6)

const NO_EPOCH = ''

/**
 * Sessions in Redis, with each shard's hot cache written through.
 *
 * Freshness: a turn is decided against the cached copy and recorded with a conditional
 * append that lands only if the copy's (epoch, version) is still the session's: one round
 * trip, acknowledged before the reply leaves the shard. When another instance wrote in
 * between, the script writes nothing and returns the current state; the turn is decided
 * again against it and appended unconditionally. Whatever that second append did not see
 * was written after the first one ran, i.e. after this turn arrived: a concurrent turn.
 * So a shard never records a decision made with history older than Redis's at arrival.
 * Plain reads (inspection, dry runs) send the cached (epoch, version) to a read script
 * that answers "unchanged" in a few bytes or the full state.
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
  readonly #entryFormat: EntryFormat

  constructor (o: RedisStoreOptions) {
    this.#limits = o.limits
    this.#failOpen = o.onUnavailable === 'fail-open'
    this.#emit = o.onEvent ?? (() => undefined)
    this.#connectWaitMs = o.connectWaitMs ?? 5000
    this.#entryFormat = o.entryFormat ?? ENTRY_FORMAT
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
    return await this.#locked(key, async () => await this.#read(key, tenant, id))
  }

  async append (tenant: string, id: string, action: StoredAction): Promise<SessionState> {
    const key = sessionKey(tenant, id)
    return await this.#locked(key, async () => await this.#record(key, tenant, id, action))
  }

  async turn<T> (tenant: string, id: string, decide: Decide<T>): Promise<TurnOutcome<T>> {
    const key = sessionKey(tenant, id)
    return await this.#locked(key, async () => {
      const now = Date.now()
      const hot = this.#cache.get(key, now) ?? null
      if (!this.#health.ok || withPending(hot) !== null) {
        // An outage or its aftermath: read (which replays pending actions), then append.
        const prior = await this.#read(key, tenant, id)
        const { action, value } = decide(prior)
        return { value, prior, state: await this.#record(key, tenant, id, action), decisions: 1 }
      }
      let prior = hot === null ? null : unpackState(hot.committed)
      let decided = decide(prior)
      let decisions: 1 | 2 = 1
      // One id for this turn's action whether it reaches Redis now or is replayed later.
      const appendId = newAppendId()
      try {
        const first = await this.#appendRemote(tenant, id, hot, prior, [{ appendId, action: decided.action }], 0, now, true)
        if (first.appended) return { value: decided.value, prior, state: first.fresh.state, decisions }
        prior = first.current?.state ?? null
        decided = decide(prior)
        decisions = 2
        const second = await this.#appendRemote(tenant, id, first.current?.hot ?? null, prior, [{ appendId, action: decided.action }], 0, Date.now(), false)
        if (!second.appended) throw new Error('unconditional append was refused')
        return { value: decided.value, prior, state: second.fresh.state, decisions }
      } catch (err) {
        this.#failed('append', err)
        const state = this.#appendLocal(key, tenant, id, this.#cache.get(key, now) ?? null, { appendId, action: decided.action }, now)
        return { value: decided.value, prior, state, decisions }
      }
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

  async #read (key: string, tenant: string, id: string): Promise<SessionState | null> {
    const hot = this.#cache.get(key, Date.now()) ?? null
    if (!this.#health.ok && this.#failOpen) return hot === null ? null : localView(hot, this.#limits.historyWindow)
    try {
      const unsent = withPending(hot)
      if (unsent !== null) return (await this.#flush(tenant, id, unsent)).state
      const reply = await this.#client.infershieldReadBuffer(...this.#keyArgs(tenant, id), hot?.epoch ?? NO_EPOCH, String(hot?.version ?? -1))
      if (reply.length === 0) {
        this.#cache.delete(key)
        return null
      }
      if (reply[0] === 0) return hot === null ? null : unpackState(hot.committed)
      if (reply[0] !== 1) throw new Error(`read script replied ${String(reply[0])}`)
      return this.#cached(this.#fromFull(tenant, id, reply)).state
    } catch (err) {
      this.#failed('read', err)
      return hot === null ? null : localView(hot, this.#limits.historyWindow)
    }
  }

  async #record (key: string, tenant: string, id: string, action: StoredAction): Promise<SessionState> {
    const now = Date.now()
    const hot = this.#cache.get(key, now) ?? null
    // One id for this action whether it reaches Redis now or is replayed later.
    const mine = { appendId: newAppendId(), action }
    if (this.#health.ok || !this.#failOpen) {
      try {
        // Actions still pending from an outage go first (a read normally flushed them
        // already); then this one.
        const unsent = withPending(hot)
        const base = unsent !== null ? (await this.#flush(tenant, id, unsent)).hot : hot
        const next = await this.#appendRemote(tenant, id, base, null, [mine], 0, now, false)
        if (next.appended) return next.fresh.state
        throw new Error('unconditional append was refused')
      } catch (err) {
        this.#failed('append', err)
      }
    }
    // Re-read: a flush above may have committed the earlier pending actions.
    return this.#appendLocal(key, tenant, id, this.#cache.get(key, now) ?? null, mine, now)
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

  /**
   * Appends `entries` after the session `hot` knew (`base`: its unpacked state, when the
   * caller has it). Conditional: only if `hot` is still current, else nothing is written.
   */
  async #appendRemote (tenant: string, id: string, hot: Hot | null, base: SessionState | null, entries: readonly Pending[], uncounted: number, now: number, conditional: boolean): Promise<AppendResult> {
    const args: Array<string | number | Buffer> = [
      this.#limits.historyWindow, this.#limits.ttlSeconds, now, randomId(12),
      hot?.epoch ?? NO_EPOCH, String(hot?.version ?? -1), uncounted, conditional ? 1 : 0,
      ...entries.map(e => encodeAction(e.action, e.appendId, this.#entryFormat)),
    ]
    const reply = await this.#client.infershieldAppendBuffer(...this.#keyArgs(tenant, id), ...args)
    switch (reply[0]) {
      case 0: {
        // Nobody wrote in between: extend the cached window locally.
        const known = base ?? unpackState((hot as Hot).committed)
        const actions: StoredAction[] = known.recent.map(stripTurn)
        for (const e of entries) actions.push(e.action)
        const state = stateFromParts(tenant, id, known.createdAt, now, reply[3], actions, this.#limits.historyWindow)
        return { appended: true, fresh: this.#cached({ hot: { committed: packState(state), epoch: reply[1].toString(), version: reply[2], pending: [], uncounted: 0 }, state }) }
      }
      case 1: return { appended: true, fresh: this.#cached(this.#fromFull(tenant, id, reply)) }
      case 2: return { appended: false, current: this.#cached(this.#fromFull(tenant, id, reply)) }
      case 3:
        this.#cache.delete(sessionKey(tenant, id))
        return { appended: false, current: null }
      default: throw new Error('append script returned no state')
    }
  }

  /** Caches a copy Redis just gave (pending actions are never part of it: they are in Redis now, or were refused and retried by the caller). */
  #cached (f: Fresh): Fresh {
    const key = sessionKey(f.state.tenant, f.state.id)
    this.#cache.set(key, f.hot, Date.now() + this.#limits.ttlSeconds * 1000)
    this.#pendingKeys.delete(key)
    return f
  }

  #fromFull (tenant: string, id: string, r: FullState): Fresh & { appendIds: Set<string> } {
    const [, epoch, version, total, created, updated, entries] = r
    const decoded = entries.map((b, i) => decodeEntry(b, total - (entries.length - 1 - i)))
    const appendIds = new Set<string>()
    for (const d of decoded) if (d.appendId !== null) appendIds.add(d.appendId)
    const state = stateFromParts(tenant, id, created, updated, total, decoded.map(d => stripTurn(d.action)), this.#limits.historyWindow)
    return { hot: { committed: packState(state), epoch: epoch.toString(), version, pending: [], uncounted: 0 }, state, appendIds }
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
  async #flush (tenant: string, id: string, hot: Hot): Promise<Fresh> {
    const now = Date.now()
    const probe = await this.#client.infershieldReadBuffer(...this.#keyArgs(tenant, id), hot.epoch, String(hot.version))
    let next: AppendResult
    if (probe.length === 0) {
      const base = unpackState(hot.committed)
      const entries = [...base.recent.map(a => ({ appendId: newAppendId(), action: stripTurn(a) })), ...hot.pending]
      const uncounted = base.totalActions - base.recent.length + hot.uncounted
      next = await this.#appendRemote(tenant, id, null, null, entries, uncounted, now, false)
    } else {
      // Appends whose acknowledgement timed out may have landed after all: skip those.
      const current = probe[0] === 0 ? { hot, state: null, appendIds: new Set<string>() } : probe[0] === 1 ? this.#fromFull(tenant, id, probe) : null
      if (current === null) throw new Error(`read script replied ${String(probe[0])}`)
      const missing = hot.pending.filter(p => !current.appendIds.has(p.appendId))
      next = await this.#appendRemote(tenant, id, { ...current.hot, pending: [], uncounted: 0 }, current.state, missing, hot.uncounted, now, false)
    }
    if (!next.appended) throw new Error('unconditional append was refused')
    this.#emit({ type: 'reconciled', sessions: 1, actions: hot.pending.length + hot.uncounted })
    return next.fresh
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

/** `hot` if it holds actions not yet in Redis, else null. */
function withPending (hot: Hot | null): Hot | null {
  return hot !== null && hot.pending.length + hot.uncounted > 0 ? hot : null
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
