import { GatewayError } from '../../errors.js'
import { blockedBody } from '../analysis-view.js'
import { chatRequestText, checkChatRequest, parseJson } from '../chat-request.js'
import type { GatewayContext } from '../context.js'
import { evaluate } from '../evaluate.js'
import { jsonRoute } from '../json-route.js'
import { prepareOutput } from '../output-guard.js'
import { isValidSessionId } from '../request-headers.js'
import { relayStream, relayWhole } from '../upstream-relay.js'

/** Body fields that configure the gateway and must never reach the provider. */
const GATEWAY_FIELDS = ['session_id', 'infershield'] as const

/** POST /v1/chat/completions: evaluate, then block with an explanation or forward. */
export function chatCompletionsRoute (ctx: GatewayContext): ReturnType<typeof jsonRoute> {
  return jsonRoute(ctx, 'chat_completions', async (r) => {
    const raw = parseJson(r.body)
    const req = checkChatRequest(raw)
    const sessionId = r.headers.sessionId === '' ? (typeof req.session_id === 'string' ? req.session_id : null) : r.headers.sessionId
    if (sessionId !== null && !isValidSessionId(sessionId)) {
      throw new GatewayError('invalid_request', 'X-Session-ID must be 1-256 printable ASCII characters', { param: 'X-Session-ID' })
    }
    const { view } = await evaluate(ctx, r, chatRequestText(req, ctx.config.detection.toolDefinitions), sessionId, true)
    if (r.ex.aborted) return
    if (view.blocked) {
      r.ex.json(403, blockedBody(view))
      return
    }
    const output = prepareOutput(ctx, r, req.messages, sessionId)
    const forwarded: Record<string, unknown> = { ...req, messages: output.messages }
    for (const f of GATEWAY_FIELDS) delete forwarded[f]
    const controller = new AbortController()
    r.ex.onAbort(() => controller.abort())
    const t0 = process.hrtime.bigint()
    const upstream = await ctx.upstream.post('/chat/completions', JSON.stringify(forwarded), r.headers.forwardable, controller.signal)
    ctx.telemetry.metrics.upstreamSeconds.observe({ status: `${Math.floor(upstream.status / 100)}xx` }, Number(process.hrtime.bigint() - t0) / 1e9)
    const extra = { 'X-InferShield-Decision': view.decision, 'X-InferShield-Risk-Score': String(view.risk_score) }
    if (req.stream === true) await relayStream(r.ex, upstream, extra, ctx.telemetry, () => controller.abort(), output.guard)
    else await relayWhole(r.ex, upstream, extra, output.guard)
  })
}
