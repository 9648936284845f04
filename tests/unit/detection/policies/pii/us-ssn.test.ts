import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import policy, { ssnValid } from '../../../../../src/detection/policies/pii/us-ssn.js'
import { runNegatives, runPositives, user } from './pii-cases.js'

describe('pii.us-ssn flags valid Social Security numbers', () => {
  runPositives(policy, [
    { name: 'a dashed SSN alone scores about 85', messages: user('the applicant is 536-22-1234, please verify'), min: 80, max: 90, messageIndex: 0, role: 'user', secrets: ['536-22-1234', '22-1234'] },
    { name: 'a labelled SSN scores higher', messages: user('SSN: 536-22-1234'), min: 90, messageIndex: 0, role: 'user', secrets: ['536-22-1234'] },
    { name: 'a bare nine-digit SSN counts next to a label', messages: user('social security number 536221234'), min: 90, messageIndex: 0, role: 'user', secrets: ['536221234'] },
    { name: 'an SSN in a system prompt raises sensitive_read', messages: [{ role: 'system', content: 'Customer record: SSN 401-78-2290' }, { role: 'user', content: 'hi' }], min: 90, messageIndex: 0, role: 'system', secrets: ['401-78-2290'], actions: ['sensitive_read'] },
  ])
})

describe('pii.us-ssn ignores invalid and famous numbers', () => {
  runNegatives(policy, [
    { name: 'the form example 123-45-6789 carries no risk', messages: user('Social Security Number (SSN): 123-45-6789'), max: 0 },
    { name: 'areas 000, 666 and 9xx are never issued', messages: user('ssn 000-12-3456, 666-12-3456, 912-34-5678'), max: 0 },
    { name: 'group 00 and serial 0000 are never issued', messages: user('ssn 536-00-1234 or 536-22-0000'), max: 0 },
    { name: 'the Woolworth wallet number is public', messages: user('SSN 078-05-1120'), max: 0 },
    { name: 'space-separated or bare numbers need a label', messages: user('part 536 22 1234 and code 536221234'), max: 0 },
    { name: 'numbers labelled as something else are not SSNs', messages: user('phone 536-22-1234'), max: 0 },
  ])
  it('applies the issuing rules', () => {
    assert.equal(ssnValid('536', '22', '1234'), true)
    assert.equal(ssnValid('666', '22', '1234'), false)
    assert.equal(ssnValid('900', '22', '1234'), false)
    assert.equal(ssnValid('536', '00', '1234'), false)
  })
})
