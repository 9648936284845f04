import { compareIds } from './load-corpus.js'
import type { ScenarioResult } from './types.js'

// Detection figures from scenario results. The unit is the scenario (one session): an
// attack is detected when any of its requests was blocked, and a benign scenario is a
// false positive when any of its requests was blocked. A scenario that hit an error and
// was never blocked is left out of the matrix and listed, since counting it either way
// would report a guess as a measurement.

export type Outcome = 'tp' | 'fn' | 'tn' | 'fp' | 'error'

export interface GroupFigures {
  readonly key: string
  readonly scenarios: number
  readonly attacks: number
  readonly benign: number
  readonly errored: number
  readonly tp: number
  readonly fn: number
  readonly tn: number
  readonly fp: number
  readonly precision: number | null
  readonly recall: number | null
  readonly f1: number | null
  readonly fpr: number | null
}

export interface PolicyHits {
  readonly id: string
  /** Blocked requests whose explanation names the policy. */
  readonly requests: number
  readonly attackScenarios: number
  readonly benignScenarios: number
}

export interface Figures {
  readonly overall: GroupFigures
  readonly byLabel: readonly GroupFigures[]
  readonly byFamily: readonly GroupFigures[]
  /** 'family/subcategory', for eval sets that carry one. */
  readonly bySubcategory: readonly GroupFigures[]
  readonly byTag: readonly GroupFigures[]
  readonly policies: readonly PolicyHits[]
  readonly requests: { readonly total: number, readonly allowed: number, readonly flagged: number, readonly blocked: number, readonly errors: number }
  readonly missed: readonly string[]
  readonly falsePositives: readonly string[]
  /**
   * Detected attacks whose first block came at a step before the first one marked
   * expectedDetection: in a multi-turn chain that means a turn meant to look harmless
   * was blocked, which real users of that conversation would see as a false positive.
   */
  readonly blockedEarly: readonly string[]
  readonly errored: readonly { readonly id: string, readonly error: string }[]
}

export function outcomeOf (r: ScenarioResult): Outcome {
  if (r.requests.some(q => q.blocked)) return r.scenario.label === 'attack' ? 'tp' : 'fp'
  if (r.requests.some(q => q.error !== null)) return 'error'
  return r.scenario.label === 'attack' ? 'fn' : 'tn'
}

export function computeFigures (results: readonly ScenarioResult[]): Figures {
  const sorted = [...results].sort((a, b) => compareIds(a.id, b.id))
  const outcomes = sorted.map(r => ({ r, o: outcomeOf(r) }))
  const group = (keysOf: (r: ScenarioResult) => readonly string[]): GroupFigures[] => {
    const buckets = new Map<string, Outcome[]>()
    for (const { r, o } of outcomes) {
      for (const k of keysOf(r)) {
        const list = buckets.get(k) ?? []
        list.push(o)
        buckets.set(k, list)
      }
    }
    return [...buckets.keys()].sort(compareIds).map(k => groupFigures(k, buckets.get(k) ?? []))
  }
  const requests = sorted.flatMap(r => r.requests)
  return {
    overall: groupFigures('overall', outcomes.map(x => x.o)),
    byLabel: group(r => [r.scenario.label]),
    byFamily: group(r => [r.scenario.family]),
    bySubcategory: group(r => r.scenario.subcategory === null ? [] : [`${r.scenario.family}/${r.scenario.subcategory}`]),
    byTag: group(r => [...new Set(r.scenario.tags)]),
    policies: policyHits(sorted),
    requests: {
      total: requests.length,
      allowed: requests.filter(q => q.error === null && !q.blocked && q.decision !== 'flag').length,
      flagged: requests.filter(q => q.error === null && !q.blocked && q.decision === 'flag').length,
      blocked: requests.filter(q => q.blocked).length,
      errors: requests.filter(q => q.error !== null).length,
    },
    missed: outcomes.filter(x => x.o === 'fn').map(x => x.r.id),
    falsePositives: outcomes.filter(x => x.o === 'fp').map(x => x.r.id),
    blockedEarly: outcomes.filter(x => x.o === 'tp' && isEarly(x.r)).map(x => x.r.id),
    errored: outcomes.filter(x => x.o === 'error').map(x => ({ id: x.r.id, error: firstError(x.r) })),
  }
}

export function groupFigures (key: string, outcomes: readonly Outcome[]): GroupFigures {
  const n = (o: Outcome): number => outcomes.filter(x => x === o).length
  const tp = n('tp')
  const fn = n('fn')
  const tn = n('tn')
  const fp = n('fp')
  // Precision (and so F1) needs both kinds in the group: over attacks alone it is 1 as
  // soon as anything is caught, over benign alone 0 as soon as anything is blocked.
  const mixed = tp + fn > 0 && tn + fp > 0
  const precision = mixed ? ratio(tp, tp + fp) : null
  const recall = ratio(tp, tp + fn)
  return {
    key,
    scenarios: outcomes.length,
    attacks: tp + fn,
    benign: tn + fp,
    errored: n('error'),
    tp,
    fn,
    tn,
    fp,
    precision,
    recall,
    f1: precision === null || recall === null ? null : precision + recall === 0 ? 0 : 2 * precision * recall / (precision + recall),
    fpr: ratio(fp, fp + tn),
  }
}

/** null, not 0, when undefined: a family with no benign cases has no FPR, not a perfect one. */
function ratio (num: number, den: number): number | null {
  return den === 0 ? null : num / den
}

function policyHits (results: readonly ScenarioResult[]): PolicyHits[] {
  const hits = new Map<string, { requests: number, attack: Set<string>, benign: Set<string> }>()
  for (const r of results) {
    for (const q of r.requests) {
      for (const id of new Set(q.policies)) {
        const h = hits.get(id) ?? { requests: 0, attack: new Set(), benign: new Set() }
        h.requests++
        ;(r.scenario.label === 'attack' ? h.attack : h.benign).add(r.id)
        hits.set(id, h)
      }
    }
  }
  return [...hits.entries()]
    .map(([id, h]) => ({ id, requests: h.requests, attackScenarios: h.attack.size, benignScenarios: h.benign.size }))
    .sort((a, b) => b.requests - a.requests || compareIds(a.id, b.id))
}

/** First step marked expectedDetection; null for eval cases, which mark none. */
export function firstExpectedStep (r: ScenarioResult): number | null {
  const body = r.scenario.body
  if (body.kind !== 'steps') return null
  return body.steps.find(st => st.expectedDetection)?.step ?? null
}

function isEarly (r: ScenarioResult): boolean {
  const expected = firstExpectedStep(r)
  const blocked = r.requests.find(q => q.blocked)?.step
  return expected !== null && blocked !== undefined && blocked < expected
}

function firstError (r: ScenarioResult): string {
  const q = r.requests.find(x => x.error !== null)
  return q === undefined ? 'unknown' : `step ${q.step}: ${q.error}`
}
