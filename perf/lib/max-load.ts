import autocannon from 'autocannon'
import type { AutocannonClient } from 'autocannon'
import { LoadTally, type Measured } from './load-result.js'
import type { SessionWalker } from './traffic.js'

// Closed-loop load as fast as the target answers: autocannon with one connection per
// session, each sending its next turn as soon as the previous answer is complete. Bodies
// change per request through the client API (setHeadersAndBody in the 'response'
// handler, which autocannon calls before it writes the next request), so autocannon
// sends the same mixed traffic as the paced driver. Latency comes from the 'response'
// event (fractional ms); autocannon's own histogram has 1 ms resolution.

export interface MaxOptions {
  readonly origin: string
  readonly path: string
  readonly target: string
  readonly durationS: number
  readonly walker: SessionWalker
  readonly sessions: number
  readonly timeoutMs: number
  readonly onTick?: (elapsedS: number, tally: LoadTally) => void
}

const MAX_DURATION_S = 600

export async function runMax (o: MaxOptions): Promise<Measured> {
  if (!(o.durationS > 0 && o.durationS <= MAX_DURATION_S)) throw new RangeError(`duration must be in (0, ${MAX_DURATION_S}] s, got ${o.durationS}`)
  const tally = new LoadTally()
  const start = performance.now()
  const setupClient = (client: AutocannonClient): void => {
    const slot = o.walker.slot()
    let current = slot.next()
    const load = (): void => {
      tally.bytesSent += current.request.body.length
      if (current.request.attack) tally.attackRequests++
      if (current.request.stream) tally.streamed++
      client.setHeadersAndBody({ 'content-type': 'application/json', 'x-session-id': current.sessionId }, current.request.body)
    }
    load()
    client.on('response', (status: number, _bytes: number, latencyMs: number) => {
      tally.response(performance.now() - start, latencyMs, status, current.request.attack)
      current = slot.next()
      load()
    })
  }
  const instance = autocannon({
    url: `${o.origin}${o.path}`,
    connections: o.sessions,
    pipelining: 1,
    duration: o.durationS,
    timeout: Math.ceil(o.timeoutMs / 1000),
    requests: [{ method: 'POST', path: o.path }],
    setupClient,
  })
  let ticks = 0
  const timer = setInterval(() => o.onTick?.(++ticks, tally), 1000)
  try {
    const r = await instance
    if (r.errors > 0) tally.errors.connection = (tally.errors.connection ?? 0) + r.errors - r.timeouts
    if (r.timeouts > 0) tally.errors.timeout = (tally.errors.timeout ?? 0) + r.timeouts
    return { result: tally.result('max', o.target, r.duration, null), tally }
  } finally {
    clearInterval(timer)
  }
}
