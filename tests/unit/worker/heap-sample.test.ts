import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { heapSample } from '../../../src/worker/heap-sample.js'

describe('heapSample', () => {
  it('reports this thread\'s heap and refreshes it at most once a second', () => {
    const first = heapSample(1_000_000)
    assert.ok(first.usedBytes > 0 && first.usedBytes <= first.totalBytes)
    // Within the second the same sample (the same object) comes back; a second later, a new one.
    assert.equal(heapSample(1_000_500), first)
    const later = heapSample(1_001_000)
    assert.notEqual(later, first)
    assert.ok(later.usedBytes > 0)
  })
})
