import Type from 'typebox'
import { definePolicy } from '../../define-policy.js'
import type { ActionKind, Signal } from '../../types.js'
import { currentTurn } from './chain-timeline.js'

// Actions that test the model's rules rather than use it.
const PROBING: ReadonlySet<ActionKind> = new Set(['role_claim', 'policy_probe', 'instruction_override', 'decode_and_follow'])

const Params = Type.Object({
  windowTurns: Type.Integer({ default: 8, minimum: 2, maximum: 100, description: 'How many recent turns are examined.' }),
  minTurns: Type.Integer({ default: 3, minimum: 2, maximum: 50, description: 'Pressure turns (probing actions, or flagged/blocked) in the window, this one included, from which the session counts as escalating.' }),
  baseRisk: Type.Number({ default: 55, minimum: 0, maximum: 100, description: 'Risk at minTurns pressure turns.' }),
  stepRisk: Type.Number({ default: 10, minimum: 0, maximum: 50, description: 'Added per pressure turn beyond minTurns.' }),
  maxRisk: Type.Number({ default: 85, minimum: 0, maximum: 100, description: 'Cap of the escalation risk.' }),
  trendBonus: Type.Number({ default: 10, minimum: 0, maximum: 50, description: 'Added when the last three recorded scores rise strictly (a crescendo).' }),
  varietyBonus: Type.Number({ default: 5, minimum: 0, maximum: 50, description: 'Added when two or more different probing actions appear in the window (role claim and override, …).' }),
  passiveFactor: Type.Number({ default: 0.5, minimum: 0, maximum: 1, description: 'Multiplier when this turn raised actions but none of them probing.' }),
}, { additionalProperties: false })

/**
 * Crescendo attacks spread pressure over many turns, each below the block threshold: a
 * role claim, then a rule probe, then an override. This policy adds risk when this turn
 * probes again after repeated pressure in the recent window. A clean turn (no actions)
 * gets nothing: a user who was flagged once must not be locked out of normal use, and the
 * session multiplier in scoring already weighs this turn by the history.
 */
export default definePolicy({
  id: 'session.escalation',
  category: 'session_chain',
  phase: 'session',
  priority: 90,
  weight: 1,
  stages: ['request'],
  failMode: 'closed',
  description: 'Repeated probing across recent turns (role claims, policy probes, instruction overrides, flagged or blocked turns) or a rising score trend, continued in this turn.',
  params: Params,
  evaluate ({ session, turnActions, params }) {
    const probingNow = [...turnActions].some(k => PROBING.has(k))
    if (turnActions.size === 0) return []
    const current = currentTurn(session)
    const recent = session.recent
      .filter(a => current - a.turn <= params.windowTurns)
      .slice()
      .sort((a, b) => a.turn - b.turn)
    const kinds = new Set<ActionKind>()
    let pressure = probingNow ? 1 : 0
    for (const k of turnActions) if (PROBING.has(k)) kinds.add(k)
    for (const a of recent) {
      const probing = a.kinds.filter(k => PROBING.has(k))
      for (const k of probing) kinds.add(k)
      if (probing.length > 0 || a.decision !== 'allow') pressure++
    }
    if (pressure < params.minTurns) return []
    const last3 = recent.slice(-3).map(a => a.score)
    const rising = last3.length === 3 && (last3[0] ?? 0) < (last3[1] ?? 0) && (last3[1] ?? 0) < (last3[2] ?? 0)
    let risk = Math.min(params.maxRisk, params.baseRisk + params.stepRisk * (pressure - params.minTurns))
    if (rising) risk += params.trendBonus
    if (kinds.size >= 2) risk += params.varietyBonus
    if (!probingNow) risk *= params.passiveFactor
    const signal: Signal = {
      risk: Math.min(100, Math.round(risk * 100) / 100),
      reason: `escalating session: ${pressure} pressure turns in the last ${params.windowTurns}${rising ? ', scores rising' : ''}${kinds.size > 0 ? ` (${[...kinds].sort().join(', ')})` : ''}`,
      evidence: null,
    }
    return [signal]
  },
})
