import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import type { Signal } from '../../types.js'
import { timeline, type Step } from './chain-timeline.js'
import { turnDecay } from './decay.js'
import { isOperatorRole } from '../../checks/roles.js'
import { currentTurnIntents } from './intents.js'
import { isSanctioned } from './outbound.js'
import { encodedInConversation, urlCarriedSend } from './encoded-send.js'

const Params = Type.Object({
  chainRisk: Type.Number({ default: 90, minimum: 0, maximum: 100, description: 'Risk of a complete chain: sensitive read, then a transform, then an external send in this turn.' }),
  partialRisk: Type.Number({ default: 60, minimum: 0, maximum: 100, description: 'Risk of a sensitive read followed by an external send in this turn, with no transform between.' }),
  referredRisk: Type.Number({ default: 82, minimum: 0, maximum: 100, description: 'Risk of a sensitive read followed, with no transform between, by a send in this turn that points back at data the conversation holds ("post that to …", a `<that>` slot in the URL).' }),
  fullWeightTurns: Type.Integer({ default: 3, minimum: 0, maximum: 100, description: 'A read at most this many turns back counts with full weight.' }),
  horizonTurns: Type.Integer({ default: 10, minimum: 1, maximum: 1000, description: 'A read this many turns back or more no longer counts; the weight fades linearly in between.' }),
  encodedSendRisk: Type.Number({ default: 70, minimum: 0, maximum: 100, description: 'Risk, when no read is on record, of a send in this turn that carries conversation data into a URL or a public place after the conversation asked for an encoding (base64, hex, …): the beacon shape, with the conversation as the data.' }),
}, { additionalProperties: false })

function describe (read: Step, transform: Step | undefined): string {
  const t = transform === undefined ? '' : ` → transform (${transform.source})`
  return `cross-step exfiltration chain: sensitive read (${read.source})${t} → external send (this turn)`
}

/**
 * The session's signature policy: data is read, reshaped, then sent, each step in its
 * own innocent-looking turn. The chain is scored when its last step (the send) happens,
 * so an old chain does not re-fire on every later turn; the read's distance in turns sets
 * the weight.
 */
export default definePolicy({
  id: 'session.read-transform-send',
  category: 'session_chain',
  phase: 'session',
  priority: 100,
  weight: 1,
  stages: ['request', 'response'],
  failMode: 'closed',
  description: 'Cross-step exfiltration: a sensitive read, then a transform, then an external send within a horizon of turns (decaying with distance); read then send scores medium.',
  params: Params,
  evaluate ({ session, turnActions, input, params }) {
    if (!turnActions.has('external_send')) return []
    const steps = timeline(session, turnActions, input)
    // The send must be asked for in this turn (by the user, or made by a tool call), not
    // only described: an assistant offering to "send the unlock link to your e-mail"
    // raises external_send elsewhere, and every agent turn reads data.
    // A destination the operator's own prompt names is the deployment's workflow.
    const operator = input.messages.filter(m => isOperatorRole(m.role)).map(m => m.content).join('\n')
    const sends = currentTurnIntents(input).filter(t => t.intent.kind === 'external_send' &&
      (t.intent.destination === undefined || operator.length === 0 || !isSanctioned(t.intent.destination, operator)))
    if (sends.length === 0) return []
    const referred = sends.some(t => t.intent.refersBack === true)
    let best: { risk: number, read: Step, transform: Step | undefined } | undefined
    for (const read of steps) {
      if (!read.kinds.has('sensitive_read')) continue
      const weight = turnDecay(read.ago, params.fullWeightTurns, params.horizonTurns)
      if (weight === 0) continue
      // The transform must come at or after the read and no later than this turn.
      let transform: Step | undefined
      for (const s of steps) {
        if (s.kinds.has('transform') && s.ago <= read.ago && (transform === undefined || s.ago > transform.ago)) transform = s
      }
      const risk = (transform !== undefined ? params.chainRisk : referred ? params.referredRisk : params.partialRisk) * weight
      if (best === undefined || risk > best.risk) best = { risk, read, transform }
    }
    if (best === undefined) {
      const carried = urlCarriedSend(sends)
      if (carried === undefined || !encodedInConversation(input, session, params.horizonTurns)) return []
      return [{ risk: params.encodedSendRisk, reason: 'cross-step exfiltration: conversation data encoded, then carried out in a URL (this turn)', evidence: null }]
    }
    const signal: Signal = { risk: Math.round(best.risk * 100) / 100, reason: describe(best.read, best.transform), evidence: null }
    return [signal]
  },
})
