import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { adminSession, analyze, metric, readyz, redisGatewayEnv, waitFor, type Reply } from '../../helpers/gateway-client.js'
import { startGateway, type GatewayProcess } from '../../helpers/gateway-process.js'
import { startRedis, type RedisServer } from '../../helpers/redis-server.js'

// Redis killed and restarted under traffic, with one gateway configured fail-open and one
// fail-closed on the same Redis.

interface Sample { readonly at: number, readonly status: number, readonly code: string | undefined }

/** Sends requests into one session back to back until stopped; keeps every outcome. */
function traffic (g: GatewayProcess, sessionId: string): { samples: Sample[], stop: () => Promise<void> } {
  const samples: Sample[] = []
  let running = true
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const r: Reply = await analyze(g, sessionId, `ordinary question number ${i}`)
      samples.push({ at: Date.now(), status: r.status, code: r.json.error?.code })
      await new Promise(resolve => setTimeout(resolve, 10))
    }
  })()
  return { samples, stop: async () => { running = false; await loop } }
}

describe('Redis lost and back under traffic', () => {
  let redis: RedisServer
  let open: GatewayProcess
  let closed: GatewayProcess
  before(async () => {
    redis = await startRedis()
    const env = redisGatewayEnv({ INFERSHIELD_REDIS_URL: redis.url, INFERSHIELD_REDIS_TIMEOUT_MS: '200' })
    ;[open, closed] = await Promise.all([
      startGateway({ env: { ...env, INFERSHIELD_SESSION_ON_UNAVAILABLE: 'fail-open' } }),
      startGateway({ env: { ...env, INFERSHIELD_SESSION_ON_UNAVAILABLE: 'fail-closed' } }),
    ])
  })
  after(async () => {
    await Promise.all([open.stop(), closed.stop()])
    await redis.stop()
  })

  it('keeps each configured outcome, reports degraded once, recovers by itself and reconciles what fail-open recorded', async () => {
    const sid = `outage-${Date.now()}`
    const a = traffic(open, sid)
    const b = traffic(closed, `${sid}-closed`)
    try {
      await waitFor('traffic before the outage', () => a.samples.length >= 10 && b.samples.length >= 10)
      assert.deepEqual((await readyz(open)).json.status, 'ok')
      assert.equal(await metric(open, 'infershield_session_store_up'), 1)

      // Taken before the kill: the gateway may see the connection drop (and answer 503)
      // before this process sees the child's exit.
      const killedAt = Date.now()
      await redis.kill()
      await waitFor('fail-open degraded', async () => (await readyz(open)).json.status === 'degraded')
      await waitFor('fail-closed not ready', async () => (await readyz(closed)).status === 503)
      const degradedSeen = Date.now()
      const down = await readyz(closed)
      assert.equal(down.json.error.code, 'not_ready')
      assert.equal(await metric(open, 'infershield_session_store_up'), 0)
      assert.equal(await metric(closed, 'infershield_session_store_up'), 0)
      await new Promise(resolve => setTimeout(resolve, 800))

      const restartAt = Date.now()
      await redis.start()
      await waitFor('fail-open ok again', async () => (await readyz(open)).json.status === 'ok')
      await waitFor('fail-closed ok again', async () => (await readyz(closed)).status === 200)
      const recoveredSeen = Date.now()
      await waitFor('traffic after recovery', () => a.samples.some(s => s.at > recoveredSeen + 300) && b.samples.some(s => s.at > recoveredSeen + 300))

      assert.deepEqual(new Set(a.samples.map(s => s.status)), new Set([200]), 'fail-open answers every request')
      const duringOutage = b.samples.filter(s => s.at > degradedSeen && s.at < restartAt)
      assert.ok(duringOutage.length >= 5, `only ${duringOutage.length} requests during the outage`)
      assert.deepEqual(new Set(duringOutage.map(s => `${s.status} ${s.code}`)), new Set(['503 not_ready']), 'fail-closed refuses while the store is down')
      assert.deepEqual(b.samples.filter(s => s.at < killedAt && s.status !== 200), [], 'fail-closed served before the outage')
      assert.deepEqual(b.samples.filter(s => s.at > recoveredSeen + 300 && s.status !== 200).map(s => ({ ...s, afterRecoveryMs: s.at - recoveredSeen })), [], 'fail-closed serves again after recovery')
      assert.equal(await metric(open, 'infershield_session_store_up'), 1)
    } finally {
      await Promise.all([a.stop(), b.stop()])
    }

    for (const g of [open, closed]) {
      assert.equal(g.logs.filter(l => l.event === 'session_store_degraded').length, 1, 'one line when it degraded')
      assert.equal(g.logs.filter(l => l.event === 'session_store_recovered').length, 1, 'one line when it recovered')
    }
    // Redis came back empty (no persistence): the fail-open shard wrote its whole local
    // view back, so every action it answered is in Redis, readable from the other gateway.
    const answered = a.samples.length
    await waitFor('reconciled', async () => (await adminSession(closed, 'GET', sid)).json.total_actions === answered, 5000)
    const errorsCounted = await metric(open, 'infershield_session_store_errors_total')
    assert.ok(errorsCounted !== undefined && errorsCounted > 0, `store errors counted: ${errorsCounted}`)
  })
})
