import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { maskedEvidence, redactValue, scrubExcerpt } from '../../../../src/detection/checks/masked-evidence.js'
import { userInput } from '../../../helpers/plain-input.js'

describe('masked evidence', () => {
  it('masks the value and the sensitive neighbours in the excerpt', () => {
    const text = 'row1,ann@corp.io,4539148803436467\nrow2,bob@corp.io,4026839102765545'
    const seg = userInput(text).segments[0]!
    const start = text.indexOf('bob@corp.io')
    const ev = maskedEvidence(seg, start, start + 'bob@corp.io'.length)
    for (const raw of ['bob@corp.io', 'ann@corp.io', '4539148803436467', '4026839102765545']) assert.ok(!ev.excerpt.includes(raw), ev.excerpt)
    assert.equal(ev.start, start)
  })
  it('keeps long values short with their length', () => {
    const v = 'A'.repeat(10) + 'x'.repeat(200)
    const r = redactValue(v)
    assert.ok(r.length < 40)
    assert.ok(r.includes('[210 chars]'))
  })
  it('masks cut-off token tails at the excerpt edge but leaves words alone', () => {
    assert.ok(!scrubExcerpt('…HqLyjWDarjtT1zdp7dc and more').includes('HqLyjWDarjtT1zdp7dc'))
    assert.equal(scrubExcerpt('implementation details'), 'implementation details')
  })
})
