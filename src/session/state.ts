import { FRAGMENT_TURNS, type Decision, type SessionAction, type SessionView } from '../detection/types.js'

/** Everything kept about one session. `recent` is the retained window; `totalActions` counts all time. */
export interface SessionState {
  readonly tenant: string
  readonly id: string
  readonly createdAt: number
  readonly updatedAt: number
  readonly totalActions: number
  readonly recent: readonly SessionAction[]
}

export function newSession (tenant: string, id: string, now: number): SessionState {
  return { tenant, id, createdAt: now, updatedAt: now, totalActions: 0, recent: [] }
}

/** Appends an action, numbering it, and trims the window to `window` entries. */
export function appendAction (s: SessionState, action: Omit<SessionAction, 'turn'>, window: number, now: number): SessionState {
  const turn = s.totalActions + 1
  const recent = s.recent.length >= window ? s.recent.slice(s.recent.length - window + 1) : s.recent.slice()
  recent.push({ ...action, turn })
  // Text fragments serve reassembly within FRAGMENT_TURNS only: the record that leaves
  // that reach drops them, so a session never holds more than a few turns of text.
  const aged = recent.length - 1 - FRAGMENT_TURNS
  const old = recent[aged]
  if (old?.fragments !== undefined) {
    const { fragments: _dropped, toolResult: _tool, ...rest } = old
    recent[aged] = rest
  }
  return { ...s, updatedAt: now, totalActions: turn, recent }
}

/**
 * A state from its parts, numbering the retained actions by position: the window always
 * ends at the latest action, so the last of `actions` is turn `total`, the one before it
 * `total - 1`, and so on. Keeps only the last `window` actions.
 */
export function stateFromParts (tenant: string, id: string, createdAt: number, updatedAt: number, total: number, actions: readonly Omit<SessionAction, 'turn'>[], window: number): SessionState {
  const kept = actions.length > window ? actions.slice(actions.length - window) : actions
  const recent = kept.map((a, i) => ({ ...a, turn: total - (kept.length - 1 - i) }))
  return { tenant, id, createdAt, updatedAt, totalActions: total, recent }
}

/**
 * What detection sees of a session: one record per request turn. The response stage
 * records what an answer showed (its findings, its answer facts) as a record of its own,
 * because it arrives after the request's record is written; detection counts windows,
 * decay and trends in turns, so each answer record is folded into the request record it
 * answers (worse decision, higher score, both sets of actions, policies and facts) and
 * the turns are renumbered without them. Otherwise every refusal would take a turn and
 * halve the memory a window holds against the user who provoked it. An answer record
 * whose request has left the window is dropped with it.
 */
export function viewOf (s: SessionState | null): SessionView {
  if (s === null) return { totalActions: 0, recent: [], peakScore: 0 }
  const turns: SessionAction[] = []
  let folded = 0
  let peak = 0
  for (const a of s.recent) {
    if (a.score > peak) peak = a.score
    if (!isAnswerRecord(a)) { turns.push(a); continue }
    folded++
    const request = turns.pop()
    if (request !== undefined) turns.push(withAnswer(request, a))
  }
  if (folded === 0) return { totalActions: s.totalActions, recent: s.recent, peakScore: peak }
  // Numbered back from the newest turn, so differences of turns count request turns only.
  const total = s.totalActions - folded
  const recent = turns.map((a, i) => ({ ...a, turn: total - (turns.length - 1 - i) }))
  return { totalActions: total, recent, peakScore: peak }
}

/** A record the response stage wrote: answer facts, or findings in the model's answer (`output:` policies). */
export function isAnswerRecord (a: SessionAction): boolean {
  return a.answer !== undefined || a.policies.some(p => p.startsWith(OUTPUT_POLICY_PREFIX))
}

/** Prefix of the policy ids in a record of the model's answer (see output/session-record.ts). */
export const OUTPUT_POLICY_PREFIX = 'output:'

const SEVERITY: Readonly<Record<Decision, number>> = { allow: 0, flag: 1, block: 2 }

function withAnswer (request: SessionAction, answer: SessionAction): SessionAction {
  const facts = [...new Set([...(request.answer ?? []), ...(answer.answer ?? [])])]
  return {
    ...request,
    decision: SEVERITY[answer.decision] > SEVERITY[request.decision] ? answer.decision : request.decision,
    score: Math.max(request.score, answer.score),
    kinds: [...new Set([...request.kinds, ...answer.kinds])],
    policies: [...request.policies, ...answer.policies],
    ...(facts.length > 0 ? { answer: facts } : {}),
  }
}

/** Session risk as reported to clients: the highest score in the retained window. */
export function sessionRisk (s: SessionState | null): number {
  return viewOf(s).peakScore
}
