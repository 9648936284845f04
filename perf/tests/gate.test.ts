import assert from 'node:assert/strict'
import { test } from 'node:test'
import { gateChecks, type GateFigures } from '../gate/figures.js'

const base: GateFigures = { p95OverheadYardsticks: 0.5, yardstickMs: 30, p95Ratio: 2, maxRequestsPerYardstick: 10, maxYardstickMs: 30, throughputRatio: 0.5, peakRssMb: 200, rssGrowthMb: 350, p95OverheadMs: 1, p99OverheadMs: 2, gatewayMaxRps: 1000, directMaxRps: 2000, rate: 1000 }
const failing = (now: Partial<GateFigures>): string[] => gateChecks({ ...base, ...now }, base).filter(c => !c.pass).map(c => c.name)

test('figures equal to the baseline pass every check', () => {
  assert.deepEqual(failing({}), [])
})

test('a p95 overhead 20% worse in yardsticks passes and anything beyond fails', () => {
  assert.deepEqual(failing({ p95OverheadYardsticks: 0.6 }), [])
  assert.deepEqual(failing({ p95OverheadYardsticks: 0.601 }), ['p95 overhead in CPU yardsticks'])
})

test('the p95 ratio over the direct path is reported, not gated', () => {
  assert.deepEqual(failing({ p95Ratio: 20 }), [])
})

test('each gateway round is scaled by the yardstick read around it, and the best round counts', async () => {
  const { overheadInYardsticks } = await import('../gate/figures.js')
  const round = (p95: number) => ({ latency2xx: { p95 } })
  // Round 1: 14 ms on a slow machine (40 ms yardstick); round 2: 12 ms on a fast one (20 ms).
  // In yardsticks the slow round is the better one: (14 - 2) / 40 = 0.3 against (12 - 2) / 20 = 0.5.
  const gw = { rounds: { paced: [round(14), round(12)], max: [], yardstickMs: { paced: [40, 20], max: [] } } }
  assert.deepEqual(overheadInYardsticks(gw as never, 2), { units: 0.3, yardstickMs: 40 })
  // A round without 2xx answers or without a reading does not count.
  const partial = { rounds: { paced: [round(0), round(12), round(9)], max: [], yardstickMs: { paced: [10, 20], max: [] } } }
  assert.deepEqual(overheadInYardsticks(partial as never, 2), { units: 0.5, yardstickMs: 20 })
  assert.throws(() => overheadInYardsticks({ rounds: { paced: [round(5)], max: [], yardstickMs: { paced: [], max: [] } } } as never, 2), /yardstick/)
})

test('the yardstick does the same work on every run and reads a positive time', async () => {
  const { calibrate, calibrationWork } = await import('../gate/calibration.js')
  const first = calibrationWork()
  assert.ok(first > 10_000)
  assert.equal(calibrationWork(), first)
  assert.ok(calibrate(1) > 0)
})

test('max throughput 20% lower in requests per yardstick passes and anything lower fails', () => {
  assert.deepEqual(failing({ maxRequestsPerYardstick: 8 }), [])
  assert.deepEqual(failing({ maxRequestsPerYardstick: 7.99 }), ['max throughput in requests per CPU yardstick'])
})

test('the throughput ratio over the direct path is reported, not gated', () => {
  assert.deepEqual(failing({ throughputRatio: 0.01 }), [])
})

test('each max round is scaled by the yardstick read around it, and the best round counts', async () => {
  const { requestsPerYardstick } = await import('../gate/figures.js')
  // Round 1: 200 req/s on a slow machine (40 ms yardstick); round 2: 300 req/s on a fast
  // one (20 ms). Scaled, the slow round is the better one: 200 × 0.04 = 8 against 300 × 0.02 = 6.
  const gw = { rounds: { paced: [], max: [{ rps: 200 }, { rps: 300 }], yardstickMs: { paced: [], max: [40, 20] } } }
  assert.deepEqual(requestsPerYardstick(gw as never), { requests: 8, yardstickMs: 40 })
  // A round without answers or without a reading does not count.
  const partial = { rounds: { paced: [], max: [{ rps: 0 }, { rps: 100 }, { rps: 900 }], yardstickMs: { paced: [], max: [50, 30] } } }
  assert.deepEqual(requestsPerYardstick(partial as never), { requests: 3, yardstickMs: 30 })
  assert.throws(() => requestsPerYardstick({ rounds: { paced: [], max: [{ rps: 100 }], yardstickMs: { paced: [], max: [] } } } as never), /yardstick/)
})

test('memory fails past twice the baseline peak or twice the baseline growth', () => {
  assert.deepEqual(failing({ peakRssMb: 400 }), [])
  assert.deepEqual(failing({ peakRssMb: 401 }), ['peak RSS, MB'])
  assert.deepEqual(failing({ rssGrowthMb: 700 }), [])
  assert.deepEqual(failing({ rssGrowthMb: 701 }), ['RSS growth within the run (end − after warm-up), MB'])
})

test('a small baseline growth is compared from a floor of 300 MB, not from its own noise', () => {
  const still = { ...base, rssGrowthMb: 5 }
  assert.deepEqual(gateChecks({ ...still, rssGrowthMb: 600 }, still).filter(c => !c.pass), [])
  assert.deepEqual(gateChecks({ ...still, rssGrowthMb: 601 }, still).filter(c => !c.pass).map(c => c.name), ['RSS growth within the run (end − after warm-up), MB'])
})

test('a faster gateway never fails the gate', () => {
  assert.deepEqual(failing({ p95OverheadYardsticks: 0.1, maxRequestsPerYardstick: 20, peakRssMb: 100 }), [])
})

test('the gate compares each target at its least disturbed round', async () => {
  const { bestRounds } = await import('../gate/figures.js')
  const round = (p95: number, rps: number) => ({ latency2xx: { p95 }, rps })
  const t = { rounds: { paced: [round(9, 0), round(4, 0)], max: [round(0, 100), round(0, 300)] }, paced: { latency2xx: { p95: 6 } }, max: { rps: 200 } }
  assert.deepEqual(bestRounds(t as never), { p95: 4, rps: 300 })
})

test('a baseline of several runs records each gated figure\'s median', async () => {
  const { medianFigures } = await import('../gate/figures.js')
  const runs = [{ ...base, p95OverheadYardsticks: 3, maxRequestsPerYardstick: 4, peakRssMb: 500 }, { ...base, p95OverheadYardsticks: 2, maxRequestsPerYardstick: 6, peakRssMb: 300 }, { ...base, p95OverheadYardsticks: 9, maxRequestsPerYardstick: 5, peakRssMb: 400 }]
  const m = medianFigures(runs)
  assert.equal(m.p95OverheadYardsticks, 3)
  assert.equal(m.maxRequestsPerYardstick, 5)
  assert.equal(m.peakRssMb, 400)
  assert.equal(m.rate, base.rate)
  // An even count: the mean of the middle two.
  assert.equal(medianFigures([...runs, { ...base, p95OverheadYardsticks: 5, maxRequestsPerYardstick: 4.5, peakRssMb: 450 }]).p95OverheadYardsticks, 4)
})

test('a baseline\'s information figures come from one run each, so they agree with each other', async () => {
  const { medianFigures } = await import('../gate/figures.js')
  // Run b has the median overhead in yardsticks, run c the median requests per yardstick;
  // taken figure by figure, the p95 overhead would come from c and the p99 overhead from a.
  const a = { ...base, p95OverheadYardsticks: 0.9, p95Ratio: 9, yardstickMs: 31, p95OverheadMs: 14, p99OverheadMs: 40, maxRequestsPerYardstick: 6, maxYardstickMs: 30, throughputRatio: 0.6, gatewayMaxRps: 90, directMaxRps: 6000 }
  const b = { ...base, p95OverheadYardsticks: 0.6, p95Ratio: 6, yardstickMs: 33, p95OverheadMs: 10, p99OverheadMs: 20, maxRequestsPerYardstick: 4, maxYardstickMs: 32, throughputRatio: 0.4, gatewayMaxRps: 70, directMaxRps: 9000 }
  const c = { ...base, p95OverheadYardsticks: 0.4, p95Ratio: 4, yardstickMs: 35, p95OverheadMs: 12, p99OverheadMs: 18, maxRequestsPerYardstick: 5, maxYardstickMs: 34, throughputRatio: 0.5, gatewayMaxRps: 60, directMaxRps: 7000 }
  const m = medianFigures([a, b, c])
  assert.deepEqual([m.p95OverheadMs, m.p99OverheadMs, m.p95Ratio, m.yardstickMs], [b.p95OverheadMs, b.p99OverheadMs, b.p95Ratio, b.yardstickMs])
  assert.deepEqual([m.gatewayMaxRps, m.directMaxRps, m.throughputRatio, m.maxYardstickMs], [c.gatewayMaxRps, c.directMaxRps, c.throughputRatio, c.maxYardstickMs])
  // Even count: the run nearest the median (the first of two equally near).
  const d = { ...base, p95OverheadYardsticks: 0.5, p95OverheadMs: 11, p99OverheadMs: 30, maxRequestsPerYardstick: 4.5, throughputRatio: 0.45, gatewayMaxRps: 65, directMaxRps: 8000 }
  const even = medianFigures([a, b, c, d])
  assert.equal(even.p95OverheadYardsticks, 0.55)
  assert.deepEqual([even.p95OverheadMs, even.p99OverheadMs], [b.p95OverheadMs, b.p99OverheadMs])
})
