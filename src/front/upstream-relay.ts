import { ERRORS, GatewayError } from '../errors.js'
import type { Telemetry } from '../observability/telemetry.js'
import { scanCompletion } from '../output/completion-scan.js'
import { SseScan } from '../output/sse-scan.js'
import type { UpstreamResponse } from '../upstream/pool.js'
import type { Exchange } from './exchange.js'
import { blockedMessage, type OutputGuard } from './output-guard.js'

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
export async function relayWhole (ex: Exchange, r: UpstreamResponse, extra: Readonly<Record<string, string>>, guard: OutputGuard | null = null): Promise<void> {
  const body = await readAll(r)
  if (r.status >= 500) throw new GatewayError('upstream_error', undefined, { status: r.status, body: body.subarray(0, 512).toString('utf8') })
  if (r.status === 200 && guard !== null) return scannedWhole(ex, r, body, extra, guard)
  if (ex.aborted) return
  const type = typeof r.headers['content-type'] === 'string' ? r.headers['content-type'] : 'application/json'
  ex.send(r.status, type, body, relayedHeaders(r, extra))
}

/**
 * A 200 answer under output scanning: parsed, scanned (redacted in place), then sent, or
 * withheld with response_blocked. An answer that cannot be parsed cannot be scanned, so
 * it is not relayed (fail closed): the client gets upstream_error.
 */
function scannedWhole (ex: Exchange, r: UpstreamResponse, body: Buffer, extra: Readonly<Record<string, string>>, guard: OutputGuard): void {
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch (err) {
    guard.finish(false)
    throw new GatewayError('upstream_error', 'The upstream provider returned an answer that is not JSON; it cannot be scanned, so it is not relayed.', { cause: (err as Error).message })
  }
  const blocked = guard.timed(() => scanCompletion(parsed, guard.scan))
  const outcome = guard.finish(false)
  if (ex.aborted) return
  if (blocked !== null) {
    ex.json(ERRORS.response_blocked.status, guard.blockedBody(blocked), { 'X-InferShield-Output': outcome })
    return
  }
  ex.send(200, 'application/json', JSON.stringify(parsed), relayedHeaders(r, { ...extra, 'X-InferShield-Output': outcome }))
}

/**
 * Streamed answer (SSE), passed through chunk by chunk with backpressure: when uWS
 * cannot take more, the upstream body is paused until the socket drains (onWritable).
 * A failure after the headers went out cannot change the status any more; the stream
 * then ends with an SSE error event the client can see, and the failure is logged.
 */
export async function relayStream (ex: Exchange, r: UpstreamResponse, extra: Readonly<Record<string, string>>, telemetry: Telemetry, abort: () => void, guard: OutputGuard | null = null): Promise<void> {
  if (r.status !== 200) return await relayWhole(ex, r, extra)
  if (guard !== null) return await scannedStream(ex, r, extra, telemetry, abort, guard)
  const res = ex.res
  if (!beginEventStream(ex, r, extra)) return
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
      writeOrPause(ex, r, chunk)
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

/** Writes the SSE status and headers; false (and the provider's body dropped) when the client already left. */
function beginEventStream (ex: Exchange, r: UpstreamResponse, extra: Readonly<Record<string, string>>): boolean {
  if (ex.aborted) {
    r.body.destroy()
    return false
  }
  ex.res.cork(() => {
    ex.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', ...relayedHeaders(r, extra) })
  })
  return true
}

/** Writes to the client; when uWS cannot take more, pauses the provider until the socket drains. */
function writeOrPause (ex: Exchange, r: UpstreamResponse, data: Buffer | string): void {
  let ok = true
  ex.res.cork(() => { ok = ex.res.write(data) })
  if (!ok) {
    r.body.pause()
    ex.res.onWritable(() => {
      r.body.resume()
      return true
    })
  }
}

function mapStreamError (err: Error): GatewayError {
  const code = (err as { code?: string }).code
  if (code === 'UND_ERR_BODY_TIMEOUT') return new GatewayError('upstream_timeout', undefined, { cause: err.message })
  return new GatewayError('upstream_error', undefined, { cause: `${code ?? err.name}: ${err.message}` })
}

/**
 * A streamed answer under output scanning: each provider chunk goes through SseScan
 * (held back, redacted) before it is written, with the same backpressure as the plain
 * relay. A `block` finding ends the stream with a response_blocked error event and
 * cancels the upstream request; the held text is never written.
 */
async function scannedStream (ex: Exchange, r: UpstreamResponse, extra: Readonly<Record<string, string>>, telemetry: Telemetry, abort: () => void, guard: OutputGuard): Promise<void> {
  const res = ex.res
  if (!beginEventStream(ex, r, extra)) {
    guard.finish(true)
    return
  }
  const sse = new SseScan(guard.scan)
  await new Promise<void>((resolve) => {
    let finished = false
    const finish = (): void => {
      if (finished) return
      finished = true
      guard.finish(true)
      resolve()
    }
    const close = (lastFrames: string): void => {
      if (!ex.aborted) {
        res.cork(() => { res.end(lastFrames) })
        ex.ended()
      }
      finish()
    }
    const stop = (frames: string, event: object): void => {
      abort()
      r.body.destroy()
      close(`${frames}data: ${JSON.stringify(event)}\n\n`)
    }
    const blockedEvent = (f: NonNullable<OutputGuard['scan']['blocked']>): object =>
      ({ error: { message: blockedMessage(f, ex.requestId), type: ERRORS.response_blocked.type, param: null, code: 'response_blocked' } })
    const failedEvent = (err: Error, frames: string): void => {
      const g = telemetry.error(ex, err instanceof GatewayError ? err : mapStreamError(err), `${ex.route}:stream`)
      stop(frames, { error: { message: g.message, type: ERRORS[g.code].type, code: g.code } })
    }
    ex.onAbort(() => {
      abort()
      r.body.destroy()
      finish()
    })
    r.body.on('data', (chunk: Buffer) => {
      if (ex.aborted || finished) return
      let out
      try {
        out = guard.timed(() => sse.push(chunk))
      } catch (err) {
        failedEvent(new GatewayError('upstream_error', undefined, { cause: (err as Error).message }), '')
        return
      }
      if (out.blocked !== null) {
        stop(out.frames, blockedEvent(out.blocked))
        return
      }
      if (out.frames !== '') writeOrPause(ex, r, out.frames)
    })
    r.body.on('end', () => {
      if (finished) return
      const out = guard.timed(() => sse.end())
      if (out.blocked !== null) stop(out.frames, blockedEvent(out.blocked))
      else close(out.frames)
    })
    r.body.on('error', (err: Error) => {
      if (finished) return
      if (ex.aborted) {
        finish()
        return
      }
      // What was held is still scanned and released before the error event.
      const out = guard.timed(() => sse.end())
      if (out.blocked !== null) stop(out.frames, blockedEvent(out.blocked))
      else failedEvent(err, out.frames)
    })
  })
}
