// Latency samples kept whole (not bucketed): autocannon's own histogram has 1 ms
// resolution, too coarse for an overhead target of 1 ms. A run at 20k req/s for 20 s
// is 400k doubles (3.2 MB), so keeping every sample costs little and keeps percentiles exact.

export const PERCENTILES = [50, 75, 90, 95, 99, 99.9] as const

export interface Percentiles {
  readonly count: number
  readonly mean: number
  readonly p50: number
  readonly p75: number
  readonly p90: number
  readonly p95: number
  readonly p99: number
  readonly p999: number
  readonly max: number
}

export const PERCENTILE_KEYS = ['p50', 'p75', 'p90', 'p95', 'p99', 'p999', 'max'] as const
export type PercentileKey = typeof PERCENTILE_KEYS[number]

/** Growable arrays of (completion time, latency) in milliseconds. */
export class LatencyRecorder {
  #at = new Float64Array(4096)
  #ms = new Float64Array(4096)
  #n = 0

  get count (): number {
    return this.#n
  }

  record (atMs: number, latencyMs: number): void {
    if (this.#n === this.#ms.length) {
      const at = new Float64Array(this.#n * 2)
      const ms = new Float64Array(this.#n * 2)
      at.set(this.#at)
      ms.set(this.#ms)
      this.#at = at
      this.#ms = ms
    }
    this.#at[this.#n] = atMs
    this.#ms[this.#n] = latencyMs
    this.#n++
  }

  /** Adds every sample of another recorder (pooling repeated rounds of one target). */
  merge (other: LatencyRecorder): void {
    const o = other.samples()
    for (let i = 0; i < o.ms.length; i++) this.record(o.at[i] as number, o.ms[i] as number)
  }

  samples (): { readonly at: Float64Array, readonly ms: Float64Array } {
    return { at: this.#at.subarray(0, this.#n), ms: this.#ms.subarray(0, this.#n) }
  }

  summary (): Percentiles {
    return summarize(this.#ms.slice(0, this.#n))
  }

  /** Percentiles of the samples completed in [fromMs, toMs). */
  window (fromMs: number, toMs: number): Percentiles {
    const picked: number[] = []
    for (let i = 0; i < this.#n; i++) {
      const t = this.#at[i] as number
      if (t >= fromMs && t < toMs) picked.push(this.#ms[i] as number)
    }
    return summarize(Float64Array.from(picked))
  }
}

/** Nearest-rank percentiles; sorts `values` in place. */
export function summarize (values: Float64Array): Percentiles {
  const n = values.length
  if (n === 0) return { count: 0, mean: 0, p50: 0, p75: 0, p90: 0, p95: 0, p99: 0, p999: 0, max: 0 }
  values.sort()
  let sum = 0
  for (let i = 0; i < n; i++) sum += values[i] as number
  const at = (q: number): number => values[Math.min(n - 1, Math.max(0, Math.ceil(q / 100 * n) - 1))] as number
  return {
    count: n,
    mean: sum / n,
    p50: at(50),
    p75: at(75),
    p90: at(90),
    p95: at(95),
    p99: at(99),
    p999: at(99.9),
    max: values[n - 1] as number,
  }
}

/** Median of a small list (the middle value, or the mean of the two middle values). */
export function median (values: readonly number[]): number {
  if (values.length === 0) return 0
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 === 1 ? s[mid] as number : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

/** Difference per percentile (a − b): the gateway's overhead over the direct path. */
export function subtract (a: Percentiles, b: Percentiles): Record<PercentileKey, number> {
  const out = {} as Record<PercentileKey, number>
  for (const k of PERCENTILE_KEYS) out[k] = a[k] - b[k]
  return out
}
