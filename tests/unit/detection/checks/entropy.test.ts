import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { charClassCount, longestRepeat, longestSequence, shannonEntropy } from '../../../../src/detection/checks/entropy.js'

describe('entropy checks', () => {
  it('computes Shannon entropy in bits per character', () => {
    assert.equal(shannonEntropy(''), 0)
    assert.equal(shannonEntropy('aaaa'), 0)
    assert.ok(Math.abs(shannonEntropy('aab') - 0.9183) < 1e-3)
    assert.equal(shannonEntropy('abcd'), 2)
  })
  it('separates random tokens from words', () => {
    assert.ok(shannonEntropy('q8Vz3LmR7tKx2NpW9bYc4HdJ') > 4.2)
    assert.ok(shannonEntropy('passwordpassword') < 3)
  })
  it('counts character classes', () => {
    assert.equal(charClassCount('abc'), 1)
    assert.equal(charClassCount('aB3!'), 4)
  })
  it('finds the longest repeat and the longest counting run', () => {
    assert.equal(longestRepeat('abccccd'), 4)
    assert.equal(longestSequence('x1234y'), 4)
    assert.equal(longestSequence('zyxw'), 4)
  })
})
