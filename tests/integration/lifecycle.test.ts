import assert from 'node:assert/strict'
import { connect } from 'node:net'
import { describe, it } from 'node:test'
import { Agent, request } from 'undici'
import { startMockProvider } from '../../src/upstream/mock-provider.js'
import { startGateway } from '../helpers/gateway-process.js'

function sleep (ms: number): Promise<void> { return new Promise(resolve => setTimeout(resolve, ms)) }

async function metric (adminUrl: string, name: string): Promise<number> {
  const text = await (await request(`${adminUrl}/metrics`)).body.text()
  const m = new RegExp(`^${name} (\\S+)$`, 'm').exec(text)
  return m === null ? Number.NaN : Number(m[1])
}

describe('aborted requests', () => {
  it('survive clients that disconnect mid-body and mid-stream, leaking nothing', async () => {
    const mock = await startMockProvider({ chunks: 50, chunkDelayMs: 20 })
    const g = await startGateway({ env: { INFERSHIELD_UPSTREAM_URL: mock.url } })
    try {
      // Mid-body: promise 1000 bytes, send 10, hang up.
      for (let i = 0; i < 20; i++) {
        const s = connect(g.port, '127.0.0.1')
        s.write('POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"model":"')
        await sleep(5)
        s.destroy()
      }
      // Mid-stream: read the first bytes of a slow stream, then hang up.
      for (let i = 0; i < 10; i++) {
        const ac = new AbortController()
        const r = await request(`${g.url}/v1/chat/completions`, {
          method: 'POST', signal: ac.signal,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'm', stream: true, messages: [{ role: 'user', content: 'a long story please' }] }),
        })
        assert.equal(r.statusCode, 200)
        for await (const _ of r.body) break
        ac.abort()
      }
      await sleep(300)
      const health = await request(`${g.url}/healthz`)
      assert.equal(health.statusCode, 200)
      await health.body.dump()
      assert.equal(await metric(g.adminUrl, 'infershield_inflight_requests'), 0, 'no exchange is left open')
      assert.equal(mock.inFlight(), 0, 'upstream requests of aborted streams were cancelled')
      assert.equal(g.proc.exitCode, null)
      assert.equal(await g.stop(), 0)
    } finally {
      await g.stop()
      await mock.close()
    }
  })
})

describe('graceful shutdown', () => {
  it('finishes 100 in-flight requests across SIGTERM, refuses new ones, and exits 0', async () => {
    const mock = await startMockProvider({ latencyMs: 1500 })
    const g = await startGateway({ env: { INFERSHIELD_UPSTREAM_URL: mock.url } })
    const agent = new Agent({ connections: 128 })
    try {
      const inflight = Array.from({ length: 100 }, (_, i) => request(`${g.url}/v1/chat/completions`, {
        method: 'POST', dispatcher: agent,
        headers: { 'content-type': 'application/json', 'x-session-id': `shutdown-${i % 10}` },
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: `request ${i}` }] }),
      }).then(async r => ({ status: r.statusCode, body: await r.body.text() })))
      while (mock.inFlight() < 100) await sleep(10)
      const exit = g.stop('SIGTERM')
      await g.waitForLog(l => l.event === 'shutdown_started')
      const fresh = new Agent()
      await assert.rejects(request(`${g.url}/healthz`, { dispatcher: fresh }), 'new connections are refused while draining')
      await fresh.close()
      const results = await Promise.all(inflight)
      assert.deepEqual(results.filter(r => r.status !== 200), [], 'no in-flight request was dropped')
      assert.equal(await exit, 0)
      const done = await g.waitForLog(l => l.event === 'shutdown_complete')
      assert.equal(done.cut, 0)
    } finally {
      await agent.close()
      await g.stop()
      await mock.close()
    }
  })
})
