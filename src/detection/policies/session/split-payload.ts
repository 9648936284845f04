import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import { joinRequestIn, payloadOf, piecesOf, requestSegmentOf } from '../../reassembly.js'
import type { Signal } from '../../types.js'

const Params = Type.Object({
  risk: Type.Number({ default: 50, minimum: 0, maximum: 100, description: 'Risk of a turn that asks to put earlier turns together and act on the result.' }),
  markedRisk: Type.Number({ default: 80, minimum: 0, maximum: 100, description: 'Risk when the request names the pieces as parts ("part A + part B", "X+Y+Z", "the lists") and earlier turns delivered marked pieces (quoted, labelled, listed).' }),
}, { additionalProperties: false })

/**
 * A payload split across turns is harmless piece by piece; the turn that asks to join
 * the pieces and act on them is where the instruction comes alive. The content policies
 * score what the pieces say (the reassembled views are scanned like any text); this
 * policy scores the request to reassemble and follow, and raises decode_and_follow.
 * Delivering marked pieces and then asking to run their sum is the technique itself.
 */
export default definePolicy({
  id: 'session.split-payload',
  category: 'session_chain',
  phase: 'session',
  priority: 85,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'A turn that asks to join pieces sent in earlier turns ("combine part A and part B", "X+Y+Z", "the first letter of each message") and to follow or run the result.',
  params: Params,
  evaluate ({ input, session, params }) {
    const pieces = piecesOf(input, session)
    if (pieces === null) return []
    const seg = requestSegmentOf(input, pieces.messageIndex)
    if (seg === undefined) return []
    const ask = joinRequestIn(seg.text)
    if (ask.follow === null) return []
    const marked = pieces.texts.slice(0, -1).filter(p => payloadOf(p).marked).length
    // An acrostic marks its pieces by position: their first letters are the payload.
    const risk = (ask.namesParts && marked >= 1) || ask.acrostic ? params.markedRisk : params.risk
    const signal: Signal = {
      risk,
      reason: `asks to reassemble ${ask.acrostic ? 'the initials of earlier messages' : marked >= 1 ? `${marked} marked piece(s)` : 'text'} from earlier turns and act on the result — in ${seg.role} message ${seg.messageIndex}`,
      evidence: evidenceOf(seg, ask.follow.index, ask.follow.index + ask.follow[0].length),
      actions: ['decode_and_follow'],
    }
    return [signal]
  },
})
