import { ERRORS } from '../errors.js'
import { canaryLine } from '../output/canary.js'
import { plantCanary, promptTexts } from '../output/canary-prompt.js'
import { scanSecretsOf, sessionCanary } from '../output/output-scanning.js'
import { ResponseScan, type OutputSummary } from '../output/response-scan.js'
import { outputSessionAction } from '../output/session-record.js'
import type { OutputFinding } from '../output/types.js'
import type { OutputOutcome } from '../observability/telemetry.js'
import type { ChatRequest } from './chat-request.js'
import type { GatewayContext } from './context.js'
import type { JsonRequest } from './json-route.js'

type Messages = ChatRequest['messages']

/**
 * The output side of one chat request: the scan its answer goes through, and what
 * happens once the answer is done (log line, metrics, session record). Lives on the main
 * thread because it rewrites bytes on their way to the client; recording goes to the
 * shard that owns the session, like every other session write.
 */
export class OutputGuard {
  readonly scan: ResponseScan
  readonly #ctx: GatewayContext
  readonly #r: JsonRequest
  readonly #sessionId: string | null
  #scanNs = 0
  #done: { readonly outcome: OutputOutcome, readonly summary: OutputSummary } | null = null

  constructor (ctx: GatewayContext, r: JsonRequest, sessionId: string | null, scan: ResponseScan) {
    this.#ctx = ctx
    this.#r = r
    this.#sessionId = sessionId
    this.scan = scan
  }

  /** Runs `fn` and charges its time to this answer's scan. */
  timed<T> (fn: () => T): T {
    const t0 = process.hrtime.bigint()
    try {
      return fn()
    } finally {
      this.#scanNs += Number(process.hrtime.bigint() - t0)
    }
  }

  /** Logs, counts and records the findings; once, whichever way the answer ended. */
  finish (stream: boolean): OutputOutcome {
    if (this.#done !== null) return this.#done.outcome
    const summary = this.scan.summary()
    this.#done = { outcome: this.#ctx.telemetry.output(this.#r.ex, summary, { tenant: this.#r.tenant, sessionId: this.#sessionId, stream, scanNs: this.#scanNs }), summary }
    this.#record(summary)
    return this.#done.outcome
  }

  /** The 403 body of a withheld answer: the OpenAI error shape plus what was found. Reuses finish()'s summary: a blocked scan takes no more findings. */
  blockedBody (blocked: OutputFinding): unknown {
    const summary = this.#done?.summary ?? this.scan.summary()
    return {
      error: { message: blockedMessage(blocked, this.#r.ex.requestId), type: ERRORS.response_blocked.type, param: null, code: 'response_blocked' },
      infershield: {
        decision: 'block',
        blocked: true,
        stage: 'response',
        findings: summary.groups.map(g => ({ category: g.category, kind: g.kind, policy: g.policyId, action: g.action, count: g.count, risk: g.risk, reason: g.reason })),
        request_id: this.#r.ex.requestId,
      },
    }
  }

  // Dispatched before the answer is sent: the shard queue is per session and ordered, so
  // the client's next request in the session is evaluated after this record lands.
  #record (summary: OutputSummary): void {
    if (this.#sessionId === null) return
    const action = outputSessionAction(summary, summary.settings.thresholds.flag)
    if (action === null) return
    const ref = this.#r.ex
    this.#ctx.router.run({ kind: 'record-output', requestId: ref.requestId, tenant: this.#r.tenant, sessionId: this.#sessionId, ...action })
      .then(({ reply }) => { if (!reply.ok) this.#ctx.telemetry.error(ref, new Error(`${reply.error.code}: ${reply.error.message}`), 'output:record') })
      .catch((err: unknown) => { this.#ctx.telemetry.error(ref, err, 'output:record') })
  }
}

export function blockedMessage (f: OutputFinding, requestId: string): string {
  return `Response withheld by InferShield output policy: ${f.reason} (${f.policyId}). Request id ${requestId}.`
}

/**
 * Prepares a chat request's output side: plants the session's canary in the forwarded
 * messages (when configured) and builds the scan its answer goes through. Null guard when
 * every output category is off.
 */
export function prepareOutput (ctx: GatewayContext, r: JsonRequest, messages: Messages, sessionId: string | null): { messages: Messages, guard: OutputGuard | null } {
  const cfg = ctx.output
  if (!cfg.enabled) return { messages, guard: null }
  let token = sessionCanary(cfg, r.tenant, sessionId, r.ex.requestId)
  let forwarded = messages
  if (token !== null && cfg.canary.mode !== 'off') {
    const planted = plantCanary(messages, canaryLine(token), cfg.canary.mode)
    if (planted === null) token = null
    else forwarded = planted as Messages
  }
  const scan = new ResponseScan(cfg, scanSecretsOf(cfg, token, promptTexts(messages)), { tenant: r.tenant, route: r.ex.route })
  return { messages: forwarded, guard: new OutputGuard(ctx, r, sessionId, scan) }
}
