import { scrubExcerpt } from '../detection/evidence.js'
import type { ReplayStep } from '../replay/types.js'
import { reverse } from './text-transforms.js'
import type { MutationFamily } from './mutations.js'
import type { VariantPlan } from './variants.js'

/** What happened to one replayed scenario; null when the time budget ran out before it was sent. */
export type Verdict = 'detected' | 'missed' | 'error'

export interface RateRow {
  readonly key: string
  /** Variants sent and answered (errors and unsent variants are not counted). */
  readonly variants: number
  readonly detected: number
  /** detected / variants; null when nothing was measured. */
  readonly rate: number | null
  /** Variants missed although their unmutated scenario was detected: what the mutation alone bought. */
  readonly evasions: number
}

export interface MutationRow extends RateRow {
  readonly family: MutationFamily
  readonly description: string
}

export interface Evasion {
  readonly variant: string
  readonly scenario: string
  readonly family: string
  readonly mutation: string
  /** The mutated payload, scrubbed of addresses, numbers and tokens, cut to 160 characters, JSON-escaped so hidden characters show. */
  readonly excerpt: string
}

export interface FuzzReport {
  readonly run: {
    readonly seed: number
    readonly count: number
    readonly timeBudgetMs: number | null
    readonly mode: string
    readonly target: string
    readonly durationMs: number
    readonly variantsPlanned: number
    readonly variantsRun: number
    readonly errors: number
    readonly stoppedByTime: boolean
    readonly inapplicableMutations: readonly string[]
  }
  /** The unmutated scenarios the variants came from. */
  readonly baseline: RateRow
  readonly overall: RateRow
  readonly byMutation: readonly MutationRow[]
  readonly byMutationFamily: readonly RateRow[]
  /** By the corpus family of the mutated scenario. */
  readonly byFamily: readonly RateRow[]
  readonly evasions: readonly Evasion[]
}

export interface ReportInput {
  readonly plan: VariantPlan
  readonly baseline: ReadonlyMap<string, Verdict | null>
  readonly results: readonly (Verdict | null)[]
  readonly run: Pick<FuzzReport['run'], 'seed' | 'count' | 'timeBudgetMs' | 'mode' | 'target' | 'durationMs'>
  readonly evasionLimit: number
}

interface Tally { variants: number, detected: number, evasions: number }

function rowOf (key: string, t: Tally): RateRow {
  return { key, variants: t.variants, detected: t.detected, rate: t.variants === 0 ? null : round4(t.detected / t.variants), evasions: t.evasions }
}

function round4 (x: number): number {
  return Math.round(x * 10_000) / 10_000
}

export function buildFuzzReport (input: ReportInput): FuzzReport {
  const { plan, results } = input
  const tallies = { overall: tally(), mutation: new Map<string, Tally>(), mutationFamily: new Map<string, Tally>(), family: new Map<string, Tally>() }
  for (const m of new Map(plan.variants.map(v => [v.mutation.id, v.mutation])).values()) {
    tallies.mutation.set(m.id, tally())
    if (!tallies.mutationFamily.has(m.family)) tallies.mutationFamily.set(m.family, tally())
  }
  const evasions: Evasion[] = []
  let errors = 0
  let run = 0
  plan.variants.forEach((v, i) => {
    const r = results[i] ?? null
    if (r === null) return
    run++
    if (r === 'error') { errors++; return }
    const evaded = r === 'missed' && input.baseline.get(v.base.id) === 'detected'
    for (const t of [tallies.overall, tallies.mutation.get(v.mutation.id), tallies.mutationFamily.get(v.mutation.family), slot(tallies.family, v.base.family)]) {
      if (t === undefined) continue
      t.variants++
      if (r === 'detected') t.detected++
      if (evaded) t.evasions++
    }
    if (evaded && evasions.length < input.evasionLimit) {
      evasions.push({ variant: v.id, scenario: v.base.id, family: v.base.family, mutation: v.mutation.id, excerpt: excerptOf(v.scenario.body) })
    }
  })
  const base = tally()
  for (const verdict of input.baseline.values()) {
    if (verdict === null || verdict === 'error') continue
    base.variants++
    if (verdict === 'detected') base.detected++
  }
  const mutations = new Map(plan.variants.map(v => [v.mutation.id, v.mutation]))
  return {
    run: {
      ...input.run,
      variantsPlanned: plan.variants.length,
      variantsRun: run,
      errors,
      stoppedByTime: run < plan.variants.length,
      inapplicableMutations: plan.inapplicable,
    },
    baseline: rowOf('unmutated', base),
    overall: rowOf('all variants', tallies.overall),
    byMutation: [...tallies.mutation].map(([id, t]) => {
      const m = mutations.get(id)!
      return { ...rowOf(id, t), family: m.family, description: m.description }
    }),
    byMutationFamily: [...tallies.mutationFamily].map(([k, t]) => rowOf(k, t)),
    byFamily: [...tallies.family].sort((a, b) => a[0] < b[0] ? -1 : 1).map(([k, t]) => rowOf(k, t)),
    evasions,
  }
}

function tally (): Tally {
  return { variants: 0, detected: 0, evasions: 0 }
}

function slot (m: Map<string, Tally>, key: string): Tally {
  let t = m.get(key)
  if (t === undefined) m.set(key, t = tally())
  return t
}

function excerptOf (body: { kind: string, steps?: readonly ReplayStep[] }): string {
  const payload = body.steps?.filter(s => s.expectedDetection).at(-1)?.content ?? ''
  // Scrubbed forwards and backwards: a mutation may have reversed an address or a number.
  const scrubbed = reverse(scrubExcerpt(reverse(scrubExcerpt(payload.slice(0, 160)))))
  return visible(JSON.stringify(scrubbed).slice(1, -1))
}

// Characters a terminal or a JSON viewer shows as nothing: zero-width, bidi controls,
// variation selectors and tag characters. JSON.stringify escapes only control characters.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]|\udb40[\udc00-\udc7f]/g

function visible (s: string): string {
  return s.replace(INVISIBLE, c => {
    const cp = c.codePointAt(0) ?? 0
    return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`
  })
}

const pct = (r: number | null): string => r === null ? '—' : `${(r * 100).toFixed(1)}%`

/** The report as a plain-text table for a terminal. */
export function renderFuzzTable (r: FuzzReport): string {
  const lines: string[] = []
  lines.push(`infershield fuzz: seed ${r.run.seed}, ${r.run.variantsRun}/${r.run.variantsPlanned} variants in ${(r.run.durationMs / 1000).toFixed(1)} s against ${r.run.target} (${r.run.mode})${r.run.stoppedByTime ? ' — stopped by --time' : ''}`)
  lines.push(`baseline (unmutated): ${r.baseline.detected}/${r.baseline.variants} detected (${pct(r.baseline.rate)}); all variants: ${r.overall.detected}/${r.overall.variants} (${pct(r.overall.rate)}), ${r.overall.evasions} evasions, ${r.run.errors} errors`)
  const table = (title: string, rows: readonly RateRow[]): void => {
    lines.push('', `${title.padEnd(22)} ${'variants'.padStart(8)} ${'detected'.padStart(9)} ${'rate'.padStart(7)} ${'evasions'.padStart(8)}`)
    for (const row of rows) lines.push(`${row.key.padEnd(22)} ${String(row.variants).padStart(8)} ${String(row.detected).padStart(9)} ${pct(row.rate).padStart(7)} ${String(row.evasions).padStart(8)}`)
  }
  table('mutation', r.byMutation)
  table('mutation family', r.byMutationFamily)
  table('attack family', r.byFamily)
  if (r.run.inapplicableMutations.length > 0) lines.push('', `not applicable to any scenario: ${r.run.inapplicableMutations.join(', ')}`)
  if (r.evasions.length > 0) {
    lines.push('', `first ${r.evasions.length} evasions (payload scrubbed):`)
    for (const e of r.evasions) lines.push(`  ${e.variant}  ${e.excerpt.slice(0, 110)}`)
  }
  return `${lines.join('\n')}\n`
}
