import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { Packr } from 'msgpackr'
import type { SessionAction } from '../../../src/detection/types.js'
import { decodeAction, decodeEntry, encodeAction, ENTRY_FORMAT, StateFormatError, type StoredAction } from '../../../src/session/redis/codec.js'
import { sessionKeys } from '../../../src/session/redis/keys.js'

const fixture = (name: string): { entries: string[] } => JSON.parse(readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url), 'utf8')) as { entries: string[] }
const FIXTURE = fixture('session-state-v1.json')
const FIXTURE_V2 = fixture('session-state-v2.json')
const packr = new Packr({ useRecords: false })

describe('session entry codec', () => {
  it('round-trips every field of an action, known or not, and leaves the turn out, in each format it writes', () => {
    const a = { at: 1, kinds: ['transform' as const], decision: 'flag' as const, score: 60, policies: ['p'], fragments: ['ab'], toolResult: true as const, later: { x: [1, 2] } }
    for (const format of [2, 3] as const) {
      const buf = encodeAction(a, 'id1', format)
      assert.deepEqual((packr.unpack(buf) as unknown[])[0], format)
      assert.deepEqual(decodeEntry(buf, 9), { action: { ...a, turn: 9 }, appendId: 'id1' })
    }
    assert.equal((packr.unpack(encodeAction(a)) as unknown[])[0], ENTRY_FORMAT)
    assert.equal(ENTRY_FORMAT, 3)
  })

  it('writes format 3 with one-letter keys and the decision as a number: smaller than format 2', () => {
    const a: StoredAction = { at: 1_700_000_000_000, kinds: ['sensitive_read'], decision: 'block', score: 91, policies: ['exfiltration.send-instruction'] }
    const v3 = encodeAction(a, 'AAAAAAAA', 3)
    assert.deepEqual((packr.unpack(v3) as unknown[])[1], { t: 1_700_000_000_000, k: ['sensitive_read'], d: 2, s: 91, p: ['exfiltration.send-instruction'] })
    const benign: StoredAction = { at: 1_700_000_000_000, kinds: [], decision: 'allow', score: 4, policies: [] }
    const ratio = encodeAction(benign, 'AAAAAAAA', 3).length / encodeAction(benign, 'AAAAAAAA', 2).length
    assert.ok(ratio < 0.7, `format 3 / format 2 = ${ratio.toFixed(2)} for a benign action`)
    assert.ok(v3.length < encodeAction(a, 'AAAAAAAA', 2).length)
  })

  it('round-trips the facts of an answer record, as one string of letters in format 3 and as names in format 2', () => {
    const a: StoredAction = { at: 7, kinds: [], decision: 'allow', score: 0, policies: [], answer: ['refused', 'primed', 'sent'] }
    const v3 = encodeAction(a, 'x', 3)
    assert.equal(((packr.unpack(v3) as unknown[])[1] as Record<string, unknown>).a, 'rps')
    assert.deepEqual(decodeEntry(v3, 4).action, { ...a, turn: 4 })
    assert.deepEqual(decodeEntry(encodeAction(a, 'x', 2), 4).action, { ...a, turn: 4 })
    const full = encodeAction({ ...a, answer: ['refused', 'cautioned', 'primed', 'sent'] }, 'x', 3)
    assert.deepEqual(decodeEntry(full, 1).action.answer, ['refused', 'cautioned', 'primed', 'sent'])
  })

  it('drops an answer fact letter it does not know (a newer build\'s fact) and refuses facts that are not letters', () => {
    assert.deepEqual(decodeAction(packr.pack([3, { t: 1, k: [], d: 0, s: 0, p: [], a: 'rz' }]), 1).answer, ['refused'])
    assert.deepEqual(decodeAction(packr.pack([2, { at: 1, kinds: [], decision: 'allow', score: 0, policies: [], answer: ['sent', 'later'] }]), 1).answer, ['sent'])
    assert.throws(() => decodeAction(packr.pack([3, { t: 1, k: [], d: 0, s: 0, p: [], a: [1] }]), 1), StateFormatError)
    assert.throws(() => decodeAction(packr.pack([2, { at: 1, kinds: [], decision: 'allow', score: 0, policies: [], answer: 'r' }]), 1), StateFormatError)
    assert.throws(() => decodeAction(packr.pack([3, { t: 1, k: [], d: 0, s: 0, p: [], o: 'yes' }]), 1), /toolResult/)
  })

  it('keeps a one-letter key it does not know (a newer build\'s field) as it is, and writes it back the same', () => {
    const newer = packr.pack([3, { t: 5, k: [], d: 0, s: 1, p: [], z: 'from a newer build' }, 'x'])
    const { action } = decodeEntry(newer, 1)
    assert.equal((action as unknown as Record<string, unknown>).z, 'from a newer build')
    const { turn: _t, ...stored } = action
    assert.deepEqual(packr.unpack(encodeAction(stored, 'x', 3)), packr.unpack(newer))
  })

  it('reads the committed format-2 fixture (what the previous release wrote), append ids and unknown fields included', () => {
    const got = FIXTURE_V2.entries.map((b64, i) => decodeEntry(Buffer.from(b64, 'base64'), 1 + i))
    assert.deepEqual(got.map(g => g.appendId), ['v2fixture-a1', 'v2fixture-a2', 'v2fixture-a3'])
    assert.deepEqual(got[1]?.action, { at: 1700000101000, kinds: ['transform'], decision: 'flag', score: 58.5, policies: ['encoding.obfuscated-payload'], fragments: ['aWdub3Jl'], turn: 2 })
    assert.deepEqual((got[2]?.action as unknown as Record<string, unknown>).laterField, { nested: [1, 'two'] })
    // What this build writes in format 2 is byte for byte what the previous release wrote.
    const { turn: _t, ...stored } = got[2]?.action as SessionAction
    assert.equal(encodeAction(stored, 'v2fixture-a3', 2).toString('base64'), FIXTURE_V2.entries[2])
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
    assert.throws(() => decodeAction(packr.pack([3, { t: 1, k: [], d: 7, s: 1, p: [] }]), 1), /decision code 7/)
    assert.throws(() => decodeAction(packr.pack([3, { t: 1, k: [], d: 'allow', s: 1, p: [] }]), 1), StateFormatError)
    assert.throws(() => decodeAction(packr.pack([4, {}]), 1), /format 4 is newer/)
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
