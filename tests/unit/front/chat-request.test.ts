import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { GatewayError } from '../../../src/errors.js'
import { checkAnalyzeRequest, checkChatRequest, flattenMessages, parseJson } from '../../../src/front/chat-request.js'

function codeAndParam (fn: () => unknown): [string, unknown] {
  try {
    fn()
  } catch (err) {
    assert.ok(err instanceof GatewayError)
    return [err.code, err.details?.param]
  }
  assert.fail('expected a GatewayError')
}

describe('chat request parsing', () => {
  it('rejects invalid JSON with invalid_json', () => {
    assert.equal(codeAndParam(() => parseJson(Buffer.from('{"model":'))) [0], 'invalid_json')
  })

  it('names the offending field of an invalid request', () => {
    assert.deepEqual(codeAndParam(() => checkChatRequest({ model: 'm', messages: [{ role: 'user', content: 'a' }, { role: 'wizard', content: 'b' }] })), ['invalid_request', 'messages.1.role'])
    assert.deepEqual(codeAndParam(() => checkChatRequest({ messages: [{ role: 'user', content: 'a' }] })), ['invalid_request', 'model'])
    assert.deepEqual(codeAndParam(() => checkChatRequest({ model: 'm', messages: [] })), ['invalid_request', 'messages'])
    assert.equal(codeAndParam(() => checkChatRequest([1, 2]))[0], 'invalid_request')
  })

  it('allows unknown fields so provider extensions pass through', () => {
    const r = checkChatRequest({ model: 'm', messages: [{ role: 'user', content: 'hi' }], temperature: 0.2, vendor_thing: { a: 1 } })
    assert.equal(r.vendor_thing !== undefined, true)
  })

  it('flattens content parts, tool calls and the function role so every role is scanned', () => {
    const m = flattenMessages([
      { role: 'user', content: [{ type: 'text', text: 'look at' }, { type: 'image_url', image_url: { url: 'https://x.test/a.png' } } as never] },
      { role: 'assistant', content: null, tool_calls: [{ id: '1', type: 'function', function: { name: 'fetch', arguments: '{"url":"https://e.test"}' } }] } as never,
      { role: 'function', content: 'result' },
    ])
    assert.deepEqual(m, [
      { role: 'user', content: 'look at\nhttps://x.test/a.png' },
      { role: 'assistant', content: 'fetch({"url":"https://e.test"})' },
      { role: 'tool', content: 'result' },
    ])
  })

  it('accepts analyze requests as messages or as input text', () => {
    assert.deepEqual(checkAnalyzeRequest({ input: 'hello', session_id: 's1', dry_run: true }), { messages: [{ role: 'user', content: 'hello' }], sessionId: 's1', dryRun: true })
    assert.equal(checkAnalyzeRequest({ messages: [{ role: 'system', content: 'x' }] }).messages[0]?.role, 'system')
    assert.deepEqual(codeAndParam(() => checkAnalyzeRequest({ input: 3 })), ['invalid_request', 'input'])
  })
})
