import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildReport, renderTable, type ReportInput } from '../../../src/replay/report.js'
import type { ScenarioResult } from '../../../src/replay/types.js'
import { answerBlockedRequest, blockedRequest, request, result } from './builders.js'

function input (results: readonly ScenarioResult[], durationMs: number): ReportInput {
  return {
    run: { traffic: 'scenarios', mode: 'history', target: 'test', concurrency: 2, inputs: ['c'], files: ['c/a.json'], durationMs },
    mixed: null,
    results,
    thresholds: null,
    warnings: [],
    slowestCount: 3,
  }
}

const TIMING = new Set(['latencyMs', 'totalMs', 'durationMs', 'p50', 'p95', 'p99', 'max', 'mean', 'throughputRps', 'slowest'])

function withoutTimings (v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutTimings)
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => !TIMING.has(k)).map(([k, x]) => [k, withoutTimings(x)]))
  return v
}

describe('the replay report', () => {
  const run1 = [
    result('sw-1', 'benign', [request(1, { latencyMs: 3 })], 'research'),
    result('pi-1', 'attack', [blockedRequest(1)], 'prompt-injection'),
    result('pi-2', 'attack', [request(1, { latencyMs: 9 })], 'prompt-injection'),
  ]
  // Same outcomes, finished in another order with other timings.
  const run2 = [
    result('pi-2', 'attack', [request(1, { latencyMs: 1 })], 'prompt-injection'),
    result('sw-1', 'benign', [request(1, { latencyMs: 7 })], 'research'),
    result('pi-1', 'attack', [{ ...blockedRequest(1), latencyMs: 4 }], 'prompt-injection'),
  ]

  it('is identical for two runs with the same outcomes apart from timing fields', () => {
    const a = buildReport(input(run1, 100))
    const b = buildReport(input(run2, 250))
    assert.deepEqual(withoutTimings(JSON.parse(JSON.stringify(a))), withoutTimings(JSON.parse(JSON.stringify(b))))
    assert.deepEqual(a.scenarios?.map(s => [s.id, s.outcome, s.blockedSteps]), [['pi-1', 'tp', [1]], ['pi-2', 'fn', []], ['sw-1', 'tn', []]])
  })

  it('renders a table with the overall, label and family rows and the missed ids', () => {
    const text = renderTable(buildReport(input(run1, 100)))
    assert.match(text, /^InferShield replay: 3 scenarios, 3 requests, mode history, target test$/m)
    assert.match(text, /^overall\s+3\s+1\s+0\s+1\s+1\s+0\s+0\s+1\.000\s+0\.500\s+0\.500\s+0\.667\s+0\.000$/m)
    assert.match(text, /^prompt-injection\s+2\s+1\s+0\s+1\s+0\s+0\s+0\s+-\s+0\.500\s+0\.500\s+-\s+-$/m)
    assert.match(text, /^missed attacks \(FN\): 1\n {2}pi-2$/m)
    assert.match(text, /latency per request \(ms\): p50 3\.00/)
  })

  it('reports request-stage recall and answer-stage catches apart, in the table and the JSON', () => {
    const results = [
      ...run1,
      result('ex-1', 'attack', [request(1), answerBlockedRequest(2)], 'exfiltration'),
      result('ex-2', 'attack', [answerBlockedRequest(1), blockedRequest(2)], 'exfiltration'),
      result('sw-2', 'benign', [answerBlockedRequest(1)], 'research'),
    ]
    const report = buildReport(input(results, 100))
    const o = report.figures.overall
    assert.deepEqual([o.tp, o.tpRequest, o.tpResponseOnly, o.fn, o.fp, o.fpResponseOnly], [3, 2, 1, 1, 1, 1])
    assert.equal(o.recall, 0.75)
    assert.equal(o.requestRecall, 0.5)
    assert.deepEqual(report.figures.responseOnly, ['ex-1'])
    const json = JSON.parse(JSON.stringify(report)) as typeof report
    assert.equal(json.figures.byFamily.find(g => g.key === 'exfiltration')?.requestRecall, 0.5)
    assert.deepEqual(json.scenarios?.find(s => s.id === 'ex-1')?.requests.map(q => q.blockedBy), [null, 'response'])
    const text = renderTable(report)
    assert.match(text, /^exfiltration\s+2\s+2\s+1\s+0\s+0\s+0\s+0\s+-\s+1\.000\s+0\.500\s+-\s+-$/m)
    assert.match(text, /^attacks detected: 3 of 4 \(recall 0\.750\), 2 at the request stage \(request-stage recall 0\.500\), 1 only by output scanning of the answer; false positives: 1, 1 of them only at the answer stage$/m)
    assert.match(text, /^attacks blocked only by output scanning of the answer \(in TP and recall, not in reqRec\): 1\n {2}ex-1$/m)
  })
})
