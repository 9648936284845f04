// Tests src/cli/mock-upstream.ts; kept beside the provider tests it drives.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { describe, test } from 'node:test'
import { request } from 'undici'
import { parseMockUpstreamArgs } from '../../../../src/cli/mock-upstream.js'

describe('parseMockUpstreamArgs', () => {
  test('reads every option', () => {
    assert.deepEqual(
      parseMockUpstreamArgs(['--port', '8089', '--host', '0.0.0.0', '--latency-ms', '20', '--echo', '--chunks', '3', '--chunk-delay-ms', '4']),
      { port: 8089, host: '0.0.0.0', latencyMs: 20, echo: true, chunks: 3, chunkDelayMs: 4 },
    )
  })

  test('leaves unset options to the provider defaults', () => {
    assert.deepEqual(parseMockUpstreamArgs([]), {})
  })

  test('rejects unknown options and non-integer numbers', () => {
    assert.throws(() => parseMockUpstreamArgs(['--latency', '5']), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' })
    assert.throws(() => parseMockUpstreamArgs(['--port', '80a']), /--port must be a non-negative integer/)
    assert.throws(() => parseMockUpstreamArgs(['--chunks=-1']), RangeError)
  })
})

describe('runMockUpstream', () => {
  test('announces its URL as one JSON line, serves, and exits 0 on SIGTERM', async () => {
    const entry = new URL('../../../../src/cli/mock-upstream.js', import.meta.url).href
    const script = `const { runMockUpstream } = await import(${JSON.stringify(entry)}); await runMockUpstream(['--port', '0', '--echo'])`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    try {
      const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
      const first = await lines.next()
      const announced = JSON.parse(String(first.value)) as { msg: string, url: string }
      assert.equal(announced.msg, 'mock upstream listening')
      assert.match(announced.url, /^http:\/\/127\.0\.0\.1:[0-9]+\/v1$/)

      const res = await request(`${announced.url}/chat/completions`, {
        method: 'POST',
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'echo me' }] }),
      })
      const body = await res.body.json() as { choices: Array<{ message: { content: string } }> }
      assert.equal(body.choices[0]?.message.content, 'echo me')

      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      const stopped = await lines.next()
      assert.equal((JSON.parse(String(stopped.value)) as { msg: string }).msg, 'mock upstream stopped')
      const [code] = await exited as [number | null]
      assert.equal(code, 0)
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })
})
