import type { Logger } from './logger.js'

export interface AuditEvent {
  readonly at: string
  readonly actor: string
  readonly action: string
  readonly target: string
  readonly details?: Readonly<Record<string, unknown>>
}

/**
 * Who changed or looked at what, on the admin surface and at configuration load. Every
 * event is a log line (event: "audit") — the durable record, shipped with the logs — and
 * the most recent ones are kept in memory for GET /admin/audit.
 */
export class AuditTrail {
  readonly #logger: Logger
  readonly #recent: AuditEvent[] = []
  readonly #keep: number

  constructor (logger: Logger, keep = 1000) {
    this.#logger = logger
    this.#keep = keep
  }

  record (actor: string, action: string, target: string, details?: Record<string, unknown>): void {
    const e: AuditEvent = details === undefined ? { at: new Date().toISOString(), actor, action, target } : { at: new Date().toISOString(), actor, action, target, details }
    this.#recent.push(e)
    if (this.#recent.length > this.#keep) this.#recent.shift()
    this.#logger.info({ event: 'audit', ...e }, `audit: ${action} ${target}`)
  }

  recent (): readonly AuditEvent[] {
    return this.#recent.slice()
  }
}
