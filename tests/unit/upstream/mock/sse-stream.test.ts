import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { isRequestProblem, readChatRequest } from '../../../../src/upstream/mock/chat-request.js'
import type { Overrides } from '../../../../src/upstream/mock/overrides.js'
import { contentFrameCount, identityOf, streamFrames } from '../../../../src/upstream/mock/payloads.js'
import { planStream } from '../../../../src/upstream/mock/sse-stream.js'

const BASE: Overrides = { latencyMs: 0, echo: false, chunks: 5, chunkDelayMs: 0, hang: false, status: null, stallAfterChunks: null, dropAfterChunks: null, script: null }

function frames (includeUsage: boolean): string[] {
  const body = { model: 'm', stream: true, stream_options: { include_usage: includeUsage }, messages: [{ role: 'user', content: 'hello there' }] }
  const view = readChatRequest(body)
  assert.ok(!isRequestProblem(view))
  return streamFrames(view, identityOf(Buffer.from(JSON.stringify(body)), false), false, 5)
}

describe('streamFrames', () => {
  test('counts its content frames with and without the usage frame', () => {
    assert.equal(contentFrameCount(frames(false), false), 5)
    assert.equal(contentFrameCount(frames(true), true), 5)
    assert.equal(frames(true).length, frames(false).length + 1)
  })
})

describe('planStream', () => {
  test('sends every frame and ends normally without cut headers', () => {
    const f = frames(false)
    assert.deepEqual(planStream(f, 5, BASE), { frames: f, stop: f.length, ending: 'end', chunkDelayMs: 0 })
  })

  test('stops after the role frame and N content frames on a stall', () => {
    const plan = planStream(frames(false), 5, { ...BASE, stallAfterChunks: 2 })
    assert.equal(plan.stop, 3)
    assert.equal(plan.ending, 'stall')
  })

  test('never sends the finish frame on a cut, even when N exceeds the content frames', () => {
    const plan = planStream(frames(false), 5, { ...BASE, dropAfterChunks: 50 })
    assert.equal(plan.stop, 6)
    assert.ok(!(plan.frames[plan.stop - 1] ?? '').includes('"finish_reason":"stop"'))
  })

  test('prefers a drop over a stall when both are asked for', () => {
    assert.equal(planStream(frames(false), 5, { ...BASE, stallAfterChunks: 1, dropAfterChunks: 1 }).ending, 'drop')
  })
})
