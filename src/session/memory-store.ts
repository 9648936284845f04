import type { SessionAction } from '../detection/types.js'
import { LruCache } from './lru-cache.js'
import { appendAction, approxBytes, newSession, type SessionState } from './state.js'
import { sessionKey, type SessionStore, type StoreLimits } from './store.js'

/** Sessions in process memory: bounded by count and bytes, expiring after the TTL. */
export class MemoryStore implements SessionStore {
  readonly kind = 'memory' as const
  readonly #cache: LruCache<SessionState>
  readonly #limits: StoreLimits
  readonly #now: () => number
  readonly #sweeper: NodeJS.Timeout

  constructor (limits: StoreLimits, now: () => number = Date.now) {
    this.#limits = limits
    this.#now = now
    this.#cache = new LruCache({ maxEntries: limits.maxSessions, maxBytes: limits.maxBytes, sizeOf: approxBytes })
    this.#sweeper = setInterval(() => this.#cache.sweep(this.#now()), 5000)
    this.#sweeper.unref()
  }

  async ready (): Promise<void> {}

  async get (tenant: string, id: string): Promise<SessionState | null> {
    return this.#cache.get(sessionKey(tenant, id), this.#now()) ?? null
  }

  async append (tenant: string, id: string, action: Omit<SessionAction, 'turn'>): Promise<SessionState> {
    const key = sessionKey(tenant, id)
    const now = this.#now()
    const prev = this.#cache.get(key, now) ?? newSession(tenant, id, now)
    const next = appendAction(prev, action, this.#limits.historyWindow, now)
    this.#cache.set(key, next, now + this.#limits.ttlSeconds * 1000)
    return next
  }

  async delete (tenant: string, id: string): Promise<boolean> {
    return this.#cache.delete(sessionKey(tenant, id))
  }

  stats (): { sessions: number, bytes: number, evictions: number } {
    return { sessions: this.#cache.size, bytes: this.#cache.bytes, evictions: this.#cache.evictions }
  }

  async close (): Promise<void> {
    clearInterval(this.#sweeper)
  }
}
