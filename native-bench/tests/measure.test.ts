import assert from 'node:assert/strict'
import { test } from 'node:test'
import { calibrate, sampleOnce, statsOf } from '../lib/measure.js'
import { formatTable, human } from '../lib/table.js'

test('stats give the median and the 10th and 90th percentiles by interpolation', () => {
  const s = statsOf([5, 1, 4, 2, 3, 6, 7, 8, 9, 10, 11])
  assert.equal(s.median, 6)
  assert.equal(s.p10, 2)
  assert.equal(s.p90, 10)
  assert.equal(s.samples, 11)
})

test('calibration grows the batch until a sample lasts the minimum time', async () => {
  let calls = 0
  const c = { name: 'x', sync: () => { calls++; let a = 0; for (let i = 0; i < 200; i++) a += i; return a } }
  const n = await calibrate(c, 2)
  assert.ok(n > 1)
  const before = calls
  const ns = await sampleOnce(c, n)
  assert.equal(calls - before, n)
  assert.ok(ns > 0)
})

test('self-timed cases skip calibration and report their own ns per op', async () => {
  const c = { name: 'load', selfTimed: true, batch: async () => 1234 }
  assert.equal(await calibrate(c, 50), 1)
  assert.equal(await sampleOnce(c, 1), 1234)
})

test('units keep three significant digits and the table shows ratios against a base', () => {
  assert.equal(human(812), '812 ns')
  assert.equal(human(14_200), '14.2 µs')
  assert.equal(human(3_410_000), '3.41 ms')
  const stats = { median: 2000, p10: 1000, p90: 3000, samples: 3 }
  const table = formatTable([{ name: 'a', note: 'n', branch: stats, base: { ...stats, median: 4000 }, baseMissing: false }], true)
  assert.ok(table.includes('| a | 2.00 µs (1.00 µs–3.00 µs) | 4.00 µs (1.00 µs–3.00 µs) | 0.50 | n |'))
})
