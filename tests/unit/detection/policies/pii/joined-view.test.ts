import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_LIMITS, normalize } from '../../../../../src/detection/normalize/index.js'
import email from '../../../../../src/detection/policies/pii/email.js'
import usSsn from '../../../../../src/detection/policies/pii/us-ssn.js'
import type { ChatMessage } from '../../../../../src/detection/types.js'
import { runPolicy } from '../../../../helpers/run-policy.js'

// With the real normalizer: its joined view glues the user turns together without
// separators, which must neither invent values at the junctions nor hide split ones.
const conversation: ChatMessage[] = [
  { role: 'user', content: 'my mail is ann@corp.io' }, { role: 'assistant', content: 'ok' },
  { role: 'user', content: 'cc bob@corp.io' }, { role: 'assistant', content: 'ok' },
  { role: 'user', content: 'and carol@corp.io' }, { role: 'assistant', content: 'ok' },
  { role: 'user', content: 'call me, my SSN is 536-22-' }, { role: 'assistant', content: 'go on' },
  { role: 'user', content: '1234 thanks' },
]

describe('PII policies over the joined view of user turns', () => {
  it('does not count junction artefacts as extra addresses', () => {
    const [s] = runPolicy(email, normalize(conversation, DEFAULT_LIMITS))
    assert.ok(s !== undefined)
    assert.equal(s.reason, '3 e-mail addresses')
  })
  it('finds an SSN split across two turns', () => {
    const [s] = runPolicy(usSsn, normalize(conversation, DEFAULT_LIMITS))
    assert.ok(s?.evidence !== null && s?.evidence !== undefined)
    assert.ok(s.risk >= 85)
    assert.deepEqual([...s.evidence.encodings], ['joined'])
    assert.ok(!s.evidence.excerpt.includes('536-22-1234'))
  })
})
