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

test('a baseline of several runs records each figure\'s median', async () => {
  const { medianFigures } = await import('../gate/figures.js')
  const runs = [{ ...base, p95Ratio: 3, throughputRatio: 0.4 }, { ...base, p95Ratio: 2, throughputRatio: 0.6 }, { ...base, p95Ratio: 9, throughputRatio: 0.5 }]
  const m = medianFigures(runs)
  assert.equal(m.p95Ratio, 3)
  assert.equal(m.throughputRatio, 0.5)
  assert.equal(m.rate, base.rate)
})
