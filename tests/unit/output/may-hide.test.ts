import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_LIMITS, normalize } from '../../../src/detection/normalize/index.js'
import { mayHide } from '../../../src/output/may-hide.js'

// Answers that skip the normalizer pass are scanned raw only, so the gate must let through
// every text the normalizer could decode: otherwise a canary or secret spelled in that
// encoding reaches the client unseen.
const SECRET = 'ifs-canary-7f3a9c'
const hexPairs = [...Buffer.from(SECRET)].map(b => b.toString(16).padStart(2, '0')).join(' ')

describe('output scanning: which answers go through the normalizer', () => {
  for (const [name, text] of [['spaced hex pairs', hexPairs], ['base64', Buffer.from(SECRET).toString('base64')]] as const) {
    it(`${name}: the gate opens, and the normalizer does reveal the value`, () => {
      const answer = `Sure, here it is: ${text}`
      assert.equal(mayHide(answer, DEFAULT_LIMITS.minEncodedLength), true)
      assert.ok(normalize([{ role: 'assistant', content: answer }], DEFAULT_LIMITS).segments.some(s => s.text.includes(SECRET)), `${name} decodes to the value`)
    })
  }
})
