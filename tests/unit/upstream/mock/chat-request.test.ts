import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { ChatRequestView } from '../../../../src/upstream/mock/chat-request.js'
import { contentText, isRequestProblem, readChatRequest, replyText, splitText, usageOf } from '../../../../src/upstream/mock/chat-request.js'

function view (body: unknown): ChatRequestView {
  const out = readChatRequest(body)
  assert.ok(!isRequestProblem(out), 'expected a valid request')
  return out
}

describe('readChatRequest', () => {
  test('takes the last user message, skipping later assistant and tool messages', () => {
    const v = view({ model: 'm', messages: [
      { role: 'user', content: 'first' },
      { role: 'user', content: 'second' },
      { role: 'assistant', content: 'reply' },
      { role: 'tool', content: 'tool output', tool_call_id: 't1' },
    ] })
    assert.equal(v.lastUserText, 'second')
    assert.deepEqual(v.messageTexts, ['first', 'second', 'reply', 'tool output'])
  })

  test('reports no user text when only system messages are present', () => {
    assert.equal(view({ model: 'm', messages: [{ role: 'system', content: 's' }] }).lastUserText, null)
  })

  test('reads stream and include_usage only when they are literally true', () => {
    const v = view({ model: 'm', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'x' }] })
    assert.equal(v.stream, true)
    assert.equal(v.includeUsage, true)
    const w = view({ model: 'm', stream: null, stream_options: { include_usage: 'yes' }, messages: [{ role: 'user', content: 'x' }] })
    assert.equal(w.stream, false)
    assert.equal(w.includeUsage, false)
  })

  const invalid: Array<[string, unknown, string]> = [
    ['a non-object body', [1, 2], 'invalid_request'],
    ['a missing model', { messages: [{ role: 'user', content: 'x' }] }, 'missing_required_parameter'],
    ['missing messages', { model: 'm' }, 'missing_required_parameter'],
    ['an empty messages array', { model: 'm', messages: [] }, 'empty_array'],
    ['a message without a role', { model: 'm', messages: [{ content: 'x' }] }, 'invalid_type'],
    ['a non-boolean stream', { model: 'm', stream: 'true', messages: [{ role: 'user', content: 'x' }] }, 'invalid_type'],
  ]
  for (const [what, body, code] of invalid) {
    test(`refuses ${what} with code ${code}`, () => {
      const out = readChatRequest(body)
      assert.ok(isRequestProblem(out))
      assert.equal(out.code, code)
    })
  }
})

describe('contentText', () => {
  test('joins text parts with newlines and ignores image parts', () => {
    assert.equal(contentText([{ type: 'text', text: 'a' }, { type: 'image_url', image_url: { url: 'http://x' } }, { type: 'text', text: 'b' }]), 'a\nb')
  })

  test('treats null and odd content as empty text', () => {
    assert.equal(contentText(null), '')
    assert.equal(contentText(42), '')
    assert.equal(contentText([null, 'loose string', { type: 'text', text: 7 }]), '')
  })
})

describe('replyText', () => {
  const v = view({ model: 'm', messages: [{ role: 'user', content: `${'😀'.repeat(39)}🎉 and more` }] })

  test('quotes the first 40 code points without splitting a surrogate pair', () => {
    assert.equal(replyText(v, false), `Mock reply to: ${'😀'.repeat(39)}🎉`)
  })

  test('returns the whole last user message when echoing', () => {
    assert.equal(replyText(v, true), `${'😀'.repeat(39)}🎉 and more`)
  })

  test('has a fixed reply, or an empty echo, when no user message exists', () => {
    const none = view({ model: 'm', messages: [{ role: 'system', content: 's' }] })
    assert.equal(replyText(none, false), 'Mock reply.')
    assert.equal(replyText(none, true), '')
  })
})

describe('splitText', () => {
  test('splits into near-equal parts, longer parts first', () => {
    assert.deepEqual(splitText('abcdefg', 3), ['abc', 'de', 'fg'])
  })

  test('yields one part per code point when the text is shorter than the part count', () => {
    assert.deepEqual(splitText('a😀', 5), ['a', '😀'])
  })

  test('yields no parts for empty text', () => {
    assert.deepEqual(splitText('', 5), [])
  })

  test('keeps surrogate pairs whole and loses nothing', () => {
    const text = '😀x😀y😀z😀'
    const parts = splitText(text, 3)
    assert.equal(parts.join(''), text)
    assert.ok(parts.every((p) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p)))
  })
})

describe('usageOf', () => {
  test('counts more prompt tokens for more messages and adds up the total', () => {
    const one = view({ model: 'm', messages: [{ role: 'user', content: 'hello world' }] })
    const two = view({ model: 'm', messages: [{ role: 'system', content: 'hello world' }, { role: 'user', content: 'hello world' }] })
    const u1 = usageOf(one, 'abcdefgh')
    const u2 = usageOf(two, 'abcdefgh')
    assert.ok(u2.prompt_tokens > u1.prompt_tokens)
    assert.equal(u1.completion_tokens, 2)
    assert.equal(u1.total_tokens, u1.prompt_tokens + u1.completion_tokens)
  })
})
