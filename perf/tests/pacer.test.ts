import assert from 'node:assert/strict'
import { test } from 'node:test'
import { pace } from '../lib/pacer.js'

async function dueTimes (arrivals: 'timer' | 'poisson', seed = 1): Promise<{ start: number, due: number[] }> {
  const due: number[] = []
  const start = performance.now()
  await pace({ rate: 2000, durationS: 0.25, arrivals, seed }, start, at => { due.push(at) })
  return { start, due }
}

test('the timer schedule fires every slot, evenly spaced from the start', async () => {
  const { start, due } = await dueTimes('timer')
  assert.equal(due.length, 500)
  due.forEach((at, k) => assert.ok(Math.abs(at - (start + k * 0.5)) < 1e-9, `slot ${k} due at ${at - start} ms`))
})

test('the poisson schedule fires as many slots, at independent gaps averaging the rate', async () => {
  const { start, due } = await dueTimes('poisson')
  assert.equal(due.length, 500)
  const gaps = due.map((at, k) => at - (k === 0 ? start : due[k - 1] as number))
  assert.ok(gaps.every(g => g > 0), 'due times increase')
  const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length
  assert.ok(Math.abs(mean - 0.5) < 0.5 * 0.15, `mean gap ${mean} ms against 0.5 ms`)
  // Exponential gaps vary about as much as they average (coefficient of variation 1);
  // even spacing would have none.
  const sd = Math.sqrt(gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length)
  assert.ok(sd / mean > 0.7 && sd / mean < 1.3, `coefficient of variation ${sd / mean}`)
})

test('the poisson schedule is the same for a seed and differs between seeds', async () => {
  const rel = (r: { start: number, due: number[] }): number[] => r.due.map(at => at - r.start)
  const apart = (x: number[], y: number[]): number => Math.max(...x.map((v, k) => Math.abs(v - (y[k] as number))))
  const a = rel(await dueTimes('poisson', 7))
  assert.ok(apart(rel(await dueTimes('poisson', 7)), a) < 1e-6)
  assert.ok(apart(rel(await dueTimes('poisson', 8)), a) > 1)
})
