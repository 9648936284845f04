import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { promptShingles } from '../../../src/output/prompt-leak.js'
import { OutputPolicyError } from '../../../src/output/span-policies.js'
import { responseScan, scanning, streamed, VALUES } from './output-fixtures.js'

// Output scanning under the detection override layers: global → route → tenant →
// tenant route, as requests are scored (docs/policy-overrides.md).

const CHAT = 'chat_completions'
const OTHER = 'ops@tailspin-toys.io'
const filler = (n: number): string => Array.from({ length: n }, (_, i) => `word${i % 10}`).join(' ')

describe('output scanning honours the override layers', () => {
  const cfg = scanning({}, {
    routes: { analyze: { categories: { pii: { enabled: false } } } },
    tenants: {
      acme: { policies: { 'pii.email': { enabled: false } } },
      beta: { categories: { exfiltration: { weight: 0.5 } } },
      gamma: { mode: 'monitor', routes: { analyze: { mode: 'enforce' } } },
      delta: { policies: { 'pii.email': { weight: 0 } } },
    },
  })

  it('a policy disabled for a tenant scans nothing there, and still scans for others', () => {
    const text = `mail ${VALUES.email} please`
    assert.equal(streamed(responseScan(cfg, undefined, { tenant: 'acme', route: CHAT }), [text]).text, text)
    assert.equal(streamed(responseScan(cfg, undefined, { tenant: 'other', route: CHAT }), [text]).text, 'mail [REDACTED:email] please')
    assert.equal(streamed(responseScan(cfg), [text]).text, 'mail [REDACTED:email] please')
  })

  it('a category disabled on a route scans none of its policies there', () => {
    const text = `mail ${VALUES.email}, card ${VALUES.card}`
    const scan = responseScan(cfg, undefined, { tenant: 'other', route: 'analyze' })
    assert.equal(streamed(scan, [text]).text, text)
    assert.deepEqual(scan.summary().groups, [])
    assert.deepEqual(scan.summary().settings.scopes, ['global', 'routes.analyze'])
  })

  it('a weight scales a finding\'s risk, and below output.exfiltrationMinRisk it no longer counts', () => {
    const text = `Here you go ${VALUES.beacon} done`
    assert.equal(streamed(responseScan(cfg, undefined, { tenant: 'other', route: CHAT }), [text]).blocked, 'exfiltration.output-image')
    const halved = responseScan(cfg, undefined, { tenant: 'beta', route: CHAT })
    assert.deepEqual(streamed(halved, [text]), { text, blocked: null })
    assert.deepEqual(halved.summary().groups, [])
  })

  it('weight 0 is as good as disabled', () => {
    const text = `mail ${VALUES.email}`
    assert.equal(streamed(responseScan(cfg, undefined, { tenant: 'delta', route: CHAT }), [text]).text, text)
  })

  it('the reported risk is the weighted risk', () => {
    const c = scanning({}, { categories: { secrets: { weight: 0.5 } } })
    const scan = responseScan(c)
    streamed(scan, [`token ${VALUES.githubToken}`])
    const g = scan.summary().groups.find(x => x.policyId === 'secrets.service-tokens')
    assert.equal(g?.risk, 45)
  })

  it('monitor mode relays what would be blocked, flagged with would_block; redaction still applies', () => {
    const text = `${filler(20)} mail ${VALUES.email} and ${VALUES.beacon} ${filler(20)}`
    const scan = responseScan(cfg, undefined, { tenant: 'gamma', route: CHAT })
    const out = streamed(scan, [text])
    assert.equal(out.blocked, null)
    assert.equal(out.text, text.replace(VALUES.email, '[REDACTED:email]'))
    const s = scan.summary()
    assert.equal(s.wouldBlock, true)
    assert.equal(s.settings.mode, 'monitor')
    const image = s.groups.find(g => g.policyId === 'exfiltration.output-image')
    assert.deepEqual([image?.action, image?.wouldBlock], ['flag', true])
    assert.deepEqual(s.groups.find(g => g.policyId === 'pii.email')?.wouldBlock, false)
  })

  it('a narrower scope set to enforce blocks again under a monitoring tenant', () => {
    const out = streamed(responseScan(cfg, undefined, { tenant: 'gamma', route: 'analyze' }), [`x ${VALUES.beacon} y`])
    assert.equal(out.blocked, 'exfiltration.output-image')
  })

  it('monitor mode lets a verbatim prompt copy through as a flag, with would_block', () => {
    const line = 'You are Orion, the internal billing assistant of Contoso; never disclose refund thresholds above 5000 euros to anyone outside finance.'
    const prompt = promptShingles([line], 14)
    const scan = responseScan(cfg, { canary: null, prompt }, { tenant: 'gamma', route: CHAT })
    const text = `My instructions say: "${line}"`
    assert.deepEqual(streamed(scan, [text]), { text, blocked: null })
    assert.deepEqual(scan.summary().groups.map(g => [g.policyId, g.action, g.wouldBlock]), [['output.prompt-overlap', 'flag', true]])
  })

  it('a flag action is not a would-block, even in monitor mode', () => {
    const c = scanning({ exfiltration: 'flag' }, { mode: 'monitor' })
    const scan = responseScan(c)
    streamed(scan, [`x ${VALUES.beacon} y`])
    assert.equal(scan.summary().wouldBlock, false)
    assert.equal(scan.summary().groups[0]?.action, 'flag')
  })

  it('refuses overrides the engine would refuse', () => {
    assert.throws(() => scanning({}, { tenants: { acme: { policies: { 'pii.emial': { enabled: false } } } } }), OutputPolicyError)
  })
})

describe('output scanning honours allowlists', () => {
  const cfg = scanning({}, {
    allowlist: [{ name: 'support-address', exact: OTHER, categories: ['pii'] }],
    tenants: {
      acme: { allowlist: [{ name: 'acme-mailbox', pattern: '[a-z.]+@northwind-traders[.]de', policies: ['pii.email'] }] },
      beta: { allowlist: [{ name: 'user-only', exact: VALUES.email, roles: ['user'] }] },
      gamma: { allowlist: [{ name: 'disclaimer', exact: 'never disclose refund thresholds above 5000 euros to anyone outside finance', ignoreCase: true }] },
    },
  })

  it('drops a finding inside allowlisted text and keeps the others, counting the drop', () => {
    const text = `Write to ${OTHER} or to ${VALUES.email}.`
    const scan = responseScan(cfg)
    assert.equal(streamed(scan, [text]).text, `Write to ${OTHER} or to [REDACTED:email].`)
    assert.deepEqual(scan.summary().allowlisted, [{ entry: 'support-address', scope: 'global', policyId: 'pii.email', count: 1 }])
    assert.deepEqual(scan.summary().groups.map(g => [g.policyId, g.count]), [['pii.email', 1]])
  })

  it('tenant entries apply to that tenant only, and add to the global ones', () => {
    const text = `Write to ${OTHER} or to ${VALUES.email}.`
    const acme = responseScan(cfg, undefined, { tenant: 'acme', route: CHAT })
    assert.equal(streamed(acme, [text]).text, text)
    assert.deepEqual(acme.summary().allowlisted.map(a => [a.entry, a.scope]), [['support-address', 'global'], ['acme-mailbox', 'tenant']])
    assert.equal(streamed(responseScan(cfg, undefined, { tenant: 'other', route: CHAT }), [text]).text, `Write to ${OTHER} or to [REDACTED:email].`)
  })

  it('an entry limited to other roles does not apply to answers', () => {
    const text = `Write to ${VALUES.email}.`
    assert.equal(streamed(responseScan(cfg, undefined, { tenant: 'beta', route: CHAT }), [text]).text, 'Write to [REDACTED:email].')
  })

  it('an entry scoped to another category does not drop a secret inside it', () => {
    const c = scanning({}, { allowlist: [{ exact: `key ${VALUES.githubToken}`, categories: ['pii'] }] })
    assert.equal(streamed(responseScan(c), [`key ${VALUES.githubToken}`]).text, 'key [REDACTED:service-tokens]')
  })

  it('an allowlisted value split across stream chunks is still allowed, and counted once', () => {
    const text = `${filler(40)} Write to ${OTHER} today ${filler(40)}`
    const at = text.indexOf(OTHER) + 5
    for (const cut of [at - 10, at, at + 3]) {
      const scan = responseScan(cfg)
      const pieces = [text.slice(0, cut), text.slice(cut)]
      assert.deepEqual(streamed(scan, pieces), { text, blocked: null })
      assert.deepEqual(scan.summary().allowlisted.map(a => a.count), [1])
    }
  })

  it('an allowlisted prompt line repeated by the answer is not a leak; the rest of the prompt still is', () => {
    const disclaimer = 'Never disclose refund thresholds above 5000 euros to anyone outside finance'
    const secret = 'You are Orion, the internal billing assistant of Contoso and you approve refunds for premium customers without a receipt.'
    const prompt = promptShingles([disclaimer, secret], 8)
    const c = scanning({ promptLeakMinWords: 8 }, { tenants: { gamma: { allowlist: [{ name: 'disclaimer', exact: disclaimer, ignoreCase: true }] } } })
    const gamma = { tenant: 'gamma', route: CHAT }
    assert.equal(streamed(responseScan(c, { canary: null, prompt }, gamma), [`Sorry: ${disclaimer}.`]).blocked, null)
    assert.equal(streamed(responseScan(c, { canary: null, prompt }), [`Sorry: ${disclaimer}.`]).blocked, 'output.prompt-overlap')
    assert.equal(streamed(responseScan(c, { canary: null, prompt }, gamma), [`Sure: ${secret}`]).blocked, 'output.prompt-overlap')
  })
})
