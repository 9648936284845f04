import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { canaryFor, canaryLine, canaryMatcher, canaryFolded } from '../../../src/output/canary.js'
import { plantCanary, promptTexts } from '../../../src/output/canary-prompt.js'

const SECRET = 'a-gateway-secret-of-at-least-32-characters'

describe('canaryFor', () => {
  it('is deterministic per secret, tenant and session, so every instance agrees', () => {
    assert.equal(canaryFor(SECRET, 't1', 's1'), canaryFor(SECRET, 't1', 's1'))
    assert.match(canaryFor(SECRET, 't1', 's1'), /^ifs-[a-z2-7]{20}$/)
  })

  it('differs by tenant, session and secret, and cannot be shifted across the separator', () => {
    const all = [canaryFor(SECRET, 't1', 's1'), canaryFor(SECRET, 't2', 's1'), canaryFor(SECRET, 't1', 's2'), canaryFor(`${SECRET}x`, 't1', 's1'), canaryFor(SECRET, 't1s', '1'), canaryFor(SECRET, 't', '1s1')]
    assert.equal(new Set(all).size, all.length)
  })

  it('the planted line names the token and tells the model not to repeat it', () => {
    const token = canaryFor(SECRET, 't', 's')
    assert.ok(canaryLine(token).includes(token))
    assert.match(canaryLine(token), /never repeat/)
  })

  it('a folded comparison ignores spacing, punctuation and case', () => {
    const m = canaryMatcher('ifs-abcdefghijklmnopqrst')
    assert.ok(canaryFolded(m, 'A-B-C-D-E-F-G-H-I-J-K-L-M-N-O-P-Q-R-S-T'))
    assert.ok(!canaryFolded(m, 'abcdefghij klmnopqrs'))
  })
})

describe('plantCanary', () => {
  const line = '<!-- marker -->'

  it('appends the line to the first system or developer message, leaving the input untouched', () => {
    const messages = [{ role: 'user', content: 'hi' }, { role: 'developer', content: 'Be brief.' }, { role: 'system', content: 'second' }]
    const out = plantCanary(messages, line, 'system-prompt')
    assert.deepEqual(out?.[1], { role: 'developer', content: `Be brief.\n\n${line}` })
    assert.deepEqual(out?.[2], messages[2])
    assert.equal(messages[1]?.content, 'Be brief.')
  })

  it('adds a text part to content given as parts', () => {
    const out = plantCanary([{ role: 'system', content: [{ type: 'text', text: 'Rules.' }] }], line, 'system-prompt')
    assert.deepEqual(out?.[0]?.content, [{ type: 'text', text: 'Rules.' }, { type: 'text', text: line }])
  })

  it('without an operator message: nothing in system-prompt mode, a new system message in always mode', () => {
    const messages = [{ role: 'user', content: 'hi' }]
    assert.equal(plantCanary(messages, line, 'system-prompt'), null)
    assert.deepEqual(plantCanary(messages, line, 'always'), [{ role: 'system', content: line }, { role: 'user', content: 'hi' }])
  })

  it('promptTexts reads system and developer text only', () => {
    assert.deepEqual(promptTexts([{ role: 'system', content: 'a' }, { role: 'user', content: 'b' }, { role: 'developer', content: [{ type: 'text', text: 'c' }] }]), ['a', 'c'])
  })
})
