import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { latencyFigures, percentile, slowestScenarios } from '../../../src/replay/latency.js'
import { blockStageOf, computeFigures, groupFigures, outcomeOf, type Outcome } from '../../../src/replay/metrics.js'
import { checkThresholds } from '../../../src/replay/thresholds.js'
import type { ScenarioResult } from '../../../src/replay/types.js'
import { answerBlockedRequest, blockedRequest, request, result, stepsScenario } from './builders.js'

const repeat = (o: Outcome, n: number): Outcome[] => Array.from({ length: n }, () => o)

describe('detection figures', () => {
  // Hand-computed: precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2PR/(P+R), FPR = FP/(FP+TN).
  const cases: { name: string, tp: number, fn: number, tn: number, fp: number, err: number, precision: number | null, recall: number | null, f1: number | null, fpr: number | null }[] = [
    { name: '8 of 10 attacks, 1 of 20 benign blocked', tp: 8, fn: 2, tn: 19, fp: 1, err: 0, precision: 8 / 9, recall: 0.8, f1: 16 / 19, fpr: 0.05 },
    { name: 'perfect', tp: 5, fn: 0, tn: 5, fp: 0, err: 0, precision: 1, recall: 1, f1: 1, fpr: 0 },
    { name: 'nothing blocked', tp: 0, fn: 4, tn: 6, fp: 0, err: 0, precision: null, recall: 0, f1: null, fpr: 0 },
    { name: 'everything blocked', tp: 3, fn: 0, tn: 0, fp: 3, err: 0, precision: 0.5, recall: 1, f1: 2 / 3, fpr: 1 },
    { name: 'only benign, with errors left out', tp: 0, fn: 0, tn: 3, fp: 1, err: 2, precision: null, recall: null, f1: null, fpr: 0.25 },
    { name: 'only attacks: precision and F1 undefined', tp: 3, fn: 1, tn: 0, fp: 0, err: 0, precision: null, recall: 0.75, f1: null, fpr: null },
    { name: 'blocks only on benign', tp: 0, fn: 2, tn: 0, fp: 2, err: 0, precision: 0, recall: 0, f1: 0, fpr: 1 },
  ]
  for (const c of cases) {
    it(`computes the matrix and rates: ${c.name}`, () => {
      const g = groupFigures('g', [...repeat('tp', c.tp), ...repeat('fn', c.fn), ...repeat('tn', c.tn), ...repeat('fp', c.fp), ...repeat('error', c.err)])
      assert.deepEqual([g.tp, g.fn, g.tn, g.fp, g.errored], [c.tp, c.fn, c.tn, c.fp, c.err])
      assert.equal(g.scenarios, c.tp + c.fn + c.tn + c.fp + c.err)
      assert.equal(g.attacks, c.tp + c.fn)
      assert.equal(g.benign, c.tn + c.fp)
      for (const k of ['precision', 'recall', 'f1', 'fpr'] as const) {
        const want = c[k]
        if (want === null) assert.equal(g[k], null, k)
        else assert.ok(Math.abs((g[k] ?? NaN) - want) < 1e-12, `${k}: ${g[k]} vs ${want}`)
      }
    })
  }

  it('counts a scenario as blocked when any of its requests was, and leaves out unblocked scenarios with errors', () => {
    assert.equal(outcomeOf(result('a', 'attack', [request(1), blockedRequest(2), request(3)])), 'tp')
    assert.equal(outcomeOf(result('a', 'attack', [request(1), request(2)])), 'fn')
    assert.equal(outcomeOf(result('b', 'benign', [request(1), blockedRequest(2)])), 'fp')
    assert.equal(outcomeOf(result('b', 'benign', [request(1)])), 'tn')
    assert.equal(outcomeOf(result('b', 'benign', [request(1, { status: 0, decision: null, error: 'ECONNRESET' })])), 'error')
    assert.equal(outcomeOf(result('a', 'attack', [request(1, { status: 500, decision: null, error: 'http 500' }), blockedRequest(2)])), 'tp')
  })

  it('tells which stage caught a scenario: the request stage wins, answer-only when output scanning alone blocked', () => {
    assert.equal(blockStageOf(result('a', 'attack', [answerBlockedRequest(1), blockedRequest(2)])), 'request')
    assert.equal(blockStageOf(result('a', 'attack', [request(1), answerBlockedRequest(2)])), 'response')
    assert.equal(blockStageOf(result('a', 'attack', [request(1)])), null)
    const g = groupFigures('g', ['tp', 'tp', 'tp', 'fn', 'fp', 'tn'], ['request', 'response', 'request', null, 'response', null])
    assert.deepEqual([g.tp, g.tpRequest, g.tpResponseOnly, g.fp, g.fpResponseOnly], [3, 2, 1, 1, 1])
    assert.equal(g.recall, 0.75)
    assert.equal(g.requestRecall, 0.5)
  })

  it('groups by label, family and tag, lists misses and false positives by id, and counts policy hits', () => {
    const f = computeFigures([
      result('pi-2', 'attack', [request(1), request(2)], 'prompt-injection', ['lang:de']),
      result('pi-1', 'attack', [blockedRequest(1, ['pi.override', 'enc.base64'])], 'prompt-injection', ['lang:de', 'base64']),
      result('jb-1', 'attack', [blockedRequest(1, ['pi.override']), blockedRequest(2, ['pi.override'])], 'jailbreak'),
      result('sw-1', 'benign', [request(1, { decision: 'flag', riskScore: 60 })], 'software-development'),
      result('sw-2', 'benign', [blockedRequest(1, ['enc.base64'])], 'software-development', ['base64']),
      result('sw-3', 'benign', [request(1, { status: 0, decision: null, error: 'timeout' })], 'software-development'),
    ])
    assert.deepEqual([f.overall.tp, f.overall.fn, f.overall.tn, f.overall.fp, f.overall.errored], [2, 1, 1, 1, 1])
    assert.deepEqual(f.byLabel.map(g => [g.key, g.scenarios]), [['attack', 3], ['benign', 3]])
    assert.deepEqual(f.byFamily.map(g => [g.key, g.tp, g.fn, g.tn, g.fp]), [['jailbreak', 1, 0, 0, 0], ['prompt-injection', 1, 1, 0, 0], ['software-development', 0, 0, 1, 1]])
    assert.deepEqual(f.byTag.map(g => [g.key, g.scenarios]), [['base64', 2], ['lang:de', 2]])
    assert.deepEqual(f.bySubcategory, [])
    assert.deepEqual(f.missed, ['pi-2'])
    assert.deepEqual(f.falsePositives, ['sw-2'])
    assert.deepEqual(f.errored, [{ id: 'sw-3', error: 'step 1: timeout' }])
    assert.deepEqual(f.policies, [
      { id: 'pi.override', requests: 3, attackScenarios: 2, benignScenarios: 0 },
      { id: 'enc.base64', requests: 2, attackScenarios: 1, benignScenarios: 1 },
    ])
    assert.deepEqual(f.requests, { total: 8, allowed: 2, flagged: 1, blocked: 4, errors: 1 })
  })
})

describe('early blocks', () => {
  function chain (id: string, blockedAt: number): ScenarioResult {
    const s = stepsScenario(id, 'attack', [{ role: 'user', content: 'a' }, { role: 'user', content: 'b' }, { role: 'user', content: 'c' }], 'multi-turn')
    const body = s.body.kind === 'steps' ? s.body : assert.fail('steps')
    const steps = body.steps.map(st => ({ ...st, expectedDetection: st.step === 3 }))
    return { id, scenario: { ...s, body: { kind: 'steps', steps } }, requests: [1, 2, 3].map(n => n >= blockedAt ? blockedRequest(n) : request(n)) }
  }
  it('lists detected attacks first blocked before their first expected step', () => {
    assert.deepEqual(computeFigures([chain('mt-b', 3), chain('mt-a', 2), chain('mt-c', 4)]).blockedEarly, ['mt-a'])
  })
})

describe('latency figures', () => {
  it('takes nearest-rank percentiles, always an observed value', () => {
    const s = Array.from({ length: 100 }, (_, i) => i + 1)
    assert.equal(percentile(s, 50), 50)
    assert.equal(percentile(s, 95), 95)
    assert.equal(percentile(s, 99), 99)
    assert.equal(percentile([1, 2, 3, 4], 50), 2)
    assert.equal(percentile([7], 99), 7)
    assert.equal(percentile([], 50), null)
  })

  it('summarises request latencies whatever their order', () => {
    assert.deepEqual(latencyFigures([4, 1, 3, 2]), { requests: 4, p50: 2, p95: 4, p99: 4, max: 4, mean: 2.5 })
    assert.deepEqual(latencyFigures([]), { requests: 0, p50: null, p95: null, p99: null, max: null, mean: null })
  })

  it('ranks scenarios by their total latency, ties broken by id', () => {
    const slow = slowestScenarios([
      result('b', 'benign', [request(1, { latencyMs: 5 }), request(2, { latencyMs: 5 })]),
      result('a', 'benign', [request(1, { latencyMs: 10 })]),
      result('c', 'benign', [request(1, { latencyMs: 1 })]),
    ], 2)
    assert.deepEqual(slow, [{ id: 'a', totalMs: 10, requests: 1 }, { id: 'b', totalMs: 10, requests: 2 }])
  })
})

describe('thresholds', () => {
  const g = groupFigures('overall', [...repeat('tp', 9), 'fn', ...repeat('tn', 19), 'fp'])
  it('passes when recall and FPR are within the limits', () => {
    assert.deepEqual(checkThresholds(g, { minRecall: 0.9, maxFpr: 0.05 }), { minRecall: 0.9, maxFpr: 0.05, passed: true, failures: [] })
  })
  it('fails naming each missed limit', () => {
    const v = checkThresholds(g, { minRecall: 0.95, maxFpr: 0.01 })
    assert.equal(v?.passed, false)
    assert.deepEqual(v?.failures, ['recall 0.9000 is below --min-recall 0.95', 'FPR 0.0500 is above --max-fpr 0.01'])
  })
  it('fails a run with errors even when the rates pass', () => {
    const v = checkThresholds(groupFigures('overall', ['tp', 'tn', 'error']), { minRecall: 0.5, maxFpr: null })
    assert.equal(v?.passed, false)
  })
  it('is absent when no limit was given', () => {
    assert.equal(checkThresholds(g, { minRecall: null, maxFpr: null }), null)
  })
})
