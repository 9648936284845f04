import type { GroupFigures } from './metrics.js'

// The CI gate: overall recall and false-positive rate against limits given on the
// command line. A run with errors never passes a gate, since its figures describe only
// part of the corpus.

export interface Thresholds {
  readonly minRecall: number | null
  readonly maxFpr: number | null
}

export interface ThresholdVerdict {
  readonly minRecall: number | null
  readonly maxFpr: number | null
  readonly passed: boolean
  readonly failures: readonly string[]
}

export function checkThresholds (overall: GroupFigures, t: Thresholds): ThresholdVerdict | null {
  if (t.minRecall === null && t.maxFpr === null) return null
  const failures: string[] = []
  if (t.minRecall !== null) {
    if (overall.recall === null) failures.push(`recall is undefined (no attack scenarios) but --min-recall ${t.minRecall} was given`)
    else if (overall.recall < t.minRecall) failures.push(`recall ${fmt(overall.recall)} is below --min-recall ${t.minRecall}`)
  }
  if (t.maxFpr !== null) {
    if (overall.fpr === null) failures.push(`FPR is undefined (no benign scenarios) but --max-fpr ${t.maxFpr} was given`)
    else if (overall.fpr > t.maxFpr) failures.push(`FPR ${fmt(overall.fpr)} is above --max-fpr ${t.maxFpr}`)
  }
  if (overall.errored > 0) failures.push(`${overall.errored} scenario(s) ended in errors, so the figures are incomplete`)
  return { minRecall: t.minRecall, maxFpr: t.maxFpr, passed: failures.length === 0, failures }
}

function fmt (v: number): string {
  return v.toFixed(4)
}
