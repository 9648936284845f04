import type { LoadResult, LoadTally } from '../lib/load-result.js'
import type { MemorySample, MemorySeries } from '../lib/memory-sampler.js'
import type { Machine } from '../lib/suite.js'
import type { TrafficSummary } from '../lib/traffic.js'
import { lineChart } from './svg-chart.js'

// The soak's per-minute table, memory verdict and charts.

export interface Snapshot { readonly t: number, readonly errors: number, readonly non2xx: number, readonly blocked: number }

export interface MinuteRow {
  readonly minute: number
  readonly completed: number
  readonly p50: number
  readonly p95: number
  readonly p99: number
  readonly max: number
  readonly errors: number
  readonly non2xx: number
  readonly blocked: number
  readonly rssMb: number | null
  readonly heapUsedMb: number | null
  readonly shardHeapUsedMb: number | null
}

/** Growth target from the issue: RSS may not grow more than this after warm-up. */
export const SOAK_GROWTH_LIMIT_MB = 50

function at (snaps: readonly Snapshot[], t: number): Snapshot {
  let best: Snapshot = { t: 0, errors: 0, non2xx: 0, blocked: 0 }
  for (const s of snaps) if (s.t <= t + 0.5) best = s
  return best
}

function memAt (samples: readonly MemorySample[], t: number): MemorySample | null {
  let best: MemorySample | null = null
  for (const s of samples) if (s.t <= t + 2.5) best = s
  return best
}

export function minuteRows (tally: LoadTally, snaps: readonly Snapshot[], memory: MemorySeries, durationS: number): MinuteRow[] {
  const rows: MinuteRow[] = []
  for (let m = 0; m * 60 < durationS; m++) {
    const from = m * 60
    const to = Math.min(durationS, from + 60)
    const w = tally.all.window(from * 1000, to * 1000)
    const a = at(snaps, from)
    const b = at(snaps, to)
    const mem = memAt(memory.samples, to)
    rows.push({ minute: m + 1, completed: w.count, p50: w.p50, p95: w.p95, p99: w.p99, max: w.max, errors: b.errors - a.errors, non2xx: b.non2xx - a.non2xx, blocked: b.blocked - a.blocked, rssMb: mem?.rssMb ?? null, heapUsedMb: mem?.heapUsedMb ?? null, shardHeapUsedMb: mem?.shardHeapUsedMb ?? null })
  }
  return rows
}

export function soakCharts (rows: readonly MinuteRow[], memory: MemorySeries): { p95: string, memory: string } {
  return {
    p95: lineChart({
      title: 'Soak: latency per minute',
      xLabel: 'minute',
      yLabel: 'latency, ms',
      yLog: true,
      series: [
        { name: 'p50', points: rows.map(r => [r.minute, r.p50] as const) },
        { name: 'p95', points: rows.map(r => [r.minute, r.p95] as const) },
        { name: 'p99', points: rows.map(r => [r.minute, r.p99] as const) },
      ],
    }),
    memory: lineChart({
      title: 'Soak: gateway memory',
      xLabel: 'seconds',
      yLabel: 'MB',
      series: [
        { name: 'RSS (all threads)', points: memory.samples.map(s => [s.t, s.rssMb] as const) },
        { name: 'main heap used', points: memory.samples.filter(s => s.heapUsedMb !== null).map(s => [s.t, s.heapUsedMb as number] as const) },
        { name: 'shard heaps used', points: memory.samples.filter(s => s.shardHeapUsedMb !== null).map(s => [s.t, s.shardHeapUsedMb as number] as const) },
      ],
    }),
  }
}

export interface SoakReport {
  readonly startedAt: string
  readonly finishedAt: string
  readonly machine: Machine
  readonly rate: number
  readonly durationS: number
  readonly warmupS: number
  readonly workers: string
  readonly sessionPool: number
  readonly traffic: TrafficSummary
  readonly overall: LoadResult
  readonly minutes: readonly MinuteRow[]
  readonly memory: MemorySeries
  readonly gatewayErrorLines: number
}

export function memoryVerdict (r: Pick<SoakReport, 'memory' | 'warmupS'>): { fromMb: number, toMb: number, peakMb: number, growthMb: number, pass: boolean } | null {
  const after = r.memory.samples.filter(s => s.t >= r.warmupS)
  const first = after[0]
  const last = after[after.length - 1]
  if (first === undefined || last === undefined) return null
  const growthMb = last.rssMb - first.rssMb
  return { fromMb: first.rssMb, toMb: last.rssMb, peakMb: Math.max(...after.map(s => s.rssMb)), growthMb, pass: growthMb < SOAK_GROWTH_LIMIT_MB }
}

const f = (v: number | null, d = 2): string => v === null ? '—' : v.toFixed(d)

export function soakMarkdown (r: SoakReport, files: { p95: string, memory: string }): string {
  const m = r.machine
  const mem = memoryVerdict(r)
  const o = r.overall
  const lines = [
    '# InferShield soak run', '',
    `${r.startedAt} → ${r.finishedAt}; ${m.cpus} × ${m.cpuModel}, Node ${m.node}; load average at start ${m.loadAvgStart.join(' / ')}, at end ${m.loadAvgEnd.join(' / ')}.`, '',
    `Gateway workers=${r.workers}, memory sessions over a pool of ${r.sessionPool} session ids; ${r.rate} req/s offered for ${r.durationS} s (open loop), ${(r.traffic.attackShare * 100).toFixed(0)}% attack traffic, ${(r.traffic.streamShare * 100).toFixed(0)}% streamed, bodies ${r.traffic.bodyBytes.min}–${r.traffic.bodyBytes.max} B.`, '',
    `Overall: ${o.completed} answers (${o.rps.toFixed(0)} req/s), p50 ${f(o.latency.p50)} p95 ${f(o.latency.p95)} p99 ${f(o.latency.p99)} max ${f(o.latency.max)} ms; statuses ${JSON.stringify(o.byStatus)}; errors ${JSON.stringify(o.errors)}; gateway error log lines ${r.gatewayErrorLines}.`, '',
    mem === null
      ? 'Memory: no samples.'
      : `Memory after the ${r.warmupS} s warm-up: RSS ${mem.fromMb.toFixed(0)} → ${mem.toMb.toFixed(0)} MB (peak ${mem.peakMb.toFixed(0)}), growth ${mem.growthMb.toFixed(1)} MB — ${mem.pass ? 'flat (target < 50 MB met)' : '**target < 50 MB missed**'}.`,
    '',
    '| minute | answers | p50 ms | p95 ms | p99 ms | max ms | 403 | other non-2xx | errors | RSS MB | main heap MB | shard heaps MB |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.minutes.map(x => `| ${x.minute} | ${x.completed} | ${f(x.p50)} | ${f(x.p95)} | ${f(x.p99)} | ${f(x.max, 1)} | ${x.blocked} | ${x.non2xx} | ${x.errors} | ${f(x.rssMb, 0)} | ${f(x.heapUsedMb, 0)} | ${f(x.shardHeapUsedMb, 0)} |`),
    '',
    `![p95 per minute](${files.p95})`, '',
    `![memory](${files.memory})`, '',
  ]
  return `${lines.join('\n')}\n`
}
