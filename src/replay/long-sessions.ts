import { answerFactsOf } from '../detection/policies/session/answer-facts.js'
import { compareIds, CorpusError } from './load-corpus.js'
import { outcomeOf } from './metrics.js'
import { createRng, pickIndex, type Rng } from './prng.js'
import type { ReplayScenario, ReplayStep, ScenarioResult } from './types.js'

// Long benign sessions: each is one benign corpus scenario behind a stretch of unrelated,
// benign conversation (user turns and the assistant answers that followed them, taken
// from other benign scenarios). A real user's session is rarely one topic; a policy that
// reads across turns must not add up honest turns on different subjects into an attack.
// Every session is benign, so the figure is a false-positive rate: how often a long,
// honest, multi-topic conversation gets blocked.

export interface LongSessionOptions {
  readonly sessions: number
  readonly seed: number
  /** Filler size bounds, in UTF-8 bytes of the filler turns' text. */
  readonly minFillerBytes: number
  readonly maxFillerBytes: number
}

export const DEFAULT_FILLER_BYTES = { min: 1024, max: 8192 } as const

/** A user turn and the assistant answer that followed it in a benign scenario. */
export interface Exchange {
  /** The scenario it comes from and the step number of its user turn there. */
  readonly from: string
  readonly step: number
  readonly user: string
  readonly assistant: string
  readonly bytes: number
  /**
   * The answer declines (as session analysis reads a refusal): the user turn asked for
   * something the scenario's own assistant would not give, such as a hard negative that
   * opens with a refused request and moves on. A block at such a turn can be right.
   */
  readonly refused: boolean
}

export interface LongSession {
  readonly index: number
  /** The benign scenario played after the filler; its family is the session's family. */
  readonly source: ReplayScenario
  readonly filler: readonly Exchange[]
  readonly fillerBytes: number
  /** Steps of the scenario's leading system prompt(s), kept first as an application sends them. */
  readonly leadingSystem: number
  /**
   * What is sent: the scenario's leading system steps, the filler exchanges, then the rest
   * of the scenario's steps unchanged; numbered 1..n in that order.
   */
  readonly scenario: ReplayScenario
}

/** Where a session's step came from: a filler exchange, or the scenario's own step. */
export interface StepOrigin {
  readonly part: 'filler' | 'scenario'
  /** The scenario id the text comes from. */
  readonly from: string
  /** The step number in that scenario. */
  readonly step: number
}

/**
 * The filler pool: every user step followed directly by an assistant step, in benign
 * scenarios only, sorted by scenario id and step. An exchange that could not fit in a
 * session whose filler is still under the minimum (over max − min bytes) is left out, so
 * every session's filler lands within the bounds.
 */
export function fillerPool (scenarios: readonly ReplayScenario[], opts: Pick<LongSessionOptions, 'minFillerBytes' | 'maxFillerBytes'>): Exchange[] {
  const out: Exchange[] = []
  const cap = opts.maxFillerBytes - opts.minFillerBytes
  for (const s of [...scenarios].sort((a, b) => compareIds(a.id, b.id))) {
    if (s.label !== 'benign' || s.body.kind !== 'steps') continue
    const steps = s.body.steps
    for (let i = 0; i + 1 < steps.length; i++) {
      const u = steps[i] as ReplayStep
      const a = steps[i + 1] as ReplayStep
      if (u.role !== 'user' || a.role !== 'assistant') continue
      const bytes = Buffer.byteLength(u.content, 'utf8') + Buffer.byteLength(a.content, 'utf8')
      if (bytes <= cap) out.push({ from: s.id, step: u.step, user: u.content, assistant: a.content, bytes, refused: answerFactsOf(a.content).includes('refused') })
    }
  }
  return out
}

/**
 * Deterministic for a seed and corpus, whatever the input order. Session k plays a benign
 * scenario drawn with replacement, behind filler drawn for a size picked uniformly in
 * [minFillerBytes, maxFillerBytes]: exchanges are drawn (never from the played scenario)
 * until the size is reached, skipping those that would go over the maximum.
 */
export function planLongSessions (scenarios: readonly ReplayScenario[], opts: LongSessionOptions): LongSession[] {
  if (!(opts.minFillerBytes >= 0 && opts.minFillerBytes <= opts.maxFillerBytes)) throw new RangeError('filler bounds: 0 <= min <= max')
  const benign = [...scenarios].sort((a, b) => compareIds(a.id, b.id)).filter(s => s.label === 'benign' && s.body.kind === 'steps')
  const pool = fillerPool(benign, opts)
  if (benign.length === 0) throw new CorpusError(['long sessions: no benign corpus scenario to play'])
  if (pool.length === 0 && opts.minFillerBytes > 0) throw new CorpusError(['long sessions: the benign scenarios have no user/assistant exchange to use as filler'])
  const rng = createRng(opts.seed)
  const out: LongSession[] = []
  for (let index = 0; index < opts.sessions; index++) {
    const source = benign[pickIndex(rng, benign.length)] as ReplayScenario
    const target = opts.minFillerBytes + pickIndex(rng, opts.maxFillerBytes - opts.minFillerBytes + 1)
    const filler = drawFiller(rng, pool, source.id, target, opts.maxFillerBytes)
    out.push(assemble(index, source, filler))
  }
  return out
}

function drawFiller (rng: Rng, pool: readonly Exchange[], exclude: string, target: number, max: number): Exchange[] {
  const out: Exchange[] = []
  let bytes = 0
  while (bytes < target) {
    let pick: Exchange | undefined
    // A few blind draws first; only near the maximum is the pool filtered to what fits.
    for (let tries = 0; tries < 8 && pick === undefined; tries++) {
      const e = pool[pickIndex(rng, pool.length)] as Exchange
      if (e.from !== exclude && bytes + e.bytes <= max) pick = e
    }
    if (pick === undefined) {
      const fits = pool.filter(e => e.from !== exclude && bytes + e.bytes <= max)
      if (fits.length === 0) break
      pick = fits[pickIndex(rng, fits.length)] as Exchange
    }
    out.push(pick)
    bytes += pick.bytes
  }
  return out
}

function assemble (index: number, source: ReplayScenario, filler: readonly Exchange[]): LongSession {
  const own = source.body.kind === 'steps' ? source.body.steps : []
  let leadingSystem = 0
  while (own[leadingSystem]?.role === 'system') leadingSystem++
  const texts: Omit<ReplayStep, 'step'>[] = [
    ...own.slice(0, leadingSystem),
    ...filler.flatMap(e => [
      { role: 'user' as const, content: e.user, expectedDetection: false },
      { role: 'assistant' as const, content: e.assistant, expectedDetection: false },
    ]),
    ...own.slice(leadingSystem),
  ]
  const steps = texts.map((s, i) => ({ role: s.role, content: s.content, expectedDetection: s.expectedDetection, step: i + 1 }))
  return {
    index,
    source,
    filler,
    fillerBytes: filler.reduce((n, e) => n + e.bytes, 0),
    leadingSystem,
    scenario: { ...source, id: longSessionId(source.id, index), body: { kind: 'steps', steps } },
  }
}

/** Zero-padded so that sorting by id keeps a scenario's sessions in draw order. */
export function longSessionId (scenarioId: string, index: number): string {
  return `${scenarioId}@long${String(index).padStart(6, '0')}`
}

/** The filler exchange the session's step `step` (1-based) belongs to, and whether that step is its answer; undefined for the scenario's own steps. */
function fillerAt (s: LongSession, step: number): { readonly exchange: Exchange, readonly answer: boolean } | undefined {
  const k = step - 1 - s.leadingSystem
  const exchange = k >= 0 ? s.filler[Math.floor(k / 2)] : undefined
  return exchange === undefined ? undefined : { exchange, answer: k % 2 === 1 }
}

/** The origin of the session's step `step` (1-based). */
export function stepOrigin (s: LongSession, step: number): StepOrigin {
  const f = fillerAt(s, step)
  if (f !== undefined) return { part: 'filler', from: f.exchange.from, step: f.exchange.step + (f.answer ? 1 : 0) }
  return { part: 'scenario', from: s.source.id, step: step <= s.leadingSystem ? step : step - 2 * s.filler.length }
}

export interface LongSessionLine {
  readonly id: string
  readonly scenario: string
  readonly family: string
  readonly fillerBytes: number
  /** Filler exchanges in order, as 'scenario#step' of their user turn. */
  readonly filler: readonly string[]
  readonly outcome: 'blocked' | 'flagged'
  /** The first blocked (or, for a flagged session, flagged) request. */
  readonly first: { readonly step: number, readonly origin: StepOrigin, readonly policies: readonly string[] }
}

export interface LongSessionFamily {
  readonly family: string
  readonly sessions: number
  readonly blocked: number
  readonly flagged: number
  readonly fpr: number | null
}

export interface LongSessionSummary {
  readonly seed: number
  readonly sessions: number
  readonly distinctScenarios: number
  readonly fillerBytes: { readonly min: number, readonly max: number, readonly mean: number, readonly boundMin: number, readonly boundMax: number }
  readonly blocked: number
  /** Sessions with a flagged request and no blocked one. */
  readonly flagged: number
  readonly errored: number
  readonly fpr: number | null
  /**
   * Blocked sessions by where their first block came: at a filler turn, or at the
   * scenario's own; `refusedFiller` counts those of `filler` at a user turn whose answer in
   * its own scenario was a refusal (a request the model declines; blocking it can be right).
   */
  readonly blockedAt: { readonly filler: number, readonly scenario: number, readonly refusedFiller: number }
  /** The FPR without the sessions of `blockedAt.refusedFiller`. */
  readonly fprBesidesRefused: number | null
  readonly byFamily: readonly LongSessionFamily[]
  /** Blocked and flagged sessions, sorted by id. */
  readonly lines: readonly LongSessionLine[]
}

export function summarizeLongSessions (plan: readonly LongSession[], results: readonly ScenarioResult[], opts: LongSessionOptions): LongSessionSummary {
  const byId = new Map(plan.map(s => [s.scenario.id, s]))
  const lines: LongSessionLine[] = []
  const fam = new Map<string, { sessions: number, blocked: number, flagged: number, errored: number }>()
  let blocked = 0
  let flagged = 0
  let errored = 0
  const blockedAt = { filler: 0, scenario: 0, refusedFiller: 0 }
  for (const r of [...results].sort((a, b) => compareIds(a.id, b.id))) {
    const s = byId.get(r.id)
    if (s === undefined) continue
    const f = fam.get(s.source.family) ?? { sessions: 0, blocked: 0, flagged: 0, errored: 0 }
    f.sessions++
    fam.set(s.source.family, f)
    const o = outcomeOf(r)
    const firstBlocked = r.requests.find(q => q.blocked)
    const firstFlagged = r.requests.find(q => !q.blocked && q.error === null && q.decision === 'flag')
    const first = firstBlocked ?? (o === 'error' ? undefined : firstFlagged)
    if (o === 'error') {
      errored++
      f.errored++
    } else if (firstBlocked !== undefined) {
      blocked++
      f.blocked++
      const origin = stepOrigin(s, firstBlocked.step)
      blockedAt[origin.part]++
      if (fillerAt(s, firstBlocked.step)?.exchange.refused === true) blockedAt.refusedFiller++
    } else if (firstFlagged !== undefined) {
      flagged++
      f.flagged++
    }
    if (first !== undefined) {
      lines.push({
        id: r.id,
        scenario: s.source.id,
        family: s.source.family,
        fillerBytes: s.fillerBytes,
        filler: s.filler.map(e => `${e.from}#${e.step}`),
        outcome: firstBlocked !== undefined ? 'blocked' : 'flagged',
        first: { step: first.step, origin: stepOrigin(s, first.step), policies: first.policies },
      })
    }
  }
  const sizes = plan.map(s => s.fillerBytes)
  const counted = (n: { sessions: number, errored: number }): number => n.sessions - n.errored
  return {
    seed: opts.seed,
    sessions: plan.length,
    distinctScenarios: new Set(plan.map(s => s.source.id)).size,
    fillerBytes: {
      min: sizes.length === 0 ? 0 : Math.min(...sizes),
      max: sizes.length === 0 ? 0 : Math.max(...sizes),
      mean: sizes.length === 0 ? 0 : Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length),
      boundMin: opts.minFillerBytes,
      boundMax: opts.maxFillerBytes,
    },
    blocked,
    flagged,
    errored,
    fpr: plan.length - errored === 0 ? null : blocked / (plan.length - errored),
    fprBesidesRefused: plan.length - errored - blockedAt.refusedFiller === 0 ? null : (blocked - blockedAt.refusedFiller) / (plan.length - errored - blockedAt.refusedFiller),
    blockedAt,
    byFamily: [...fam.entries()].sort(([a], [b]) => compareIds(a, b)).map(([family, n]) => ({
      family,
      sessions: n.sessions,
      blocked: n.blocked,
      flagged: n.flagged,
      fpr: counted(n) === 0 ? null : n.blocked / counted(n),
    })),
    lines,
  }
}
