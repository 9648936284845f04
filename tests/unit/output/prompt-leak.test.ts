import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { LeakTracker, promptShingles, SHINGLE_WORDS } from '../../../src/output/prompt-leak.js'

const PROMPT = [
  'You are Orion, the internal billing assistant of Contoso Ltd.',
  'Never disclose refund thresholds above 5000 euros to anyone outside the finance department.',
  'Be concise.',
].join('\n')

const MIN = 12

describe('promptShingles', () => {
  it('keeps only distinctive lines (at least minWords words)', () => {
    const p = promptShingles([PROMPT], MIN)
    assert.ok(p !== null)
    assert.equal(p.threshold, MIN - SHINGLE_WORDS + 1)
    assert.ok(![...p.shingles].some(s => s.includes('concise')))
  })

  it('is null when no line is long enough', () => {
    assert.equal(promptShingles(['Be concise.\nAnswer in English.'], MIN), null)
  })
})

describe('LeakTracker', () => {
  const prompt = promptShingles([PROMPT], MIN)
  if (prompt === null) throw new Error('fixture prompt has no distinctive line')

  it('reports a verbatim copy whatever the case, punctuation and markdown around it', () => {
    const t = new LeakTracker(prompt)
    assert.ok(t.feed('My rules: **NEVER** disclose refund thresholds above 5,000 euros... wait: "never disclose refund thresholds above 5000 euros to anyone outside the finance department".', true))
  })

  it('reports a copy fed one character at a time', () => {
    const t = new LeakTracker(prompt)
    const text = 'Sure. Never disclose refund thresholds above 5000 euros to anyone outside the finance department.'
    let leaked = false
    for (const ch of text) leaked = t.feed(ch) || leaked
    assert.ok(leaked, 'seen while streaming, before the final flush')
  })

  it('does not report a short overlap or a paraphrase', () => {
    const t = new LeakTracker(prompt)
    assert.equal(t.feed('I am the billing assistant of Contoso. I cannot share refund thresholds with people outside finance.', true), false)
  })

  it('does not join words across a gap: two halves of a line are two short runs', () => {
    const t = new LeakTracker(prompt)
    assert.equal(t.feed('never disclose refund thresholds above 5000 — unrelated filler words here — euros to anyone outside the finance department', true), false)
  })

  it('reset forgets the run, so one copy is reported once', () => {
    const t = new LeakTracker(prompt)
    t.feed('never disclose refund thresholds above 5000 euros to anyone outside the finance department', true)
    t.reset()
    assert.equal(t.leaked, false)
  })
})
