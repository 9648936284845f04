import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import { evidenceOf } from '../../evidence.js'
import type { Signal } from '../../types.js'
import { earlierTurns } from './earlier-turns.js'
import { earlierAnswers } from './answer-facts.js'
import { currentTurnIntents } from './intents.js'
import { bypassIn, claimsApproval, isBulk, isComplianceLog, largestAmount, leadWord, precedentIn, seriesWord } from './precedent.js'
import { privilegeIn } from './privilege.js'
import { currentUserSegments } from '../../turn-scope.js'

const Params = Type.Object({
  baseRisk: Type.Number({ default: 45, minimum: 0, maximum: 100, description: 'Risk of a turn that appeals to the model\'s precedent ("same as before", "be consistent with your past behaviour") while asking for more than a routine step.' }),
  bypassBonus: Type.Number({ default: 20, minimum: 0, maximum: 50, description: 'Added when the turn waives a check ("no confirmation", "without asking").' }),
  bulkBonus: Type.Number({ default: 25, minimum: 0, maximum: 50, description: 'Added when the turn widens the scope to a range or every record ("504 through 900", "all fields").' }),
  secretBonus: Type.Number({ default: 25, minimum: 0, maximum: 50, description: 'Added when the turn asks to read credential material.' }),
  restrictedBonus: Type.Number({ default: 15, minimum: 0, maximum: 50, description: 'Added when the turn asks for an operation a deployment reserves for a role (delete, other people\'s records).' }),
  approvalBonus: Type.Number({ default: 15, minimum: 0, maximum: 50, description: 'Added when the turn asserts someone else\'s approval ("supervisor ok").' }),
  priorSendBonus: Type.Number({ default: 35, minimum: 0, maximum: 50, description: 'Added when an earlier assistant reply in the resent history sent data out (an image carrying data in its URL, a send tool call): the precedent invoked is an exfiltration.' }),
  seriesBonus: Type.Number({ default: 10, minimum: 0, maximum: 50, description: 'Added when earlier requests form a series (two or more with the same first word): many-shot priming.' }),
  logBonus: Type.Number({ default: 15, minimum: 0, maximum: 50, description: 'Added when an earlier user turn recounts the model complying several times (a fabricated log of its past behaviour).' }),
  seriesRisk: Type.Number({ default: 80, minimum: 0, maximum: 100, description: 'Risk of a turn that continues a series of earlier requests at a much larger scale (amount over twice the largest before, or bulk) with an asserted approval or a waived check, without naming the precedent.' }),
  windowTurns: Type.Integer({ default: 8, minimum: 1, maximum: 50, description: 'Earlier turns examined.' }),
}, { additionalProperties: false })

/**
 * Many-shot priming in the conversation itself: a run of small requests (with replies the
 * client may have invented) sets a precedent, then one turn invokes it for something
 * bigger, more sensitive or unchecked. The precedent alone is ordinary ("same format as
 * before"); it is scored only together with what it is used to obtain. A series scaled up
 * under an asserted approval scores without the appeal being spelled out.
 */
export default definePolicy({
  id: 'session.primed-compliance',
  category: 'session_chain',
  phase: 'session',
  priority: 70,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'A turn that invokes a precedent set by earlier turns ("same as before", "great pattern, now…", "be consistent with your past behaviour") to obtain a bulk, secret, unchecked or privileged action, or that scales up a series of earlier requests under an asserted approval.',
  params: Params,
  evaluate ({ input, session, params }) {
    const turn = currentUserSegments(input)
    const lead = turn[turn.length - 1]
    if (lead === undefined) return []
    const now = turn.map(s => s.text).join('\n')
    const earlier = earlierTurns(input, session, params.windowTurns)
    if (earlier.count === 0) return []
    const series = seriesWord(earlier.texts)
    const precedent = precedentIn(now)
    if (precedent === null) {
      // A series continued at a much larger scale, under an approval the user asserts. The
      // continuation is the turn as written or a view it speaks through (a payload it asks
      // to have followed), whichever opens with the series' word.
      const next = series === null ? undefined : turn.find(s => leadWord(s.text) === series)
      if (next === undefined || !(claimsApproval(next.text) || bypassIn(next.text))) return []
      const before = Math.max(0, ...earlier.texts.map(largestAmount))
      const amount = largestAmount(next.text)
      if (!(isBulk(next.text) || (before > 0 && amount > 2 * before))) return []
      return [{ risk: params.seriesRisk, reason: `primed compliance: continues a series of earlier "${series}" requests at a much larger scale under an asserted approval or a waived check`, evidence: evidenceOf(next, 0, next.text.length), actions: ['policy_probe'] }]
    }
    const secret = currentTurnIntents(input).some(t => t.intent.kind === 'sensitive_read' && t.intent.grade === 'secret')
    // An earlier answer carried data out: in the resent history, else as the session saw it go out.
    const priorSend = earlierAnswers(input, session, params.windowTurns).any.has('sent')
    const asks: [boolean, number, string][] = [
      [bypassIn(now), params.bypassBonus, 'waives a check'],
      [isBulk(now), params.bulkBonus, 'widens to bulk'],
      [secret, params.secretBonus, 'asks for credentials'],
      [privilegeIn(now).restricted !== null, params.restrictedBonus, 'asks for a privileged operation'],
      [claimsApproval(now), params.approvalBonus, 'asserts an approval'],
      [priorSend, params.priorSendBonus, 'an earlier reply sent data out'],
    ]
    const used = asks.filter(a => a[0])
    if (used.length === 0) return []
    let risk = params.baseRisk + used.reduce((sum, a) => sum + a[1], 0)
    if (series !== null) risk += params.seriesBonus
    const log = earlier.texts.some(isComplianceLog)
    if (log) risk += params.logBonus
    const why = [...used.map(a => a[2]), series !== null ? `after a series of "${series}" requests` : '', log ? 'after a recounted log of the model complying' : ''].filter(w => w !== '')
    const seg = turn.find(s => precedentIn(s.text) !== null) ?? lead
    const span = precedentIn(seg.text) ?? { start: 0, end: seg.text.length }
    const signal: Signal = {
      risk: Math.min(95, risk),
      reason: `primed compliance: appeals to a precedent of earlier turns and ${why.join(', ')}`,
      evidence: evidenceOf(seg, span.start, span.end),
      actions: ['policy_probe'],
    }
    return [signal]
  },
})
