import { LatencyRecorder, type Percentiles } from './latency.js'

// What one load phase against one target measured. Latency is recorded from the moment
// the request was due (paced runs) or sent (max runs) until the last byte of the answer.

export interface LoadResult {
  readonly kind: 'paced' | 'max'
  readonly target: string
  readonly durationS: number
  readonly offeredRate: number | null
  readonly completed: number
  readonly rps: number
  readonly latency: Percentiles
  /** Answers with a 2xx status: for the gateway, the requests that were forwarded. */
  readonly latency2xx: Percentiles
  readonly byStatus: Readonly<Record<string, number>>
  readonly errors: Readonly<Record<string, number>>
  readonly attackRequests: number
  /** Answers 403 to requests drawn from attack scenarios. */
  readonly attackBlocked: number
  /** Answers 403 to requests drawn from benign scenarios. */
  readonly benignBlocked: number
  readonly streamed: number
  readonly bytesSent: number
  /** Paced runs: requests the generator sent later than due by over 5 ms (its own lag). */
  readonly lateSends: number
  readonly perSecond: readonly { readonly t: number, readonly completed: number, readonly p95: number }[]
}

/** Mutable counters a driver fills while it runs. */
export class LoadTally {
  readonly all = new LatencyRecorder()
  readonly ok = new LatencyRecorder()
  readonly byStatus: Record<string, number> = {}
  readonly errors: Record<string, number> = {}
  attackRequests = 0
  attackBlocked = 0
  benignBlocked = 0
  streamed = 0
  bytesSent = 0
  lateSends = 0

  response (atMs: number, latencyMs: number, status: number, attack: boolean): void {
    this.all.record(atMs, latencyMs)
    if (status >= 200 && status < 300) this.ok.record(atMs, latencyMs)
    const key = String(status)
    this.byStatus[key] = (this.byStatus[key] ?? 0) + 1
    if (status === 403) {
      if (attack) this.attackBlocked++
      else this.benignBlocked++
    }
  }

  error (code: string): void {
    this.errors[code] = (this.errors[code] ?? 0) + 1
  }

  result (kind: LoadResult['kind'], target: string, durationS: number, offeredRate: number | null): LoadResult {
    const completed = this.all.count
    const perSecond: { t: number, completed: number, p95: number }[] = []
    for (let t = 0; t < Math.ceil(durationS); t++) {
      const w = this.all.window(t * 1000, (t + 1) * 1000)
      perSecond.push({ t, completed: w.count, p95: w.p95 })
    }
    return {
      kind,
      target,
      durationS,
      offeredRate,
      completed,
      rps: durationS > 0 ? completed / durationS : 0,
      latency: this.all.summary(),
      latency2xx: this.ok.summary(),
      byStatus: { ...this.byStatus },
      errors: { ...this.errors },
      attackRequests: this.attackRequests,
      attackBlocked: this.attackBlocked,
      benignBlocked: this.benignBlocked,
      streamed: this.streamed,
      bytesSent: this.bytesSent,
      lateSends: this.lateSends,
      perSecond,
    }
  }
}

export interface Measured {
  readonly result: LoadResult
  readonly tally: LoadTally
}

/**
 * Pools repeated rounds of one phase on one target: latency percentiles over every
 * sample of every round, throughput as the median of the rounds (a round disturbed by
 * another process on the machine moves a median less than a mean).
 */
export function combineRounds (rounds: readonly Measured[]): LoadResult {
  const first = rounds[0]
  if (first === undefined) throw new RangeError('no rounds to combine')
  if (rounds.length === 1) return first.result
  const pooled = new LoadTally()
  let durationS = 0
  for (const m of rounds) {
    pooled.all.merge(m.tally.all)
    pooled.ok.merge(m.tally.ok)
    for (const [k, v] of Object.entries(m.tally.byStatus)) pooled.byStatus[k] = (pooled.byStatus[k] ?? 0) + v
    for (const [k, v] of Object.entries(m.tally.errors)) pooled.errors[k] = (pooled.errors[k] ?? 0) + v
    pooled.attackRequests += m.tally.attackRequests
    pooled.attackBlocked += m.tally.attackBlocked
    pooled.benignBlocked += m.tally.benignBlocked
    pooled.streamed += m.tally.streamed
    pooled.bytesSent += m.tally.bytesSent
    pooled.lateSends += m.tally.lateSends
    durationS += m.result.durationS
  }
  const r = pooled.result(first.result.kind, first.result.target, 0, first.result.offeredRate)
  const rps = rounds.map(m => m.result.rps).sort((a, b) => a - b)
  const mid = rps.length >> 1
  return { ...r, durationS, rps: rps.length % 2 === 1 ? rps[mid] as number : ((rps[mid - 1] as number) + (rps[mid] as number)) / 2, perSecond: [] }
}
