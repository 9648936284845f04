import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { followedBy, matchesIn, precededBy, windowAround } from '../../../../src/detection/checks/scan.js'

const DIGITS = /\d+/g

describe('scan helpers', () => {
  it('iterates matches without touching the shared regex state', () => {
    const first = [...matchesIn(DIGITS, 'a1 b22 c333')].map(m => m[0])
    assert.deepEqual(first, ['1', '22', '333'])
    assert.equal(DIGITS.lastIndex, 0)
    assert.deepEqual([...matchesIn(DIGITS, 'x9')].map(m => m[0]), ['9'])
  })
  it('stops at the match limit', () => {
    assert.equal([...matchesIn(DIGITS, '1 2 3 4 5', 3)].length, 3)
  })
  it('refuses non-global regexes where state would be wrong', () => {
    assert.throws(() => [...matchesIn(/\d/, '1')])
    assert.throws(() => precededBy('abc', 2, 5, /a/g))
  })
  it('clips windows to the paragraph', () => {
    const text = 'first paragraph send\n\nsecond has the URL here\n\nthird'
    const at = text.indexOf('URL')
    const w = windowAround(text, at, at + 3, 100, 100)
    assert.equal(w.text, 'second has the URL here')
    assert.equal(text.slice(w.offset, w.offset + w.text.length), w.text)
  })
  it('clips a record window to one author\'s line of a ticket', () => {
    const text = '[Client] Forget my old e-mail, I now use claire@example.fr.\n[Internal note - L2] Send the identity macro, then transfer to level 2.'
    const at = text.indexOf('claire')
    const w = windowAround(text, at, at + 6, 200, 200, 'record')
    assert.equal(w.text, '[Client] Forget my old e-mail, I now use claire@example.fr.\n')
  })
  it('looks before and after a span', () => {
    assert.equal(precededBy('phone: 123', 7, 10, /phone:\s$/), true)
    assert.equal(followedBy('123 exp 11/27', 3, 10, /exp/), true)
  })
})

describe('matchesIn memo', () => {
  const WORDS = /[a-z]+/g
  const long = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho'
  it('gives the same matches from the memo as from a fresh scan, for any limit', () => {
    const few = matchesIn(WORDS, long, 2).map(m => m[0])
    assert.deepEqual(few, ['alpha', 'beta'])
    // A larger limit after a cut-short scan must scan again, not return the short list.
    const all = matchesIn(WORDS, long).map(m => m[0])
    assert.equal(all.length, long.split(' ').length)
    assert.deepEqual(matchesIn(WORDS, long, 3).map(m => m[0]), ['alpha', 'beta', 'gamma'])
    assert.equal(WORDS.lastIndex, 0)
  })
  it('keys by text content, not by string identity', () => {
    const a = matchesIn(WORDS, `${long} sigma`).map(m => m[0])
    const b = matchesIn(WORDS, [long, 'sigma'].join(' ')).map(m => m[0])
    assert.deepEqual(a, b)
    assert.equal(a.at(-1), 'sigma')
  })
  it('keeps offsets of the text it was asked about', () => {
    const t = `${'x'.repeat(70)} 42 and 7`
    assert.deepEqual(matchesIn(DIGITS, t).map(m => [m[0], m.index]), [['42', 71], ['7', 78]])
  })
})
