import Type from 'typebox'
import { isOperatorRole } from '../../checks/roles.js'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf, scrubContacts } from '../../evidence.js'
import { matchesIn } from '../../checks/scan.js'
import type { Signal } from '../../types.js'
import { currentTurn } from './chain-timeline.js'
import { currentTurnIntents, requestIntents } from './intents.js'
import { destinationIn, isSanctioned, sendsOnlyToSelf } from './outbound.js'
import { delegationIn, handsOffToDocument, isStanding } from './standing-rules.js'
import { currentTurnStart, currentUserSegments } from '../../turn-scope.js'

const Params = Type.Object({
  risk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'Risk of a turn that sets off an instruction to send data out given in an earlier turn: a standing rule to send, then data arriving or a hand-off to the rule; or a flagged instruction to send, then a hand-off to it.' }),
  windowTurns: Type.Integer({ default: 8, minimum: 1, maximum: 50, description: 'Earlier turns examined for the planted instruction.' }),
}, { additionalProperties: false })

type Planted = 'standing' | 'flagged'

/**
 * A send planted in an earlier turn and fired in this one. Two shapes: a standing rule
 * to send data out (stated by the user, or found in a fetched document), fired by the
 * data it waits for or by a hand-off ("apply my preference"); and an instruction to send
 * that was already flagged when it came in (a fetched guide telling the assistant to post
 * a file), fired by a hand-off ("do step 2 as the guide says"). The planted turn is found
 * in the resent history or, for a latest-only client, in the session record (its actions,
 * decision and fragments).
 */
export default definePolicy({
  id: 'session.deferred-instruction',
  category: 'session_chain',
  phase: 'session',
  priority: 72,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'An instruction to send data out planted in an earlier turn (a standing rule, or a flagged instruction in a fetched document) and set off in this turn by a hand-off ("apply my preference", "do step 2 as the guide says") or, for a standing rule, by the data it waits for.',
  params: Params,
  evaluate ({ input, session, params }) {
    const from = currentTurnStart(input.messages)
    const planted = plantedSend(input, session, from, params.windowTurns)
    if (planted === null) return []
    // What this turn does: hand off to the planted instruction, or bring it data.
    let handOff: Signal['evidence'] = null
    for (const seg of currentUserSegments(input)) {
      const d = delegationIn(seg.text)
      // A flagged instruction came from a document: the hand-off must point at the document
      // ("do step 2", "as the page says"), not at the user's own request ("carry out my request").
      if (d !== null && (planted === 'standing' || handsOffToDocument(seg.text))) { handOff = evidenceOf(seg, d.start, d.end); break }
    }
    // A standing rule waits for data: a tool result coming in, or a read this turn asks for.
    const data = planted !== 'standing'
      ? undefined
      : input.segments.find(s => s.messageIndex >= from && s.layer === 'plain' && s.role === 'tool') ??
        input.segments[currentTurnIntents(input).find(t => t.intent.kind === 'sensitive_read')?.segIndex ?? -1]
    if (handOff === null && data === undefined) return []
    const evidence = handOff ?? (data === undefined ? null : evidenceOf(data, 0, Math.min(data.text.length, 80)))
    const what = planted === 'standing' ? 'a standing rule to send data out' : 'a flagged instruction to send data out'
    return [{
      risk: params.risk,
      reason: `deferred instruction: ${what} from an earlier turn, set off in this turn by ${handOff !== null ? 'a hand-off to it' : 'the data it waits for'}`,
      evidence,
      actions: ['external_send'],
    }]
  },
})

/** The strongest send planted in an earlier turn: a standing rule, else an already flagged instruction; null when none. */
function plantedSend (input: Parameters<typeof currentTurnIntents>[0], session: Parameters<typeof currentTurn>[0], from: number, windowTurns: number): Planted | null {
  const operator = input.messages.filter(m => isOperatorRole(m.role)).map(m => m.content).join('\n')
  const outside = (destination: string | undefined): boolean => destination === undefined || operator.length === 0 || !isSanctioned(destination, operator)
  let found: Planted | null = null
  // The resent history: a user or tool message that sets a standing rule to send.
  let resent = false
  for (const seg of input.segments) {
    if (seg.messageIndex >= from || seg.layer !== 'plain' || (seg.role !== 'user' && seg.role !== 'tool')) continue
    resent = true
    // A user's own rule that sends to the user is their mail preference; a rule that came
    // in a tool result (data) is an injection wherever it sends.
    if (!isStanding(seg.text) || (seg.role === 'user' && sendsOnlyToSelf(seg.text))) continue
    if (requestIntents(seg).some(i => i.kind === 'external_send' && outside(i.destination))) return 'standing'
  }
  // The session record: a send that was flagged, or, for a latest-only client (no resent
  // history to read the destination from), a send stated as a standing rule in its fragments.
  const current = currentTurn(session)
  for (const a of session.recent) {
    if (current - a.turn > windowTurns || !a.kinds.includes('external_send')) continue
    if (!resent && (a.fragments ?? []).some(f => isStanding(f) && !namedByOperator(f, operator) && !(a.toolResult !== true && sendsOnlyToSelf(f)))) return 'standing'
    if (a.decision !== 'allow') found = 'flagged'
  }
  return found
}

// A contact the fragment scrubber masked ("ar******le"): compared with the operator's, masked the same way.
const MASKED = /[\w.%+-]{1,2}\*{2,}[\w.%+-]{1,2}/g

/**
 * Whether a recorded fragment sends to a destination the operator names. Fragments keep
 * e-mail addresses masked, so the operator's text is masked the same way and the masked
 * forms compared; hosts of URLs are kept and compared by name.
 */
function namedByOperator (fragment: string, operator: string): boolean {
  if (operator.length === 0) return false
  const url = destinationIn(fragment)
  if (url !== null && isSanctioned(url, operator)) return true
  const masked = scrubContacts(operator)
  return matchesIn(MASKED, fragment, 8).some(m => masked.includes(m[0]))
}
