import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { describe, it } from 'node:test'
import { createLogger } from '../../../src/observability/logger.js'
import { createMetrics } from '../../../src/observability/metrics.js'
import { StoreHealth } from '../../../src/observability/store-health.js'

function setup (): { health: StoreHealth, lines: Array<Record<string, unknown>>, up: () => Promise<number> } {
  const lines: Array<Record<string, unknown>> = []
  const sink = new Writable({ write (chunk: Buffer, _enc, done) { lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>); done() } })
  const metrics = createMetrics()
  const health = new StoreHealth(createLogger('info', sink), metrics)
  const up = async (): Promise<number> => (await metrics.sessionStoreUp.get()).values[0]?.value as number
  return { health, lines, up }
}

describe('StoreHealth', () => {
  it('is degraded while any shard is down, logging once per change of the overall state', async () => {
    const { health, lines, up } = setup()
    assert.equal(health.view().status, 'ok')
    assert.equal(await up(), 1)
    health.onEvent({ shard: 0, event: { type: 'health', state: 'unavailable', reason: 'read: connection closed' } })
    health.onEvent({ shard: 1, event: { type: 'health', state: 'unavailable', reason: 'append: timeout' } })
    for (let i = 0; i < 50; i++) health.onEvent({ shard: i % 2, event: { type: 'error', op: 'read', message: 'Connection is closed.' } })
    assert.deepEqual(health.view().shardsDown, [0, 1])
    assert.equal(await up(), 0)
    health.onEvent({ shard: 0, event: { type: 'health', state: 'ok', reason: 'probe succeeded' } })
    assert.equal(health.view().status, 'degraded', 'shard 1 is still down')
    health.onEvent({ shard: 1, event: { type: 'health', state: 'ok', reason: 'probe succeeded' } })
    assert.equal(health.view().status, 'ok')
    assert.equal(await up(), 1)
    await new Promise(resolve => setImmediate(resolve))
    assert.deepEqual(lines.map(l => [l.event, l.reason]), [['session_store_degraded', 'read: connection closed'], ['session_store_recovered', 'probe succeeded']])
  })

  it('counts store errors by operation and reconciled actions without logging them', async () => {
    const lines: unknown[] = []
    const metrics = createMetrics()
    const health = new StoreHealth(createLogger('info', new Writable({ write (c, _e, done) { lines.push(c); done() } })), metrics)
    health.onEvent({ shard: 0, event: { type: 'error', op: 'append', message: 'x' } })
    health.onEvent({ shard: 0, event: { type: 'error', op: 'append', message: 'x' } })
    health.onEvent({ shard: 0, event: { type: 'reconciled', sessions: 1, actions: 7 } })
    assert.equal((await metrics.sessionStoreErrors.get()).values.find(v => v.labels.op === 'append')?.value, 2)
    assert.equal((await metrics.sessionStoreReconciled.get()).values[0]?.value, 7)
    assert.equal(lines.length, 0)
  })
})
