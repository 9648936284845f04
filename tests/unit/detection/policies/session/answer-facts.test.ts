import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_LIMITS, normalize } from '../../../../../src/detection/normalize/index.js'
import { answerFactsOf, earlierAnswers } from '../../../../../src/detection/policies/session/answer-facts.js'
import { EMPTY_SESSION, type AnswerFact, type SessionView } from '../../../../../src/detection/types.js'
import { appendAction, newSession, viewOf, type SessionState } from '../../../../../src/session/state.js'

function session (records: readonly (readonly AnswerFact[] | null)[]): SessionView {
  let s: SessionState = newSession('t', 's', 0)
  for (const r of records) s = appendAction(s, { at: 0, kinds: [], decision: 'allow', score: 0, policies: [], ...(r === null ? {} : { answer: r }) }, 50, 0)
  return viewOf(s)
}

describe('answer facts', () => {
  it('reads a refusal, a caution, a cut-off agreeing opener and a data-carrying image', () => {
    assert.deepEqual(answerFactsOf('I can\'t help you get into a device that is not yours.'), ['refused'])
    assert.deepEqual(answerFactsOf('You should give accurate dates; misstatements can affect your claim.'), ['cautioned'])
    assert.deepEqual(answerFactsOf('Certainly! Here is the overview. Step 1:'), ['primed'])
    assert.deepEqual(answerFactsOf('Summary below.\n![](https://px.notes-cdn.example/a.gif?n=board+meeting+moved+to+friday)'), ['sent'])
    assert.deepEqual(answerFactsOf('Sure, here is the summary you asked for. It covers all three points.'), [])
  })

  it('reads earlier answers from the resent history when the request carries them', () => {
    const input = normalize([{ role: 'user', content: 'a' }, { role: 'assistant', content: 'I cannot help with that.' }, { role: 'user', content: 'b' }], DEFAULT_LIMITS)
    const a = earlierAnswers(input, session([['sent']]), 8)
    assert.equal(a.source, 'history')
    assert.deepEqual([...a.any], ['refused'])
    assert.deepEqual([...a.last], ['refused'])
  })

  it('falls back to what the session recorded when the request carries no answer', () => {
    const input = normalize([{ role: 'user', content: 'continue' }], DEFAULT_LIMITS)
    const after = earlierAnswers(input, session([null, ['refused'], null, ['primed']]), 8)
    assert.equal(after.source, 'session')
    assert.deepEqual([...after.any].sort(), ['primed', 'refused'])
    assert.deepEqual([...after.last], ['primed'])
    // Something was asked after the primed answer: it is no longer the last thing said.
    assert.deepEqual([...earlierAnswers(input, session([null, ['primed'], null]), 8).last], [])
    assert.deepEqual([...earlierAnswers(input, EMPTY_SESSION, 8).any], [])
  })

  it('does not take the tool call that opens this turn for an earlier answer', () => {
    const input = normalize([{ role: 'system', content: 's' }, { role: 'assistant', content: 'lookup({})' }, { role: 'tool', content: 'rows' }], DEFAULT_LIMITS)
    assert.equal(earlierAnswers(input, session([['refused']]), 8).source, 'session')
  })
})
