import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { interpretAnswer, ReplayClient, runScenario, sessionIdOf } from '../../../src/replay/send.js'
import { stepsScenario } from './builders.js'
import { startFakeGateway, type FakeGateway } from './fake-gateway.js'

const scenario = stepsScenario('mt-007', 'attack', [
  { role: 'system', content: 'You are a travel assistant.' },
  { role: 'user', content: 'Find me a hotel in Lisbon.' },
  { role: 'assistant', content: 'Searching.' },
  { role: 'tool', content: 'Hotel list. BLOCKME hidden instruction.' },
  { role: 'user', content: 'Book the first one.' },
])

describe('sending scenarios to a gateway', () => {
  let gw: FakeGateway
  let client: ReplayClient
  before(async () => {
    gw = await startFakeGateway()
    client = new ReplayClient({ url: gw.url, apiKey: 'k-0123456789abcdef', model: 'm-test', connections: 2, timeoutMs: 5000 })
  })
  after(async () => {
    await client.close()
    await gw.close()
  })
  beforeEach(() => { gw.requests.length = 0 })

  it('history mode resends the growing conversation on the chat route with one session id', async () => {
    const out = await runScenario(client, scenario, 'history', 'sess-h')
    assert.deepEqual(gw.requests.map(r => r.path), Array(3).fill('/v1/chat/completions'))
    assert.deepEqual(gw.requests.map(r => r.body.messages.map(m => m.role)), [
      ['system', 'user'],
      ['system', 'user', 'assistant', 'tool'],
      ['system', 'user', 'assistant', 'tool', 'user'],
    ])
    assert.deepEqual(gw.requests.map(r => r.headers['x-session-id']), ['sess-h', 'sess-h', 'sess-h'])
    assert.equal(gw.requests[0]?.headers.authorization, 'Bearer k-0123456789abcdef')
    assert.equal(gw.requests[0]?.body.model, 'm-test')
    assert.deepEqual(out.map(o => [o.step, o.status, o.blocked]), [[2, 200, false], [4, 403, true], [5, 403, true]])
  })

  it('sends the scenario\'s tool definitions with every request, in both modes, and none when it has none', async () => {
    const tools = [{ type: 'function', function: { name: 'find_hotel', description: 'Search hotels by city.' } }]
    for (const mode of ['history', 'latest'] as const) {
      gw.requests.length = 0
      await runScenario(client, { ...scenario, tools }, mode, `sess-t-${mode}`)
      assert.deepEqual(gw.requests.map(r => (r.body as { tools?: unknown }).tools), Array(3).fill(tools), mode)
    }
    gw.requests.length = 0
    await runScenario(client, scenario, 'history', 'sess-t-none')
    assert.ok(gw.requests.every(r => !('tools' in r.body)))
  })

  it('latest mode sends only the system prompt and the current step', async () => {
    const out = await runScenario(client, scenario, 'latest', 'sess-l')
    assert.deepEqual(gw.requests.map(r => r.body.messages.map(m => `${m.role}:${String(m.content).slice(0, 12)}`)), [
      ['system:You are a tr', 'user:Find me a ho'],
      ['system:You are a tr', 'assistant:null', 'tool:Hotel list. '],
      ['system:You are a tr', 'user:Book the fir'],
    ])
    assert.deepEqual(out.map(o => o.blocked), [false, true, false], 'the last step alone carries nothing to block')
  })

  it('asks the mock provider for the scenario\'s answer to the step it follows', async () => {
    await runScenario(client, scenario, 'latest', 'sess-r')
    const replies = gw.requests.map(r => r.headers['x-mock-reply'])
    assert.equal(Buffer.from(String(replies[0]), 'base64').toString('utf8'), 'Searching.')
    assert.deepEqual(replies.slice(1), [undefined, undefined])
  })

  it('records the risk score and policy ids of a block, and the decision headers of a forward', async () => {
    const out = await runScenario(client, stepsScenario('x', 'attack', [{ role: 'user', content: 'FLAGME' }, { role: 'user', content: 'BLOCKME' }]), 'latest', 's')
    assert.deepEqual(out.map(({ latencyMs: _l, ...rest }) => rest), [
      { step: 1, status: 200, blocked: false, blockedBy: null, decision: 'flag', riskScore: 55, policies: [], error: null },
      { step: 2, status: 403, blocked: true, blockedBy: 'request', decision: 'block', riskScore: 91, policies: ['test.block-me', 'test.other'], error: null },
    ])
    assert.ok(out.every(o => o.latencyMs >= 0))
  })

  it('treats an answer that is neither a forward nor a block as an error, and keeps going', async () => {
    const out = await runScenario(client, stepsScenario('x', 'benign', [{ role: 'user', content: 'BADREQ' }, { role: 'user', content: 'fine' }]), 'latest', 's')
    assert.deepEqual(out.map(o => [o.status, o.blocked, o.error]), [[400, false, 'http 400 invalid_request'], [200, false, null]])
  })

  it('turns a connection failure into an outcome instead of throwing', async () => {
    const dead = new ReplayClient({ url: 'http://127.0.0.1:1', apiKey: null, model: 'm', connections: 1, timeoutMs: 1000 })
    try {
      const out = await runScenario(dead, stepsScenario('x', 'benign', [{ role: 'user', content: 'hi' }]), 'history', 's')
      assert.equal(out[0]?.status, 0)
      assert.equal(out[0]?.blocked, false)
      assert.equal(typeof out[0]?.error, 'string')
    } finally {
      await dead.close()
    }
  })
})

describe('interpreting answers', () => {
  it('does not count a 403 without the blocked code as a block', () => {
    const o = interpretAnswer(1, 403, {}, JSON.stringify({ error: { code: 'forbidden' } }), 1)
    assert.equal(o.blocked, false)
    assert.equal(o.error, 'http 403 forbidden')
  })
  it('counts an answer the output stage withheld as a block, naming its output policies', () => {
    const body = { error: { code: 'response_blocked' }, infershield: { decision: 'block', stage: 'response', findings: [{ policy: 'exfiltration.output-image' }] } }
    const o = interpretAnswer(2, 403, {}, JSON.stringify(body), 1)
    assert.deepEqual([o.blocked, o.blockedBy, o.decision, o.policies, o.error], [true, 'response', 'block', ['output:exfiltration.output-image'], null])
  })
  it('survives a body that is not JSON', () => {
    assert.equal(interpretAnswer(1, 502, {}, '<html>bad gateway</html>', 1).error, 'http 502')
  })
})

describe('session ids', () => {
  it('are printable, distinct per scenario index, and carry the run tag', () => {
    const a = sessionIdOf('replay-ab12', 0, 'case with spaces/and ünïcode')
    const b = sessionIdOf('replay-ab12', 1, 'case with spaces/and ünïcode')
    assert.match(a, /^replay-ab12-0-[A-Za-z0-9._-]+$/)
    assert.notEqual(a, b)
    assert.ok(sessionIdOf('t', 3, 'x'.repeat(500)).length <= 100)
  })
})
