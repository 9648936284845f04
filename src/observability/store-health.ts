import type { ShardStoreEvent } from '../router/protocol.js'
import type { Logger } from './logger.js'
import type { Metrics } from './metrics.js'

export type StoreStatus = 'ok' | 'degraded'

export interface StoreHealthView {
  readonly status: StoreStatus
  /** Shards that currently cannot reach the store. */
  readonly shardsDown: readonly number[]
  readonly since: string
}

/**
 * The gateway's view of its session store, from the shards' reports: degraded while any
 * shard cannot reach it. Logs one line per change of that overall state (not per request,
 * not per shard) and keeps the gauge; store errors are only counted here, because during
 * an outage there is one per request and the state-change line already names the cause.
 */
export class StoreHealth {
  readonly #logger: Logger
  readonly #metrics: Metrics
  readonly #down = new Set<number>()
  #since = new Date().toISOString()

  constructor (logger: Logger, metrics: Metrics) {
    this.#logger = logger
    this.#metrics = metrics
    metrics.sessionStoreUp.set(1)
  }

  view (): StoreHealthView {
    return { status: this.#down.size === 0 ? 'ok' : 'degraded', shardsDown: [...this.#down].sort((a, b) => a - b), since: this.#since }
  }

  onEvent ({ shard, event }: ShardStoreEvent): void {
    switch (event.type) {
      case 'error':
        this.#metrics.sessionStoreErrors.inc({ op: event.op })
        return
      case 'reconciled':
        this.#metrics.sessionStoreReconciled.inc(event.actions)
        return
      case 'health': {
        const before = this.#down.size === 0
        if (event.state === 'ok') this.#down.delete(shard)
        else this.#down.add(shard)
        const after = this.#down.size === 0
        if (before === after) return
        this.#since = new Date().toISOString()
        this.#metrics.sessionStoreUp.set(after ? 1 : 0)
        if (after) this.#logger.info({ event: 'session_store_recovered', shard, reason: event.reason }, 'session store reachable again: status ok')
        else this.#logger.warn({ event: 'session_store_degraded', shard, reason: event.reason }, 'session store unavailable: status degraded')
      }
    }
  }
}
