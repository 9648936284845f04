import { compileEngine, type EngineResult } from '../../../../../src/detection/engine.js'
import { DEFAULT_LIMITS } from '../../../../../src/detection/normalize/index.js'
import { appendAction, newSession, viewOf, type SessionState } from '../../../../../src/session/state.js'
import type { ChatMessage } from '../../../../../src/detection/types.js'
import { answerFactsOf } from '../../../../../src/detection/policies/session/answer-facts.js'
import { actionOf } from '../../../../../src/worker/evaluator.js'

/** The full default policy set, as the gateway compiles it. */
export const engine = compileEngine({
  thresholds: { block: 80, flag: 50 },
  sessionBoost: { max: 0.5, decayTurns: 10 },
  limits: DEFAULT_LIMITS,
  policies: {},
})

/**
 * Sends `requests` in order through one session, recording each turn with the worker's
 * own actionOf, and returns every result.
 */
export function replaySession (requests: readonly (readonly ChatMessage[])[], answers: readonly (string | null)[] = []): EngineResult[] {
  let state: SessionState = newSession('t', 's', 0)
  const out: EngineResult[] = []
  for (const [i, messages] of requests.entries()) {
    const r = engine.evaluate(messages, viewOf(state), 'request')
    out.push(r)
    state = appendAction(state, { ...actionOf(r), at: 0 }, 50, 0)
    // The answer to this request, as the output stage records it when it shows a fact.
    const facts = answerFactsOf(answers[i] ?? '')
    if (facts.length > 0) state = appendAction(state, { at: 0, kinds: [], decision: 'allow', score: 0, policies: [], answer: facts }, 50, 0)
  }
  return out
}

/**
 * A conversation as a latest-only client sends it, with the model's answers proxied in
 * between: the session remembers what each answer showed, the requests never carry them.
 */
export function latestAnswered (turns: readonly (readonly [user: string, answer: string])[]): EngineResult[] {
  return replaySession(turns.map(([content]) => [{ role: 'user', content }]), turns.map(([, answer]) => answer))
}

/** The same conversation as a client that resends its history. */
export function historyAnswered (turns: readonly (readonly [user: string, answer: string])[]): EngineResult[] {
  const history: ChatMessage[] = []
  const requests: ChatMessage[][] = []
  for (const [content, answer] of turns) {
    history.push({ role: 'user', content })
    requests.push([...history])
    history.push({ role: 'assistant', content: answer })
  }
  return replaySession(requests)
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
