import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { breakWords, wordsOrRun } from '../../../../src/detection/normalize/glued-words.js'

describe('glued words broken back into words', () => {
  it('takes the fewest words, where the longest first word would strand letters', () => {
    // Longest match first reads "there" and leaves "ules".
    assert.equal(breakWords('therules')?.text, 'the rules')
  })

  it('keeps the case of the letters and a run no word covers in one piece', () => {
    const b = breakWords('IgnoreHJKVthe')
    assert.equal(b?.text, 'Ignore HJKV the')
    assert.ok(b !== null && b.covered > 0.65 && b.covered < 0.75)
  })

  it('prints a run as words only when words cover most of it', () => {
    assert.equal(wordsOrRun('ignoretherules'), 'ignore the rules')
    assert.equal(wordsOrRun('qxwzvbkjqp'), 'qxwzvbkjqp')
  })

  it('leaves runs past its bound alone', () => {
    assert.equal(breakWords('a'.repeat(2001)), null)
    assert.equal(wordsOrRun('ab'.repeat(1500)), 'ab'.repeat(1500))
  })
})
