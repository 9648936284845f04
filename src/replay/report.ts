import { latencyFigures, requestLatencies, slowestScenarios, type LatencyFigures, type SlowScenario } from './latency.js'
import type { LongSessionSummary } from './long-sessions.js'
import { computeFigures, firstExpectedStep, outcomeOf, type Figures, type GroupFigures, type Outcome } from './metrics.js'
import type { ThresholdVerdict } from './thresholds.js'
import type { RequestOutcome, ScenarioResult, SendMode } from './types.js'

// The report: one object holding every figure (written by --json) and a human table
// rendered from it. Everything is ordered by id or by a count with id as tie-breaker,
// so two runs over the same corpus differ only in timing fields.

export interface RunInfo {
  readonly traffic: 'scenarios' | 'mixed' | 'long-sessions'
  readonly mode: SendMode
  readonly target: string
  readonly concurrency: number
  readonly inputs: readonly string[]
  readonly files: readonly string[]
  readonly durationMs: number
}

export interface MixedInfo {
  readonly seed: number
  readonly sessions: number
  readonly requestsPlanned: number
  readonly requests: number
  readonly attackRequests: number
  readonly attackShare: number | null
  readonly plays: number
  readonly distinctScenarios: number
  readonly inconsistent: readonly string[]
}

interface ScenarioLine {
  readonly id: string
  readonly label: string
  readonly family: string
  readonly subcategory: string | null
  readonly expectBlocked: boolean
  readonly outcome: Outcome
  readonly firstExpectedStep: number | null
  readonly blockedSteps: readonly number[]
  readonly requests: readonly Omit<RequestOutcome, 'blocked'>[]
}

export interface ReplayReport {
  readonly run: RunInfo
  readonly mixed: MixedInfo | null
  /** --long-sessions: what was built and what was blocked or flagged; null otherwise. */
  readonly longSessions: LongSessionSummary | null
  readonly figures: Figures
  readonly latency: LatencyFigures & { readonly throughputRps: number | null }
  readonly slowest: readonly SlowScenario[]
  readonly thresholds: ThresholdVerdict | null
  readonly warnings: readonly string[]
  /** Per scenario, sorted by id; left out for mixed traffic and long sessions (longSessions.lines lists those blocked or flagged). */
  readonly scenarios: readonly ScenarioLine[] | null
}

export interface ReportInput {
  readonly run: RunInfo
  readonly mixed: MixedInfo | null
  readonly longSessions?: LongSessionSummary | null
  readonly results: readonly ScenarioResult[]
  readonly thresholds: ThresholdVerdict | null
  readonly warnings: readonly string[]
  readonly slowestCount: number
}

export function buildReport (input: ReportInput, figures: Figures = computeFigures(input.results)): ReplayReport {
  const latency = latencyFigures(requestLatencies(input.results))
  const seconds = input.run.durationMs / 1000
  return {
    run: input.run,
    mixed: input.mixed,
    longSessions: input.longSessions ?? null,
    figures,
    latency: { ...latency, throughputRps: seconds > 0 ? Math.round(latency.requests / seconds * 10) / 10 : null },
    slowest: slowestScenarios(input.results, input.slowestCount),
    thresholds: input.thresholds,
    warnings: input.warnings,
    scenarios: input.run.traffic === 'scenarios' ? scenarioLines(input.results) : null,
  }
}

function scenarioLines (results: readonly ScenarioResult[]): ScenarioLine[] {
  return [...results].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(r => ({
    id: r.id,
    label: r.scenario.label,
    family: r.scenario.family,
    subcategory: r.scenario.subcategory,
    expectBlocked: r.scenario.expectBlocked,
    outcome: outcomeOf(r),
    firstExpectedStep: firstExpectedStep(r),
    blockedSteps: r.requests.filter(q => q.blocked).map(q => q.step),
    requests: r.requests.map(({ blocked: _b, ...rest }) => ({ ...rest, latencyMs: Math.round(rest.latencyMs * 1000) / 1000 })),
  }))
}

const LIST_LIMIT = 200

function pushLongSessions (out: string[], l: LongSessionSummary): void {
  const b = l.fillerBytes
  out.push(`long sessions: seed ${l.seed}, filler ${b.boundMin}-${b.boundMax} bytes per session (drawn: min ${b.min}, mean ${b.mean}, max ${b.max})`)
  out.push(`  blocked ${l.blocked} of ${l.sessions - l.errored} (FPR ${pct(l.fpr)}; first block at a filler turn ${l.blockedAt.filler}, at the scenario's own turn ${l.blockedAt.scenario}), flagged and not blocked ${l.flagged}, errors ${l.errored}`)
  out.push(`  first blocked at a filler request its own scenario's assistant refused: ${l.blockedAt.refusedFiller} (FPR without them ${pct(l.fprBesidesRefused)})`)
  const w = Math.max(12, ...l.byFamily.map(g => g.family.length)) + 2
  out.push(`  ${'family'.padEnd(w)}${'sessions'.padStart(9)}${'blocked'.padStart(9)}${'flagged'.padStart(9)}${'FPR'.padStart(8)}`)
  for (const g of l.byFamily) out.push(`  ${g.family.padEnd(w)}${String(g.sessions).padStart(9)}${String(g.blocked).padStart(9)}${String(g.flagged).padStart(9)}${pct(g.fpr).padStart(8)}`)
  const lines = l.lines.filter(x => x.outcome === 'blocked')
  if (lines.length > 0) {
    out.push('', `blocked long sessions: ${lines.length} (first blocked step: where its text comes from, policies)`)
    for (const x of lines.slice(0, LIST_LIMIT)) out.push(`  ${x.id}  step ${x.first.step}: ${x.first.origin.part} ${x.first.origin.from}#${x.first.origin.step}  ${x.first.policies.join(', ')}`)
    if (lines.length > LIST_LIMIT) out.push(`  … and ${lines.length - LIST_LIMIT} more (see --json)`)
  }
  out.push('')
}

export function renderTable (r: ReplayReport): string {
  const out: string[] = []
  const f = r.figures
  const what = r.run.traffic === 'mixed'
    ? `${r.mixed?.plays ?? 0} plays of ${r.mixed?.distinctScenarios ?? 0} scenarios`
    : r.run.traffic === 'long-sessions' ? `${f.overall.scenarios} long benign sessions of ${r.longSessions?.distinctScenarios ?? 0} scenarios` : `${f.overall.scenarios} scenarios`
  out.push(`InferShield replay: ${what}, ${f.requests.total} requests, mode ${r.run.mode}, target ${r.run.target}`)
  if (r.mixed !== null) {
    out.push(`mixed traffic: seed ${r.mixed.seed}, ${r.mixed.sessions} concurrent sessions, ${r.mixed.attackRequests}/${r.mixed.requests} attack requests (${pct(r.mixed.attackShare)})`)
  }
  if (r.longSessions !== null) pushLongSessions(out, r.longSessions)
  const w = Math.min(KEY_WIDTH_MAX, Math.max(12, ...[...f.byFamily, ...f.bySubcategory].map(g => g.key.length))) + 2
  out.push('', groupHeader(w), groupRow(f.overall, w), stageLine(f.overall), '')
  for (const g of f.byLabel) out.push(groupRow(g, w))
  out.push('')
  for (const g of f.byFamily) out.push(groupRow(g, w))
  if (f.bySubcategory.length > 0) {
    out.push('')
    for (const g of f.bySubcategory) out.push(groupRow(g, w))
  }
  out.push('', `requests: ${f.requests.allowed} allowed, ${f.requests.flagged} flagged, ${f.requests.blocked} blocked, ${f.requests.errors} errors`)
  const l = r.latency
  out.push(`latency per request (ms): p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  p99 ${ms(l.p99)}  max ${ms(l.max)}  mean ${ms(l.mean)}  throughput ${l.throughputRps ?? 'n/a'} req/s  wall ${(r.run.durationMs / 1000).toFixed(1)} s`)
  if (f.policies.length > 0) {
    out.push('', 'policy hits (blocked requests naming the policy; scenarios: attack / benign)')
    const w = Math.max(...f.policies.map(p => p.id.length))
    for (const p of f.policies) out.push(`  ${p.id.padEnd(w)}  ${String(p.requests).padStart(6)}  ${String(p.attackScenarios).padStart(5)} / ${p.benignScenarios}`)
  }
  if (r.slowest.length > 0) {
    out.push('', 'slowest scenarios (total ms over their requests)')
    for (const s of r.slowest) out.push(`  ${s.id}  ${s.totalMs.toFixed(1)} ms  (${s.requests} req)`)
  }
  pushList(out, 'missed attacks (FN)', f.missed)
  pushList(out, 'attacks blocked only by output scanning of the answer (in TP and recall, not in reqRec)', f.responseOnly)
  if (r.longSessions === null) pushList(out, 'false positives (FP)', f.falsePositives)
  pushList(out, 'attacks blocked before their expected step', f.blockedEarly)
  pushList(out, 'errors (left out of the figures)', f.errored.map(e => `${e.id} (${e.error})`))
  if (r.mixed !== null) pushList(out, 'scenarios whose plays ended differently', r.mixed.inconsistent)
  if (r.warnings.length > 0) pushList(out, 'corpus warnings', r.warnings)
  if (r.thresholds !== null) {
    out.push('', `thresholds: ${r.thresholds.passed ? 'PASSED' : 'FAILED'}`)
    for (const x of r.thresholds.failures) out.push(`  - ${x}`)
  }
  return `${out.join('\n')}\n`
}

// ansTP: attacks only output scanning of the answer blocked (part of TP); reqRec: recall
// of the request stage alone. recall, prec, F1 and FPR count a block at either stage.
const COUNT_COLS = ['n', 'TP', 'ansTP', 'FN', 'TN', 'FP', 'err'] as const
const RATE_COLS = ['prec', 'recall', 'reqRec', 'F1', 'FPR'] as const
const KEY_WIDTH_MAX = 72

function groupHeader (w: number): string {
  return `${'group'.padEnd(w)}${COUNT_COLS.map(c => c.padStart(6)).join('')}${RATE_COLS.map(c => c.padStart(8)).join('')}`
}

/** The overall split by stage, spelled out once under the table. */
function stageLine (g: GroupFigures): string {
  const detected = `attacks detected: ${g.tp} of ${g.attacks} (recall ${rate(g.recall)}), ${g.tpRequest} at the request stage (request-stage recall ${rate(g.requestRecall)}), ${g.tpResponseOnly} only by output scanning of the answer`
  return `${detected}; false positives: ${g.fp}, ${g.fpResponseOnly} of them only at the answer stage`
}

function rate (v: number | null): string {
  return v === null ? 'n/a' : v.toFixed(3)
}

function groupRow (g: GroupFigures, w: number): string {
  const counts = [g.scenarios, g.tp, g.tpResponseOnly, g.fn, g.tn, g.fp, g.errored].map(n => String(n).padStart(6))
  const rates = [g.precision, g.recall, g.requestRecall, g.f1, g.fpr].map(v => (v === null ? '-' : v.toFixed(3)).padStart(8))
  const key = g.key.length > w - 2 ? `${g.key.slice(0, w - 3)}…` : g.key
  return `${key.padEnd(w)}${counts.join('')}${rates.join('')}`
}

function pushList (out: string[], title: string, items: readonly string[]): void {
  if (items.length === 0) return
  out.push('', `${title}: ${items.length}`)
  for (const x of items.slice(0, LIST_LIMIT)) out.push(`  ${x}`)
  if (items.length > LIST_LIMIT) out.push(`  … and ${items.length - LIST_LIMIT} more (see --json)`)
}

function ms (v: number | null): string {
  return v === null ? 'n/a' : v.toFixed(2)
}

function pct (v: number | null): string {
  return v === null ? 'n/a' : `${(v * 100).toFixed(1)}%`
}
