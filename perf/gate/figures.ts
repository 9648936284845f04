import { compare } from '../lib/compare.js'
import { median } from '../lib/latency.js'
import type { SuiteResult, TargetResult } from '../lib/suite.js'

// The regression gate's figures and rules. Every gated figure is scaled by something
// measured within the same run, because absolute latency and throughput on a shared
// 2-core machine move by more than any tolerance we could set. Both are scaled by a CPU
// yardstick read around the same round (calibration.ts): latency as the gateway's
// overhead over the direct path in yardsticks, throughput as the requests the gateway
// completes in one yardstick's time. Ratios over the direct path are printed, not gated:
// the direct path is loopback and syscalls, not the CPU work the gateway adds, and its
// figures moved 1.9× (p95) and 1.6× (max req/s) between quiet runs of unchanged code.

export interface GateFigures {
  /**
   * (Gateway p95 − direct p95) at the fixed rate (2xx answers) ÷ the yardstick read around
   * that gateway round, in the best round. Lower is better. Gated.
   */
  readonly p95OverheadYardsticks: number
  /** Gateway p95 / direct p95, best rounds. Information only: the direct p95 is a 2–4 ms loopback tail that moved 1.9× between quiet runs. */
  readonly p95Ratio: number
  /**
   * Gateway max req/s × the yardstick read around that max round (s): the requests the
   * gateway completes in the time one yardstick takes, in the best round. Higher is better. Gated.
   */
  readonly maxRequestsPerYardstick: number
  /** Gateway max req/s / direct max req/s, best rounds. Information only: the direct max moved 11.7k–18.3k req/s on unchanged code. */
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
  /** The yardstick in the round the latency figure comes from, ms. */
  readonly yardstickMs: number
  /** The yardstick in the round the throughput figure comes from, ms. */
  readonly maxYardstickMs: number
}

export const TOLERANCE = {
  /** Fails when the p95 overhead in yardsticks is more than 20% worse than the baseline's. */
  p95Overhead: 1.2,
  /** Fails when the requests per yardstick are more than 20% fewer than the baseline's. */
  throughput: 0.8,
  /** Fails when peak RSS is over 2× the baseline's, or RSS grew by over 2× the baseline's growth. */
  memory: 2,
  /**
   * Growth below which the baseline's own growth is not compared: the shards' bounded
   * caches fill during a two-minute run (shard heap 107 → 598 MB in one gate run, RSS
   * flat only after ~120 s in the soak), and on unchanged code the growth measured 43, 69,
   * 139, 262, 328 and 354 MB in six runs of 2026-11-29 (377 on 11-27), so a limit of twice
   * a quiet run's growth fails on that noise. The gate catches gross leaks (over 600 MB in
   * two minutes); the soak, not the gate, holds memory to < 50 MB over ten minutes.
   */
  growthFloorMb: 300,
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

/**
 * The gateway's p95 overhead in yardsticks at its least disturbed round: each paced round's
 * p95 less the direct path's best p95, divided by the yardstick read around that round.
 */
export function overheadInYardsticks (gw: TargetResult, directP95: number): { units: number, yardstickMs: number } {
  const rounds = gw.rounds.paced.map((x, i) => ({ p95: x.latency2xx.p95, yard: gw.rounds.yardstickMs.paced[i] ?? 0 })).filter(x => x.p95 > 0 && x.yard > 0)
  if (rounds.length === 0) throw new Error('the gate run needs a paced round with 2xx answers and a yardstick reading')
  const scored = rounds.map(x => ({ units: Math.max(0, x.p95 - directP95) / x.yard, yardstickMs: x.yard }))
  return scored.reduce((best, x) => x.units < best.units ? x : best)
}

/**
 * The gateway's max throughput in requests per yardstick at its least disturbed round:
 * each max round's req/s times the yardstick read around that round, in seconds.
 */
export function requestsPerYardstick (gw: TargetResult): { requests: number, yardstickMs: number } {
  const rounds = gw.rounds.max.map((x, i) => ({ rps: x.rps, yard: gw.rounds.yardstickMs.max[i] ?? 0 })).filter(x => x.rps > 0 && x.yard > 0)
  if (rounds.length === 0) throw new Error('the gate run needs a max round with answers and a yardstick reading')
  const scored = rounds.map(x => ({ requests: x.rps * x.yard / 1000, yardstickMs: x.yard }))
  return scored.reduce((best, x) => x.requests > best.requests ? x : best)
}

export function gateFigures (r: SuiteResult): GateFigures {
  const gw = r.targets.find(t => t.kind === 'gateway')
  const direct = r.targets.find(t => t.kind === 'direct')
  const c = compare(r).find(x => x.target === gw?.name)
  if (gw === undefined || direct === undefined || c === undefined) throw new Error('the gate run needs a direct and a gateway target')
  const g = bestRounds(gw)
  const d = bestRounds(direct)
  const mem = gw.memory
  const over = overheadInYardsticks(gw, d.p95)
  const tput = requestsPerYardstick(gw)
  return {
    p95OverheadYardsticks: Math.round(over.units * 1e4) / 1e4,
    maxRequestsPerYardstick: round(tput.requests),
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
    yardstickMs: round(over.yardstickMs),
    maxYardstickMs: round(tput.yardstickMs),
  }
}

/**
 * A baseline over several runs: each gated figure is its median over the runs (the mean
 * of the middle two for an even count). The information figures are not medians of their
 * own: they come whole from one run, so they agree with each other — the latency overheads
 * (and the p95 ratio and yardstick) from the run whose overhead in yardsticks is nearest
 * its median, the max req/s figures (and the throughput ratio and the max rounds'
 * yardstick) from the run whose requests per yardstick are nearest their median (the
 * first such run on a tie). Medians taken figure by figure could pair a p95 of one run with a p99 of
 * another.
 */
export function medianFigures (runs: readonly GateFigures[]): GateFigures {
  if (runs.length === 0) throw new Error('no runs to take a median of')
  const of = (key: keyof GateFigures): number => median(runs.map(r => r[key]))
  const units = of('p95OverheadYardsticks')
  const requests = of('maxRequestsPerYardstick')
  const latencyRun = nearest(runs, 'p95OverheadYardsticks', units)
  const throughputRun = nearest(runs, 'maxRequestsPerYardstick', requests)
  return {
    p95OverheadYardsticks: Math.round(units * 1e4) / 1e4,
    maxRequestsPerYardstick: round(requests),
    p95Ratio: latencyRun.p95Ratio,
    throughputRatio: throughputRun.throughputRatio,
    peakRssMb: round(of('peakRssMb')),
    rssGrowthMb: round(of('rssGrowthMb')),
    p95OverheadMs: latencyRun.p95OverheadMs,
    p99OverheadMs: latencyRun.p99OverheadMs,
    gatewayMaxRps: throughputRun.gatewayMaxRps,
    directMaxRps: throughputRun.directMaxRps,
    rate: (runs[0] as GateFigures).rate,
    yardstickMs: latencyRun.yardstickMs,
    maxYardstickMs: throughputRun.maxYardstickMs,
  }
}

function nearest (runs: readonly GateFigures[], key: 'p95OverheadYardsticks' | 'maxRequestsPerYardstick', target: number): GateFigures {
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
  const p95Limit = baseline.p95OverheadYardsticks * TOLERANCE.p95Overhead
  const tputLimit = baseline.maxRequestsPerYardstick * TOLERANCE.throughput
  const rssLimit = baseline.peakRssMb * TOLERANCE.memory
  const growthLimit = Math.max(baseline.rssGrowthMb, TOLERANCE.growthFloorMb) * TOLERANCE.memory
  return [
    { name: 'p95 overhead in CPU yardsticks', baseline: baseline.p95OverheadYardsticks.toFixed(3), current: current.p95OverheadYardsticks.toFixed(3), limit: `≤ ${p95Limit.toFixed(3)}`, pass: current.p95OverheadYardsticks <= p95Limit },
    { name: 'max throughput in requests per CPU yardstick', baseline: baseline.maxRequestsPerYardstick.toFixed(2), current: current.maxRequestsPerYardstick.toFixed(2), limit: `≥ ${tputLimit.toFixed(2)}`, pass: current.maxRequestsPerYardstick >= tputLimit },
    { name: 'peak RSS, MB', baseline: baseline.peakRssMb.toFixed(0), current: current.peakRssMb.toFixed(0), limit: `≤ ${rssLimit.toFixed(0)}`, pass: current.peakRssMb <= rssLimit },
    { name: 'RSS growth within the run (end − after warm-up), MB', baseline: baseline.rssGrowthMb.toFixed(0), current: current.rssGrowthMb.toFixed(0), limit: `≤ ${growthLimit.toFixed(0)}`, pass: current.rssGrowthMb <= growthLimit },
  ]
}

export function formatChecks (checks: readonly GateCheck[], current: GateFigures): string {
  const rows = checks.map(c => `${c.pass ? 'ok  ' : 'FAIL'}  ${c.name.padEnd(50)} baseline ${c.baseline.padStart(8)}  now ${c.current.padStart(8)}  limit ${c.limit}`)
  rows.push(`info  at ${current.rate} req/s overhead p95 ${current.p95OverheadMs.toFixed(3)} ms, p99 ${current.p99OverheadMs.toFixed(3)} ms (pooled rounds); yardstick ${current.yardstickMs.toFixed(1)} ms; p95 ratio gateway / direct ${current.p95Ratio.toFixed(2)}; max ${current.gatewayMaxRps} req/s through the gateway (yardstick ${current.maxYardstickMs.toFixed(1)} ms), ${current.directMaxRps} direct, ratio ${current.throughputRatio.toFixed(4)}`)
  return rows.join('\n')
}

function round (n: number): number {
  return Number.isFinite(n) ? Math.round(n * 1000) / 1000 : n
}
