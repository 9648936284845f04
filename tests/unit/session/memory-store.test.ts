import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MemoryStore } from '../../../src/session/memory-store.js'

const action = (score: number) => ({ at: 0, kinds: [], decision: 'allow' as const, score, policies: [] })

describe('MemoryStore', () => {
  it('numbers actions over the session life and keeps only the window', async () => {
    const s = new MemoryStore({ ttlSeconds: 60, historyWindow: 3, maxSessions: 10, maxBytes: 1 << 20 })
    for (let i = 0; i < 5; i++) await s.append('t', 's', action(i))
    const state = await s.get('t', 's')
    assert.equal(state?.totalActions, 5)
    assert.deepEqual(state?.recent.map(a => a.turn), [3, 4, 5])
    await s.close()
  })

  it('scopes sessions by tenant', async () => {
    const s = new MemoryStore({ ttlSeconds: 60, historyWindow: 3, maxSessions: 10, maxBytes: 1 << 20 })
    await s.append('tenant-a', 'same-id', action(1))
    assert.equal(await s.get('tenant-b', 'same-id'), null)
    await s.close()
  })

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

  it('deletes a session', async () => {
    const s = new MemoryStore({ ttlSeconds: 60, historyWindow: 3, maxSessions: 10, maxBytes: 1 << 20 })
    await s.append('t', 's', action(1))
    assert.equal(await s.delete('t', 's'), true)
    assert.equal(await s.delete('t', 's'), false)
    assert.equal(await s.get('t', 's'), null)
    await s.close()
  })
})
