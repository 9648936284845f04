import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { FindingGroup, OutputSummary } from '../../../src/output/response-scan.js'
import { outputSessionAction } from '../../../src/output/session-record.js'

const group = (g: Partial<FindingGroup>): FindingGroup => ({ category: 'pii', kind: 'email', policyId: 'pii.email', action: 'redact', count: 1, risk: 8, reason: 'r', wouldBlock: false, ...g })
const summary = (groups: FindingGroup[], blocked = false, facts: OutputSummary['facts'] = []): OutputSummary => ({
  groups,
  blocked: blocked ? { category: 'exfiltration', kind: 'output-image', policyId: 'exfiltration.output-image', risk: 92, action: 'block', reason: 'r' } : null,
  risk: groups.reduce((m, g) => Math.max(m, g.risk), 0),
  wouldBlock: groups.some(g => g.wouldBlock),
  allowlisted: [],
  settings: { scopes: ['global'], thresholds: { block: 80, flag: 50 }, mode: 'enforce' },
  facts,
})

describe('outputSessionAction', () => {
  it('records nothing for a clean answer', () => {
    assert.equal(outputSessionAction(summary([]), 50), null)
  })

  it('one redacted address is an ordinary allowed turn that still notes a sensitive read', () => {
    assert.deepEqual(outputSessionAction(summary([group({})]), 50), { decision: 'allow', score: 8, kinds: ['sensitive_read'], policies: ['output:pii.email'] })
  })

  it('a blocked answer is a blocked turn; leaks of secrets or the prompt are flagged', () => {
    assert.equal(outputSessionAction(summary([group({ category: 'exfiltration', policyId: 'exfiltration.output-image', risk: 92, action: 'block' })], true), 50)?.decision, 'block')
    const leak = outputSessionAction(summary([group({ category: 'systemPromptLeak', policyId: 'output.canary', risk: 100, action: 'flag' })]), 50)
    assert.equal(leak?.decision, 'flag')
    assert.deepEqual(leak?.kinds, ['policy_probe'])
    assert.equal(outputSessionAction(summary([group({ category: 'secrets', policyId: 'secrets.jwt', risk: 40 })]), 50)?.decision, 'flag')
  })

  it('an answer monitor mode let through where enforcement would block is recorded as a block', () => {
    const monitored = group({ category: 'exfiltration', policyId: 'exfiltration.output-image', risk: 92, action: 'flag', wouldBlock: true })
    assert.equal(outputSessionAction(summary([monitored]), 50)?.decision, 'block')
    assert.equal(outputSessionAction(summary([{ ...monitored, wouldBlock: false }]), 50)?.decision, 'flag')
  })

  it('a clean answer that refused is remembered as an allowed record that scores nothing', () => {
    assert.deepEqual(outputSessionAction(summary([], false, ['refused']), 50), { decision: 'allow', score: 0, kinds: [], policies: [], answer: ['refused'] })
  })

  it('a leaking answer carries its facts with its findings', () => {
    const beacon = outputSessionAction(summary([group({ category: 'exfiltration', policyId: 'exfiltration.output-image', risk: 92, action: 'block' })], true, ['sent']), 50)
    assert.equal(beacon?.decision, 'block')
    assert.deepEqual(beacon?.answer, ['sent'])
    assert.equal(Object.hasOwn(outputSessionAction(summary([group({})]), 50) ?? {}, 'answer'), false)
  })

  it('bulk PII at the flag threshold is flagged', () => {
    assert.equal(outputSessionAction(summary([group({ count: 12, risk: 75 })]), 50)?.decision, 'flag')
  })
})
