import type { ActionKind, AnswerFact, Decision } from '../detection/types.js'
import { OUTPUT_POLICY_PREFIX } from '../session/state.js'
import type { OutputSummary } from './response-scan.js'
import type { OutputCategory } from './types.js'

/** The session action an answer's findings become. */
export interface OutputSessionAction {
  readonly decision: Decision
  readonly score: number
  readonly kinds: readonly ActionKind[]
  /** Ids prefixed `output:`, so a session's history tells answers from requests. */
  readonly policies: readonly string[]
  /** What the answer showed, for a later turn that does not carry it (see answer-facts.ts). */
  readonly answer?: readonly AnswerFact[]
}

// What each leak means for chain analysis: data the model disclosed is data read; a
// beacon is a send; a recited system prompt is a successful probe of the policy.
const KIND_OF: Readonly<Record<OutputCategory, ActionKind>> = {
  pii: 'sensitive_read',
  secrets: 'sensitive_read',
  exfiltration: 'external_send',
  systemPromptLeak: 'policy_probe',
}

/**
 * Null for a clean answer that showed none of the answer facts (nothing is recorded). A blocked answer is a blocked turn, and
 * so is one monitor mode let through where enforcement would have blocked it (as for
 * requests: later turns are then scored exactly as under enforcement); a
 * leak of secrets, a beacon or the system prompt is flagged whatever its action, since
 * it shows the conversation got the model to misbehave; PII counts as flagged from the
 * flag threshold of the request's scope (one address in a support answer is ordinary).
 */
export function outputSessionAction (s: OutputSummary, flagThreshold: number): OutputSessionAction | null {
  const answer = s.facts.length > 0 ? { answer: s.facts } : {}
  // A clean answer that showed something later turns are judged by: remembered, scored nothing.
  if (s.groups.length === 0) return s.facts.length === 0 ? null : { decision: 'allow', score: 0, kinds: [], policies: [], ...answer }
  const serious = s.groups.some(g => g.category !== 'pii') || s.risk >= flagThreshold
  const decision: Decision = s.blocked !== null || s.wouldBlock ? 'block' : serious ? 'flag' : 'allow'
  return {
    decision,
    score: Math.min(100, s.risk),
    kinds: [...new Set(s.groups.map(g => KIND_OF[g.category]))].sort(),
    policies: s.groups.map(g => `${OUTPUT_POLICY_PREFIX}${g.policyId}`),
    ...answer,
  }
}
