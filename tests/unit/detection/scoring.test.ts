import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { combine, decide, sessionMultiplierOf } from '../../../src/detection/scoring.js'
import type { Contribution, SessionAction } from '../../../src/detection/types.js'

const T = { block: 80, flag: 50 }
const NONE = { value: 1, reason: null }

function c (policyId: string, contribution: number): Contribution {
  return { policyId, category: 'prompt_injection', risk: contribution, weight: 1, contribution, reason: `r-${policyId}`, evidence: null, actions: [] }
}

function act (turn: number, decision: SessionAction['decision']): SessionAction {
  return { turn, at: 0, kinds: [], decision, score: decision === 'block' ? 90 : decision === 'flag' ? 60 : 0, policies: [] }
}

describe('combine', () => {
  it('scores zero with no contributions and allows', () => {
    const r = combine([], NONE, T)
    assert.equal(r.score, 0)
    assert.equal(r.decision, 'allow')
  })

  it('combines policies as independent evidence (noisy-OR)', () => {
    assert.equal(combine([c('a', 60), c('b', 50)], NONE, T).score, 80)
    assert.equal(combine([c('a', 60), c('b', 60)], NONE, T).score, 84)
    assert.equal(combine([c('a', 100), c('b', 10)], NONE, T).score, 100)
  })

  it('counts each policy once, with its strongest contribution', () => {
    const r = combine([c('pii', 30), c('pii', 40), c('pii', 20)], NONE, T)
    assert.equal(r.score, 40)
    assert.equal(r.contributions.length, 1)
  })

  it('never lowers the score when a signal is added', () => {
    const base = combine([c('a', 45)], NONE, T).score
    assert.ok(combine([c('a', 45), c('b', 1)], NONE, T).score > base)
  })

  it('applies the session multiplier and caps at 100', () => {
    const r = combine([c('a', 60), c('b', 50)], { value: 1.2, reason: 'x' }, T)
    assert.equal(r.baseScore, 80)
    assert.equal(r.score, 96)
    assert.equal(r.sessionReason, 'x')
    assert.equal(combine([c('a', 90)], { value: 1.5, reason: 'x' }, T).score, 100)
  })

  it('scales only the fresh part of the score: carried contributions count at their own level', () => {
    const m = { value: 1.2, reason: 'x' }
    const carriedA = (x: Contribution): boolean => x.policyId === 'a'
    const r = combine([c('a', 60), c('b', 50)], m, T, carriedA)
    assert.equal(r.baseScore, 80)
    assert.equal(r.score, 84) // 100 × (1 − 0.4 × (1 − 0.6))
    assert.equal(combine([c('a', 75)], { value: 1.25, reason: 'x' }, T, carriedA).score, 75)
    assert.equal(combine([c('a', 75)], { value: 1.25, reason: 'x' }, T).score, 93.75)
    // With a multiplier of 1 the split changes nothing.
    assert.equal(combine([c('a', 60), c('b', 50)], NONE, T, carriedA).score, 80)
  })

  it('compounds carried findings of different earlier messages: rewritten history is scored in full', () => {
    const at = (x: Contribution, messageIndex: number): Contribution => ({ ...x, evidence: { messageIndex, role: 'user', layer: 'plain', encodings: [], start: 0, end: 1, excerpt: 'x' } })
    const old = (x: Contribution): boolean => x.evidence !== null
    assert.equal(combine([at(c('a', 60), 1), at(c('b', 60), 3)], { value: 1.5, reason: 'x' }, T, old).score, 84)
  })

  it('does not let the multiplier create risk from nothing', () => {
    assert.equal(combine([], { value: 1.5, reason: 'x' }, T).score, 0)
  })

  it('orders the explanation strongest first, ties by policy id', () => {
    const r = combine([c('b', 30), c('a', 30), c('z', 70)], NONE, T)
    assert.deepEqual(r.contributions.map(x => x.policyId), ['z', 'a', 'b'])
  })
})

describe('decide', () => {
  it('blocks at the block threshold and flags at the flag threshold', () => {
    assert.equal(decide(80, T), 'block')
    assert.equal(decide(79.99, T), 'flag')
    assert.equal(decide(50, T), 'flag')
    assert.equal(decide(49.99, T), 'allow')
  })
})

describe('sessionMultiplierOf', () => {
  it('is 1 for a fresh or clean session', () => {
    assert.equal(sessionMultiplierOf({ totalActions: 0, recent: [], peakScore: 0 }, 0.5, 10).value, 1)
    assert.equal(sessionMultiplierOf({ totalActions: 2, recent: [act(1, 'allow'), act(2, 'allow')], peakScore: 0 }, 0.5, 10).value, 1)
  })

  it('boosts after a recent block more than after a flag, and decays with turns', () => {
    const blockedJustNow = sessionMultiplierOf({ totalActions: 3, recent: [act(3, 'block')], peakScore: 90 }, 0.5, 10).value
    const flaggedJustNow = sessionMultiplierOf({ totalActions: 3, recent: [act(3, 'flag')], peakScore: 60 }, 0.5, 10).value
    const blockedLongAgo = sessionMultiplierOf({ totalActions: 9, recent: [act(3, 'block')], peakScore: 90 }, 0.5, 10).value
    const expired = sessionMultiplierOf({ totalActions: 20, recent: [act(3, 'block')], peakScore: 90 }, 0.5, 10).value
    assert.equal(blockedJustNow, 1.5)
    assert.equal(flaggedJustNow, 1.25)
    assert.ok(blockedLongAgo > 1 && blockedLongAgo < blockedJustNow)
    assert.equal(expired, 1)
  })
})
