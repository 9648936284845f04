import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MAX_RUN, safeCut } from '../../../src/output/hold-back.js'
import type { LocatedFinding } from '../../../src/output/types.js'

const at = (start: number, end: number): LocatedFinding => ({ category: 'pii', kind: 'email', policyId: 'pii.email', risk: 8, action: 'redact', reason: 'r', start, end })

describe('safeCut', () => {
  it('holds back the tail and cuts on a word boundary', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta'
    // length − 10 falls on the space after "zeta": a boundary, so the cut stays there.
    assert.equal(safeCut(text, 10, [], false), 'alpha beta gamma delta epsilon zeta'.length)
    // length − 12 falls inside "zeta": the cut moves to the word's start.
    assert.equal(safeCut(text, 12, [], false), 'alpha beta gamma delta epsilon '.length)
  })

  it('nothing is released while the text is shorter than the hold-back', () => {
    assert.equal(safeCut('short', 10, [], false), 0)
  })

  it('never splits an unbroken run (token, URL) unless it passes MAX_RUN', () => {
    const text = `words before ${'x'.repeat(300)}`
    assert.equal(safeCut(text, 64, [], false), 'words before '.length)
    const huge = 'y'.repeat(MAX_RUN + 500)
    assert.ok(safeCut(huge, 64, [], false) > 0)
  })

  it('holds an unclosed markdown image from its opener, and releases it once closed', () => {
    const open = 'intro text ![a chart of the results for the quarter, with every region and every product line shown'
    assert.equal(safeCut(open, 16, [], false), 'intro text '.length)
    const closed = `intro text ![chart](https://cdn.example.org/c.png) ${'more words '.repeat(10)}`
    assert.ok(safeCut(closed, 16, [], false) > 'intro text ![chart](https://cdn.example.org/c.png)'.length)
  })

  it('holds an unfinished PEM block from its BEGIN line', () => {
    const text = `key:\n-----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n'.repeat(8)}`
    assert.equal(safeCut(text, 16, [], false), 'key:\n'.length)
  })

  it('moves left of a finding the cut would split, and of a surrogate pair', () => {
    const text = 'aaaa bbbb cccc dddd eeee ffff'
    assert.equal(safeCut(text, 3, [at(20, 29)], false), 20)
    // A run longer than MAX_RUN may be cut inside, but never between a surrogate pair's
    // halves: length − 3 is just after a high surrogate, so the cut steps back one.
    const emoji = '😀'.repeat(MAX_RUN)
    assert.equal(safeCut(emoji, 3, [], true), emoji.length - 4)
    assert.equal(safeCut(emoji, 4, [], true), emoji.length - 4)
  })
})
