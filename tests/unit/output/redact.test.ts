import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applyRedactions } from '../../../src/output/redact.js'
import type { LocatedFinding } from '../../../src/output/types.js'

const f = (kind: string, start: number, end: number, action: LocatedFinding['action'] = 'redact'): LocatedFinding => ({ category: 'pii', kind, policyId: `pii.${kind}`, risk: 10, action, reason: 'r', start, end })

describe('applyRedactions', () => {
  it('replaces each span with its typed placeholder', () => {
    assert.equal(applyRedactions('mail a@b.io or call 555', [f('email', 5, 11), f('phone', 20, 23)], false), 'mail [REDACTED:email] or call [REDACTED:phone]')
  })

  it('merges overlapping spans so no piece of a value survives', () => {
    assert.equal(applyRedactions('0123456789', [f('credit-card', 2, 8), f('phone', 0, 5)], false), '[REDACTED:phone]89')
  })

  it('leaves flag and block findings alone', () => {
    assert.equal(applyRedactions('keep this', [f('email', 0, 4, 'flag')], false), 'keep this')
  })

  it('in JSON text, trims a span so it never swallows a quote', () => {
    const json = '{"password":"hunter2hunter2"}'
    const out = applyRedactions(json, [f('generic-assignment', 1, json.length - 1)], true)
    assert.doesNotThrow(() => JSON.parse(out))
    assert.ok(!out.includes('hunter2'))
  })
})
