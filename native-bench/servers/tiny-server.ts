// A minimal HTTP server answering every POST with a small JSON body after reading the
// request body: `--kind uws` (uWebSockets.js) or `--kind http` (node:http). The front
// benchmark runs each as its own process and loads it from the bench process.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { uws } from '../../src/front/uws.js'
import type { ListenSocket } from '../../src/front/uws.js'

const { values } = parseArgs({ options: { kind: { type: 'string', default: 'uws' } } })
const BODY = '{"ok":true,"decision":"allow"}'
const announce = (port: number): void => { process.stdout.write(`${JSON.stringify({ event: 'listening', port })}\n`) }
process.once('SIGTERM', () => process.exit(0))

if (values.kind === 'http') {
  const server = createServer((req, res) => {
    let n = 0
    req.on('data', (c: Buffer) => { n += c.length })
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(BODY.length) })
      res.end(BODY)
      void n
    })
  })
  server.keepAliveTimeout = 60_000
  server.listen(0, '127.0.0.1', () => announce((server.address() as AddressInfo).port))
} else {
  const app = uws.App()
  app.post('/*', (res) => {
    let aborted = false
    res.onAborted(() => { aborted = true })
    res.onData((_chunk, isLast) => {
      if (isLast && !aborted) res.cork(() => { res.writeHeader('content-type', 'application/json').end(BODY) })
    })
  })
  app.listen('127.0.0.1', 0, (socket: ListenSocket | false) => {
    if (socket === false) throw new Error('cannot listen')
    announce(uws.us_socket_local_port(socket as unknown as Parameters<typeof uws.us_socket_local_port>[0]))
  })
}
