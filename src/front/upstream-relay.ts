import { GatewayError } from '../errors.js'
import type { Telemetry } from '../observability/telemetry.js'
import type { UpstreamResponse } from '../upstream/pool.js'
import type { Exchange } from './exchange.js'

// Response headers worth passing back from the provider. Hop-by-hop and length headers
// are uWS's business; provider cookies and internal headers stay behind the gateway.
const RELAYED = ['openai-model', 'openai-processing-ms', 'openai-version', 'x-ratelimit-limit-requests', 'x-ratelimit-remaining-requests', 'x-ratelimit-reset-requests', 'retry-after']
const MAX_UPSTREAM_BODY = 64 * 1024 * 1024

function relayedHeaders (r: UpstreamResponse, extra: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = { ...extra }
  for (const h of RELAYED) {
    const v = r.headers[h]
    if (typeof v === 'string') out[h] = v
  }
  return out
}

async function readAll (r: UpstreamResponse): Promise<Buffer> {
  const chunks: Buffer[] = []
  let n = 0
  for await (const c of r.body) {
    const b = c as Buffer
    n += b.length
    if (n > MAX_UPSTREAM_BODY) throw new GatewayError('upstream_error', undefined, { cause: `upstream body over ${MAX_UPSTREAM_BODY} bytes` })
    chunks.push(b)
  }
  return Buffer.concat(chunks, n)
}

/**
 * Non-streamed answer. 5xx from the provider becomes 502 upstream_error (its body goes to
 * the log, not the client); 4xx is the client's own problem (bad model, context too long)
 * and is relayed as the provider sent it, so SDKs raise their usual errors.
 */
export async function relayWhole (ex: Exchange, r: UpstreamResponse, extra: Readonly<Record<string, string>>): Promise<void> {
  const body = await readAll(r)
  if (r.status >= 500) throw new GatewayError('upstream_error', undefined, { status: r.status, body: body.subarray(0, 512).toString('utf8') })
  if (ex.aborted) return
  const type = typeof r.headers['content-type'] === 'string' ? r.headers['content-type'] : 'application/json'
  ex.send(r.status, type, body, relayedHeaders(r, extra))
}

/**
 * Streamed answer (SSE), passed through chunk by chunk with backpressure: when uWS
 * cannot take more, the upstream body is paused until the socket drains (onWritable).
 * A failure after the headers went out cannot change the status any more; the stream
 * then ends with an SSE error event the client can see, and the failure is logged.
 */
export async function relayStream (ex: Exchange, r: UpstreamResponse, extra: Readonly<Record<string, string>>, telemetry: Telemetry, abort: () => void): Promise<void> {
  if (r.status !== 200) return await relayWhole(ex, r, extra)
  const res = ex.res
  if (ex.aborted) {
    r.body.destroy()
    return
  }
  res.cork(() => {
    ex.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', ...relayedHeaders(r, extra) })
  })
  await new Promise<void>((resolve) => {
    let finished = false
    const finish = (): void => {
      if (finished) return
      finished = true
      resolve()
    }
    ex.onAbort(() => {
      abort()
      r.body.destroy()
      finish()
    })
    r.body.on('data', (chunk: Buffer) => {
      if (ex.aborted) return
      let ok = true
      res.cork(() => { ok = res.write(chunk) })
      if (!ok) {
        r.body.pause()
        res.onWritable(() => {
          r.body.resume()
          return true
        })
      }
    })
    r.body.on('end', () => {
      if (!ex.aborted) {
        res.cork(() => { res.end() })
        ex.ended()
      }
      finish()
    })
    r.body.on('error', (err: Error) => {
      if (!ex.aborted) {
        const g = telemetry.error(ex, mapStreamError(err), `${ex.route}:stream`)
        const event = JSON.stringify({ error: { message: g.message, type: 'upstream_error', code: g.code } })
        res.cork(() => { res.end(`data: ${event}\n\n`) })
        ex.ended()
      }
      finish()
    })
  })
}

function mapStreamError (err: Error): GatewayError {
  const code = (err as { code?: string }).code
  if (code === 'UND_ERR_BODY_TIMEOUT') return new GatewayError('upstream_timeout', undefined, { cause: err.message })
  return new GatewayError('upstream_error', undefined, { cause: `${code ?? err.name}: ${err.message}` })
}
