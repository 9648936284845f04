import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

// A stand-in for the gateway's chat route: records every request and answers like the
// gateway does. A message containing BLOCKME gets the 403 'blocked' body, one containing
// BADREQ a 400 invalid_request, anything else a 200 with the decision headers.

export interface Recorded {
  readonly path: string
  readonly headers: IncomingHttpHeaders
  readonly body: { model: string, messages: { role: string, content: unknown }[] }
}

export interface FakeGateway {
  readonly url: string
  readonly requests: Recorded[]
  close (): Promise<void>
}

export async function startFakeGateway (): Promise<FakeGateway> {
  const requests: Recorded[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Recorded['body']
      requests.push({ path: req.url ?? '', headers: req.headers, body })
      const text = JSON.stringify(body.messages)
      if (text.includes('BLOCKME')) {
        res.writeHead(403, { 'content-type': 'application/json' })
        res.end(JSON.stringify({
          error: { message: 'blocked', type: 'infershield_policy_violation', param: null, code: 'blocked' },
          infershield: { decision: 'block', blocked: true, risk_score: 91, policies: [{ id: 'test.block-me', category: 'prompt_injection' }, { id: 'test.other' }], request_id: 'r' },
        }))
      } else if (text.includes('BADREQ')) {
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: { message: 'bad', type: 'invalid_request_error', param: null, code: 'invalid_request' } }))
      } else {
        const flag = text.includes('FLAGME')
        res.writeHead(200, { 'content-type': 'application/json', 'x-infershield-decision': flag ? 'flag' : 'allow', 'x-infershield-risk-score': flag ? '55' : '3' })
        res.end(JSON.stringify({ object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' } }] }))
      }
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    },
  }
}
