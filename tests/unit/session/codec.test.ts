import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { Packr } from 'msgpackr'
import { decodeAction, encodeAction, ENTRY_FORMAT, StateFormatError, type StoredAction } from '../../../src/session/redis/codec.js'
import { sessionKeys } from '../../../src/session/redis/keys.js'

const FIXTURE = JSON.parse(readFileSync(new URL('../../../../tests/fixtures/session-state-v1.json', import.meta.url), 'utf8')) as { entries: string[] }
const packr = new Packr({ useRecords: false })

describe('session entry codec', () => {
  it('round-trips every field of an action, known or not, and leaves the turn out', () => {
    const a = { at: 1, kinds: ['transform' as const], decision: 'flag' as const, score: 60, policies: ['p'], fragments: ['ab'], later: { x: [1, 2] } }
    const buf = encodeAction(a)
    assert.deepEqual((packr.unpack(buf) as unknown[])[0], ENTRY_FORMAT)
    assert.deepEqual(decodeAction(buf, 9), { ...a, turn: 9 })
  })

  it('drops undefined optional fields instead of storing them', () => {
    const withUndefined = { at: 1, kinds: [], decision: 'allow', score: 0, policies: [], fragments: undefined } as unknown as StoredAction
    const decoded = decodeAction(encodeAction(withUndefined), 1)
    assert.equal(Object.hasOwn(decoded, 'fragments'), false)
  })

  it('migrates the committed format-1 fixture to the current shape', () => {
    const got = FIXTURE.entries.map((b64, i) => decodeAction(Buffer.from(b64, 'base64'), 5 + i))
    assert.deepEqual(got[0], { at: 1700000000000, kinds: ['sensitive_read'], decision: 'flag', score: 55, policies: ['secrets.generic-assignment'], turn: 5 })
    assert.deepEqual(got[2]?.kinds, ['transform', 'external_send'])
    assert.equal(got[2]?.decision, 'block')
  })

  it('refuses an entry format newer than it knows, and malformed entries, loudly', () => {
    assert.throws(() => decodeAction(packr.pack([ENTRY_FORMAT + 1, {}]), 1), StateFormatError)
    assert.throws(() => decodeAction(Buffer.from([0xc1]), 1), StateFormatError)
    assert.throws(() => decodeAction(packr.pack([2, { at: 'x', kinds: [], decision: 'allow', score: 1, policies: [] }]), 1), StateFormatError)
    assert.throws(() => decodeAction(packr.pack([2, { at: 1, kinds: [], decision: 'maybe', score: 1, policies: [] }]), 1), StateFormatError)
    assert.throws(() => decodeAction(packr.pack([1, [1, [], 'allow']]), 1), StateFormatError)
  })
})

describe('session keys', () => {
  it('hash-tags both keys of a session with {tenant:session}', () => {
    assert.deepEqual(sessionKeys('acme', 'chat-42'), { meta: 'infershield:{acme:chat-42}:m', log: 'infershield:{acme:chat-42}:l' })
  })

  it('escapes the characters that would split the tag or the tenant from the id', () => {
    assert.deepEqual(sessionKeys('a:b', 'c}d{%'), { meta: 'infershield:{a%3Ab:c%7Dd%7B%25}:m', log: 'infershield:{a%3Ab:c%7Dd%7B%25}:l' })
    assert.notEqual(sessionKeys('a:b', 'c').meta, sessionKeys('a', 'b:c').meta)
  })
})
