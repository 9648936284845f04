import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { perInput, perRequest } from '../../../src/detection/input-memo.js'
import { DEFAULT_LIMITS, normalize } from '../../../src/detection/normalize/index.js'
import { earlierTurns } from '../../../src/detection/policies/session/earlier-turns.js'
import { EMPTY_SESSION } from '../../../src/detection/types.js'

describe('per-request derivations', () => {
  const messages = [{ role: 'user' as const, content: 'first question' }, { role: 'assistant' as const, content: 'an answer' }, { role: 'user' as const, content: 'second question' }]

  it('are computed once per request and arguments, never carried to another request', () => {
    let runs = 0
    const count = perInput((input, window: number) => { runs++; return input.segments.length + window })
    const a = normalize(messages, DEFAULT_LIMITS)
    assert.equal(count(a, 8), count(a, 8))
    assert.equal(runs, 1)
    count(a, 4)
    assert.equal(runs, 2, 'other arguments are another value')
    const b = normalize(messages, DEFAULT_LIMITS)
    count(b, 8)
    assert.equal(runs, 3, 'the same messages in another request are computed again')
  })

  it('of the whole request are shared by the whole input and the one-segment inputs of a decomposed policy', () => {
    let runs = 0
    const plainCount = perRequest(segments => { runs++; return segments.filter(s => s.layer === 'plain').length })
    const whole = normalize(messages, DEFAULT_LIMITS)
    const one = { ...whole, segments: whole.segments.slice(0, 1), allSegments: whole.segments }
    assert.equal(plainCount(one), 3, 'a one-segment input is asked about the whole request')
    assert.equal(plainCount(whole), 3)
    assert.equal(runs, 1)
    plainCount(normalize(messages, DEFAULT_LIMITS))
    assert.equal(runs, 2, 'another request is computed again')
  })

  it('keep each request\'s value when calls for two requests alternate', () => {
    let runs = 0
    const count = perInput((input, window: number) => { runs++; return input.segments.length * 100 + window })
    const a = normalize(messages, DEFAULT_LIMITS)
    const b = normalize(messages.slice(0, 1), DEFAULT_LIMITS)
    const expected = [count(a, 1), count(b, 1), count(a, 2)]
    assert.deepEqual([count(a, 1), count(b, 1), count(a, 2), count(b, 1), count(a, 1)], [...expected, expected[1], expected[0]])
    assert.equal(runs, 3)
  })

  it('hand every policy of a request the same earlier turns', () => {
    const input = normalize(messages, DEFAULT_LIMITS)
    const first = earlierTurns(input, EMPTY_SESSION, 8)
    assert.equal(earlierTurns(input, EMPTY_SESSION, 8), first)
    assert.deepEqual(first.texts, ['first question'])
  })
})
