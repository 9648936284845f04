import assert from 'node:assert/strict'
import { connect } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { request } from 'undici'
import { startMockProvider, type MockProvider } from '../../src/upstream/mock-provider.js'
import { startGateway, type GatewayProcess } from '../helpers/gateway-process.js'

const KEY = 'errors-test-key-0123456789'
const CHAT = { model: 'm', messages: [{ role: 'user', content: 'hello there' }] }

async function call (g: GatewayProcess, path: string, init: { method?: string, body?: string | Buffer, headers?: Record<string, string> } = {}) {
  const r = await request(`${g.url}${path}`, {
    method: (init.method ?? 'POST') as 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, ...init.headers },
    body: init.method === 'GET' ? null : init.body ?? JSON.stringify(CHAT),
  })
  const text = await r.body.text()
  let json: Record<string, any> = {}
  try { json = JSON.parse(text) } catch { /* asserted by callers */ }
  return { status: r.statusCode, requestId: r.headers['x-request-id'], json }
}

/** Writes raw HTTP on a socket and returns what came back before the server closed it. */
function raw (port: number, payload: string | Buffer, endAfterMs = 3000): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1')
    let got = ''
    s.on('data', d => { got += d.toString() })
    s.on('error', () => resolve(got))
    s.on('close', () => resolve(got))
    s.write(payload)
    setTimeout(() => s.destroy(), endAfterMs)
  })
}

function assertError (r: { status: number, requestId: unknown, json: Record<string, any> }, status: number, code: string): void {
  assert.equal(r.status, status, JSON.stringify(r.json))
  assert.equal(r.json.error?.code, code)
  assert.equal(typeof r.json.error?.message, 'string')
  assert.equal(typeof r.json.error?.type, 'string')
  assert.equal(typeof r.requestId, 'string', 'every response carries X-Request-ID')
}

describe('error codes of the public contract', () => {
  let mock: MockProvider
  let slow: MockProvider
  let g: GatewayProcess
  let down: GatewayProcess
  let timeout: GatewayProcess
  before(async () => {
    mock = await startMockProvider({})
    slow = await startMockProvider({ latencyMs: 3000 })
    g = await startGateway({ env: { INFERSHIELD_UPSTREAM_URL: mock.url, INFERSHIELD_API_KEYS: KEY, INFERSHIELD_MAX_BODY_BYTES: '4096' } })
    // Port 9 (discard) on loopback: nothing listens, the connection is refused.
    down = await startGateway({ env: { INFERSHIELD_UPSTREAM_URL: 'http://127.0.0.1:9/v1', INFERSHIELD_API_KEYS: KEY } })
    timeout = await startGateway({ env: { INFERSHIELD_UPSTREAM_URL: slow.url, INFERSHIELD_API_KEYS: KEY, INFERSHIELD_UPSTREAM_TIMEOUT_MS: '300' } })
  })
  after(async () => {
    for (const p of [g, down, timeout]) assert.equal(await p.stop(), 0)
    await mock.close()
    await slow.close()
  })

  it('invalid_json: 400 for a body that is not JSON', async () => {
    assertError(await call(g, '/v1/chat/completions', { body: '{"model": "m", "messages": [' }), 400, 'invalid_json')
  })

  it('invalid_request: 400 naming the offending field', async () => {
    const r = await call(g, '/v1/chat/completions', { body: JSON.stringify({ model: 'm', messages: [{ role: 'robot', content: 'x' }] }) })
    assertError(r, 400, 'invalid_request')
    assert.equal(r.json.error.param, 'messages.0.role')
    assert.match(r.json.error.message, /messages\.0\.role/)
  })

  it('unauthorized: 401 without a key or with a wrong one', async () => {
    assertError(await call(g, '/v1/chat/completions', { headers: { authorization: '' } }), 401, 'unauthorized')
    assertError(await call(g, '/v1/analyze', { headers: { authorization: 'Bearer wrong-key-0123456789' }, body: '{"input":"x"}' }), 401, 'unauthorized')
  })

  it('unsupported_media_type: 415 for a non-JSON content type', async () => {
    assertError(await call(g, '/v1/chat/completions', { headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type')
  })

  it('payload_too_large: 413 at once for a declared length over the cap', async () => {
    const r = await raw(g.port, `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"model":`)
    assert.match(r, /^HTTP\/1\.1 413/)
    assert.match(r, /"code":"payload_too_large"/)
  })

  it('payload_too_large: 413 when a chunked body grows past the cap', async () => {
    const chunk = 'x'.repeat(3000)
    const part = `${chunk.length.toString(16)}\r\n${chunk}\r\n`
    const r = await raw(g.port, `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${part}${part}${part}`)
    assert.match(r, /^HTTP\/1\.1 413/)
    assert.match(r, /"code":"payload_too_large"/)
  })

  it('not_found and method_not_allowed as JSON errors', async () => {
    assertError(await call(g, '/v1/nothing-here', { method: 'GET' }), 404, 'not_found')
    assertError(await call(g, '/v1/chat/completions', { method: 'PUT' }), 405, 'method_not_allowed')
  })

  it('upstream_error: 502 when the provider cannot be reached', async () => {
    assertError(await call(down, '/v1/chat/completions'), 502, 'upstream_error')
  })

  it('upstream_timeout: 504 when the provider is slower than upstream.timeoutMs', async () => {
    assertError(await call(timeout, '/v1/chat/completions'), 504, 'upstream_timeout')
  })

  it('logs and counts every error with its code and request id', async () => {
    const r = await call(g, '/v1/chat/completions', { body: 'nope', headers: { 'x-request-id': 'err-log-1' } })
    assertError(r, 400, 'invalid_json')
    const line = await g.waitForLog(l => l.event === 'error' && l.req_id === 'err-log-1')
    assert.equal(line.code, 'invalid_json')
    const metrics = await (await request(`${g.adminUrl}/metrics`)).body.text()
    assert.match(metrics, /infershield_errors_total\{code="invalid_json",where="chat_completions"\} [1-9]/)
  })
})
