import { fromData, GatewayError } from '../errors.js'
import type { EvaluateOutcome } from '../router/protocol.js'
import { analysisView, type AnalysisView } from './analysis-view.js'
import type { GatewayContext } from './context.js'
import type { JsonRequest } from './json-route.js'
import { placeOf, type RequestText } from './request-text.js'

export interface Evaluated {
  readonly outcome: EvaluateOutcome
  readonly view: AnalysisView
}

/** Hands the request to the shard that owns its session and logs the decision. */
export async function evaluate (ctx: GatewayContext, r: JsonRequest, text: RequestText, sessionId: string | null, record: boolean): Promise<Evaluated> {
  const { messages, sources } = text
  const t0 = process.hrtime.bigint()
  const { shard, reply } = await ctx.router.run({ kind: 'evaluate', requestId: r.ex.requestId, tenant: r.tenant, route: r.ex.route, sessionId, messages, stage: 'request', record }, r.ex)
  const roundTripNs = Number(process.hrtime.bigint() - t0)
  ctx.telemetry.metrics.shardQueue.set(ctx.router.queued())
  if (!reply.ok) throw fromData(reply.error)
  if (reply.outcome.kind !== 'evaluate') throw new GatewayError('internal_error', `shard answered '${reply.outcome.kind}' to an evaluate task`)
  const outcome = reply.outcome
  ctx.telemetry.decision(r.ex, outcome, {
    tenant: r.tenant,
    sessionId,
    shard,
    mode: ctx.router.mode,
    roundTripNs,
    place: i => placeOf(sources, i),
    ...(ctx.telemetry.includeContent ? { content: messages } : {}),
  })
  return { outcome, view: analysisView(outcome.result, outcome.session, r.ex.requestId, sources) }
}
