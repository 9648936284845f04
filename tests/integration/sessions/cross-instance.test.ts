import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { adminSession, analyze, CHAIN_ATTACK, concurrentIntoOneSession, redisGatewayEnv, runChain } from '../../helpers/gateway-client.js'
import { startGateway, type GatewayProcess } from '../../helpers/gateway-process.js'
import { startRedis, type RedisServer } from '../../helpers/redis-server.js'
import { sleep } from '../../contract/session-store-contract.js'

// Three real gateway processes sharing one redis-server, with no session affinity: the
// situation a load balancer creates.

describe('sessions across 3 gateway instances on one Redis', () => {
  let redis: RedisServer
  const gateways: GatewayProcess[] = []
  before(async () => {
    redis = await startRedis()
    const env = redisGatewayEnv({ INFERSHIELD_REDIS_URL: redis.url })
    gateways.push(...await Promise.all([startGateway({ env }), startGateway({ env }), startGateway({ env })]))
  })
  after(async () => {
    await Promise.all(gateways.map(async g => await g.stop()))
    await redis.stop()
  })

  it('blocks a multi-step attack sent round-robin at the same step with the same score as on one instance', async () => {
    const one = await runChain(() => gateways[0] as GatewayProcess, `chain-one-${Date.now()}`)
    const spread = await runChain(i => gateways[i % 3] as GatewayProcess, `chain-rr-${Date.now()}`)
    assert.deepEqual(spread, one)
    assert.deepEqual(one.map(([d]) => d), ['allow', 'allow', 'allow', 'block'], 'the chain is caught at its last step, by the session')
    const alone = await analyze(gateways[1] as GatewayProcess, `chain-alone-${Date.now()}`, CHAIN_ATTACK.at(-1) as string)
    assert.notEqual(alone.json.decision, 'block', 'the last step alone is not blocked: the block comes from the shared session')
  })

  it('counts 150 actions on every instance after 3 x 50 concurrent requests into one session', async () => {
    await concurrentIntoOneSession(gateways, `contended-${Date.now()}`)
  })

  it('shows the same session from every instance, deletes it from any, and audits both', async () => {
    const sid = `inspect-${Date.now()}`
    await runChain(i => gateways[i % 3] as GatewayProcess, sid)
    const views = await Promise.all(gateways.map(async g => await adminSession(g, 'GET', sid)))
    for (const v of views) {
      assert.equal(v.status, 200)
      assert.deepEqual(v.json, views[0]?.json)
    }
    const v = views[0]?.json as Record<string, any>
    assert.equal(v.id, sid)
    assert.equal(v.tenant, 'default')
    assert.equal(v.total_actions, 4)
    assert.ok(v.risk >= 80)
    assert.deepEqual(v.actions.map((a: any) => a.decision), ['allow', 'allow', 'allow', 'block'])
    assert.ok(v.actions[3].policies.includes('session.read-transform-send'))
    assert.ok(Date.parse(v.created_at) <= Date.parse(v.updated_at))
    assert.deepEqual((await adminSession(gateways[2] as GatewayProcess, 'DELETE', sid)).json, { deleted: true })
    for (const g of gateways) assert.equal((await adminSession(g, 'GET', sid)).status, 404)
    const audited = async (g: GatewayProcess, action: string): Promise<boolean> => (await g.waitForLog(l => l.event === 'audit' && l.action === action && l.target === `default:${sid}`)) !== undefined
    assert.ok(await audited(gateways[0] as GatewayProcess, 'session.inspect'))
    assert.ok(await audited(gateways[2] as GatewayProcess, 'session.delete'))
  })
})

describe('session TTL through the gateway, Redis store', () => {
  let redis: RedisServer
  let g: GatewayProcess
  before(async () => {
    redis = await startRedis()
    g = await startGateway({ env: redisGatewayEnv({ INFERSHIELD_REDIS_URL: redis.url, INFERSHIELD_SESSION_TTL_SECONDS: '1' }) })
  })
  after(async () => {
    await g.stop()
    await redis.stop()
  })

  it('forgets a session one TTL after its last action, in Redis and in the hot cache', async () => {
    const sid = `ttl-${Date.now()}`
    await analyze(g, sid, 'first')
    assert.equal((await analyze(g, sid, 'second')).json.session.total_actions, 2)
    await sleep(1300)
    assert.equal(redis.cli('--scan', '--pattern', 'infershield:*ttl-*').trim(), '')
    assert.equal((await analyze(g, sid, 'third')).json.session.total_actions, 1)
  })
})
