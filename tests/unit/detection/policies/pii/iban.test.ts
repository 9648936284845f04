import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import policy from '../../../../../src/detection/policies/pii/iban.js'
import { ibanChecksumValid } from '../../../../../src/detection/policies/pii/iban-countries.js'
import { runNegatives, runPositives, user } from './pii-cases.js'

describe('pii.iban flags checksum-valid IBANs', () => {
  runPositives(policy, [
    { name: 'a compact IBAN is high risk', messages: user('pay to DE12500105170648489890 today'), min: 75, max: 90, messageIndex: 0, role: 'user', secrets: ['DE12500105170648489890', '0648489890'] },
    { name: 'a grouped IBAN is recognised', messages: user('IBAN: GB89 NWBK 6016 1398 7654 32'), min: 75, messageIndex: 0, role: 'user', secrets: ['6016 1398 7654'] },
    { name: 'an IBAN with letters in its account part is recognised', messages: user('FR30 3000 4028 3700 0123 4567 K89'), min: 75, messageIndex: 0, role: 'user', secrets: ['0123 4567'] },
    { name: 'three IBANs in a list are a bulk disclosure', messages: user('DE12500105170648489890 GB89NWBK60161398765432 NL81RABO0312345678'), min: 90, messageIndex: 0, role: 'user', secrets: ['GB89NWBK60161398765432', 'NL81RABO0312345678'], actions: ['sensitive_read'] },
  ])
})

describe('pii.iban ignores examples and invalid candidates', () => {
  runNegatives(policy, [
    { name: 'published example IBANs carry no risk', messages: user('e.g. GB82 WEST 1234 5698 7654 32 or DE89370400440532013000'), max: 0 },
    { name: 'a wrong check digit is rejected', messages: user('DE13500105170648489890'), max: 0 },
    { name: 'a wrong length for the country is rejected', messages: user('DE1250010517064848989'), max: 0 },
    { name: 'an unknown country code is rejected', messages: user('ZZ12500105170648489890'), max: 0 },
  ])
  it('computes mod-97 without big integers', () => {
    assert.equal(ibanChecksumValid('GB82WEST12345698765432'), true)
    assert.equal(ibanChecksumValid('GB83WEST12345698765432'), false)
  })
})
