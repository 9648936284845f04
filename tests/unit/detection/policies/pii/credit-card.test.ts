import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/pii/credit-card.js'
import { runNegatives, runPositives, user } from './pii-cases.js'

describe('pii.credit-card flags valid card numbers', () => {
  runPositives(policy, [
    { name: 'a Luhn-valid Visa number is high risk', messages: user('my card is 4539 1488 0343 6467'), min: 80, max: 90, messageIndex: 0, role: 'user', secrets: ['4539 1488 0343 6467', '0343'] },
    { name: 'an expiry date and CVV raise the risk', messages: user('card 5527-3391-8402-5174 exp 11/27 cvv 381'), min: 93, messageIndex: 0, role: 'user', secrets: ['5527-3391-8402-5174'] },
    { name: 'an Amex number printed 4-6-5 is recognised', messages: user('amex 3742 586193 04175'), min: 80, messageIndex: 0, role: 'user', secrets: ['586193'] },
    { name: 'a card in a tool result raises sensitive_read', messages: [{ role: 'user', content: 'show the payment' }, { role: 'tool', content: 'pan=6011543277882109' }], min: 80, messageIndex: 1, role: 'tool', secrets: ['6011543277882109'], actions: ['sensitive_read'] },
    { name: 'three distinct cards are a bulk disclosure', messages: user('4539148803436467\n4026839102765545\n4716382900153726'), min: 94, messageIndex: 0, role: 'user', secrets: ['4539148803436467', '4026839102765545'], actions: ['sensitive_read'] },
    { name: 'a number labelled as an order id is downgraded', messages: user('order id 4539148803436467'), min: 20, max: 45, messageIndex: 0, role: 'user', secrets: ['4539148803436467'] },
  ])
})

describe('pii.credit-card ignores test cards and other numbers', () => {
  runNegatives(policy, [
    { name: 'published test cards carry no risk', messages: user('Credit Card: 4111111111111111, Exp: 09/25, CVV: 123. Also 4242 4242 4242 4242 and 5555555555554444'), max: 0 },
    { name: 'Luhn-invalid numbers are ignored', messages: user('card 4567-8901-2345-6789'), max: 0 },
    { name: 'timestamps and snowflake ids have no card prefix', messages: user('ts 1700000000000 id 1234567890123456789'), max: 0 },
    { name: 'odd separator groupings are not printed cards', messages: user('ref 45 3914 8803 4364 67'), max: 0 },
    { name: 'decimal numbers are not cards', messages: user('pi is 3.14159265358979323'), max: 0 },
    { name: 'an international phone number in E.164 form is not a card, Luhn-valid or not', messages: user('phone: the customer phone number in E.164 format, e.g. +4915112345678'), max: 0 },
    // The digits after "DE44 " of this IBAN pass Luhn and start like a Maestro card.
    { name: 'the digits of an IBAN are not a card number', messages: user('Please wire the deposit to IBAN DE44 5001 0517 5407 3249 31 by Friday.'), max: 0 },
  ])
})
