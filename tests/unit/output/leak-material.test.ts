import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { canaryFor } from '../../../src/output/canary.js'
import { LeakMaterial, MAX_CACHED_PROMPT_CHARS, MAX_PROMPTS } from '../../../src/output/leak-material.js'
import { promptShingles } from '../../../src/output/prompt-leak.js'

const SECRET = 'leak-material-test-secret-0123456789'
const LINE = 'You are the billing assistant of Northwind Traders and answer questions about invoices and refunds only.'

describe('LeakMaterial', () => {
  it('derives the same canary as canaryFor, per session and per request', () => {
    const m = new LeakMaterial(SECRET, 14)
    assert.equal(m.canary('acme', 's1', 'r1'), canaryFor(SECRET, 'acme', 's1'))
    assert.equal(m.canary('acme', 's1', 'r2'), canaryFor(SECRET, 'acme', 's1'))
    assert.equal(m.canary('acme', null, 'r1'), canaryFor(SECRET, 'acme', 'request:r1'))
    assert.notEqual(m.canary('beta', 's1', 'r1'), m.canary('acme', 's1', 'r1'))
  })

  it('shingles a prompt once and shares the result for the same prompt text', () => {
    const m = new LeakMaterial(SECRET, 14)
    const first = m.shingles([LINE])
    assert.ok(first !== null)
    assert.equal(m.shingles([LINE]), first)
    assert.deepEqual([...(first?.shingles ?? [])], [...(promptShingles([LINE], 14)?.shingles ?? [])])
    // Messages are kept apart: the same words split over two messages are another prompt.
    assert.notEqual(m.shingles([LINE, 'Be brief.']), first)
    assert.equal(m.shingles(['Be brief.']), null)
  })

  it('evicts past its bound and does not keep over-long prompts', () => {
    const m = new LeakMaterial(SECRET, 14)
    const first = m.shingles([LINE])
    for (let i = 0; i < MAX_PROMPTS; i++) m.shingles([`${LINE} Variant ${i}.`])
    const again = m.shingles([LINE])
    assert.notEqual(again, first)
    assert.deepEqual([...(again?.shingles ?? [])], [...(first?.shingles ?? [])])
    const long = `${LINE}\n`.repeat(Math.ceil(MAX_CACHED_PROMPT_CHARS / LINE.length) + 1)
    assert.notEqual(m.shingles([long]), m.shingles([long]))
  })
})
