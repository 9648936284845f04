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
  /**
   * One turn: decides it against the session's current history and records the action
   * decided. `decide` runs again when the history it first saw turns out to be stale (an
   * other instance wrote meanwhile); only the last decision is recorded and returned.
   */
  turn<T> (tenant: string, id: string, decide: Decide<T>): Promise<TurnOutcome<T>>
  delete (tenant: string, id: string): Promise<boolean>
  stats (): { readonly sessions: number, readonly bytes: number, readonly evictions: number }
  close (): Promise<void>
}

/** What a turn decides from the session as it stands: the action to record, and anything else the caller needs. */
export type Decide<T> = (prior: SessionState | null) => { readonly action: Omit<SessionAction, 'turn'>, readonly value: T }

export interface TurnOutcome<T> {
  readonly value: T
  /** The session as it stood when decided, and after the turn was recorded. */
  readonly prior: SessionState | null
  readonly state: SessionState
  /** 1, or 2 when the first decision was made against history another instance had changed. */
  readonly decisions: 1 | 2
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
