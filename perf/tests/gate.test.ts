import assert from 'node:assert/strict'
import { test } from 'node:test'
import { gateChecks, type GateFigures } from '../gate/figures.js'

const base: GateFigures = { p95Ratio: 2, throughputRatio: 0.5, peakRssMb: 200, rssGrowthMb: 80, p95OverheadMs: 1, p99OverheadMs: 2, gatewayMaxRps: 1000, directMaxRps: 2000, rate: 1000 }
const failing = (now: Partial<GateFigures>): string[] => gateChecks({ ...base, ...now }, base).filter(c => !c.pass).map(c => c.name)

test('figures equal to the baseline pass every check', () => {
  assert.deepEqual(failing({}), [])
})

test('a p95 ratio 20% worse passes and anything beyond fails', () => {
  assert.deepEqual(failing({ p95Ratio: 2.4 }), [])
  assert.deepEqual(failing({ p95Ratio: 2.41 }), ['p95 latency ratio (gateway / direct)'])
})

test('a throughput ratio 20% lower passes and anything lower fails', () => {
  assert.deepEqual(failing({ throughputRatio: 0.4 }), [])
  assert.deepEqual(failing({ throughputRatio: 0.39 }), ['max throughput ratio (gateway / direct)'])
})

test('memory fails past twice the baseline peak or twice the baseline growth', () => {
  assert.deepEqual(failing({ peakRssMb: 400 }), [])
  assert.deepEqual(failing({ peakRssMb: 401 }), ['peak RSS, MB'])
  assert.deepEqual(failing({ rssGrowthMb: 160 }), [])
  assert.deepEqual(failing({ rssGrowthMb: 161 }), ['RSS growth within the run (end − after warm-up), MB'])
})

test('a small baseline growth is compared from a floor of 50 MB, not from its own noise', () => {
  const still = { ...base, rssGrowthMb: 5 }
  assert.deepEqual(gateChecks({ ...still, rssGrowthMb: 100 }, still).filter(c => !c.pass), [])
  assert.deepEqual(gateChecks({ ...still, rssGrowthMb: 101 }, still).filter(c => !c.pass).map(c => c.name), ['RSS growth within the run (end − after warm-up), MB'])
})

test('a faster gateway never fails the gate', () => {
  assert.deepEqual(failing({ p95Ratio: 1, throughputRatio: 0.9, peakRssMb: 100 }), [])
})

test('the gate compares each target at its least disturbed round', async () => {
  const { bestRounds } = await import('../gate/figures.js')
  const round = (p95: number, rps: number) => ({ latency2xx: { p95 }, rps })
  const t = { rounds: { paced: [round(9, 0), round(4, 0)], max: [round(0, 100), round(0, 300)] }, paced: { latency2xx: { p95: 6 } }, max: { rps: 200 } }
  assert.deepEqual(bestRounds(t as never), { p95: 4, rps: 300 })
})

test('a baseline of several runs records each gated figure\'s median', async () => {
  const { medianFigures } = await import('../gate/figures.js')
  const runs = [{ ...base, p95Ratio: 3, throughputRatio: 0.4, peakRssMb: 500 }, { ...base, p95Ratio: 2, throughputRatio: 0.6, peakRssMb: 300 }, { ...base, p95Ratio: 9, throughputRatio: 0.5, peakRssMb: 400 }]
  const m = medianFigures(runs)
  assert.equal(m.p95Ratio, 3)
  assert.equal(m.throughputRatio, 0.5)
  assert.equal(m.peakRssMb, 400)
  assert.equal(m.rate, base.rate)
  // An even count: the mean of the middle two.
  assert.equal(medianFigures([...runs, { ...base, p95Ratio: 5, throughputRatio: 0.45, peakRssMb: 450 }]).p95Ratio, 4)
})

test('a baseline\'s information figures come from one run each, so they agree with each other', async () => {
  const { medianFigures } = await import('../gate/figures.js')
  // Run b has the median p95 ratio, run c the median throughput ratio; taken figure by
  // figure, the p95 overhead would come from c and the p99 overhead from a.
  const a = { ...base, p95Ratio: 9, p95OverheadMs: 14, p99OverheadMs: 40, throughputRatio: 0.6, gatewayMaxRps: 90, directMaxRps: 6000 }
  const b = { ...base, p95Ratio: 6, p95OverheadMs: 10, p99OverheadMs: 20, throughputRatio: 0.4, gatewayMaxRps: 70, directMaxRps: 9000 }
  const c = { ...base, p95Ratio: 4, p95OverheadMs: 12, p99OverheadMs: 18, throughputRatio: 0.5, gatewayMaxRps: 60, directMaxRps: 7000 }
  const m = medianFigures([a, b, c])
  assert.deepEqual([m.p95OverheadMs, m.p99OverheadMs], [b.p95OverheadMs, b.p99OverheadMs])
  assert.deepEqual([m.gatewayMaxRps, m.directMaxRps], [c.gatewayMaxRps, c.directMaxRps])
  // Even count: the run nearest the median (the first of two equally near).
  const d = { ...base, p95Ratio: 5, p95OverheadMs: 11, p99OverheadMs: 30, throughputRatio: 0.45, gatewayMaxRps: 65, directMaxRps: 8000 }
  const even = medianFigures([a, b, c, d])
  assert.equal(even.p95Ratio, 5.5)
  assert.deepEqual([even.p95OverheadMs, even.p99OverheadMs], [b.p95OverheadMs, b.p99OverheadMs])
})
