import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import policy from '../../../../../src/detection/policies/session/escalation.js'
import type { ActionKind, SessionView } from '../../../../../src/detection/types.js'
import { userInput } from '../../../../helpers/plain-input.js'
import { maxRisk, runPolicy } from '../../../../helpers/run-policy.js'
import { quiet, sessionOf } from './session-fixtures.js'

function risk (session: SessionView, turnActions: readonly ActionKind[]): number {
  return maxRisk(runPolicy(policy, userInput('and now?'), { session, turnActions }))
}

describe('session.escalation adds risk to repeated probing', () => {
  it('fires when this turn probes after two probing turns', () => {
    const s = sessionOf([{ kinds: ['role_claim'] }, { kinds: ['policy_probe'] }])
    const r = risk(s, ['instruction_override'])
    assert.ok(r >= 55 && r <= 70, `risk ${r}`)
  })
  it('counts flagged and blocked turns as pressure', () => {
    const s = sessionOf([{ decision: 'flag', score: 55 }, { decision: 'block', score: 85 }])
    assert.ok(risk(s, ['role_claim']) >= 55)
  })
  it('rises with more pressure turns and a rising score trend', () => {
    const flat = risk(sessionOf([{ kinds: ['role_claim'] }, { kinds: ['role_claim'] }]), ['role_claim'])
    const crescendo = risk(sessionOf([
      { kinds: ['role_claim'], score: 20 }, { kinds: ['policy_probe'], score: 35 }, { kinds: ['instruction_override'], score: 48 },
    ]), ['instruction_override'])
    assert.ok(crescendo > flat + 10, `${crescendo} vs ${flat}`)
  })
  it('halves its risk when this turn raised only non-probing actions', () => {
    const s = sessionOf([{ kinds: ['role_claim'] }, { kinds: ['policy_probe'] }, { kinds: ['instruction_override'] }])
    assert.ok(risk(s, ['sensitive_read']) < risk(s, ['role_claim']))
    assert.ok(risk(s, ['sensitive_read']) > 0)
  })
  it('explains itself without evidence from a single message', () => {
    const [signal] = runPolicy(policy, userInput('x'), { session: sessionOf([{ kinds: ['role_claim'] }, { kinds: ['role_claim'] }]), turnActions: ['role_claim'] })
    assert.ok(signal !== undefined)
    assert.match(signal.reason, /3 pressure turns/)
    assert.equal(signal.evidence, null)
  })
})

describe('session.escalation leaves ordinary sessions alone', () => {
  it('does not fire on a clean turn after incidents (no lockout)', () => {
    const s = sessionOf([{ decision: 'block', kinds: ['role_claim'] }, { decision: 'block', kinds: ['role_claim'] }, { decision: 'block', kinds: ['role_claim'] }])
    assert.equal(risk(s, []), 0)
  })
  it('does not fire below the minimum number of pressure turns', () => {
    assert.equal(risk(sessionOf([{ kinds: ['role_claim'] }]), ['role_claim']), 0)
  })
  it('forgets probing outside the window', () => {
    const s = sessionOf([{ kinds: ['role_claim'] }, { kinds: ['policy_probe'] }, ...quiet(10)])
    assert.equal(risk(s, ['instruction_override']), 0)
  })
  it('ignores sessions of ordinary work', () => {
    assert.equal(risk(sessionOf([{ kinds: ['transform'] }, { kinds: ['sensitive_read'] }, {}]), ['transform']), 0)
  })
})
