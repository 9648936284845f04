import { Pool } from 'undici'
import { LoadTally, type Measured } from './load-result.js'
import { pace } from './pacer.js'
import type { SessionSlot, SessionWalker } from './traffic.js'

// Open-loop load at a fixed rate. Requests are due on a fixed schedule whatever the
// server does, and latency is counted from when a request was due, not when it left: a
// stalled server cannot hide its stall by slowing the generator (coordinated omission).
//
// Why not autocannon's overallRate here: it gives each connection a per-second quota and
// fires it back to back when each second starts, so "1,000 req/s over 100 connections"
// arrives as a burst of 100 concurrent requests every second tick. That measures
// queueing of the burst, not what a request costs at a steady 1,000 req/s.

export interface PacedOptions {
  readonly origin: string
  readonly path: string
  readonly target: string
  readonly rate: number
  readonly durationS: number
  readonly walker: SessionWalker
  /** Concurrent sessions (and keep-alive connections). */
  readonly sessions: number
  readonly timeoutMs: number
  /** Called about once a second with the running tally (progress line, soak sampling). */
  readonly onTick?: (elapsedS: number, tally: LoadTally) => void
  readonly signal?: AbortSignal
}

const MAX_RATE = 50_000
const MAX_DURATION_S = 3600

export async function runPaced (o: PacedOptions): Promise<Measured> {
  if (!(o.rate > 0 && o.rate <= MAX_RATE)) throw new RangeError(`rate must be in (0, ${MAX_RATE}], got ${o.rate}`)
  if (!(o.durationS > 0 && o.durationS <= MAX_DURATION_S)) throw new RangeError(`duration must be in (0, ${MAX_DURATION_S}] s, got ${o.durationS}`)
  const pool = new Pool(o.origin, { connections: o.sessions, pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: o.timeoutMs, bodyTimeout: o.timeoutMs })
  const tally = new LoadTally()
  const free: SessionSlot[] = Array.from({ length: o.sessions }, () => o.walker.slot())
  const start = performance.now()
  let inflight = 0

  const fire = (dueAt: number): void => {
    // A session sends its next turn only after the previous answer: with every session
    // busy the request is counted as an error of the generator instead of being queued.
    const slot = free.pop()
    if (slot === undefined) { tally.error('no_free_session'); return }
    const { sessionId, request } = slot.next()
    tally.bytesSent += request.body.length
    if (request.attack) tally.attackRequests++
    if (request.stream) tally.streamed++
    inflight++
    pool.request({
      method: 'POST',
      path: o.path,
      headers: { 'content-type': 'application/json', 'x-session-id': sessionId },
      body: request.body,
    }).then(async (r) => {
      await r.body.dump()
      const now = performance.now()
      tally.response(now - start, now - dueAt, r.statusCode, request.attack)
    }, (err: unknown) => {
      tally.error((err as { code?: string }).code ?? 'error')
    }).finally(() => {
      inflight--
      free.push(slot)
    })
  }

  const { late } = await pace({ rate: o.rate, durationS: o.durationS, onTick: (elapsedMs) => o.onTick?.(elapsedMs / 1000, tally), ...(o.signal === undefined ? {} : { signal: o.signal }) }, start, fire)
  tally.lateSends += late
  // Bounded wait for the answers still in flight.
  const deadline = performance.now() + o.timeoutMs
  while (inflight > 0 && performance.now() < deadline) await new Promise(resolve => setTimeout(resolve, 5))
  await pool.destroy()
  // Throughput over the schedule: the tail spent waiting for the last answers is not idle time of the target.
  return { result: tally.result('paced', o.target, o.durationS, o.rate), tally }
}
