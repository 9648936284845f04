import type { ActionKind, NormalizedInput, SessionAction, SessionView } from '../../types.js'
import { requestIntents } from './intents.js'
import { turnsAgo } from '../../turn-scope.js'
import { isToolDefinition } from '../../checks/roles.js'

/** Actions at a distance in turns from the turn being evaluated (0 = this turn). */
export interface Step {
  readonly ago: number
  readonly kinds: ReadonlySet<ActionKind>
  /** Where the step was seen, for the explanation. */
  readonly source: string
}

/** Ordinal of the turn being evaluated: one past the last recorded turn. */
export function currentTurn (session: SessionView): number {
  let last = session.totalActions
  for (const a of session.recent) if (a.turn > last) last = a.turn
  return last + 1
}

function fromRecorded (a: SessionAction, current: number): Step {
  return { ago: current - a.turn, kinds: new Set(a.kinds), source: `turn ${a.turn}` }
}

/**
 * Every known step: the session's recorded turns, this turn's actions, and the intents
 * stated in earlier messages of this request's history (a client may resend the whole
 * conversation to a gateway that never saw its earlier turns). A step seen both in the
 * record and in the history counts once where it matters: chain scoring takes maxima.
 */
export function timeline (session: SessionView, turnActions: ReadonlySet<ActionKind>, input: NormalizedInput): Step[] {
  const current = currentTurn(session)
  const steps: Step[] = session.recent.map(a => fromRecorded(a, current))
  steps.push({ ago: 0, kinds: turnActions, source: 'this turn' })
  const ago = turnsAgo(input.messages)
  const byMessage = new Map<number, Set<ActionKind>>()
  for (const seg of input.segments) {
    const distance = ago[seg.messageIndex] ?? 0
    // A tool definition describes what a tool can do; nothing was read or sent. What a
    // poisoned one asks for is prompt-injection.tool-poisoning's, with its own actions.
    if (distance === 0 || isToolDefinition(input, seg)) continue
    for (const intent of requestIntents(seg)) {
      const set = byMessage.get(seg.messageIndex) ?? new Set<ActionKind>()
      set.add(intent.kind)
      byMessage.set(seg.messageIndex, set)
    }
  }
  for (const [index, kinds] of byMessage) steps.push({ ago: ago[index] ?? 0, kinds, source: `message ${index} of this request` })
  return steps
}
