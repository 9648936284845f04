// The open-loop schedule shared by the paced drivers: `fire` is called once per due slot
// (rate × duration slots), with the time the slot was due, whatever the target does.

export interface PaceOptions {
  readonly rate: number
  readonly durationS: number
  /** Called about once a second with the elapsed time in ms. */
  readonly onTick?: (elapsedMs: number) => void
  readonly signal?: AbortSignal
}

/** Resolves when every slot has fired (or on abort); counts slots fired over 5 ms late. */
export async function pace (o: PaceOptions, start: number, fire: (dueAt: number) => void): Promise<{ late: number }> {
  const total = Math.round(o.rate * o.durationS)
  const intervalMs = 1000 / o.rate
  let sent = 0
  let late = 0
  let lastTick = 0
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = performance.now()
      const elapsed = now - start
      const due = Math.min(total, Math.floor(elapsed / intervalMs) + 1)
      while (sent < due) {
        const dueAt = start + sent * intervalMs
        if (now - dueAt > 5) late++
        fire(dueAt)
        sent++
      }
      if (elapsed - lastTick >= 1000) {
        lastTick = elapsed
        o.onTick?.(elapsed)
      }
      if (sent >= total || o.signal?.aborted === true) { resolve(); return }
      // setTimeout(…, 1) fires every ~1 ms; requests due in between go out together, so at
      // 1,000 req/s sends are at most one timer tick (≈1 ms) late.
      setTimeout(tick, Math.max(0, Math.min(1, start + sent * intervalMs - performance.now())))
    }
    tick()
  })
  return { late }
}
