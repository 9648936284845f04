import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { appendAction, newSession, viewOf } from '../../../src/session/state.js'
import type { SessionAction } from '../../../src/detection/types.js'

type Entry = Omit<SessionAction, 'turn'>
const request = (score: number): Entry => ({ at: 0, kinds: [], decision: score >= 50 ? 'flag' : 'allow', score, policies: score > 0 ? ['p'] : [] })

describe('the session as detection sees it (viewOf)', () => {
  it('folds each answer record into the request turn it answers and numbers turns without them', () => {
    let s = newSession('t', 's', 0)
    s = appendAction(s, request(10), 50, 0)
    s = appendAction(s, { at: 0, kinds: [], decision: 'allow', score: 0, policies: [], answer: ['refused'] }, 50, 0)
    s = appendAction(s, request(20), 50, 0)
    s = appendAction(s, { at: 0, kinds: ['external_send'], decision: 'flag', score: 70, policies: ['output:exfiltration.output-image'] }, 50, 0)
    s = appendAction(s, request(0), 50, 0)
    assert.equal(s.totalActions, 5)
    const v = viewOf(s)
    assert.equal(v.totalActions, 3)
    assert.deepEqual(v.recent.map(a => a.turn), [1, 2, 3])
    assert.deepEqual(v.recent[0]?.answer, ['refused'])
    // An answer's findings make its turn as bad as the answer was.
    assert.equal(v.recent[1]?.decision, 'flag')
    assert.equal(v.recent[1]?.score, 70)
    assert.deepEqual(v.recent[1]?.kinds, ['external_send'])
    assert.deepEqual(v.recent[1]?.policies, ['p', 'output:exfiltration.output-image'])
    assert.equal(v.peakScore, 70)
  })

  it('leaves a session without answer records as it is', () => {
    let s = newSession('t', 's', 0)
    s = appendAction(s, request(10), 50, 0)
    s = appendAction(s, request(60), 50, 0)
    const v = viewOf(s)
    assert.equal(v.recent, s.recent)
    assert.equal(v.totalActions, 2)
  })
})
