// The reference the gateway's throughput target is measured against: the least a
// uWS → undici keep-alive proxy can do — read the body, forward it, relay the answer
// (streamed answers chunk by chunk with backpressure). No parsing, no detection, no
// logging. Whatever the gateway costs beyond this is the price of what it adds.
// Run as its own process: node build/perf/reference-proxy.js --upstream http://127.0.0.1:PORT
import { parseArgs } from 'node:util'
import { Pool } from 'undici'
import { uws } from '../src/front/uws.js'
import type { HttpRequest, HttpResponse, ListenSocket } from '../src/front/uws.js'

const { values } = parseArgs({ options: { upstream: { type: 'string' }, port: { type: 'string', default: '0' }, connections: { type: 'string', default: '128' } } })
if (values.upstream === undefined) throw new Error('--upstream http://127.0.0.1:PORT is required')
const pool = new Pool(values.upstream, { connections: Number(values.connections), pipelining: 1, keepAliveTimeout: 30_000 })

function handle (res: HttpResponse, req: HttpRequest): void {
  const url = req.getUrl()
  let aborted = false
  let upstream: { destroy: () => void } | null = null
  res.onAborted(() => { aborted = true; upstream?.destroy() })
  const chunks: Buffer[] = []
  res.onData((chunk, isLast) => {
    chunks.push(Buffer.from(chunk.slice(0)))
    if (!isLast) return
    const body = chunks.length === 1 ? chunks[0] as Buffer : Buffer.concat(chunks)
    pool.request({ method: 'POST', path: url, headers: { 'content-type': 'application/json' }, body }).then((up) => {
      // A destroyed body emits 'error'; without a listener that would end the process.
      up.body.on('error', () => { if (!aborted) res.cork(() => { res.close() }) })
      if (aborted) { up.body.destroy(); return }
      upstream = up.body
      const type = typeof up.headers['content-type'] === 'string' ? up.headers['content-type'] : 'application/json'
      res.cork(() => {
        res.writeStatus(String(up.statusCode))
        res.writeHeader('Content-Type', type)
      })
      up.body.on('data', (c: Buffer) => {
        if (aborted) return
        let ok = true
        res.cork(() => { ok = res.write(c) })
        if (!ok) {
          up.body.pause()
          res.onWritable(() => { up.body.resume(); return true })
        }
      })
      up.body.on('end', () => { if (!aborted) res.cork(() => { res.end() }) })
    }, () => {
      if (!aborted) res.cork(() => { res.writeStatus('502 Bad Gateway').end('{"error":"upstream"}') })
    })
  })
}

const app = uws.App()
app.post('/*', handle)
app.listen('127.0.0.1', Number(values.port), (socket: ListenSocket | false) => {
  if (socket === false) throw new Error('reference proxy could not listen')
  const port = uws.us_socket_local_port(socket as unknown as Parameters<typeof uws.us_socket_local_port>[0])
  process.stdout.write(`${JSON.stringify({ event: 'listening', port })}\n`)
  const stop = (): void => {
    uws.us_listen_socket_close(socket)
    void pool.close().finally(() => process.exit(0))
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
})
