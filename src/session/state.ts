import { FRAGMENT_TURNS, type SessionAction, type SessionView } from '../detection/types.js'

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

export function viewOf (s: SessionState | null): SessionView {
  if (s === null) return { totalActions: 0, recent: [], peakScore: 0 }
  let peak = 0
  for (const a of s.recent) if (a.score > peak) peak = a.score
  return { totalActions: s.totalActions, recent: s.recent, peakScore: peak }
}

/** Session risk as reported to clients: the highest score in the retained window. */
export function sessionRisk (s: SessionState | null): number {
  return viewOf(s).peakScore
}
