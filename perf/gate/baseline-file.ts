import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import type { GateFigures } from './figures.js'

// perf/baseline.json: the figures the gate compares against, and the record of every
// change to them. It changes only through `npm run perf:baseline -- --reason "..."`,
// which measures, then appends why, when, where and on which Node version.

type ThroughputYardstickFigures = 'maxRequestsPerYardstick' | 'maxYardstickMs'

export interface BaselineRecord {
  readonly reason: string
  readonly date: string
  readonly machine: string
  readonly node: string
  readonly commit: string | null
  /**
   * Older records lack the yardstick figures (the p95 ratio was gated until 2026-11-29,
   * the throughput ratio over the direct path until 2026-11-30), and the oldest carry
   * `rssGrowth` (end / after warm-up) instead of `rssGrowthMb`.
   */
  readonly figures: GateFigures | Omit<GateFigures, ThroughputYardstickFigures> | Omit<GateFigures, ThroughputYardstickFigures | 'p95OverheadYardsticks' | 'yardstickMs'> | Omit<GateFigures, ThroughputYardstickFigures | 'rssGrowthMb' | 'p95OverheadYardsticks' | 'yardstickMs'> & { readonly rssGrowth: number }
}

export interface BaselineFile {
  readonly schema: 1
  readonly note: string
  readonly plan: { readonly rate: number, readonly rateS: number, readonly maxS: number, readonly warmupS: number, readonly rounds: number }
  readonly figures: GateFigures | BaselineRecord['figures']
  readonly history: readonly BaselineRecord[]
}

export function readBaseline (path: string): BaselineFile | null {
  if (!existsSync(path)) return null
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as BaselineFile
  if (parsed.schema !== 1 || typeof parsed.figures?.p95Ratio !== 'number') throw new Error(`${path}: not a baseline file (schema 1)`)
  return parsed
}

/**
 * Whether the file's current figures carry every figure the gate compares (older files
 * gated growth as a ratio, and latency and throughput as ratios over the direct path).
 */
export function isComparable (file: BaselineFile): file is BaselineFile & { readonly figures: GateFigures } {
  const f = file.figures as Partial<GateFigures>
  return typeof f.rssGrowthMb === 'number' && typeof f.p95OverheadYardsticks === 'number' && typeof f.maxRequestsPerYardstick === 'number'
}

export function machineLabel (): string {
  const c = cpus()
  return `${c.length} × ${c[0]?.model ?? 'unknown cpu'}, ${Math.round(totalmem() / 1024 ** 3)} GB, ${process.platform} ${process.arch}`
}

function commitOf (cwd: string): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== ''
    return dirty ? `${head}+dirty` : head
  } catch {
    return null
  }
}

export function writeBaseline (path: string, prev: BaselineFile | null, figures: GateFigures, plan: BaselineFile['plan'], reason: string, repo: string): BaselineFile {
  const record: BaselineRecord = { reason, date: new Date().toISOString(), machine: machineLabel(), node: process.version, commit: commitOf(repo), figures }
  const file: BaselineFile = {
    schema: 1,
    note: 'Written by `npm run perf:baseline -- --reason "..."`; do not edit by hand. `figures` is what `npm run perf:gate` compares against; `history` records every change.',
    plan,
    figures,
    history: [...(prev?.history ?? []), record],
  }
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`)
  return file
}
