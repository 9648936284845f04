import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import type { SessionAction } from '../../src/detection/types.js'
import type { SessionStore, StoreLimits } from '../../src/session/store.js'

// The behaviour every SessionStore must have, run against each implementation (memory,
// redis). A store factory gets the limits; stores it returns are closed after the suite.

export type StoreFactory = (limits: StoreLimits) => Promise<SessionStore>

export const action = (score: number, extra: Record<string, unknown> = {}): Omit<SessionAction, 'turn'> =>
  ({ at: 1_700_000_000_000 + score, kinds: [], decision: 'allow', score, policies: [], ...extra })

const LIMITS: StoreLimits = { ttlSeconds: 60, historyWindow: 3, maxSessions: 1000, maxBytes: 1 << 24 }

export function sessionStoreContract (name: string, make: StoreFactory): void {
  describe(`SessionStore contract: ${name}`, () => {
    const open: SessionStore[] = []
    const store = async (limits: Partial<StoreLimits> = {}): Promise<SessionStore> => {
      const s = await make({ ...LIMITS, ...limits })
      await s.ready()
      open.push(s)
      return s
    }
    after(async () => { await Promise.all(open.map(async s => await s.close())) })

    it('returns null for a session never seen', async () => {
      const s = await store()
      assert.equal(await s.get('t', 'never-seen'), null)
    })

    it('numbers actions over the session life and keeps only the window, oldest first', async () => {
      const s = await store()
      for (let i = 1; i <= 5; i++) {
        const st = await s.append('t', 'window', action(i))
        assert.equal(st.totalActions, i)
        assert.equal(st.recent.at(-1)?.turn, i)
      }
      const state = await s.get('t', 'window')
      assert.equal(state?.totalActions, 5)
      assert.deepEqual(state?.recent.map(a => [a.turn, a.score]), [[3, 3], [4, 4], [5, 5]])
      assert.equal(state?.tenant, 't')
      assert.equal(state?.id, 'window')
      assert.ok((state?.createdAt ?? 0) <= (state?.updatedAt ?? 0))
    })

    it('scopes sessions by tenant, and no tenant/id pair can spell another', async () => {
      const s = await store()
      await s.append('tenant-a', 'same-id', action(1))
      assert.equal(await s.get('tenant-b', 'same-id'), null)
      await s.append('a:b', 'c', action(7))
      assert.equal(await s.get('a', 'b:c'), null)
      await s.append('x', '{y}', action(8))
      assert.equal(await s.get('x', '%7By%7D'), null)
      assert.equal((await s.get('x', '{y}'))?.totalActions, 1)
    })

    it('keeps every field of an action, including ones it does not know by name', async () => {
      const s = await store()
      const a = action(42, { kinds: ['sensitive_read', 'external_send'], decision: 'block', policies: ['exfiltration.markdown-beacon'], fragments: ['ign', 'ore previous'], futureField: { nested: [1, 'two'] } })
      await s.append('t', 'fields', a)
      const got = (await s.get('t', 'fields'))?.recent[0] as unknown as Record<string, unknown>
      assert.deepEqual(got, { ...a, turn: 1 })
    })

    it('decides a turn against the session as it stands and records what it decided', async () => {
      const s = await store()
      const seen: Array<number | null> = []
      const first = await s.turn('t', 'turns', prior => {
        seen.push(prior?.totalActions ?? null)
        return { action: action(11), value: 'first' }
      })
      assert.equal(first.value, 'first')
      assert.equal(first.prior, null)
      assert.equal(first.decisions, 1)
      assert.deepEqual(first.state.recent.map(a => [a.turn, a.score]), [[1, 11]])
      await s.append('t', 'turns', action(12))
      const third = await s.turn('t', 'turns', prior => {
        seen.push(prior?.totalActions ?? null)
        return { action: action(10 + (prior?.recent.length ?? 0) + 1), value: prior?.recent.map(a => a.score) }
      })
      assert.deepEqual(third.value, [11, 12])
      assert.equal(third.prior?.totalActions, 2)
      assert.deepEqual(third.state.recent.map(a => [a.turn, a.score]), [[1, 11], [2, 12], [3, 13]])
      assert.deepEqual(seen, [null, 2])
      assert.equal((await s.get('t', 'turns'))?.totalActions, 3)
    })

    it('runs one session\'s concurrent turns one after another, each deciding after the previous one', async () => {
      const s = await store({ historyWindow: 100 })
      const outcomes = await Promise.all(Array.from({ length: 20 }, async (_, i) =>
        await s.turn('t', 'serial', prior => ({ action: action(i), value: prior?.totalActions ?? 0 }))))
      assert.deepEqual(outcomes.map(o => o.value).sort((x, y) => x - y), Array.from({ length: 20 }, (_, i) => i))
      assert.equal((await s.get('t', 'serial'))?.totalActions, 20)
    })

    it('deletes a session', async () => {
      const s = await store()
      await s.append('t', 'del', action(1))
      assert.equal(await s.delete('t', 'del'), true)
      assert.equal(await s.delete('t', 'del'), false)
      assert.equal(await s.get('t', 'del'), null)
      const again = await s.append('t', 'del', action(2))
      assert.equal(again.totalActions, 1)
    })

    it('expires a session after its TTL since the last action', async () => {
      const s = await store({ ttlSeconds: 1 })
      await s.append('t', 'ttl', action(1))
      await sleep(600)
      await s.append('t', 'ttl', action(2))
      await sleep(600)
      assert.equal((await s.get('t', 'ttl'))?.totalActions, 2, 'the second action refreshed the TTL')
      await sleep(1100)
      assert.equal(await s.get('t', 'ttl'), null)
    })

    it('bounds its hot cache by count and by bytes under a flood of distinct sessions', async () => {
      const s = await store({ maxSessions: 50, maxBytes: 1 << 20 })
      for (let i = 0; i < 2000; i++) await s.append('flood', `id-${i}`, action(i % 100))
      assert.ok(s.stats().sessions <= 50, `sessions ${s.stats().sessions}`)
      assert.ok(s.stats().evictions >= 1950)
      const b = await store({ maxSessions: 100_000, maxBytes: 1 << 20 })
      const big = action(1, { policies: Array.from({ length: 20 }, (_, i) => `policy-${'x'.repeat(200)}-${i}`) })
      for (let i = 0; i < 2000; i++) await b.append('flood', `id-${i}`, big)
      assert.ok(b.stats().bytes <= 1 << 20, `bytes ${b.stats().bytes}`)
      assert.ok(b.stats().sessions < 2000)
    })
  })
}

export function sleep (ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
