import assert from 'node:assert/strict'
import { connect } from 'node:net'
import { after, before, describe, it } from 'node:test'
import OpenAI from 'openai'
import { startGateway, type GatewayProcess } from '../helpers/gateway-process.js'
import { freePort, startRedis, type RedisServer } from '../helpers/redis-server.js'

// Three real gateway processes share one test-started redis-server for rate limits: a
// key's limit holds across all of them together, not per instance.

const KEY_A = 'rate-limit-key-a-0123456789'
const KEY_B = 'rate-limit-key-b-0123456789'
const BURST = 9

async function analyze (g: GatewayProcess, key: string): Promise<{ status: number, headers: Headers, json: Record<string, any> }> {
  const r = await fetch(`${g.url}/v1/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ input: 'What is the capital of France?', dry_run: true }),
  })
  return { status: r.status, headers: r.headers, json: await r.json() as Record<string, any> }
}

/**
 * Sends raw HTTP requests one after the other on one connection, each once the previous
 * was answered (`answered(text, i)`); resolves with what came back and whether the
 * server closed the connection (or after 3 s).
 */
function rawExchange (port: number, requests: readonly string[], answered: (text: string, i: number) => boolean): Promise<{ text: string, closedByServer: boolean }> {
  return new Promise((resolve) => {
    const sock = connect(port, '127.0.0.1')
    let text = ''
    let next = 0
    const finish = (closedByServer: boolean): void => {
      clearTimeout(timer)
      sock.destroy()
      resolve({ text, closedByServer })
    }
    const timer = setTimeout(() => finish(false), 3000)
    sock.on('data', (d: Buffer) => {
      text += d.toString()
      if (!answered(text, next)) return
      if (next === requests.length) finish(false)
      else sock.write(requests[next++] as string)
    })
    sock.on('end', () => finish(true))
    sock.on('error', () => finish(true))
    sock.write(requests[next++] as string)
  })
}

async function rejectedOn (g: GatewayProcess): Promise<number> {
  const text = await (await fetch(`${g.adminUrl}/metrics`)).text()
  const m = /^infershield_rate_limited_total\{by="redis"\} (\d+)$/m.exec(text)
  return m === null ? 0 : Number(m[1])
}

describe('rate limiting across 3 gateway instances sharing Redis', () => {
  let redis: RedisServer
  const gateways: GatewayProcess[] = []
  before(async () => {
    redis = await startRedis()
    const env = {
      INFERSHIELD_API_KEYS: `${KEY_A},${KEY_B}`,
      INFERSHIELD_RATE_LIMIT_ENABLED: 'true',
      // One token per 100 s: nothing refills while the test runs.
      INFERSHIELD_RATE_LIMIT_RPS: '0.01',
      INFERSHIELD_RATE_LIMIT_BURST: String(BURST),
      INFERSHIELD_RATE_LIMIT_STORE: 'redis',
      INFERSHIELD_REDIS_URL: redis.url,
      // Generous on a loaded test machine: a timeout would decide a request locally.
      INFERSHIELD_RATE_LIMIT_REDIS_TIMEOUT_MS: '5000',
    }
    gateways.push(...await Promise.all([startGateway({ env }), startGateway({ env }), startGateway({ env })]))
  })
  after(async () => {
    try {
      for (const g of gateways) assert.equal(await g.stop(), 0)
    } finally {
      await redis.stop()
    }
  })

  it('admits one key\'s burst once in total, whichever instances its requests reach', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => analyze(gateways[i % 3] as GatewayProcess, KEY_A)))
    const ok = results.filter(r => r.status === 200)
    const limited = results.filter(r => r.status === 429)
    // Per-instance buckets would have admitted 3 × 9 = 27.
    assert.equal(ok.length, BURST)
    assert.equal(limited.length, 30 - BURST)
    assert.deepEqual(ok.map(r => Number(r.headers.get('x-ratelimit-remaining'))).sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7, 8])
    for (const g of gateways) assert.equal(g.logs.filter(l => l.event === 'rate_limit_store_down').length, 0, 'Redis decided every request')
    const counted = await Promise.all(gateways.map(rejectedOn))
    assert.equal(counted.reduce((a, b) => a + b, 0), 30 - BURST, 'each instance counted its own rejections')
  })

  it('gives another key its own bucket, and shows it on forwarded answers too', async () => {
    const r = await analyze(gateways[1] as GatewayProcess, KEY_B)
    assert.equal(r.status, 200)
    assert.equal(r.headers.get('x-ratelimit-limit'), String(BURST))
    assert.equal(r.headers.get('x-ratelimit-remaining'), String(BURST - 1))
    const chat = await fetch(`${(gateways[2] as GatewayProcess).url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY_B}` },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Say hello.' }] }),
    })
    assert.equal(chat.status, 200)
    assert.equal((await chat.json() as { object: string }).object, 'chat.completion')
    assert.equal(chat.headers.get('x-ratelimit-remaining'), String(BURST - 2))
  })

  it('keeps the connection of a rejected request open for the next one, and closes it when the body is refused', async () => {
    const g = gateways[0] as GatewayProcess
    const body = JSON.stringify({ input: 'hello' })
    const head = (length: number): string => `POST /v1/analyze HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${KEY_A}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`
    const count429 = (text: string): number => (text.match(/HTTP\/1\.1 429/g) ?? []).length
    // Two complete requests, one after the other on one connection: both answered on it.
    const both = await rawExchange(g.port, [head(body.length) + body, head(body.length) + body], (got, sent) => count429(got) === sent)
    assert.equal(count429(both.text), 2, both.text)
    assert.equal(both.closedByServer, false)
    // A declared body over server.maxBodyBytes is never read: the server closes the connection.
    const tooLarge = await rawExchange(g.port, [head(10_000_000) + body], () => false)
    assert.match(tooLarge.text, /^HTTP\/1\.1 429/)
    assert.equal(tooLarge.closedByServer, true)
  })

  it('answers 429 rate_limited in the OpenAI error shape with Retry-After and rate-limit headers', async () => {
    const r = await analyze(gateways[2] as GatewayProcess, KEY_A)
    assert.equal(r.status, 429)
    assert.deepEqual(Object.keys(r.json).sort(), ['error', 'request_id'])
    assert.equal(r.json.error.code, 'rate_limited')
    assert.equal(r.json.error.type, 'rate_limit_error')
    assert.equal(r.json.error.param, null)
    assert.equal(typeof r.json.error.message, 'string')
    assert.equal(r.headers.get('x-request-id'), r.json.request_id)
    // The next token is 100 s away (minus the test's own seconds): whole seconds, rounded up.
    const retryAfter = r.headers.get('retry-after') ?? ''
    assert.match(retryAfter, /^\d+$/)
    assert.ok(Number(retryAfter) > 90 && Number(retryAfter) <= 100, `Retry-After ${retryAfter}`)
    assert.equal(r.headers.get('x-ratelimit-limit'), String(BURST))
    assert.equal(r.headers.get('x-ratelimit-remaining'), '0')
    assert.ok(Number(r.headers.get('x-ratelimit-reset')) > 800, 'the bucket is full again in about 9 × 100 s')
  })

  it('surfaces as the official SDK\'s RateLimitError on /v1/chat/completions', async () => {
    const client = new OpenAI({ baseURL: `${(gateways[0] as GatewayProcess).url}/v1`, apiKey: KEY_A, maxRetries: 0 })
    await assert.rejects(
      client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Say hello.' }] }),
      (err: unknown) => {
        assert.ok(err instanceof OpenAI.RateLimitError, `got ${String(err)}`)
        assert.equal(err.status, 429)
        assert.equal(err.code, 'rate_limited')
        assert.equal(err.type, 'rate_limit_error')
        assert.match(err.headers.get('retry-after') ?? '', /^\d+$/)
        return true
      },
    )
  })

  it('does not limit unauthenticated requests through the key\'s bucket: they are refused first', async () => {
    const r = await analyze(gateways[0] as GatewayProcess, 'not-a-configured-key-0123')
    assert.equal(r.status, 401)
    assert.equal(r.headers.get('x-ratelimit-limit'), null)
  })
})

describe('a gateway whose rate-limit Redis is down, under fail-closed', () => {
  let g: GatewayProcess
  let port: number
  let redis: RedisServer | null = null
  before(async () => {
    port = await freePort()
    g = await startGateway({
      env: {
        INFERSHIELD_API_KEYS: KEY_A,
        INFERSHIELD_RATE_LIMIT_ENABLED: 'true',
        INFERSHIELD_RATE_LIMIT_STORE: 'redis',
        INFERSHIELD_RATE_LIMIT_ON_STORE_UNAVAILABLE: 'fail-closed',
        INFERSHIELD_REDIS_URL: `redis://127.0.0.1:${port}`,
      },
    })
  })
  after(async () => {
    try {
      assert.equal(await g.stop(), 0)
    } finally {
      await redis?.stop()
    }
  })

  it('refuses with 503 not_ready and logs the outage once, not per request', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await analyze(g, KEY_A)
      assert.equal(r.status, 503)
      assert.equal(r.json.error.code, 'not_ready')
    }
    assert.equal(g.logs.filter(l => l.event === 'rate_limit_store_down').length, 1)
    assert.equal(g.logs.filter(l => l.event === 'error').length, 0, 'no error line per refused request')
  })

  it('serves again by itself once Redis is up, and logs the recovery once', async () => {
    redis = await startRedis({ port })
    const deadline = Date.now() + 15_000
    let status = 0
    while (status !== 200 && Date.now() < deadline) {
      status = (await analyze(g, KEY_A)).status
      if (status !== 200) await new Promise(resolve => setTimeout(resolve, 100))
    }
    assert.equal(status, 200)
    await g.waitForLog(l => l.event === 'rate_limit_store_up')
    assert.equal(g.logs.filter(l => l.event === 'rate_limit_store_up').length, 1)
  })
})
