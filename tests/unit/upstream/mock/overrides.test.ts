import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Overrides } from '../../../../src/upstream/mock/overrides.js'
import { isOverrideProblem, readOverrides } from '../../../../src/upstream/mock/overrides.js'

const DEFAULTS = { latencyMs: 5, echo: false, chunks: 5, chunkDelayMs: 0 }

function read (headers: Record<string, string>): Overrides {
  const out = readOverrides(headers, DEFAULTS)
  assert.ok(!isOverrideProblem(out), 'expected valid overrides')
  return out
}

describe('readOverrides', () => {
  test('falls back to the provider defaults when no header is set', () => {
    assert.deepEqual(read({}), { ...DEFAULTS, hang: false, status: null, stallAfterChunks: null, dropAfterChunks: null, script: null })
  })

  test('reads every override header', () => {
    const out = read({
      'x-mock-latency-ms': '250', 'x-mock-chunk-delay-ms': '10', 'x-mock-chunks': '2', 'x-mock-echo': 'TRUE',
      'x-mock-hang': '0', 'x-mock-status': '503', 'x-mock-stall-after-chunks': '1', 'x-mock-drop-after-chunks': '0',
      'x-mock-reply': Buffer.from('Prompt: {{system}} — ok').toString('base64'), 'x-mock-tool-call': 'send_mail',
    })
    assert.deepEqual(out, { latencyMs: 250, chunkDelayMs: 10, chunks: 2, echo: true, hang: false, status: 503, stallAfterChunks: 1, dropAfterChunks: 0, script: { text: 'Prompt: {{system}} — ok', toolCall: 'send_mail' } })
  })

  test('lets x-mock-echo: 0 turn off an echoing default', () => {
    const out = readOverrides({ 'x-mock-echo': '0' }, { ...DEFAULTS, echo: true })
    assert.ok(!isOverrideProblem(out))
    assert.equal(out.echo, false)
  })

  const bad: Array<[string, string]> = [
    ['x-mock-status', '200'],
    ['x-mock-status', '5000'],
    ['x-mock-status', 'abc'],
    ['x-mock-latency-ms', '-1'],
    ['x-mock-latency-ms', '1e3'],
    ['x-mock-latency-ms', '600001'],
    ['x-mock-chunks', '0'],
    ['x-mock-reply', 'not base64!'],
    ['x-mock-tool-call', 'send_mail'],
    ['x-mock-echo', 'yes'],
    ['x-mock-hang', ''],
    ['x-mock-drop-after-chunks', '99999999'],
  ]
  for (const [header, value] of bad) {
    test(`rejects ${header}: "${value}" and names the header`, () => {
      const out = readOverrides({ [header]: value }, DEFAULTS)
      assert.ok(isOverrideProblem(out))
      assert.equal(out.header, header)
    })
  }
})
