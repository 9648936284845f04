import type { Figures, GroupFigures } from './metrics.js'
import type { RunnerOptions } from './runner.js'
import type { SendMode } from './types.js'

// The detection-quality baseline CI compares against: recall and false-positive rate
// overall and per family, per send mode. It changes only through
// `npm run detection:baseline -- --reason "…"`, which records why.

/** Families smaller than this are too noisy to gate on: one scenario moves them by > 3 points. */
export const GATED_MIN_SCENARIOS = 30
/** How far a figure may move the wrong way before CI fails, in points (0.03 = 3 points). */
export const TOLERANCE = 0.03

export interface GroupBaseline {
  readonly scenarios: number
  /** Any stage (request detection or output scanning of the answer). */
  readonly recall: number | null
  /** Request stage alone; absent in baselines recorded before it was, which then gate recall and FPR only. */
  readonly requestRecall?: number | null
  readonly fpr: number | null
}

export interface ModeBaseline {
  readonly overall: GroupBaseline
  readonly families: Readonly<Record<string, GroupBaseline>>
}

export interface Baseline {
  readonly recordedAt: string
  readonly reason: string
  readonly node: string
  readonly modes: Readonly<Record<string, ModeBaseline>>
}

function groupOf (g: GroupFigures): GroupBaseline {
  return { scenarios: g.scenarios, recall: round4(g.recall), requestRecall: round4(g.requestRecall), fpr: round4(g.fpr) }
}

export function modeBaselineOf (f: Figures): ModeBaseline {
  return {
    overall: groupOf(f.overall),
    families: Object.fromEntries(f.byFamily.map(g => [g.key, groupOf(g)])),
  }
}

/**
 * What moved the wrong way by more than the tolerance. A family that vanished is a
 * problem too: shrinking the corpus must not pass as "no regression".
 */
export function regressions (mode: string, now: Figures, base: ModeBaseline, tolerance = TOLERANCE): string[] {
  const out: string[] = []
  const check = (name: string, cur: GroupFigures | undefined, b: GroupBaseline): void => {
    if (cur === undefined) {
      out.push(`${mode} ${name}: in the baseline but not in this run`)
      return
    }
    if (b.scenarios < GATED_MIN_SCENARIOS && name !== 'overall') return
    if (b.recall !== null && cur.recall !== null && cur.recall < b.recall - tolerance) {
      out.push(`${mode} ${name}: recall ${pct(cur.recall)} is more than ${tolerance * 100} points below the baseline ${pct(b.recall)}`)
    }
    // Kept apart: answer-stage catches rising must not hide request-stage detection falling.
    const br = b.requestRecall ?? null
    if (br !== null && cur.requestRecall !== null && cur.requestRecall < br - tolerance) {
      out.push(`${mode} ${name}: request-stage recall ${pct(cur.requestRecall)} is more than ${tolerance * 100} points below the baseline ${pct(br)}`)
    }
    if (b.fpr !== null && cur.fpr !== null && cur.fpr > b.fpr + tolerance) {
      out.push(`${mode} ${name}: false-positive rate ${pct(cur.fpr)} is more than ${tolerance * 100} points above the baseline ${pct(b.fpr)}`)
    }
  }
  check('overall', now.overall, base.overall)
  const byKey = new Map(now.byFamily.map(g => [g.key, g]))
  for (const [family, b] of Object.entries(base.families)) check(family, byKey.get(family), b)
  return out
}

function round4 (n: number | null): number | null {
  return n === null ? null : Math.round(n * 10000) / 10000
}

function pct (n: number): string {
  return `${(n * 100).toFixed(1)}%`
}

/** The run the gate and the baseline script both make: in-process, mock upstream, one mode. */
export function gateRunOptions (corpusDir: string, mode: SendMode, workers: number | 'auto' = 'auto'): RunnerOptions {
  return {
    inputs: [corpusDir],
    mode,
    concurrency: 8,
    target: { kind: 'in-process', workers, logLevel: 'error', configFile: null },
    model: 'infershield-replay',
    timeoutMs: 30000,
    traffic: { kind: 'scenarios' },
    thresholds: { minRecall: null, maxFpr: null },
    slowest: 0,
    // Only this run's own settings: an operator's INFERSHIELD_* variables must not move the gate.
    env: {},
  }
}
