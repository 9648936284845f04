import { compare } from '../lib/compare.js'
import { median } from '../lib/latency.js'
import type { SuiteResult, TargetResult } from '../lib/suite.js'

// The regression gate's figures and rules. Every figure is a ratio measured within one
// run (gateway against the direct path), because absolute latency and throughput on a
// shared 2-core machine move by more than any tolerance we could set.

export interface GateFigures {
  /** Gateway p95 / direct p95 at the fixed rate (2xx answers), best rounds. Lower is better. */
  readonly p95Ratio: number
  /** Gateway max req/s / direct max req/s, best rounds. Higher is better. */
  readonly throughputRatio: number
  /** Peak RSS of the gateway after warm-up, MB. */
  readonly peakRssMb: number
  /** RSS at the end minus RSS after warm-up, MB: growth within the run. */
  readonly rssGrowthMb: number
  // Information only (not gated): absolute figures of this run.
  readonly p95OverheadMs: number
  readonly p99OverheadMs: number
  readonly gatewayMaxRps: number
  readonly directMaxRps: number
  readonly rate: number
}

export const TOLERANCE = {
  /** Fails when the p95 ratio is more than 20% worse than the baseline's. */
  p95Ratio: 1.2,
  /** Fails when the throughput ratio is more than 20% lower than the baseline's. */
  throughputRatio: 0.8,
  /** Fails when peak RSS is over 2× the baseline's, or RSS grew by over 2× the baseline's growth. */
  memory: 2,
  /**
   * Growth below which the baseline's own growth is not compared: caches filling during a
   * two-minute run move RSS by tens of MB from run to run, and a limit of 2 × 10 MB would
   * fail on that noise. The soak, not the gate, holds memory to < 50 MB over ten minutes.
   */
  growthFloorMb: 50,
} as const

/**
 * Each target's best round: the lowest fixed-rate p95 and the highest max throughput.
 * Noise from other work on the machine only ever adds latency and takes throughput away,
 * so the best round is each target's least disturbed estimate, and the ratio of two best
 * rounds moves less from run to run than a ratio of pooled or averaged figures.
 */
export function bestRounds (t: TargetResult): { p95: number, rps: number } {
  const p95s = t.rounds.paced.map(x => x.latency2xx.p95).filter(x => x > 0)
  const rps = t.rounds.max.map(x => x.rps)
  return { p95: p95s.length === 0 ? t.paced.latency2xx.p95 : Math.min(...p95s), rps: rps.length === 0 ? t.max.rps : Math.max(...rps) }
}

export function gateFigures (r: SuiteResult): GateFigures {
  const gw = r.targets.find(t => t.kind === 'gateway')
  const direct = r.targets.find(t => t.kind === 'direct')
  const c = compare(r).find(x => x.target === gw?.name)
  if (gw === undefined || direct === undefined || c === undefined) throw new Error('the gate run needs a direct and a gateway target')
  const g = bestRounds(gw)
  const d = bestRounds(direct)
  const mem = gw.memory
  return {
    p95Ratio: round(d.p95 > 0 ? g.p95 / d.p95 : Number.POSITIVE_INFINITY),
    // Five decimals: at ~0.013 three would leave the 20% tolerance a rounding step wide.
    throughputRatio: Math.round((d.rps > 0 ? g.rps / d.rps : 0) * 1e5) / 1e5,
    peakRssMb: round(mem?.peakRssMb ?? 0),
    rssGrowthMb: round(mem === null ? 0 : mem.lastRssMb - mem.firstRssMb),
    p95OverheadMs: round(c.overheadMs.p95),
    p99OverheadMs: round(c.overheadMs.p99),
    gatewayMaxRps: Math.round(gw.max.rps),
    directMaxRps: Math.round(r.targets.find(t => t.kind === 'direct')?.max.rps ?? 0),
    rate: r.plan.rate,
  }
}

/**
 * A baseline over several runs: each gated figure is its median over the runs (the mean
 * of the middle two for an even count). The information figures are not medians of their
 * own: they come whole from one run, so they agree with each other — the latency overheads
 * from the run whose p95 ratio is nearest the median p95 ratio, the max req/s figures from
 * the run whose throughput ratio is nearest the median throughput ratio (the first such
 * run on a tie). Medians taken figure by figure could pair a p95 of one run with a p99 of
 * another.
 */
export function medianFigures (runs: readonly GateFigures[]): GateFigures {
  if (runs.length === 0) throw new Error('no runs to take a median of')
  const of = (key: keyof GateFigures): number => median(runs.map(r => r[key]))
  const p95Ratio = of('p95Ratio')
  const throughputRatio = of('throughputRatio')
  const latencyRun = nearest(runs, 'p95Ratio', p95Ratio)
  const throughputRun = nearest(runs, 'throughputRatio', throughputRatio)
  return {
    p95Ratio: round(p95Ratio),
    throughputRatio: Math.round(throughputRatio * 1e5) / 1e5,
    peakRssMb: round(of('peakRssMb')),
    rssGrowthMb: round(of('rssGrowthMb')),
    p95OverheadMs: latencyRun.p95OverheadMs,
    p99OverheadMs: latencyRun.p99OverheadMs,
    gatewayMaxRps: throughputRun.gatewayMaxRps,
    directMaxRps: throughputRun.directMaxRps,
    rate: (runs[0] as GateFigures).rate,
  }
}

function nearest (runs: readonly GateFigures[], key: 'p95Ratio' | 'throughputRatio', target: number): GateFigures {
  return runs.reduce((best, r) => Math.abs(r[key] - target) < Math.abs(best[key] - target) ? r : best)
}

export interface GateCheck {
  readonly name: string
  readonly baseline: string
  readonly current: string
  readonly limit: string
  readonly pass: boolean
}

export function gateChecks (current: GateFigures, baseline: GateFigures): GateCheck[] {
  const p95Limit = baseline.p95Ratio * TOLERANCE.p95Ratio
  const tputLimit = baseline.throughputRatio * TOLERANCE.throughputRatio
  const rssLimit = baseline.peakRssMb * TOLERANCE.memory
  const growthLimit = Math.max(baseline.rssGrowthMb, TOLERANCE.growthFloorMb) * TOLERANCE.memory
  return [
    { name: 'p95 latency ratio (gateway / direct)', baseline: baseline.p95Ratio.toFixed(2), current: current.p95Ratio.toFixed(2), limit: `≤ ${p95Limit.toFixed(2)}`, pass: current.p95Ratio <= p95Limit },
    { name: 'max throughput ratio (gateway / direct)', baseline: baseline.throughputRatio.toFixed(4), current: current.throughputRatio.toFixed(4), limit: `≥ ${tputLimit.toFixed(4)}`, pass: current.throughputRatio >= tputLimit },
    { name: 'peak RSS, MB', baseline: baseline.peakRssMb.toFixed(0), current: current.peakRssMb.toFixed(0), limit: `≤ ${rssLimit.toFixed(0)}`, pass: current.peakRssMb <= rssLimit },
    { name: 'RSS growth within the run (end − after warm-up), MB', baseline: baseline.rssGrowthMb.toFixed(0), current: current.rssGrowthMb.toFixed(0), limit: `≤ ${growthLimit.toFixed(0)}`, pass: current.rssGrowthMb <= growthLimit },
  ]
}

export function formatChecks (checks: readonly GateCheck[], current: GateFigures): string {
  const rows = checks.map(c => `${c.pass ? 'ok  ' : 'FAIL'}  ${c.name.padEnd(50)} baseline ${c.baseline.padStart(8)}  now ${c.current.padStart(8)}  limit ${c.limit}`)
  rows.push(`info  at ${current.rate} req/s overhead p95 ${current.p95OverheadMs.toFixed(3)} ms, p99 ${current.p99OverheadMs.toFixed(3)} ms; max ${current.gatewayMaxRps} req/s through the gateway, ${current.directMaxRps} direct`)
  return rows.join('\n')
}

function round (n: number): number {
  return Number.isFinite(n) ? Math.round(n * 1000) / 1000 : n
}
