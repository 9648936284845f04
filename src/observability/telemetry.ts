import type { OutputSummary } from '../output/response-scan.js'
import type { EvaluateOutcome, ShardHeapReport } from '../router/protocol.js'
import { GatewayError } from '../errors.js'
import type { Logger } from './logger.js'
import type { Metrics } from './metrics.js'

export interface RequestRef {
  readonly requestId: string
  readonly route: string
  readonly startedAt: bigint
}

export type OutputOutcome = 'clean' | 'flagged' | 'redacted' | 'blocked'

export interface OutputContext {
  readonly tenant: string
  readonly sessionId: string | null
  readonly stream: boolean
  /** Main-thread time spent scanning the answer, ns. */
  readonly scanNs: number
}

export function outputOutcome (s: OutputSummary): OutputOutcome {
  if (s.blocked !== null) return 'blocked'
  if (s.groups.some(g => g.action === 'redact')) return 'redacted'
  return s.groups.length > 0 ? 'flagged' : 'clean'
}

export interface DecisionContext {
  readonly tenant: string
  readonly sessionId: string | null
  readonly shard: number
  readonly mode: 'inline' | 'workers'
  /** Main-thread time from dispatch to reply, ns (includes the worker hop and queueing). */
  readonly roundTripNs: number
  /** Prompt text for the log line, only when log.includeContent is on. */
  readonly content?: unknown
  /** Where an engine message index lies in the request body (the client's message index, null for a tool definition, and the body path). */
  readonly place: (messageIndex: number) => { readonly message_index: number | null, readonly source: string }
}

/**
 * The one place that turns gateway events into log lines and metrics. Core modules call
 * these methods and never touch pino or prom-client themselves, so what is logged and
 * counted for an event is decided once.
 */
export class Telemetry {
  readonly logger: Logger
  readonly metrics: Metrics
  readonly #includeContent: boolean
  #inflight = 0

  constructor (logger: Logger, metrics: Metrics, includeContent: boolean) {
    this.logger = logger
    this.metrics = metrics
    this.#includeContent = includeContent
  }

  get includeContent (): boolean { return this.#includeContent }
  /** Exchanges started and not yet finished; graceful shutdown waits for zero. */
  get inflight (): number { return this.#inflight }

  started (): void {
    this.#inflight++
    this.metrics.inflight.inc()
  }

  finished (ref: RequestRef, status: number, aborted: boolean): void {
    const seconds = Number(process.hrtime.bigint() - ref.startedAt) / 1e9
    this.#inflight--
    this.metrics.inflight.dec()
    this.metrics.requests.inc({ route: ref.route, status: String(status) })
    this.metrics.requestDuration.observe({ route: ref.route }, seconds)
    if (aborted) this.logger.info({ req_id: ref.requestId, event: 'client_aborted', route: ref.route, ms: round3(seconds * 1000) }, 'client closed the connection before the response completed')
  }

  /** The decision line: one per evaluated request, never with prompt text unless configured. */
  decision (ref: RequestRef, out: EvaluateOutcome, ctx: DecisionContext): void {
    const r = out.result
    this.metrics.decisions.inc({ decision: r.decision })
    this.metrics.detectionSeconds.observe({ mode: ctx.mode }, ctx.roundTripNs / 1e9)
    this.metrics.sessionCacheSessions.set({ shard: String(ctx.shard) }, out.cache.sessions)
    this.metrics.sessionCacheBytes.set({ shard: String(ctx.shard) }, out.cache.bytes)
    for (const [policy, ns] of r.timings) this.metrics.policyEvalSeconds.observe({ policy }, ns / 1e9)
    for (const c of r.contributions) if (c.contribution > 0) this.metrics.policyHits.inc({ policy: c.policyId, decision: r.decision })
    for (const h of r.allowlisted) this.metrics.allowlistHits.inc({ policy: h.policyId, scope: h.scope })
    if (r.wouldBlock) this.metrics.wouldBlock.inc({ route: ref.route })
    if (r.heldBack) this.metrics.heldBack.inc({ route: ref.route })
    for (const e of r.errors) {
      this.metrics.policyErrors.inc({ policy: e.policyId, fail_mode: e.failMode })
      this.logger.error({ req_id: ref.requestId, event: 'policy_error', policy: e.policyId, fail_mode: e.failMode, err: e.message }, 'policy threw during evaluation')
    }
    const line: Record<string, unknown> = {
      req_id: ref.requestId,
      event: 'decision',
      route: ref.route,
      decision: r.decision,
      score: r.score,
      base_score: r.baseScore,
      session_multiplier: r.sessionMultiplier,
      policies: r.contributions.map(c => ({ id: c.policyId, contribution: c.contribution, ...(c.evidence === null ? { message_index: null, source: null } : ctx.place(c.evidence.messageIndex)) })),
      actions: r.actions,
      thresholds: r.thresholds,
      enforcement: r.mode,
      would_block: r.wouldBlock,
      held_back: r.heldBack,
      scopes: r.scopes,
      allowlisted: r.allowlisted.map(h => ({ entry: h.entry, policy: h.policyId, contribution: h.contribution, ...ctx.place(h.evidence.messageIndex) })),
      tenant: ctx.tenant,
      session_id: ctx.sessionId,
      total_actions: out.session?.totalActions ?? null,
      shard: ctx.shard,
      mode: ctx.mode,
      timings_us: { detection: round3(out.detectionNs / 1000), session: round3(out.sessionNs / 1000), round_trip: round3(ctx.roundTripNs / 1000) },
    }
    if (this.#includeContent && ctx.content !== undefined) line.content = ctx.content
    this.logger.info(line, 'detection decision')
  }

  /**
   * The output line: one per scanned answer, with what was found (category, policy,
   * action, count) and never the text that was found.
   */
  output (ref: RequestRef, s: OutputSummary, ctx: OutputContext): OutputOutcome {
    const outcome = outputOutcome(s)
    const stream = String(ctx.stream)
    this.metrics.outputResponses.inc({ outcome, stream })
    this.metrics.outputScanSeconds.observe({ stream }, ctx.scanNs / 1e9)
    for (const g of s.groups) this.metrics.outputFindings.inc({ category: g.category, policy: g.policyId, action: g.action }, g.count)
    for (const category of new Set(s.groups.filter(g => g.wouldBlock).map(g => g.category))) this.metrics.outputWouldBlock.inc({ category })
    for (const a of s.allowlisted) this.metrics.allowlistHits.inc({ policy: a.policyId, scope: a.scope }, a.count)
    if (outcome === 'clean' && s.allowlisted.length === 0) return outcome
    this.logger.info({
      req_id: ref.requestId,
      event: 'output_decision',
      route: ref.route,
      outcome,
      stream: ctx.stream,
      blocked_by: s.blocked?.policyId ?? null,
      findings: s.groups.map(g => ({ category: g.category, kind: g.kind, policy: g.policyId, action: g.action, count: g.count, risk: g.risk, would_block: g.wouldBlock })),
      enforcement: s.settings.mode,
      would_block: s.wouldBlock,
      scopes: s.settings.scopes,
      allowlisted: s.allowlisted.map(a => ({ entry: a.entry, policy: a.policyId, count: a.count })),
      tenant: ctx.tenant,
      session_id: ctx.sessionId,
      scan_us: round3(ctx.scanNs / 1000),
    }, 'output scanning decision')
    return outcome
  }

  /** Every caught error goes through here: logged with context and counted by code. */
  error (ref: RequestRef | null, err: unknown, where: string, extra: Record<string, unknown> = {}): GatewayError {
    const g = err instanceof GatewayError ? err : new GatewayError('internal_error', err instanceof Error ? err.message : String(err))
    this.metrics.errors.inc({ code: g.code, where })
    // A store outage fails every request the same way (fail-closed): the outage is logged
    // once by StoreHealth, so the per-request lines drop to debug; the count stays.
    const level = g.details?.storeUnavailable === true ? 'debug' : g.status >= 500 ? 'error' : 'info'
    this.logger[level]({
      req_id: ref?.requestId,
      event: 'error',
      code: g.code,
      where,
      err: g.message,
      details: g.details,
      stack: g.code === 'internal_error' && err instanceof Error ? err.stack : undefined,
      ...extra,
    }, `request failed: ${g.code}`)
    return g
  }

  /** A shard's heap sample, from the router's heap timer (not with evaluations, so idle shards stay current). */
  shardHeap (r: ShardHeapReport): void {
    this.metrics.shardHeapUsedBytes.set({ shard: String(r.shard) }, r.heap.usedBytes)
    this.metrics.shardHeapTotalBytes.set({ shard: String(r.shard) }, r.heap.totalBytes)
  }

  workerCrash (shard: number, err: Error): void {
    this.metrics.workerCrashes.inc({ shard: String(shard) })
    this.metrics.errors.inc({ code: 'internal_error', where: 'worker' })
    this.logger.error({ event: 'worker_crash', shard, err: err.message }, 'shard worker died; the pool replaced it')
  }
}

function round3 (n: number): number {
  return Math.round(n * 1000) / 1000
}
