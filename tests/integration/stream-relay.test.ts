import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { connect } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { request } from 'undici'
import { startGateway, type GatewayProcess } from '../helpers/gateway-process.js'
import { readSse } from '../helpers/sse.js'

// The streamed relay against a provider that misbehaves, with output scanning on (the
// default) and off (every category off: the plain pass-through relay): a stream the
// provider breaks off ends with an error event after what was already sent; a client that
// reads slowly still gets every byte (the relay pauses the provider while the socket is
// full); a client that leaves ends the provider's stream.

const SCANNING_OFF = { INFERSHIELD_OUTPUT_PII: 'off', INFERSHIELD_OUTPUT_SECRETS: 'off', INFERSHIELD_OUTPUT_EXFILTRATION: 'off', INFERSHIELD_OUTPUT_SYSTEM_PROMPT_LEAK: 'off' }

const frame = (content: string): string => `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content } }] })}\n\n`

/** What the provider does, chosen by the request's model name. */
interface Provider {
  readonly origin: string
  /** Resolves when the provider saw the gateway close a stream it was still sending. */
  closedEarly (): Promise<void>
  stop (): Promise<void>
}

const BIG_FRAMES = 4000
const bigWord = (i: number): string => `word-${i}-${'x'.repeat(1000)} `

async function startProvider (): Promise<Provider> {
  let onClosed: (() => void) | null = null
  const closed = new Promise<void>(resolve => { onClosed = resolve })
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = ''
    req.on('data', (c: Buffer) => { raw += c.toString() })
    req.on('end', () => {
      const model = (JSON.parse(raw) as { model: string }).model
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      if (model === 'broken') {
        // Two frames, then the connection dies without the terminating chunk.
        res.write(frame('The first half '))
        res.write(frame('and the second half'), () => { setTimeout(() => res.socket?.destroy(), 50) })
        return
      }
      if (model === 'endless') {
        // Until the gateway lets go, but never longer than 15 s: a relay that holds on
        // fails the test (its timeout) instead of hanging the suite.
        const timer = setInterval(() => res.write(frame('tick ')), 20)
        const cap = setTimeout(() => res.end('data: [DONE]\n\n'), 15_000)
        res.on('close', () => {
          clearInterval(timer)
          clearTimeout(cap)
          if (!res.writableFinished) onClosed?.()
        })
        return
      }
      // 'big': ~4 MB in 4,000 frames, written as fast as the gateway takes them.
      let i = 0
      const pump = (): void => {
        while (i < BIG_FRAMES) {
          if (!res.write(frame(bigWord(i++)))) { res.once('drain', pump); return }
        }
        res.end('data: [DONE]\n\n')
      }
      pump()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return {
    origin: `http://127.0.0.1:${port}`,
    closedEarly: async () => await closed,
    stop: async () => { server.closeAllConnections(); await new Promise<void>(resolve => server.close(() => resolve())) },
  }
}

async function stream (g: GatewayProcess, model: string): Promise<string> {
  const r = await request(`${g.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model, stream: true, messages: [{ role: 'user', content: 'Tell me a story.' }] }),
  })
  assert.equal(r.statusCode, 200)
  assert.equal(r.headers['content-type'], 'text/event-stream')
  return await r.body.text()
}

/** A raw HTTP/1.1 request whose answer is not read for `stallMs`, then read to the end. */
async function slowRead (g: GatewayProcess, model: string, stallMs: number): Promise<string> {
  const body = JSON.stringify({ model, stream: true, messages: [{ role: 'user', content: 'Tell me a long story.' }] })
  const socket = connect(g.port, '127.0.0.1')
  await new Promise<void>(resolve => socket.once('connect', resolve))
  socket.pause()
  socket.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
  await new Promise(resolve => setTimeout(resolve, stallMs))
  const chunks: Buffer[] = []
  socket.on('data', (c: Buffer) => chunks.push(c))
  socket.resume()
  await new Promise<void>((resolve, reject) => { socket.once('end', resolve); socket.once('error', reject) })
  socket.destroy()
  const raw = Buffer.concat(chunks).toString('utf8')
  const headerEnd = raw.indexOf('\r\n\r\n')
  assert.match(raw.slice(0, headerEnd), /^HTTP\/1\.1 200/)
  return dechunk(raw.slice(headerEnd + 4))
}

/** Body of a chunked transfer encoding. */
function dechunk (s: string): string {
  let out = ''
  let at = 0
  for (;;) {
    const nl = s.indexOf('\r\n', at)
    if (nl < 0) return out
    const size = parseInt(s.slice(at, nl), 16)
    if (Number.isNaN(size) || size === 0) return out
    out += s.slice(nl + 2, nl + 2 + size)
    at = nl + 2 + size + 2
  }
}

for (const [label, env] of [['output scanning on', {}], ['output scanning off', SCANNING_OFF]] as const) {
  describe(`streamed relay, ${label}`, () => {
    let provider: Provider
    let g: GatewayProcess
    before(async () => {
      provider = await startProvider()
      g = await startGateway({ env: { INFERSHIELD_UPSTREAM_URL: `${provider.origin}/v1`, ...env } })
    })
    after(async () => {
      assert.equal(await g.stop(), 0)
      await provider.stop()
    })

    it('ends a stream the provider broke off with an upstream_error event after what it had sent, and logs it', { timeout: 30_000 }, async () => {
      const s = readSse(await stream(g, 'broken'))
      assert.equal(s.content, 'The first half and the second half')
      assert.equal(s.error?.code, 'upstream_error')
      assert.equal(s.done, false)
      const line = await g.waitForLog(l => l.code === 'upstream_error' && typeof l.where === 'string' && l.where.endsWith(':stream'))
      assert.equal(line.level, 'error')
    })

    // A relay that never resumes the provider, or never lets it go, hangs: bounded.
    it('delivers every byte of a large stream to a client that stops reading for a while', { timeout: 60_000 }, async () => {
      const s = readSse(await slowRead(g, 'big', 1500))
      assert.equal(s.error, null)
      assert.equal(s.done, true)
      assert.equal(s.content, Array.from({ length: BIG_FRAMES }, (_, i) => bigWord(i)).join(''))
    })

    it('stops the provider\'s stream when the client leaves', { timeout: 30_000 }, async () => {
      const r = await request(`${g.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'endless', stream: true, messages: [{ role: 'user', content: 'Count for ever.' }] }),
      })
      assert.equal(r.statusCode, 200)
      // Under output scanning the first bytes can be held back for a while: wait for any.
      for await (const chunk of r.body) {
        assert.ok((chunk as Buffer).length > 0)
        break
      }
      r.body.destroy()
      await provider.closedEarly()
    })
  })
}
