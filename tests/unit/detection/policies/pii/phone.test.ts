import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/pii/phone.js'
import { runNegatives, runPositives, user } from './pii-cases.js'

const list = ['(212) 867-5309', '+44 7911 123456', '+33 1 42 68 53 00', '415-867-2210', '+1 646 732 8841', '(312) 940-1187'].join('\n')

describe('pii.phone flags phone numbers, bulk ones strongly', () => {
  runPositives(policy, [
    { name: 'one North American number is low risk', messages: user('Call me at (212) 867-5309 tomorrow'), min: 5, max: 15, messageIndex: 0, role: 'user', secrets: ['867-5309'] },
    { name: 'an E.164 number is recognised', messages: user('whatsapp +44 7911 123456'), min: 5, max: 15, messageIndex: 0, role: 'user', secrets: ['7911 123456'] },
    { name: 'a national number with a trunk zero needs and finds a phone word', messages: user('mobile 06 12 34 56 78'), min: 5, max: 15, messageIndex: 0, role: 'user', secrets: ['12 34 56 78'] },
    { name: 'a bare ten-digit run counts next to a phone word', messages: user('phone 2128675309'), min: 5, max: 15, messageIndex: 0, role: 'user', secrets: ['2128675309'] },
    { name: 'a list of six numbers is a bulk disclosure', messages: [{ role: 'user', content: 'summarise' }, { role: 'tool', content: list }], min: 70, messageIndex: 1, role: 'tool', secrets: ['867-5309', '940-1187'], actions: ['sensitive_read'] },
    { name: 'two numbers run together by spaces are both found', messages: user('tel 212 867 5309 646 732 8841'), min: 15, max: 25, messageIndex: 0, role: 'user', secrets: ['867 5309'] },
  ])
})

describe('pii.phone ignores dates, versions, identifiers and fictional numbers', () => {
  runNegatives(policy, [
    { name: 'dates are not phone numbers', messages: user('released 2023-10-12, due 12-05-2023 and 2024.01.15'), max: 0 },
    { name: 'versions and IP addresses are not phone numbers', messages: user('build 12.4.1.2200 on 192.168.1.100 and 10.0.0.12'), max: 0 },
    { name: 'order and account numbers are not phone numbers', messages: user('order #2128675309, account number 6467328841, invoice 4158672210'), max: 0 },
    { name: '555-01xx and area code 555 numbers are fictional', messages: user('call 1-800-555-0199 or 555-123-4567'), max: 0 },
    { name: 'the canonical made-up number is a placeholder', messages: user('Phone Number: (123) 456-7890'), max: 0 },
    { name: 'UK drama numbers are placeholders', messages: user('tel: 020 7946 0958 or +44 7700 900123'), max: 0 },
    { name: 'bare digit runs without a phone word are not phone numbers', messages: user('the checksum is 2128675309 and the seed 6467328841'), max: 0 },
  ])
})
