import { compileEngine, type EngineResult } from '../../../../../src/detection/engine.js'
import { DEFAULT_LIMITS } from '../../../../../src/detection/normalize/index.js'
import { appendAction, newSession, viewOf, type SessionState } from '../../../../../src/session/state.js'
import type { ChatMessage } from '../../../../../src/detection/types.js'

/** The full default policy set, as the gateway compiles it. */
export const engine = compileEngine({
  thresholds: { block: 80, flag: 50 },
  sessionBoost: { max: 0.5, decayTurns: 10 },
  limits: DEFAULT_LIMITS,
  policies: {},
})

/**
 * Sends `requests` in order through one session, recording each turn the way the worker
 * does (actions, decision, score, policies, fragments), and returns every result.
 */
export function replaySession (requests: readonly (readonly ChatMessage[])[]): EngineResult[] {
  let state: SessionState = newSession('t', 's', 0)
  const out: EngineResult[] = []
  for (const messages of requests) {
    const r = engine.evaluate(messages, viewOf(state), 'request')
    out.push(r)
    state = appendAction(state, {
      at: 0,
      kinds: r.actions,
      decision: r.decision,
      score: r.score,
      policies: r.contributions.filter(c => c.contribution > 0).map(c => c.policyId),
      ...(r.fragments.length > 0 ? { fragments: r.fragments } : {}),
    }, 50, 0)
  }
  return out
}

/** A conversation as latest-only requests: each user text alone, in one session. */
export function latestOnly (texts: readonly string[]): EngineResult[] {
  return replaySession(texts.map(content => [{ role: 'user', content }]))
}

/** A conversation as one history request per user turn, with canned assistant replies between. */
export function withHistory (texts: readonly string[], reply = 'Okay.'): EngineResult[] {
  const history: ChatMessage[] = []
  const requests: ChatMessage[][] = []
  for (const content of texts) {
    if (history.length > 0) history.push({ role: 'assistant', content: reply })
    history.push({ role: 'user', content })
    requests.push([...history])
  }
  return replaySession(requests)
}

export function policyIds (r: EngineResult | undefined): string[] {
  return (r?.contributions ?? []).filter(c => c.contribution > 0).map(c => c.policyId)
}
