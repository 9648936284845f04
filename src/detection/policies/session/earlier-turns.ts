import { perInput } from '../../input-memo.js'
import type { NormalizedInput, SessionAction, SessionView } from '../../types.js'
import { currentTurn } from './chain-timeline.js'
import { currentTurnStart } from '../../turn-scope.js'

/** What a policy can know about the turns before this one. */
export interface EarlierTurns {
  /** Recorded turns within the window, oldest first as recorded. */
  readonly recorded: readonly SessionAction[]
  /** Earlier user text: the resent history when there is one, else the session's fragments. */
  readonly texts: readonly string[]
  /** The message index of each text when it comes from the resent history; empty for fragments. */
  readonly indexes: readonly number[]
  /** How many earlier turns there are, by the larger of the two sources. */
  readonly count: number
}

/**
 * The earlier turns of the conversation from whichever source the client gives: a client
 * that resends its history carries the text itself; a latest-only client leaves only the
 * session record and its fragments. Several policies ask each request: computed once.
 */
export const earlierTurns = perInput((input: NormalizedInput, session: SessionView, windowTurns: number): EarlierTurns => {
  const from = currentTurnStart(input.messages)
  const current = currentTurn(session)
  const recorded = session.recent.filter(a => current - a.turn <= windowTurns)
  // The window applies to the resent history as to the record: the same turns either way.
  const history = input.segments.filter(s => s.layer === 'plain' && s.role === 'user' && s.messageIndex < from).slice(-windowTurns)
  const texts = history.length > 0 ? history.map(s => s.text) : recorded.flatMap(a => a.fragments ?? [])
  return { recorded, texts, indexes: history.map(s => s.messageIndex), count: Math.max(history.length, recorded.length) }
})
