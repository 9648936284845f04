import { GatewayError } from '../../errors.js'
import { checkAnalyzeRequest, parseJson } from '../chat-request.js'
import type { GatewayContext } from '../context.js'
import { evaluate } from '../evaluate.js'
import { jsonRoute } from '../json-route.js'
import { isValidSessionId } from '../request-headers.js'

/** POST /v1/analyze: detection only, nothing forwarded. Records into the session unless dry_run. */
export function analyzeRoute (ctx: GatewayContext): ReturnType<typeof jsonRoute> {
  return jsonRoute(ctx, 'analyze', async (r) => {
    const req = checkAnalyzeRequest(parseJson(r.body), ctx.config.detection.toolDefinitions)
    const sessionId = req.sessionId ?? (r.headers.sessionId === '' ? null : r.headers.sessionId)
    if (sessionId !== null && !isValidSessionId(sessionId)) {
      throw new GatewayError('invalid_request', 'session id must be 1-256 printable ASCII characters', { param: 'session_id' })
    }
    const { view } = await evaluate(ctx, r, req.text, sessionId, !req.dryRun)
    r.ex.json(200, view)
  })
}
