import type { SessionAction } from '../detection/types.js'
import { LruCache } from './lru-cache.js'
import { packedBytes, packState, unpackState, type PackedState } from './packed-state.js'
import { appendAction, newSession, type SessionState } from './state.js'
import { sessionKey, type Decide, type SessionStore, type StoreLimits, type TurnOutcome } from './store.js'

/** Sessions in process memory, packed: bounded by count and bytes, expiring after the TTL. */
export class MemoryStore implements SessionStore {
  readonly kind = 'memory' as const
  readonly #cache: LruCache<PackedState>
  readonly #limits: StoreLimits
  readonly #now: () => number
  readonly #sweeper: NodeJS.Timeout

  constructor (limits: StoreLimits, now: () => number = Date.now) {
    this.#limits = limits
    this.#now = now
    this.#cache = new LruCache({ maxEntries: limits.maxSessions, maxBytes: limits.maxBytes, sizeOf: packedBytes })
    this.#sweeper = setInterval(() => this.#cache.sweep(this.#now()), 5000)
    this.#sweeper.unref()
  }

  async ready (): Promise<void> {}

  async get (tenant: string, id: string): Promise<SessionState | null> {
    return this.#read(sessionKey(tenant, id), this.#now())
  }

  async append (tenant: string, id: string, action: Omit<SessionAction, 'turn'>): Promise<SessionState> {
    const key = sessionKey(tenant, id)
    const now = this.#now()
    return this.#record(key, this.#read(key, now) ?? newSession(tenant, id, now), action, now)
  }

  // Synchronous from read to write, so no other turn of the session can come in between.
  async turn<T> (tenant: string, id: string, decide: Decide<T>): Promise<TurnOutcome<T>> {
    const key = sessionKey(tenant, id)
    const now = this.#now()
    const prior = this.#read(key, now)
    const { action, value } = decide(prior)
    return { value, prior, state: this.#record(key, prior ?? newSession(tenant, id, now), action, now), decisions: 1 }
  }

  async delete (tenant: string, id: string): Promise<boolean> {
    return this.#cache.delete(sessionKey(tenant, id))
  }

  #read (key: string, now: number): SessionState | null {
    const packed = this.#cache.get(key, now)
    return packed === undefined ? null : unpackState(packed)
  }

  #record (key: string, prev: SessionState, action: Omit<SessionAction, 'turn'>, now: number): SessionState {
    const next = appendAction(prev, action, this.#limits.historyWindow, now)
    this.#cache.set(key, packState(next), now + this.#limits.ttlSeconds * 1000)
    return next
  }

  stats (): { sessions: number, bytes: number, evictions: number } {
    return { sessions: this.#cache.size, bytes: this.#cache.bytes, evictions: this.#cache.evictions }
  }

  async close (): Promise<void> {
    clearInterval(this.#sweeper)
  }
}
