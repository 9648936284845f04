import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compare, type Comparison } from '../lib/compare.js'
import { PERCENTILE_KEYS, type Percentiles } from '../lib/latency.js'
import type { LoadResult } from '../lib/load-result.js'
import type { SuiteResult, TargetResult } from '../lib/suite.js'
import { lineChart } from './svg-chart.js'

// Writes one run as <stamp>.json (everything), <stamp>.md (the summary a person reads)
// and two SVG charts: latency percentiles per target, and RSS over time.

const LABELS: Record<string, string> = { p50: 'p50', p75: 'p75', p90: 'p90', p95: 'p95', p99: 'p99', p999: 'p99.9', max: 'max' }

export function stamp (d = new Date()): string {
  return d.toISOString().replace(/[:]/g, '-').replace(/\..+$/, 'Z')
}

export function latencyChart (r: SuiteResult): string {
  return lineChart({
    title: `Latency at ${r.plan.rate} req/s (2xx answers), gateway vs direct`,
    xLabel: 'percentile',
    yLabel: 'latency, ms',
    yLog: true,
    xTicks: PERCENTILE_KEYS.map((k, i) => ({ value: i, label: LABELS[k] as string })),
    series: r.targets.map(t => ({ name: t.name, dashed: t.kind !== 'gateway', points: PERCENTILE_KEYS.map((k, i) => [i, t.paced.latency2xx[k]] as const) })),
  })
}

export function memoryChart (r: SuiteResult): string {
  return lineChart({
    title: 'Resident memory over the run',
    xLabel: 'seconds since the first warm-up',
    yLabel: 'RSS, MB',
    series: r.memory.filter(s => r.targets.find(t => t.name === s.name)?.kind !== 'direct').map(s => ({ name: s.name, points: s.samples.map(x => [x.t, x.rssMb] as const) })),
  })
}

const ms = (v: number): string => v.toFixed(v < 10 ? 3 : 1)
const pct = (v: number | null): string => v === null ? '—' : `${(v * 100).toFixed(1)}%`

function statusText (r: LoadResult): string {
  const parts = Object.entries(r.byStatus).filter(([k]) => !k.startsWith('2')).map(([k, v]) => `${k}×${v}`)
  const errs = Object.entries(r.errors).map(([k, v]) => `${k}×${v}`)
  return [...parts, ...errs].join(', ') || 'none'
}

function latencyRow (name: string, p: Percentiles, perS: number): string {
  return `| ${name} | ${perS.toFixed(0)} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${ms(p.p999)} | ${ms(p.max)} |`
}

function memoryCell (t: TargetResult): string {
  if (t.memory === null) return '—'
  const shards = t.memory.firstShardHeapMb === null || t.memory.lastShardHeapMb === null ? '' : `, shard heaps ${t.memory.firstShardHeapMb.toFixed(0)} → ${t.memory.lastShardHeapMb.toFixed(0)}`
  const heap = (t.memory.peakHeapUsedMb === null ? '' : `, main heap peak ${t.memory.peakHeapUsedMb.toFixed(0)}`) + shards
  return `${t.memory.firstRssMb.toFixed(0)} → ${t.memory.lastRssMb.toFixed(0)} (peak ${t.memory.peakRssMb.toFixed(0)}${heap})`
}

export function suiteMarkdown (r: SuiteResult, files: { latencySvg: string, memorySvg: string }, title = 'InferShield performance run'): string {
  const cmp = compare(r)
  const byTarget = new Map<string, Comparison>(cmp.map(c => [c.target, c]))
  const m = r.machine
  const lines: string[] = []
  lines.push(`# ${title}`, '')
  lines.push(`${r.startedAt} → ${r.finishedAt}; ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}; load average at start ${m.loadAvgStart.join(' / ')}, at end ${m.loadAvgEnd.join(' / ')}.`, '')
  lines.push('Absolute figures depend on what else the machine was doing; compare targets within this run (ratios), not across runs.', '')
  lines.push(`Traffic: ${(r.traffic.attackShare * 100).toFixed(1)}% of requests from attack scenarios, ${(r.traffic.streamShare * 100).toFixed(1)}% streamed, bodies ${r.traffic.bodyBytes.min}–${r.traffic.bodyBytes.max} B (mean ${r.traffic.bodyBytes.mean.toFixed(0)}), ${r.plan.sessions} concurrent sessions over a pool of ${r.plan.sessionPool} session ids. Phases: warm-up ${r.plan.warmupS} s at max, then ${r.plan.rounds} round(s) of ${r.plan.rateS} s at ${r.plan.rate} req/s (open loop) and ${r.plan.maxS} s at max throughput (closed loop, autocannon), interleaved across targets.`, '')
  lines.push(`## Latency at ${r.plan.rate} req/s (2xx answers, ms)`, '')
  lines.push('| target | answers/s | p50 | p95 | p99 | p99.9 | max |', '|---|---:|---:|---:|---:|---:|---:|')
  for (const t of r.targets) lines.push(latencyRow(t.name, t.paced.latency2xx, t.paced.latency2xx.count / Math.max(1, t.paced.durationS)))
  lines.push('', `![latency percentiles](${files.latencySvg})`, '')
  lines.push('## Overhead over direct (same run)', '')
  lines.push('| target | p50 | p95 | p99 | p99.9 | p95 ratio | max req/s | throughput vs direct | vs minimal proxy |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|')
  const direct = r.targets.find(t => t.kind === 'direct')
  if (direct !== undefined) lines.push(`| ${direct.name} | — | — | — | — | 1.00 | ${direct.max.rps.toFixed(0)} | 100% | — |`)
  for (const t of r.targets) {
    const c = byTarget.get(t.name)
    if (c === undefined) continue
    lines.push(`| ${t.name} | ${ms(c.overheadMs.p50)} | ${ms(c.overheadMs.p95)} | ${ms(c.overheadMs.p99)} | ${ms(c.overheadMs.p999)} | ${c.p95Ratio.toFixed(2)} | ${t.max.rps.toFixed(0)} | ${pct(c.throughputRatio)} | ${pct(c.throughputVsReference)} |`)
  }
  lines.push('', '## Answers, errors and memory', '')
  lines.push('Late sends: requests the load generator itself sent more than 5 ms after they were due (it was starved of CPU); their latency still counts from when they were due.', '')
  lines.push('| target | fixed rate: non-2xx / errors | late sends | max: non-2xx / errors | attack requests blocked | benign blocked | RSS MB after warm-up → end (peak) |', '|---|---|---:|---|---:|---:|---|')
  for (const t of r.targets) {
    const a = t.paced.attackRequests + t.max.attackRequests
    const b = t.paced.attackBlocked + t.max.attackBlocked
    const fp = t.paced.benignBlocked + t.max.benignBlocked
    lines.push(`| ${t.name} | ${statusText(t.paced)} | ${t.paced.lateSends} | ${statusText(t.max)} | ${t.kind === 'gateway' ? `${b} / ${a}` : '—'} | ${t.kind === 'gateway' ? fp : '—'} | ${memoryCell(t)} |`)
  }
  lines.push('', `![resident memory](${files.memorySvg})`, '')
  const verdicts = cmp.flatMap(c => c.verdicts.map(v => ({ ...v, target: c.target, goal: v.target })))
  if (verdicts.length > 0) {
    lines.push('## Targets', '', '| gateway | check | goal | measured | |', '|---|---|---|---|---|')
    for (const v of verdicts) lines.push(`| ${v.target} | ${v.name} | ${v.goal} | ${v.measured} | ${v.pass ? 'met' : '**missed**'} |`)
    lines.push('')
  }
  const yardsticks = r.targets.some(t => t.rounds.yardstickMs.paced.length > 0 || t.rounds.yardstickMs.max.length > 0)
  if (r.plan.rounds > 1 || yardsticks) {
    const yard = (xs: readonly number[]): string => xs.map(x => x.toFixed(1)).join(', ')
    lines.push('## Rounds', '', `| target | fixed-rate p95 per round (ms) | max req/s per round |${yardsticks ? ' CPU yardstick around each fixed-rate round (ms) | CPU yardstick around each max round (ms) |' : ''}`, `|---|---|---|${yardsticks ? '---|---|' : ''}`)
    for (const t of r.targets) lines.push(`| ${t.name} | ${t.rounds.paced.map(x => ms(x.latency2xx.p95)).join(', ')} | ${t.rounds.max.map(x => x.rps.toFixed(0)).join(', ')} |${yardsticks ? ` ${yard(t.rounds.yardstickMs.paced)} | ${yard(t.rounds.yardstickMs.max)} |` : ''}`)
    lines.push('')
  }
  return `${lines.join('\n')}\n`
}

export function writeSuite (r: SuiteResult, dir: string, name: string, title?: string): { json: string, md: string } {
  mkdirSync(dir, { recursive: true })
  const files = { latencySvg: `${name}-latency.svg`, memorySvg: `${name}-memory.svg` }
  writeFileSync(join(dir, files.latencySvg), latencyChart(r))
  writeFileSync(join(dir, files.memorySvg), memoryChart(r))
  const json = join(dir, `${name}.json`)
  const md = join(dir, `${name}.md`)
  writeFileSync(json, `${JSON.stringify({ ...r, comparisons: compare(r) }, null, 2)}\n`)
  writeFileSync(md, suiteMarkdown(r, files, title))
  return { json, md }
}
