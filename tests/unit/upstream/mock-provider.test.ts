import assert from 'node:assert/strict'
import { once } from 'node:events'
import { connect } from 'node:net'
import { after, before, describe, test } from 'node:test'
import OpenAI from 'openai'
import { request } from 'undici'
import { startMockProvider } from '../../../src/upstream/mock-provider.js'
import type { MockProvider } from '../../../src/upstream/mock-provider.js'

interface Completion {
  id: string
  object: string
  created: number
  model: string
  choices: Array<{ index: number, message: { role: string, content: string }, finish_reason: string }>
  usage: { prompt_tokens: number, completion_tokens: number, total_tokens: number }
}

interface ErrorBody { error: { message: string, type: string, code: string | null } }

function chatBody (content: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content }], ...extra })
}

async function post (provider: MockProvider, body: string, headers: Record<string, string> = {}): Promise<{ status: number, headers: Record<string, unknown>, text: string }> {
  const res = await request(`${provider.url}/chat/completions`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() }
}

/** Parses an SSE body into its `data:` payloads, in order. */
function sseData (text: string): string[] {
  return text.split('\n\n').filter((block) => block.length > 0).map((block) => {
    assert.ok(block.startsWith('data: '), `unexpected SSE block: ${block.slice(0, 80)}`)
    return block.slice('data: '.length)
  })
}

/** Polls a condition the provider reaches asynchronously (socket events); fails after ~2 s. */
async function eventually (condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (condition()) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  assert.fail(`never happened: ${what}`)
}

describe('mock provider', () => {
  let provider: MockProvider
  let client: OpenAI

  before(async () => {
    provider = await startMockProvider({ port: 0 })
    client = new OpenAI({ baseURL: provider.url, apiKey: 'x', maxRetries: 0 })
  })
  after(async () => { await provider.close() })

  test('listens on a free port and advertises an OpenAI base URL ending in /v1', () => {
    assert.ok(provider.port > 0)
    assert.equal(provider.url, `http://127.0.0.1:${provider.port}/v1`)
  })

  test('answers a chat completion with a chat.completion object that echoes the model', async () => {
    const res = await post(provider, chatBody('What is the capital of France?'))
    assert.equal(res.status, 200)
    assert.match(String(res.headers['content-type']), /^application\/json/)
    assert.match(String(res.headers['x-request-id']), /^req_mock[0-9a-f]{16}$/)
    const body = JSON.parse(res.text) as Completion
    assert.equal(body.object, 'chat.completion')
    assert.match(body.id, /^chatcmpl-mock[0-9a-f]{24}$/)
    assert.equal(body.model, 'gpt-4o-mini')
    assert.equal(body.choices.length, 1)
    assert.deepEqual(body.choices[0]?.message, { role: 'assistant', content: 'Mock reply to: What is the capital of France?', refusal: null })
    assert.equal(body.choices[0]?.finish_reason, 'stop')
    assert.ok(body.usage.prompt_tokens > 0 && body.usage.completion_tokens > 0)
    assert.equal(body.usage.total_tokens, body.usage.prompt_tokens + body.usage.completion_tokens)
  })

  test('quotes only the first 40 characters of a long user message in its fixed reply', async () => {
    const long = 'a'.repeat(39) + 'BCDEFGHIJ'
    const body = JSON.parse((await post(provider, chatBody(long))).text) as Completion
    assert.equal(body.choices[0]?.message.content, `Mock reply to: ${'a'.repeat(39)}B`)
  })

  test('returns a byte-identical body for the same request sent twice', async () => {
    const first = await post(provider, chatBody('same question'))
    const second = await post(provider, chatBody('same question'))
    assert.equal(first.text, second.text)
    assert.equal(first.headers['x-request-id'], second.headers['x-request-id'])
    const other = JSON.parse((await post(provider, chatBody('another question'))).text) as Completion
    assert.notEqual(other.id, (JSON.parse(first.text) as Completion).id)
  })

  test('works with the official OpenAI SDK for a non-streaming completion', async () => {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'ping' }] })
    assert.equal(completion.choices[0]?.message.content, 'Mock reply to: ping')
    assert.equal(completion.model, 'gpt-4o')
  })

  test('streams a role chunk, five content chunks, a finish chunk and [DONE] with the SDK', async () => {
    const stream = await client.chat.completions.create({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'stream this please' }] })
    const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = []
    for await (const chunk of stream) chunks.push(chunk)
    assert.equal(chunks.length, 7)
    assert.equal(chunks[0]?.choices[0]?.delta.role, 'assistant')
    const content = chunks.slice(1, 6).map((c) => c.choices[0]?.delta.content ?? '')
    assert.ok(content.every((piece) => piece.length > 0))
    assert.equal(content.join(''), 'Mock reply to: stream this please')
    assert.equal(chunks[6]?.choices[0]?.finish_reason, 'stop')
    assert.ok(chunks.every((c) => c.object === 'chat.completion.chunk' && c.id === chunks[0]?.id))
  })

  test('ends a raw SSE stream with data: [DONE] and sends usage last when include_usage is set', async () => {
    const res = await post(provider, chatBody('count me', { stream: true, stream_options: { include_usage: true } }))
    assert.equal(res.status, 200)
    assert.match(String(res.headers['content-type']), /^text\/event-stream/)
    assert.ok(res.text.endsWith('data: [DONE]\n\n'))
    const data = sseData(res.text)
    assert.equal(data.at(-1), '[DONE]')
    const events = data.slice(0, -1).map((d) => JSON.parse(d) as { choices: unknown[], usage: Completion['usage'] | null })
    const usageEvent = events.at(-1)
    assert.deepEqual(usageEvent?.choices, [])
    assert.ok(usageEvent?.usage !== null && usageEvent?.usage !== undefined && usageEvent.usage.total_tokens > 0)
    assert.ok(events.slice(0, -1).every((e) => e.usage === null))
    const plain = JSON.parse((await post(provider, chatBody('count me'))).text) as Completion
    assert.deepEqual(usageEvent.usage, plain.usage)
  })

  test('streams the same bytes for the same request', async () => {
    const body = chatBody('deterministic stream', { stream: true })
    assert.equal((await post(provider, body)).text, (await post(provider, body)).text)
  })

  test('echoes the full last user message when x-mock-echo is 1, so a leaked secret comes back', async () => {
    const secret = 'my key is sk-live-0123456789abcdefghijklmnopqrstuv and that is all there is to say'
    const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'earlier' }, { role: 'assistant', content: 'ok' }, { role: 'user', content: [{ type: 'text', text: secret }] }] })
    const res = JSON.parse((await post(provider, body, { 'x-mock-echo': '1' })).text) as Completion
    assert.equal(res.choices[0]?.message.content, secret)
  })

  test('echoes in streaming mode too, split across the chunks', async () => {
    const text = 'password=hunter2 is what the user typed'
    const res = await post(provider, chatBody(text, { stream: true }), { 'x-mock-echo': 'true', 'x-mock-chunks': '3' })
    const events = sseData(res.text).slice(0, -1).map((d) => JSON.parse(d) as { choices: Array<{ delta: { content?: string } }> })
    assert.equal(events.length, 5)
    assert.equal(events.map((e) => e.choices[0]?.delta.content ?? '').join(''), text)
  })

  test('answers with an OpenAI-style error body at the status forced by x-mock-status', async () => {
    const res = await post(provider, chatBody('fail please'), { 'x-mock-status': '500' })
    assert.equal(res.status, 500)
    const body = JSON.parse(res.text) as ErrorBody
    assert.equal(body.error.type, 'server_error')
    assert.equal(typeof body.error.message, 'string')
  })

  test('surfaces a forced 429 to the SDK as a RateLimitError', async () => {
    await assert.rejects(
      client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] }, { headers: { 'x-mock-status': '429' } }),
      (err: unknown) => err instanceof OpenAI.RateLimitError && err.status === 429 && err.code === 'rate_limit_exceeded',
    )
  })

  test('rejects a malformed override header with 400 instead of ignoring it', async () => {
    const res = await post(provider, chatBody('x'), { 'x-mock-status': '200' })
    assert.equal(res.status, 400)
    const body = JSON.parse(res.text) as ErrorBody & { error: { param: string } }
    assert.equal(body.error.code, 'invalid_mock_header')
    assert.equal(body.error.param, 'x-mock-status')
  })

  test('answers invalid JSON with 400 invalid_json', async () => {
    const res = await post(provider, '{"model": "m", "messages": [')
    assert.equal(res.status, 400)
    const body = JSON.parse(res.text) as ErrorBody
    assert.equal(body.error.type, 'invalid_request_error')
    assert.equal(body.error.code, 'invalid_json')
  })

  test('answers a request without messages with 400 naming the parameter', async () => {
    const res = await post(provider, JSON.stringify({ model: 'm' }))
    assert.equal(res.status, 400)
    assert.equal((JSON.parse(res.text) as ErrorBody).error.code, 'missing_required_parameter')
  })

  test('answers an unknown route with a 404 JSON error and a wrong method with 405', async () => {
    const missing = await request(`${provider.url}/embeddings`, { method: 'POST', body: '{}' })
    assert.equal(missing.statusCode, 404)
    assert.equal((await missing.body.json() as ErrorBody).error.code, 'unknown_url')
    const wrongMethod = await request(`${provider.url}/chat/completions`)
    assert.equal(wrongMethod.statusCode, 405)
    assert.equal((await wrongMethod.body.json() as ErrorBody).error.code, 'method_not_allowed')
  })

  test('lists a model on GET /v1/models and describes any model id asked for', async () => {
    const models = await client.models.list()
    assert.deepEqual(models.data.map((m) => m.id), ['mock-model'])
    assert.equal((await client.models.retrieve('gpt-4o')).id, 'gpt-4o')
  })

  test('answers 413 to a declared body over its limit without waiting for the bytes', async () => {
    const socket = connect(provider.port, '127.0.0.1')
    socket.write('POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 40000000\r\n\r\n{')
    let received = ''
    socket.on('data', (data: Buffer) => { received += data.toString('latin1') })
    await once(socket, 'close')
    assert.match(received, /^HTTP\/1\.1 413 /)
    assert.match(received, /"code":"payload_too_large"/)
  })

  test('records the headers, lower-cased, and the body of the last chat request', async () => {
    const before = provider.requestCount()
    const body = chatBody('recorded')
    await post(provider, body, { Authorization: 'Bearer upstream-key', 'X-Session-ID': 'sess-1' })
    const last = provider.lastRequest()
    assert.ok(last !== null)
    assert.equal(last.headers['authorization'], 'Bearer upstream-key')
    assert.equal(last.headers['x-session-id'], 'sess-1')
    assert.equal(last.headers['content-type'], 'application/json')
    assert.deepEqual(last.body, JSON.parse(body))
    assert.equal(provider.requestCount(), before + 1)
  })

  test('keeps answering others while one request waits out a long latency', async () => {
    const controller = new AbortController()
    const slow = request(`${provider.url}/chat/completions`, { method: 'POST', body: chatBody('slow'), headers: { 'x-mock-latency-ms': '600000' }, signal: controller.signal })
    await eventually(() => provider.inFlight() === 1, 'slow request accepted')
    const fast = await post(provider, chatBody('fast'))
    assert.equal(fast.status, 200)
    assert.equal(provider.inFlight(), 1)
    controller.abort()
    await assert.rejects(slow)
    await eventually(() => provider.inFlight() === 0, 'aborted request released')
  })

  test('cuts a stream after N content chunks with x-mock-drop-after-chunks, failing the client read', async () => {
    const res = await request(`${provider.url}/chat/completions`, { method: 'POST', body: chatBody('drop me midway', { stream: true }), headers: { 'x-mock-drop-after-chunks': '2' } })
    assert.equal(res.statusCode, 200)
    let received = ''
    await assert.rejects((async () => { for await (const part of res.body) received += String(part) })())
    assert.ok(!received.includes('[DONE]'))
    assert.equal(sseData(received).length, 3)
    await eventually(() => provider.inFlight() === 0, 'dropped stream released')
  })

  test('stalls a stream after N content chunks with x-mock-stall-after-chunks until the client gives up', async () => {
    const controller = new AbortController()
    const res = await request(`${provider.url}/chat/completions`, { method: 'POST', body: chatBody('stall me', { stream: true }), headers: { 'x-mock-stall-after-chunks': '1' }, signal: controller.signal })
    let received = ''
    const reading = (async () => { for await (const part of res.body) received += String(part) })()
    await eventually(() => received.split('\n\n').length - 1 === 2, 'role chunk and one content chunk')
    assert.equal(provider.inFlight(), 1)
    controller.abort()
    await assert.rejects(reading)
    assert.equal(sseData(received).length, 2)
    await eventually(() => provider.inFlight() === 0, 'stalled stream released')
  })

  test('survives a client that aborts mid-stream while chunks are still scheduled', async () => {
    const controller = new AbortController()
    const res = await request(`${provider.url}/chat/completions`, { method: 'POST', body: chatBody('slow drip', { stream: true }), headers: { 'x-mock-chunk-delay-ms': '60000' }, signal: controller.signal })
    let received = ''
    const reading = (async () => { for await (const part of res.body) received += String(part) })()
    await eventually(() => received.includes('"content"'), 'first chunks')
    controller.abort()
    await assert.rejects(reading)
    await eventually(() => provider.inFlight() === 0, 'aborted stream released')
    assert.equal((await post(provider, chatBody('still alive'))).status, 200)
  })
})

describe('mock provider options and lifecycle', () => {
  test('echoes by default when started with echo: true', async () => {
    const provider = await startMockProvider({ echo: true })
    try {
      const body = JSON.parse((await post(provider, chatBody('repeat after me'))).text) as Completion
      assert.equal(body.choices[0]?.message.content, 'repeat after me')
    } finally {
      await provider.close()
    }
  })

  test('streams the configured number of chunks', async () => {
    const provider = await startMockProvider({ chunks: 2 })
    try {
      const res = await post(provider, chatBody('two pieces only', { stream: true }))
      assert.equal(sseData(res.text).length, 1 + 2 + 1 + 1)
    } finally {
      await provider.close()
    }
  })

  test('delivers a large streamed echo intact to a client that reads slowly', async () => {
    const provider = await startMockProvider({ echo: true, chunks: 4 })
    try {
      const text = 'abcdefghij'.repeat(800_000)
      const res = await request(`${provider.url}/chat/completions`, { method: 'POST', body: chatBody(text, { stream: true }) })
      // Not reading for a while lets the socket buffers fill, so the provider hits backpressure.
      await new Promise((resolve) => setTimeout(resolve, 50))
      const events = sseData(await res.body.text()).slice(0, -1).map((d) => JSON.parse(d) as { choices: Array<{ delta: { content?: string } }> })
      assert.equal(events.map((e) => e.choices[0]?.delta.content ?? '').join(''), text)
    } finally {
      await provider.close()
    }
  })

  test('lets a client time out on x-mock-hang, then closes without waiting for the hung request', async () => {
    const provider = await startMockProvider({})
    const hung = request(`${provider.url}/chat/completions`, { method: 'POST', body: chatBody('hang'), headers: { 'x-mock-hang': '1' }, headersTimeout: 100 })
    await assert.rejects(hung, (err: unknown) => (err as { code?: string }).code === 'UND_ERR_HEADERS_TIMEOUT')
    assert.equal(provider.lastRequest()?.headers['x-mock-hang'], '1')
    assert.equal((await post(provider, chatBody('next'))).status, 200)
    await provider.close()
  })

  test('close() resolves with requests hanging, waiting on latency or stalled, and fails them', async () => {
    const provider = await startMockProvider({ latencyMs: 600_000 })
    const pending = [
      request(`${provider.url}/chat/completions`, { method: 'POST', body: chatBody('a'), headers: { 'x-mock-hang': '1' } }),
      request(`${provider.url}/chat/completions`, { method: 'POST', body: chatBody('b') }),
      request(`${provider.url}/chat/completions`, { method: 'POST', body: chatBody('c', { stream: true }), headers: { 'x-mock-latency-ms': '0', 'x-mock-stall-after-chunks': '0' } }),
    ]
    await eventually(() => provider.inFlight() === 3, 'three requests in flight')
    await provider.close()
    assert.equal(provider.inFlight(), 0)
    const outcomes = await Promise.allSettled(pending.map(async (p) => await (await p).body.text()))
    assert.ok(outcomes.every((o) => o.status === 'rejected'))
    await provider.close()
  })

  test('refuses options outside their ranges', async () => {
    await assert.rejects(startMockProvider({ chunks: 0 }), RangeError)
    await assert.rejects(startMockProvider({ port: 70000 }), RangeError)
    await assert.rejects(startMockProvider({ latencyMs: -1 }), RangeError)
  })

  test('fails to start when the port is already taken', async () => {
    const first = await startMockProvider({})
    try {
      await assert.rejects(startMockProvider({ port: first.port }), /could not listen/)
    } finally {
      await first.close()
    }
  })
})
