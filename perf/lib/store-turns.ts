import type { ActionKind } from '../../src/detection/types.js'
import type { SessionStore } from '../../src/session/store.js'
import { LatencyRecorder } from './latency.js'
import { pace } from './pacer.js'

// What a shard does with its session store on every recorded turn (one store.turn: decide
// against the session's history, record the decision), paced open-loop at a fixed rate over a pool of sessions. Latency runs
// from when a turn was due to when its append was acknowledged, so it is exactly the
// session part of a request's time, without detection, HTTP or the upstream.

export interface TurnsOptions {
  readonly store: SessionStore
  readonly rate: number
  readonly durationS: number
  /** Distinct sessions, taken round-robin: at rate r each gets a turn every sessions / r s. */
  readonly sessions: number
  readonly tag: string
  /** The design before store.turn, for comparison: a read (get) and then an append, two round trips. */
  readonly readThenAppend?: boolean
  /** The arrival process (perf/lib/pacer.ts); a round's seed makes its poisson schedule. */
  readonly arrivals: 'timer' | 'poisson'
  readonly seed: number
}

const KINDS: readonly ActionKind[] = ['sensitive_read']
const POLICIES = ['secrets.generic-assignment']

export async function runStoreTurns (o: TurnsOptions): Promise<{ latency: LatencyRecorder, late: number, errors: number }> {
  const latency = new LatencyRecorder()
  const start = performance.now()
  let sent = 0
  let errors = 0
  const inflight = new Set<Promise<void>>()
  const turn = (dueAt: number): void => {
    const i = sent++
    const id = `${o.tag}-${i % o.sessions}`
    const p = (async () => {
      const action = { at: Date.now(), kinds: i % 7 === 0 ? KINDS : [], decision: 'allow' as const, score: i % 30, policies: i % 7 === 0 ? POLICIES : [] }
      if (o.readThenAppend === true) {
        await o.store.get('bench', id)
        await o.store.append('bench', id, action)
      } else {
        await o.store.turn('bench', id, () => ({ value: null, action }))
      }
      const now = performance.now()
      latency.record(now - start, now - dueAt)
    })().catch(() => { errors++ }).finally(() => { inflight.delete(p) })
    inflight.add(p)
  }
  const { late } = await pace({ rate: o.rate, durationS: o.durationS, arrivals: o.arrivals, seed: o.seed }, start, turn)
  await Promise.all(inflight)
  return { latency, late, errors }
}
