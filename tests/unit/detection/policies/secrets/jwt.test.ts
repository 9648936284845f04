import { describe } from 'node:test'
import policy from '../../../../../src/detection/policies/secrets/jwt.js'
import { runNegatives, runPositives, user } from '../pii/pii-cases.js'
import { base64url, fakeChars } from './fake-material.js'

const header = base64url({ alg: 'RS256', typ: 'JWT', kid: 'k1' })
const payload = base64url({ sub: 'u_8372', role: 'admin', exp: 1900000000 })
const signed = `${header}.${payload}.${fakeChars(86, 'jwt-sig', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}`
const unsigned = `${base64url({ alg: 'none' })}.${payload}.`

describe('secrets.jwt flags bearer tokens', () => {
  runPositives(policy, [
    { name: 'a signed JWT in an Authorization header', messages: user(`Authorization: Bearer ${signed}`), min: 80, messageIndex: 0, role: 'user', secrets: [signed, payload.slice(0, 20)], actions: ['sensitive_read'] },
    { name: 'an unsigned JWT leaks claims at lower risk', messages: user(`token=${unsigned}`), min: 30, max: 50, messageIndex: 0, role: 'user', secrets: [payload.slice(0, 20)], actions: ['sensitive_read'] },
  ])
})

describe('secrets.jwt ignores samples and look-alikes', () => {
  runNegatives(policy, [
    { name: 'the tutorial sample token is ignored', messages: user('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'), max: 0 },
    { name: 'a header without alg is not a JWT', messages: user(`${base64url({ typ: 'JWT' })}.${payload}.${fakeChars(40, 'x')}`), max: 0 },
    { name: 'undecodable parts are not a JWT', messages: user('eyJhbGciOiJIUzI1NiIsInR5.eyJzdWIiOiIxMjM0NTY3OD.abcdefghijklmnop'), max: 0 },
  ])
})
