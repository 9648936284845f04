import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, it } from 'node:test'
import { heapSample, startHeapTimer } from '../../../src/worker/heap-sample.js'

describe('heap sampling', () => {
  it('samples this thread\'s heap', () => {
    const h = heapSample()
    assert.ok(h.usedBytes > 0 && h.usedBytes <= h.totalBytes)
  })

  it('ticks at once and then on its timer, with nothing else happening, until stopped', async () => {
    let ticks = 0
    const stop = startHeapTimer(() => { ticks++ }, 10)
    assert.equal(ticks, 1, 'the first tick is at start')
    const deadline = Date.now() + 10_000
    while (ticks < 3 && Date.now() < deadline) await sleep(5)
    assert.ok(ticks >= 3, `${ticks} ticks`)
    stop()
    const n = ticks
    await sleep(40)
    assert.equal(ticks, n, 'no tick after stop')
  })
})
