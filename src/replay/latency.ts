import { compareIds } from './load-corpus.js'
import type { ScenarioResult } from './types.js'

// Latency as the client sees it: from sending the request to the last byte of the
// answer, gateway plus (mock) upstream. Information only; the replay never gates on it,
// because wall-clock figures vary with the machine and its load.

export interface LatencyFigures {
  readonly requests: number
  readonly p50: number | null
  readonly p95: number | null
  readonly p99: number | null
  readonly max: number | null
  readonly mean: number | null
}

export interface SlowScenario {
  readonly id: string
  readonly totalMs: number
  readonly requests: number
}

/**
 * Nearest-rank percentile: the smallest value with at least p% of the values at or
 * below it, always one of the observed values. E.g. p50 of [1, 2, 3, 4] is 2.
 */
export function percentile (sortedAsc: readonly number[], p: number): number | null {
  if (sortedAsc.length === 0) return null
  const rank = Math.max(1, Math.ceil((p / 100) * sortedAsc.length))
  return sortedAsc[Math.min(rank, sortedAsc.length) - 1] ?? null
}

export function latencyFigures (samples: readonly number[]): LatencyFigures {
  const s = [...samples].sort((a, b) => a - b)
  return {
    requests: s.length,
    p50: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    p99: round(percentile(s, 99)),
    max: round(s[s.length - 1] ?? null),
    mean: round(s.length === 0 ? null : s.reduce((a, b) => a + b, 0) / s.length),
  }
}

export function requestLatencies (results: readonly ScenarioResult[]): number[] {
  return results.flatMap(r => r.requests.map(q => q.latencyMs))
}

/** Scenarios by total time over their requests, slowest first (ties by id, so order is stable). */
export function slowestScenarios (results: readonly ScenarioResult[], top: number): SlowScenario[] {
  return results
    .map(r => ({ id: r.id, totalMs: round(r.requests.reduce((a, q) => a + q.latencyMs, 0)) ?? 0, requests: r.requests.length }))
    .sort((a, b) => b.totalMs - a.totalMs || compareIds(a.id, b.id))
    .slice(0, top)
}

function round (v: number | null): number | null {
  return v === null ? null : Math.round(v * 1000) / 1000
}
