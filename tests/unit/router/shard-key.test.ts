import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hash32, shardOf } from '../../../src/router/shard-key.js'

describe('shardOf', () => {
  it('is stable: the same tenant and session always land on the same shard', () => {
    // Pinned values: a change here reshuffles every deployed session, so it must be deliberate.
    assert.equal(hash32(''), 0x811c9dc5)
    assert.equal(hash32('a'), 0xe40c292c)
    assert.equal(shardOf('default', 'session-1', 4), shardOf('default', 'session-1', 4))
  })

  it('scopes sessions by tenant', () => {
    let differs = 0
    for (let i = 0; i < 100; i++) if (hash32(`t1:s${i}`) !== hash32(`t2:s${i}`)) differs++
    assert.equal(differs, 100)
  })

  it('spreads sessions evenly over shards', () => {
    const shards = 4
    const counts = new Array<number>(shards).fill(0)
    for (let i = 0; i < 20000; i++) counts[shardOf('tenant', `sess-${i}`, shards)]! += 1
    for (const c of counts) assert.ok(c > 4500 && c < 5500, `uneven spread: ${counts.join(',')}`)
  })

  it('rejects a shard count below one', () => {
    assert.throws(() => shardOf('t', 's', 0), RangeError)
  })
})
