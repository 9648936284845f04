// The open-loop schedule shared by the paced drivers: `fire` is called once per due slot
// (rate × duration slots), with the time the slot was due, whatever the target does.
import { Prng } from './prng.js'

export interface PaceOptions {
  readonly rate: number
  readonly durationS: number
  /** Called about once a second with the elapsed time in ms. */
  readonly onTick?: (elapsedMs: number) => void
  readonly signal?: AbortSignal
  /**
   * `timer` (default): slots evenly spaced and released by a ~1 ms timer, so the slots
   * due between two ticks leave together — at 1,000/s in pairs and triples, a burstiness
   * of the timer, not of the traffic.
   * `poisson`: independent arrivals (exponential gaps at the mean rate, from a seeded
   * generator), each released at its own due time: in the last 2 ms before it the loop
   * polls with setImmediate instead of sleeping, so I/O callbacks still run but the
   * driver keeps one core busy. For measurements where a timer tick would be a large
   * part of what is measured (the session store's sub-millisecond round trips).
   */
  readonly arrivals?: 'timer' | 'poisson'
  /** Seed of the poisson gaps (default 1). */
  readonly seed?: number
}

/** How close to a due time the poisson schedule stops sleeping and polls. */
const POLL_MS = 2

/** Resolves when every slot has fired (or on abort); counts slots fired over 5 ms late. */
export async function pace (o: PaceOptions, start: number, fire: (dueAt: number) => void): Promise<{ late: number }> {
  const total = Math.round(o.rate * o.durationS)
  const dueOf = scheduleOf(o, start)
  let sent = 0
  let late = 0
  let lastTick = 0
  let next = dueOf(0)
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = performance.now()
      const elapsed = now - start
      while (sent < total && next <= now) {
        if (now - next > 5) late++
        fire(next)
        sent++
        next = dueOf(sent)
      }
      if (elapsed - lastTick >= 1000) {
        lastTick = elapsed
        o.onTick?.(elapsed)
      }
      if (sent >= total || o.signal?.aborted === true) { resolve(); return }
      const wait = next - performance.now()
      if (o.arrivals === 'poisson' && wait < POLL_MS) setImmediate(tick)
      // setTimeout(…, 1) fires every ~1 ms; slots due in between go out together, so at
      // 1,000 req/s sends are at most one timer tick (≈1 ms) late.
      else setTimeout(tick, Math.max(0, Math.min(o.arrivals === 'poisson' ? wait - POLL_MS : 1, wait)))
    }
    tick()
  })
  return { late }
}

/** Due time of slot k (called with k = 0, 1, 2, … in order). */
function scheduleOf (o: PaceOptions, start: number): (k: number) => number {
  const intervalMs = 1000 / o.rate
  if (o.arrivals !== 'poisson') return k => start + k * intervalMs
  const prng = new Prng(o.seed ?? 1)
  let at = start
  // Exponential gaps: 1 − u is in (0, 1], so the logarithm is finite.
  return () => (at += -Math.log(1 - prng.next()) * intervalMs)
}
