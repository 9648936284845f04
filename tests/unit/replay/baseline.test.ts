import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { modeBaselineOf, regressions } from '../../../src/replay/baseline.js'
import type { Figures, GroupFigures } from '../../../src/replay/metrics.js'

function g (key: string, scenarios: number, recall: number | null, fpr: number | null, requestRecall = recall): GroupFigures {
  return { key, scenarios, attacks: 0, benign: 0, errored: 0, tp: 0, fn: 0, tn: 0, fp: 0, tpRequest: 0, tpResponseOnly: 0, fpResponseOnly: 0, precision: null, recall, requestRecall, f1: null, fpr }
}

function figures (overall: GroupFigures, families: GroupFigures[]): Figures {
  return { overall, byFamily: families } as unknown as Figures
}

describe('detection baseline comparison', () => {
  const base = modeBaselineOf(figures(g('overall', 500, 0.9, 0.02), [g('jailbreak', 100, 0.8, null), g('tiny', 10, 1, null), g('hard-negative', 300, null, 0.05)]))

  it('passes when nothing moved more than 3 points the wrong way', () => {
    assert.deepEqual(regressions('history', figures(g('overall', 500, 0.88, 0.04), [g('jailbreak', 100, 0.771, null), g('tiny', 10, 0, null), g('hard-negative', 300, null, 0.079)]), base), [])
  })

  it('fails on a recall drop or an FPR rise of more than 3 points, naming the family', () => {
    const r = regressions('latest', figures(g('overall', 500, 0.86, 0.02, 0.9), [g('jailbreak', 100, 0.76, null, 0.8), g('tiny', 10, 1, null), g('hard-negative', 300, null, 0.09)]), base)
    assert.equal(r.length, 3)
    assert.match(r.join('\n'), /latest overall: recall/)
    assert.match(r.join('\n'), /latest jailbreak: recall/)
    assert.match(r.join('\n'), /latest hard-negative: false-positive rate/)
  })

  it('ignores families too small to gate on, but not their disappearance', () => {
    const r = regressions('history', figures(g('overall', 500, 0.9, 0.02), [g('jailbreak', 100, 0.8, null), g('hard-negative', 300, null, 0.05)]), base)
    assert.deepEqual(r, ['history tiny: in the baseline but not in this run'])
  })

  it('fails when request-stage recall drops even though answer-stage catches keep overall recall', () => {
    const r = regressions('history', figures(g('overall', 500, 0.9, 0.02, 0.85), [g('jailbreak', 100, 0.8, null), g('tiny', 10, 1, null), g('hard-negative', 300, null, 0.05)]), base)
    assert.deepEqual(r, ['history overall: request-stage recall 85.0% is more than 3 points below the baseline 90.0%'])
  })

  it('reads a baseline recorded before request-stage recall was: recall and FPR are still gated', () => {
    const old = JSON.parse(JSON.stringify(base), (k, v: unknown) => k === 'requestRecall' ? undefined : v) as typeof base
    assert.equal(old.overall.requestRecall, undefined)
    assert.deepEqual(regressions('history', figures(g('overall', 500, 0.9, 0.02, 0.5), [g('jailbreak', 100, 0.8, null), g('tiny', 10, 1, null), g('hard-negative', 300, null, 0.05)]), old), [])
    assert.equal(regressions('history', figures(g('overall', 500, 0.8, 0.02), [g('jailbreak', 100, 0.8, null), g('tiny', 10, 1, null), g('hard-negative', 300, null, 0.05)]), old).length, 1)
  })
})
