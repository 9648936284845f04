import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { GatewayError } from '../../../src/errors.js'
import { chatRequestText, checkAnalyzeRequest, checkChatRequest, flattenMessages, parseJson } from '../../../src/front/chat-request.js'
import { placeOf } from '../../../src/front/request-text.js'

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

  it('reads the legacy function_call and assistant refusal parts as text the model reads back', () => {
    const m = flattenMessages([
      { role: 'assistant', content: null, function_call: { name: 'post', arguments: '{"to":"https://collect.test/?d=1"}' } } as never,
      { role: 'assistant', content: [{ type: 'refusal', refusal: 'I cannot help with that.' } as never] },
    ])
    assert.deepEqual(m, [
      { role: 'assistant', content: 'post({"to":"https://collect.test/?d=1"})' },
      { role: 'assistant', content: 'I cannot help with that.' },
    ])
  })

  it('reads tool definitions as tool messages after the operator messages, and says where each came from', () => {
    const req = checkChatRequest({
      model: 'm',
      messages: [{ role: 'system', content: 'You are a helper.' }, { role: 'user', content: 'weather in Oslo?' }],
      tools: [{ type: 'function', function: { name: 'weather', description: 'Current weather for a city.', parameters: { type: 'object', properties: { city: { type: 'string', description: 'City name' } }, required: ['city'] } } }],
      functions: [{ name: 'legacy', description: 'An old-style function.' }],
    })
    assert.deepEqual(chatRequestText(req, 'off').messages, flattenMessages(req.messages), 'off by default: the messages only')
    const t = chatRequestText(req, 'flag')
    assert.deepEqual(t.messages, [
      { role: 'system', content: 'You are a helper.' },
      { role: 'tool', content: 'weather: Current weather for a city.\ncity: City name', origin: 'tool-definition' },
      { role: 'tool', content: 'legacy: An old-style function.', origin: 'tool-definition' },
      { role: 'user', content: 'weather in Oslo?' },
    ])
    assert.deepEqual(t.messages.map((_, i) => placeOf(t.sources, i)), [
      { message_index: 0, source: 'messages[0]' },
      { message_index: null, source: 'tools[0]' },
      { message_index: null, source: 'functions[0]' },
      { message_index: 1, source: 'messages[1]' },
    ])
    assert.deepEqual(checkAnalyzeRequest({ messages: req.messages, tools: req.tools }, 'flag').text.messages.length, 3)
  })

  it('accepts analyze requests as messages or as input text', () => {
    assert.deepEqual(checkAnalyzeRequest({ input: 'hello', session_id: 's1', dry_run: true }), { text: { messages: [{ role: 'user', content: 'hello' }], sources: [{ kind: 'message', index: 0 }] }, sessionId: 's1', dryRun: true })
    assert.equal(checkAnalyzeRequest({ messages: [{ role: 'system', content: 'x' }] }).text.messages[0]?.role, 'system')
    assert.deepEqual(codeAndParam(() => checkAnalyzeRequest({ input: 3 })), ['invalid_request', 'input'])
  })
})
