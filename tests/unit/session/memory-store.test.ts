import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MemoryStore } from '../../../src/session/memory-store.js'

const action = (score: number) => ({ at: 0, kinds: [], decision: 'allow' as const, score, policies: [] })

// Shared behaviour is in tests/contract/; this is what only the memory store has: an
// injectable clock, so expiry is checked to the millisecond without waiting.
describe('MemoryStore', () => {
  it('expires a session after its TTL since the last action', async () => {
    let now = 1_000_000
    const s = new MemoryStore({ ttlSeconds: 10, historyWindow: 3, maxSessions: 10, maxBytes: 1 << 20 }, () => now)
    await s.append('t', 's', action(1))
    now += 9_000
    await s.append('t', 's', action(2))
    now += 9_000
    assert.equal((await s.get('t', 's'))?.totalActions, 2)
    now += 1_001
    assert.equal(await s.get('t', 's'), null)
    await s.close()
  })
})
