import type { SessionAction } from '../detection/types.js'
import type { SessionState } from './state.js'

/**
 * Where sessions live. One instance per shard (worker), so a session is always served
 * by the same instance on a host. Implementations behave identically; a contract suite
 * in tests/ runs against each.
 */
export interface SessionStore {
  readonly kind: 'memory' | 'redis'
  /** Resolves once the store can serve (connected, or found unavailable and degraded). */
  ready (): Promise<void>
  get (tenant: string, id: string): Promise<SessionState | null>
  /** Appends atomically and returns the new state (with the action's turn number). */
  append (tenant: string, id: string, action: Omit<SessionAction, 'turn'>): Promise<SessionState>
  delete (tenant: string, id: string): Promise<boolean>
  stats (): { readonly sessions: number, readonly bytes: number, readonly evictions: number }
  close (): Promise<void>
}

export interface StoreLimits {
  readonly ttlSeconds: number
  readonly historyWindow: number
  readonly maxSessions: number
  readonly maxBytes: number
}

export type StoreHealthState = 'ok' | 'unavailable'

/** What a store reports about itself; the shard relays it to the main thread. */
export type StoreEvent =
  | { readonly type: 'health', readonly state: StoreHealthState, readonly reason: string }
  | { readonly type: 'error', readonly op: StoreOp, readonly message: string }
  | { readonly type: 'reconciled', readonly sessions: number, readonly actions: number }

export type StoreOp = 'read' | 'append' | 'delete' | 'reconcile' | 'probe'

/** The key of a session: ids are scoped by tenant, so two tenants never share a session. */
export function sessionKey (tenant: string, id: string): string {
  return `${tenant.length}:${tenant}:${id}`
}
