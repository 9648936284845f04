import assert from 'node:assert/strict'
import { test } from 'node:test'
import { LatencyRecorder, median, subtract, summarize } from '../lib/latency.js'
import { combineRounds, LoadTally } from '../lib/load-result.js'

test('percentiles use the nearest rank over every sample', () => {
  const p = summarize(Float64Array.from({ length: 100 }, (_, i) => 100 - i))
  assert.equal(p.count, 100)
  assert.equal(p.p50, 50)
  assert.equal(p.p95, 95)
  assert.equal(p.p99, 99)
  assert.equal(p.max, 100)
  assert.equal(p.mean, 50.5)
})

test('an empty sample set summarises to zeros instead of NaN', () => {
  const p = summarize(new Float64Array(0))
  assert.deepEqual([p.count, p.p50, p.max], [0, 0, 0])
})

test('the recorder grows past its initial capacity and windows by completion time', () => {
  const r = new LatencyRecorder()
  for (let i = 0; i < 10_000; i++) r.record(i, i < 5000 ? 1 : 3)
  assert.equal(r.count, 10_000)
  assert.equal(r.window(0, 5000).p95, 1)
  assert.equal(r.window(5000, 10_000).p50, 3)
  assert.equal(r.summary().p50, 1)
})

test('overhead is the per-percentile difference between two runs', () => {
  const a = summarize(Float64Array.from([2, 3, 4]))
  const b = summarize(Float64Array.from([1, 1, 1]))
  const d = subtract(a, b)
  assert.equal(d.p50, 2)
  assert.equal(d.max, 3)
})

test('median of an even list is the mean of the middle values', () => {
  assert.equal(median([4, 1, 3, 2]), 2.5)
  assert.equal(median([5]), 5)
})

test('rounds pool their samples and counts and keep the median throughput', () => {
  const round = (latency: number, rps: number) => {
    const t = new LoadTally()
    t.response(10, latency, 200, false)
    t.response(20, latency, 403, true)
    return { result: { ...t.result('max', 'x', 1, null), rps }, tally: t }
  }
  const r = combineRounds([round(1, 100), round(5, 300), round(3, 200)])
  assert.equal(r.completed, 6)
  assert.equal(r.byStatus['403'], 3)
  assert.equal(r.attackBlocked, 3)
  assert.equal(r.rps, 200)
  assert.equal(r.latency.max, 5)
})
