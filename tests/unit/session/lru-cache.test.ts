import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { LruCache } from '../../../src/session/lru-cache.js'

const cache = (maxEntries: number, maxBytes = Infinity): LruCache<string> => new LruCache<string>({ maxEntries, maxBytes, sizeOf: v => v.length })

describe('LruCache', () => {
  it('evicts the least recently used entry when over the count bound', () => {
    const c = cache(2)
    c.set('a', 'A', 1000)
    c.set('b', 'B', 1000)
    assert.equal(c.get('a', 0), 'A') // a is now the most recent
    c.set('c', 'C', 1000)
    assert.equal(c.get('b', 0), undefined)
    assert.equal(c.get('a', 0), 'A')
    assert.equal(c.get('c', 0), 'C')
    assert.equal(c.evictions, 1)
  })

  it('evicts by bytes and keeps the byte count exact through replacements', () => {
    const c = cache(100, 10)
    c.set('a', 'xxxx', 1000)
    c.set('b', 'yyyy', 1000)
    assert.equal(c.bytes, 8)
    c.set('a', 'zz', 1000)
    assert.equal(c.bytes, 6)
    c.set('c', 'wwwwww', 1000)
    assert.equal(c.get('b', 0), undefined)
    assert.ok(c.bytes <= 10)
  })

  it('expires entries at their deadline', () => {
    const c = cache(10)
    c.set('a', 'A', 100)
    assert.equal(c.get('a', 99), 'A')
    assert.equal(c.get('a', 100), undefined)
    assert.equal(c.size, 0)
  })

  it('sweeps expired entries without touching live ones', () => {
    const c = cache(10)
    c.set('old', 'x', 50)
    c.set('live', 'y', 500)
    assert.equal(c.sweep(100), 1)
    assert.equal(c.size, 1)
    assert.equal(c.get('live', 100), 'y')
  })

  it('stays bounded under a million distinct keys', () => {
    const c = cache(1000)
    for (let i = 0; i < 1_000_000; i++) c.set(`k${i}`, 'v', Infinity)
    assert.equal(c.size, 1000)
    assert.equal(c.bytes, 1000)
  })
})
