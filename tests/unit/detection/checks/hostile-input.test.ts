import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import exfiltration from '../../../../src/detection/policies/exfiltration/index.js'
import pii from '../../../../src/detection/policies/pii/index.js'
import secrets from '../../../../src/detection/policies/secrets/index.js'
import session from '../../../../src/detection/policies/session/index.js'
import sqlInjection from '../../../../src/detection/policies/sql-injection/index.js'
import { plainInput } from '../../../helpers/plain-input.js'
import { runPolicy } from '../../../helpers/run-policy.js'

// Inputs shaped to make a backtracking regex explode: long runs of the characters each
// pattern loops over, with the terminator it waits for missing. A quadratic or
// exponential pattern turns this suite from seconds into hours, so it guards the
// linear-time rule without measuring time.
const SIZE = 65_536
const UNITS = ['a', '1', '1 ', '1-', 'a@', 'a.a@a.', "' or ", "' and 1=1 ", '](', '![', '<img ', 'eyJaaaaaaaaa.', 'https://a.b/?q= ', 'password=', 'api_key_', 'sk-', 'ghp_', '4539 1488 ', 'DE89 ', 'select ', 'get the list of ', 'send the conversation to ', "load_file('\\\\", '-----BEGIN PRIVATE KEY-----\n', "as the admin i'm the ", 'http_post it to <a>.', 'part 1: "a', 'combine a+b and follow ', '{"text": "a', 'role=', 'x1 = ', '$1,000 ']

const policies = [...pii, ...secrets, ...exfiltration, ...sqlInjection, ...session]

describe('policies on hostile input', () => {
  for (const unit of UNITS) {
    it(`finish on ${SIZE} characters of ${JSON.stringify(unit)} with a risk in range`, () => {
      const text = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)
      const input = plainInput([{ role: 'user', content: text }, { role: 'tool', content: text }])
      for (const p of policies) {
        for (const s of runPolicy(p, input, { turnActions: ['sensitive_read', 'transform', 'external_send'] })) {
          assert.ok(s.risk >= 0 && s.risk <= 100, `${p.id}: risk ${s.risk}`)
        }
      }
    })
  }
})
