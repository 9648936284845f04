import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { toolDataGrade } from '../../../../../src/detection/policies/session/tool-data.js'

describe('tool results that carry data are reads', () => {
  const CASES: readonly { readonly text: string, readonly grade: 'secret' | 'data' | null }[] = [
    { text: 'APP_NAME=billing\nDB_HOST=db.prod.internal\nDB_USER=billing_rw\nLOG_LEVEL=warn', grade: 'secret' },
    { text: '{"data":{"partner":"acme-pay","key_id":"ak_2291","scopes":"payouts:write"}}', grade: 'secret' },
    { text: 'home alarm pin: 9028\nwifi password: orchard-sunset-77', grade: 'secret' },
    { text: 'CONFIDENTIAL board notes: restructuring of the support team planned for Q3.', grade: 'data' },
    { text: 'name,level,base\nA. Smith,L7,248000\nR. Osei,L6,201500\nT. Kim,L5,162000', grade: 'data' },
    { text: '[{"user":"kpatel","role":"admin","mfa":false},{"user":"lmorris","role":"admin","mfa":true}]', grade: 'data' },
    { text: 'Shortlist: Brightfield ($64M cap), Tessel ($40M), Northvane ($22M).', grade: 'data' },
    { text: 'User takes sertraline 50mg and sees a therapist on Tuesdays', grade: 'data' },
  ]
  for (const c of CASES) it(`grades "${c.text.slice(0, 40)}…" as ${String(c.grade)}`, () => assert.equal(toolDataGrade(c.text), c.grade))
})

describe('status lines and small results are not reads', () => {
  const NOT: readonly string[] = [
    '182044',
    'Exported 48 contacts for owner=user.',
    'Build succeeded in 41s. 212 tests passed.',
    '{"status": "queued", "id": "job-77"}',
    'The weather in Lisbon is sunny with a light breeze this afternoon.',
  ]
  for (const text of NOT) it(`ignores "${text}"`, () => assert.equal(toolDataGrade(text), null))
})
