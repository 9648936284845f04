import { forEachLimit } from './for-each-limit.js'
import { compareIds } from './load-corpus.js'
import { outcomeOf } from './metrics.js'
import { planRequests } from './plan-requests.js'
import { createRng, pickIndex } from './prng.js'
import { runPlanned, sessionIdOf, type ReplayClient } from './send.js'
import type { PlannedRequest, ReplayScenario, ScenarioResult, SendMode } from './types.js'

// Mixed traffic: scenarios drawn with replacement from the corpus into "plays" (one play
// = one scenario in its own fresh session) until a request budget is spent, with attacks
// making up a target share of the requests, and run over many concurrent sessions so
// attack turns interleave with benign ones at the gateway. Measures detection and
// latency under load rather than one scenario at a time.

export interface MixedOptions {
  readonly requests: number
  readonly sessions: number
  /** Share of requests (not of plays) that belong to attack scenarios, 0..1. */
  readonly attackRatio: number
  readonly seed: number
}

export interface Play {
  readonly index: number
  readonly scenario: ReplayScenario
  readonly planned: readonly PlannedRequest[]
}

export interface MixedPlan {
  readonly plays: readonly Play[]
  readonly requests: number
  readonly attackRequests: number
}

interface Candidate {
  readonly scenario: ReplayScenario
  readonly planned: readonly PlannedRequest[]
}

/**
 * Deterministic for a given seed, corpus and mode. Each play is an attack with
 * probability p chosen so that attacks' expected share of *requests* is the target even
 * though attack and benign scenarios differ in length:
 *   p = r·Lb / (r·Lb + (1−r)·La), with La, Lb the mean requests per scenario.
 * Near the end only scenarios that fit the remaining budget are drawn, so the total is
 * exactly the budget whenever a one-request scenario exists.
 */
export function planMixed (scenarios: readonly ReplayScenario[], mode: SendMode, opts: MixedOptions): MixedPlan {
  const ordered = [...scenarios].sort((a, b) => compareIds(a.id, b.id))
  const all = ordered.map(s => ({ scenario: s, planned: planRequests(s, mode) })).filter(c => c.planned.length > 0)
  const attacks = all.filter(c => c.scenario.label === 'attack')
  const benign = all.filter(c => c.scenario.label === 'benign')
  const p = attackProbability(attacks, benign, opts.attackRatio)
  const rng = createRng(opts.seed)
  const plays: Play[] = []
  let requests = 0
  let attackRequests = 0
  while (requests < opts.requests) {
    const remaining = opts.requests - requests
    const preferAttack = rng() < p
    const first = fitting(preferAttack ? attacks : benign, remaining)
    const pool = first.length > 0 ? first : fitting(preferAttack ? benign : attacks, remaining)
    if (pool.length === 0) break
    const c = pool[pickIndex(rng, pool.length)] as Candidate
    plays.push({ index: plays.length, scenario: c.scenario, planned: c.planned })
    requests += c.planned.length
    if (c.scenario.label === 'attack') attackRequests += c.planned.length
  }
  return { plays, requests, attackRequests }
}

function attackProbability (attacks: readonly Candidate[], benign: readonly Candidate[], ratio: number): number {
  if (attacks.length === 0) return 0
  if (benign.length === 0) return 1
  const la = meanLength(attacks)
  const lb = meanLength(benign)
  const den = ratio * lb + (1 - ratio) * la
  return den === 0 ? 0 : (ratio * lb) / den
}

function meanLength (cs: readonly Candidate[]): number {
  return cs.reduce((a, c) => a + c.planned.length, 0) / cs.length
}

/** Allocation-free in the common case; filters only when the budget is nearly spent. */
function fitting (cs: readonly Candidate[], remaining: number): readonly Candidate[] {
  return cs.every(c => c.planned.length <= remaining) ? cs : cs.filter(c => c.planned.length <= remaining)
}

/** Runs the plan with `sessions` plays in flight; each play's steps stay in order. */
export async function runMixed (client: ReplayClient, plan: MixedPlan, sessions: number, runTag: string): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = new Array(plan.plays.length)
  await forEachLimit(plan.plays, sessions, async (play) => {
    const requests = await runPlanned(client, play.planned, sessionIdOf(runTag, play.index, play.scenario.id))
    results[play.index] = { id: playId(play), scenario: play.scenario, requests }
  })
  return results
}

/** Zero-padded so that sorting by id keeps a scenario's plays in play order. */
export function playId (play: Play): string {
  return `${play.scenario.id}@${String(play.index).padStart(6, '0')}`
}

/**
 * Scenarios whose plays did not all end the same way. Each play has a fresh session, so
 * a difference means detection depended on something other than the conversation
 * (load, timing, state shared across sessions): worth a look even when the rates are good.
 */
export function inconsistentScenarios (results: readonly ScenarioResult[]): string[] {
  const seen = new Map<string, Set<string>>()
  for (const r of results) {
    const o = outcomeOf(r)
    if (o === 'error') continue
    const set = seen.get(r.scenario.id) ?? new Set()
    set.add(o)
    seen.set(r.scenario.id, set)
  }
  return [...seen.entries()].filter(([, s]) => s.size > 1).map(([id]) => id).sort(compareIds)
}
