import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { randomId } from '../../../src/session/redis/random-ids.js'

describe('randomId', () => {
  it('gives base64url ids of the requested byte count', () => {
    for (const bytes of [1, 6, 12, 64]) {
      const id = randomId(bytes)
      assert.match(id, /^[A-Za-z0-9_-]+$/)
      assert.equal(Buffer.from(id, 'base64url').length, bytes)
    }
  })

  it('never hands out the same bytes twice, across many refills of its pool', () => {
    // 20,000 ids of 12 bytes is ~60 pools: a pool reused without refilling would repeat ids.
    const seen = new Set<string>()
    for (let i = 0; i < 20_000; i++) seen.add(randomId(12))
    assert.equal(seen.size, 20_000)
  })

  it('refuses sizes it cannot serve from one pool slice', () => {
    assert.throws(() => randomId(0), RangeError)
    assert.throws(() => randomId(65), RangeError)
    assert.throws(() => randomId(1.5), RangeError)
  })
})
