import type { ChatMessage, NormalizedInput, Segment } from './types.js'

/**
 * Index of the first message of the current turn: the messages after the last assistant
 * reply (a trailing assistant message, the answer being scanned at the response stage,
 * belongs to the current turn). Chat clients resend the whole history with every
 * request; the earlier messages were this session's earlier turns.
 */
export function currentTurnStart (messages: readonly ChatMessage[]): number {
  let end = messages.length
  while (end > 0 && messages[end - 1]?.role === 'assistant') end--
  for (let i = end - 1; i >= 0; i--) {
    if (messages[i]?.role === 'assistant') return i + 1
  }
  return 0
}

/**
 * How many turns ago each message was sent, counted as assistant replies after it
 * (ignoring trailing assistant messages). Worked example: [user, assistant, user] → [1, 1, 0].
 */
export function turnsAgo (messages: readonly ChatMessage[]): number[] {
  let end = messages.length
  while (end > 0 && messages[end - 1]?.role === 'assistant') end--
  const out = new Array<number>(messages.length).fill(0)
  let replies = 0
  for (let i = end - 1; i >= 0; i--) {
    if (messages[i]?.role === 'assistant') replies++
    out[i] = replies
  }
  return out
}

/** The plain user segments of the current turn (see currentTurnStart): what this turn itself says. */
export function currentUserSegments (input: NormalizedInput): Segment[] {
  const from = currentTurnStart(input.messages)
  return input.segments.filter(s => s.layer === 'plain' && s.role === 'user' && s.messageIndex >= from)
}
