import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { after, before, describe, it } from 'node:test'
import { adminSession, analyze, concurrentIntoOneSession, readyz, redisGatewayEnv, runChain, waitFor } from '../../helpers/gateway-client.js'
import { startGateway, type GatewayProcess } from '../../helpers/gateway-process.js'
import { startRedisCluster, type RedisCluster } from '../../helpers/redis-server.js'
import { sessionKeys } from '../../../src/session/redis/keys.js'

// A local Redis Cluster (3 masters + 3 replicas, cluster-node-timeout 1 s) behind three
// gateways; then the master that holds a live session is killed.

describe('sessions on Redis Cluster, through a master failover', () => {
  let cluster: RedisCluster
  const gateways: GatewayProcess[] = []
  before(async () => {
    cluster = await startRedisCluster(1000)
    const env = redisGatewayEnv({ INFERSHIELD_REDIS_CLUSTER_NODES: cluster.seeds.join(','), INFERSHIELD_REDIS_TIMEOUT_MS: '300' })
    gateways.push(...await Promise.all([startGateway({ env }), startGateway({ env }), startGateway({ env })]))
  })
  after(async () => {
    await Promise.all(gateways.map(async g => await g.stop()))
    await cluster.stop()
  })

  it('runs the cross-instance checks against the cluster', async () => {
    const one = await runChain(() => gateways[0] as GatewayProcess, `c-chain-one-${Date.now()}`)
    const spread = await runChain(i => gateways[i % 3] as GatewayProcess, `c-chain-rr-${Date.now()}`)
    assert.deepEqual(spread, one)
    assert.equal(one.at(-1)?.[0], 'block')
    await concurrentIntoOneSession(gateways, `c-contended-${Date.now()}`)
  })

  it('keeps serving when the master holding a session dies, and recovers after the replica takes over', async () => {
    const sid = `c-failover-${Date.now()}`
    for (let i = 0; i < 5; i++) assert.equal((await analyze(gateways[i % 3] as GatewayProcess, sid, `question ${i}`)).status, 200)
    const slot = Number(spawnSync('redis-cli', ['-p', String(cluster.nodes[0]?.port), 'cluster', 'keyslot', sessionKeys('default', sid).meta], { encoding: 'utf8' }).stdout.trim())
    const owner = cluster.nodes.find(n => cluster.masters().includes(n.port) && Number(n.cli('cluster', 'countkeysinslot', String(slot)).trim()) > 0)
    assert.ok(owner !== undefined, `no master holds slot ${slot}`)
    // Let the replica catch up, so the test checks the gateway rather than replication lag.
    owner.cli('wait', '1', '1000')
    await owner.kill()

    const statuses: number[] = []
    await waitFor('failover seen by every gateway', async () => {
      for (const [i, g] of gateways.entries()) statuses.push((await analyze(g, sid, `during failover ${i}`)).status)
      const promoted = cluster.nodes.some(n => n !== owner && n.cli('role').startsWith('master') && Number(n.cli('cluster', 'countkeysinslot', String(slot)).trim()) > 0)
      const ready = await Promise.all(gateways.map(async g => (await readyz(g)).json.status))
      return promoted && ready.every(s => s === 'ok')
    }, 30_000)
    assert.deepEqual(new Set(statuses), new Set([200]), 'fail-open: every request answered during the failover')
    // A gateway whose requests reached the dead master before the promotion reports the
    // outage and its end; one whose requests all came after it never saw one.
    const degraded = gateways.filter(g => g.logs.some(l => l.event === 'session_store_degraded'))
    assert.ok(degraded.length >= 1, 'the gateway that hit the dead master reported it')
    for (const g of degraded) assert.ok(g.logs.some(l => l.event === 'session_store_recovered'))

    // Every answered request is recorded: in Redis, or held by a gateway that hit the dead
    // master and replayed in the background once it recovered. Reading the count before
    // that replay finished made the check below race it (a later append counted the rest).
    const answered = 5 + statuses.length
    await waitFor('actions held during the failover replayed', async () => (await adminSession(gateways[0] as GatewayProcess, 'GET', sid)).json.total_actions === answered, 15_000)
    // After failover every instance reads and writes the session on the promoted replica.
    const before = answered
    await analyze(gateways[1] as GatewayProcess, sid, 'after failover')
    for (const g of gateways) assert.equal((await adminSession(g, 'GET', sid)).json.total_actions, before + 1)
  })
})
