import { allSegmentsOf, type ChatMessage, type NormalizedInput, type Segment } from './types.js'
import { askedToRead } from './checks/decode-ask.js'
import { perInput } from './input-memo.js'
import { LINE_BREAKS } from './normalize/decoders/line-breaks.js'
import { JOINED_WORDS } from './normalize/decoders/separators.js'

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

/**
 * Decodings that spell the same words another way (1337, rot13, Atbash, backwards, pig latin, a
 * Caesar shift, rAnDoM case): what they decode to is what the user wrote, only disguised. Payloads
 * such as base64 or hex are data the turn carries, not its own words.
 */
const RESPELLINGS: ReadonlySet<string> = new Set(['leetspeak', 'rot13', 'atbash', 'reversed', 'reversed-words', 'pig-latin', 'caesar', 'case-noise', LINE_BREAKS, JOINED_WORDS, 'spaced-letters'])

/** A decoded segment that is a respelling of its message (see RESPELLINGS), not the joined turns. */
function isRespelling (seg: Segment): boolean {
  return seg.layer === 'decoded' && seg.encodings.length > 0 && seg.encodings.every(e => RESPELLINGS.has(e))
}

/**
 * The user segments of the current turn (see currentTurnStart): what this turn itself
 * says. The plain segments come first, in message order, then their respellings and the
 * payloads the turn asks to have decoded or followed ("decode this base64 and do what it
 * says", a framed order, a message that is nothing but hex): a turn disguised in
 * leetspeak or rot13, or handed over encoded with the order to follow it, is read by the
 * session policies as it is by the content policies. A payload the turn merely carries
 * (a token, a log line, "what is this?") stays out. Several policies ask each request:
 * computed once.
 */
export const currentUserSegments = perInput((input: NormalizedInput): readonly Segment[] => {
  const from = currentTurnStart(input.messages)
  const plain: Segment[] = []
  const respelt: Segment[] = []
  for (const s of input.segments) {
    if (s.role !== 'user' || s.messageIndex < from) continue
    if (s.layer === 'plain') plain.push(s)
    else if (speaksForTurn(input, s)) respelt.push(s)
  }
  return respelt.length === 0 ? plain : [...plain, ...respelt]
})

/**
 * A decoded segment that reads as the words of its user message: a respelling, or a
 * payload the message asks to be decoded or followed (checks/decode-ask.ts).
 */
export function speaksForTurn (input: NormalizedInput, seg: Segment): boolean {
  if (seg.role !== 'user' || seg.layer !== 'decoded') return false
  if (isRespelling(seg)) return true
  // The whole request's segments: a decomposed policy may hold this decoded segment alone.
  return askedToRead(input.messages, seg, allSegmentsOf(input).find(p => p.layer === 'plain' && p.messageIndex === seg.messageIndex))
}
