// Timing of one benchmark case: calibrate how many operations make a sample last at
// least `minSampleMs`, then take repeated samples and report ns/op as the median with the
// 10th and 90th percentiles, so a reader sees the spread, not just a number.

export interface BenchCase {
  readonly name: string
  /** One synchronous operation. */
  readonly sync?: () => unknown
  /** Runs `n` operations; resolves with the measured ns for all of them, or nothing to use wall time. */
  readonly batch?: (n: number) => Promise<number | undefined>
  /** `batch(1)` runs a whole sample and returns ns/op itself: no calibration (load tests). */
  readonly selfTimed?: boolean
  /** Extra facts printed with the result (sizes, units). */
  readonly note?: string
  /** Not project code (runtime or library cost): measured once, never against a base. */
  readonly environment?: boolean
  /** Releases resources (worker pools, servers) after the case ran. */
  readonly close?: () => Promise<void>
}

export interface Stats {
  readonly median: number
  readonly p10: number
  readonly p90: number
  readonly samples: number
}

export interface MeasureOptions {
  readonly samples: number
  readonly minSampleMs: number
}

let sink: unknown = null
/** Keeps results alive so the optimiser cannot drop the measured work. */
export function consume (v: unknown): void {
  sink = v
}
export function lastSink (): unknown {
  return sink
}

function quantile (sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo)
}

export function statsOf (nsPerOp: readonly number[]): Stats {
  const s = [...nsPerOp].sort((a, b) => a - b)
  return { median: quantile(s, 0.5), p10: quantile(s, 0.1), p90: quantile(s, 0.9), samples: s.length }
}

async function timeOnce (c: BenchCase, n: number): Promise<number> {
  if (c.sync !== undefined) {
    const fn = c.sync
    const t0 = process.hrtime.bigint()
    for (let i = 0; i < n; i++) sink = fn()
    return Number(process.hrtime.bigint() - t0)
  }
  if (c.batch !== undefined) {
    const t0 = process.hrtime.bigint()
    const measured = await c.batch(n)
    return measured ?? Number(process.hrtime.bigint() - t0)
  }
  throw new Error(`case ${c.name} has neither sync nor batch`)
}

/** Operations per sample so that one sample takes at least minSampleMs (warms the code up too). */
export async function calibrate (c: BenchCase, minSampleMs: number): Promise<number> {
  if (c.selfTimed === true) return 1
  let n = 1
  for (;;) {
    const ns = await timeOnce(c, n)
    if (ns >= minSampleMs * 1e6 || n >= 1 << 24) return Math.max(1, Math.ceil(n * (minSampleMs * 1e6) / Math.max(ns, 1)))
    n *= ns < minSampleMs * 1e5 ? 10 : 2
  }
}

/** One sample: ns/op over `n` operations. */
export async function sampleOnce (c: BenchCase, n: number): Promise<number> {
  return await timeOnce(c, n) / n
}

export function gc (): void {
  const g = (globalThis as { gc?: () => void }).gc
  if (g !== undefined) g()
}
