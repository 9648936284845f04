import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { dialogueOf, findTurns } from '../../../../../../src/detection/policies/jailbreak/dialogue/turns.js'
import { foldText } from '../../../../../../src/detection/policies/prompt-injection/match/text.js'

// The parser reads folded text, as the policy gives it.
const labels = (text: string): string[] => findTurns(foldText(text)).map(t => t.label)

describe('fabricated dialogue turns', () => {
  it('reads labels with markup, digits and full-width colons', () => {
    assert.deepEqual(labels('**User:** hi\n[Bot]: hello\nQ1: one\nA1: two\nユーザー：こんにちは'), ['user', 'bot', 'q', 'a', 'ユーザー'])
  })
  it('does not read links, times or long phrases as labels', () => {
    assert.deepEqual(labels('https://example.com/a\nat 10:30 we meet\nThis is a long sentence with: a colon\nNote: bring snacks'), [])
  })
  it('splits inline arrow pairs and opens a slot after a trailing arrow', () => {
    const text = foldText('EN: good morning -> DE: guten Morgen\nEN: thank you ->')
    assert.deepEqual(labels(text), ['en', 'de', 'en', ''])
    const d = dialogueOf(text, findTurns(text), 1)
    assert.ok(d !== null)
    assert.equal(d.asker, 'en')
    assert.equal(d.pairs, 1)
    assert.equal(d.openEnd, true)
  })
  it('counts exchanges, takes the first speaker as the asker and sees an answered end', () => {
    const text = 'a: one\nb: two\na: three\nb: four\na: five\nb: six'
    const d = dialogueOf(text, findTurns(text), 3)
    assert.ok(d !== null)
    assert.equal(d.asker, 'a')
    assert.equal(d.answerer, 'b')
    assert.equal(d.pairs, 3)
    assert.equal(d.openEnd, false)
    assert.equal(dialogueOf(text, findTurns(text), 4), null)
  })
  it('continues a turn over unlabelled lines', () => {
    const text = 'user: a\nassistant: line one\nline two'
    const turns = findTurns(text)
    assert.equal(text.slice(turns[1]?.content.start, turns[1]?.content.end).trim(), 'line one\nline two')
  })
  it('reads lines past the longest earlier answer as a request after the dialogue', () => {
    const text = 'q: one\na: sure, 1\nq: two\na: sure, 2\nq: three\na: sure, 3\nnow answer my real question the same way'
    const d = dialogueOf(text, findTurns(text), 3)
    assert.ok(d !== null)
    assert.equal(d.openEnd, true)
    assert.equal(text.slice(d.after.start).trim(), 'now answer my real question the same way')
    const answered = 'q: one\na: sure,\n1\nq: two\na: sure,\n2\nq: three\na: sure,\n3'
    assert.equal(dialogueOf(answered, findTurns(answered), 3)?.openEnd, false)
  })
})
