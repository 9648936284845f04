import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { inconsistentScenarios, planMixed, playId, runMixed } from '../../../src/replay/mixed.js'
import { createRng } from '../../../src/replay/prng.js'
import { ReplayClient } from '../../../src/replay/send.js'
import type { ReplayScenario } from '../../../src/replay/types.js'
import { blockedRequest, request, result, stepsScenario } from './builders.js'
import { startFakeGateway, type FakeGateway } from './fake-gateway.js'

function corpus (): ReplayScenario[] {
  const out: ReplayScenario[] = []
  for (let i = 0; i < 6; i++) out.push(stepsScenario(`pi-${i}`, 'attack', [{ role: 'user', content: `BLOCKME ${i}` }]))
  out.push(stepsScenario('mt-0', 'attack', [{ role: 'user', content: 'a' }, { role: 'user', content: 'b' }, { role: 'user', content: 'BLOCKME' }]))
  for (let i = 0; i < 10; i++) out.push(stepsScenario(`sw-${i}`, 'benign', [{ role: 'user', content: `question ${i}` }, { role: 'user', content: 'follow-up' }]))
  return out
}

const ids = (plan: ReturnType<typeof planMixed>): string[] => plan.plays.map(p => p.scenario.id)

describe('the seeded generator', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createRng(42)
    const b = createRng(42)
    const c = createRng(43)
    const sa = Array.from({ length: 20 }, a)
    assert.deepEqual(sa, Array.from({ length: 20 }, b))
    assert.notDeepEqual(sa, Array.from({ length: 20 }, c))
    assert.ok(sa.every(x => x >= 0 && x < 1))
    assert.ok(Array.from({ length: 20 }, createRng(0)).some(x => x !== 0), 'seed 0 is not a fixed point')
  })
})

describe('mixed traffic planning', () => {
  const opts = { requests: 2000, sessions: 10, attackRatio: 0.2, seed: 7 }

  it('draws the same plays for the same seed, whatever the input order', () => {
    const a = planMixed(corpus(), 'history', opts)
    const b = planMixed(corpus().reverse(), 'history', opts)
    assert.deepEqual(ids(a), ids(b))
    assert.notDeepEqual(ids(a), ids(planMixed(corpus(), 'history', { ...opts, seed: 8 })))
  })

  it('spends exactly the request budget with about the target share of attack requests', () => {
    const plan = planMixed(corpus(), 'history', opts)
    assert.equal(plan.requests, 2000)
    assert.equal(plan.plays.reduce((n, p) => n + p.planned.length, 0), 2000)
    const share = plan.attackRequests / plan.requests
    assert.ok(share > 0.15 && share < 0.25, `attack share ${share}`)
    assert.ok(plan.plays.some(p => p.scenario.id === 'mt-0'), 'multi-step attacks are drawn too')
  })

  it('draws only the class that exists when the other is empty', () => {
    const plan = planMixed(corpus().filter(s => s.label === 'benign'), 'latest', { ...opts, requests: 10 })
    assert.equal(plan.attackRequests, 0)
    assert.equal(plan.requests, 10)
  })

  it('runs every play in its own session and returns results in play order', async () => {
    const plan = planMixed(corpus(), 'history', { ...opts, requests: 60 })
    const gw: FakeGateway = await startFakeGateway()
    const client = new ReplayClient({ url: gw.url, apiKey: null, model: 'm', connections: 4, timeoutMs: 5000 })
    try {
      const results = await runMixed(client, plan, 4, 'run-x')
      assert.equal(gw.requests.length, 60)
      assert.deepEqual(results.map(r => r.id), plan.plays.map(playId))
      const sessions = new Set(gw.requests.map(r => r.headers['x-session-id']))
      assert.equal(sessions.size, plan.plays.length)
      for (const r of results) assert.equal(r.requests.some(q => q.blocked), r.scenario.label === 'attack')
    } finally {
      await client.close()
      await gw.close()
    }
  })
})

describe('consistency across plays', () => {
  const play = (id: string, n: number): string => `${id}@${String(n).padStart(6, '0')}`
  it('names scenarios whose plays ended differently', () => {
    const rs = [
      { ...result('pi-1', 'attack', [blockedRequest(1)]), id: play('pi-1', 0) },
      { ...result('pi-1', 'attack', [request(1)]), id: play('pi-1', 1) },
      { ...result('sw-1', 'benign', [request(1)]), id: play('sw-1', 2) },
      { ...result('sw-1', 'benign', [request(1)]), id: play('sw-1', 3) },
    ]
    assert.deepEqual(inconsistentScenarios(rs), ['pi-1'])
  })
})
