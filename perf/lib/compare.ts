import { PERCENTILE_KEYS, subtract, type PercentileKey } from './latency.js'
import type { SuiteResult, TargetResult } from './suite.js'

// Figures derived from one run: each gateway against the direct path (the mock provider
// alone) and against the minimal reference proxy, all measured in the same run. Latency
// comparisons use 2xx answers only: a blocked request never reaches the provider, so
// mixing 403s in would make the gateway look faster than the path it adds to.

export interface Comparison {
  readonly target: string
  readonly workers: string | null
  /** Gateway minus direct at the fixed rate, per percentile, ms. */
  readonly overheadMs: Record<PercentileKey, number>
  /** Gateway p95 / direct p95 at the fixed rate. */
  readonly p95Ratio: number
  readonly p99Ratio: number
  /** Gateway max req/s / direct max req/s. */
  readonly throughputRatio: number
  /** Gateway max req/s / reference proxy max req/s (null without a reference target). */
  readonly throughputVsReference: number | null
  readonly verdicts: readonly Verdict[]
}

export interface Verdict {
  readonly name: string
  readonly target: string
  readonly measured: string
  readonly pass: boolean
}

/** The targets from the issue, for this 2-core machine class. */
export const TARGETS = {
  overheadP95Ms: 1,
  overheadP99Ms: 2,
  throughputVsReference: 0.4,
} as const

export function findKind (r: SuiteResult, kind: TargetResult['kind']): TargetResult | undefined {
  return r.targets.find(t => t.kind === kind)
}

export function compare (r: SuiteResult): Comparison[] {
  const direct = findKind(r, 'direct')
  if (direct === undefined) return []
  const reference = findKind(r, 'reference')
  return r.targets.filter(t => t.kind !== 'direct').map((t) => {
    const overheadMs = subtract(t.paced.latency2xx, direct.paced.latency2xx)
    const vsRef = reference === undefined || t.kind === 'reference' ? null : t.max.rps / reference.max.rps
    const verdicts: Verdict[] = t.kind !== 'gateway'
      ? []
      : [
          { name: `overhead p95 at ${r.plan.rate} req/s`, target: `≤ ${TARGETS.overheadP95Ms} ms`, measured: `${overheadMs.p95.toFixed(3)} ms`, pass: overheadMs.p95 <= TARGETS.overheadP95Ms },
          { name: `overhead p99 at ${r.plan.rate} req/s`, target: `≤ ${TARGETS.overheadP99Ms} ms`, measured: `${overheadMs.p99.toFixed(3)} ms`, pass: overheadMs.p99 <= TARGETS.overheadP99Ms },
          ...(vsRef === null ? [] : [{ name: 'max throughput vs minimal proxy', target: `≥ ${TARGETS.throughputVsReference * 100}%`, measured: `${(vsRef * 100).toFixed(1)}%`, pass: vsRef >= TARGETS.throughputVsReference }]),
        ]
    return {
      target: t.name,
      workers: t.workers,
      overheadMs,
      p95Ratio: ratio(t.paced.latency2xx.p95, direct.paced.latency2xx.p95),
      p99Ratio: ratio(t.paced.latency2xx.p99, direct.paced.latency2xx.p99),
      throughputRatio: ratio(t.max.rps, direct.max.rps),
      throughputVsReference: vsRef,
      verdicts,
    }
  })
}

function ratio (a: number, b: number): number {
  return b > 0 ? a / b : Number.POSITIVE_INFINITY
}

export { PERCENTILE_KEYS }
