import type { Contribution, Decision, SessionView } from './types.js'

export interface Thresholds {
  /** Score at or above which the request is blocked. */
  readonly block: number
  /** Score at or above which the request is forwarded but flagged. */
  readonly flag: number
}

export interface SessionMultiplier {
  readonly value: number
  readonly reason: string | null
}

export interface ScoreExplanation {
  readonly score: number
  readonly baseScore: number
  readonly sessionMultiplier: number
  readonly sessionReason: string | null
  readonly decision: Decision
  /** Per policy, the strongest contribution (what the score used), strongest first. */
  readonly contributions: readonly Contribution[]
}

/**
 * Combines contributions into 0..100.
 *
 * Each policy counts once, with its strongest contribution: five e-mail addresses are
 * one PII finding, not five. Policies then combine as independent evidence
 * (noisy-OR): score = 100 × (1 − Π(1 − cᵢ/100)). Two 60s give 84, not 120; a single
 * 100 is 100; adding a signal can only raise the score. The session multiplier then
 * scales the part of the score that is new in this turn, capped at 100.
 *
 * A contribution is *carried* when its evidence lies in an earlier turn that the client
 * resent with its history (see `carried` below). It was judged when it was new, and the
 * judgement was recorded: scaling it again by the multiplier that judgement produced
 * would let one flagged message escalate itself into a block on every later turn of an
 * honest conversation. So: fresh = noisy-OR of the fresh contributions, carried = that of
 * the carried ones, and score = 100 × (1 − (1 − carried/100) × (1 − min(100, fresh × m)/100)).
 * With no carried contribution this is min(100, base × m); with a multiplier of 1 it is
 * the base. Carried findings still compound with each other: whether an earlier message
 * is really what the session judged is not verified (the session keeps no digest of it),
 * so history rewritten to spread an attack over several old messages is scored in full
 * and gains only the boost.
 *
 * Worked example: contributions 60 and 50 → 100 × (1 − 0.4 × 0.5) = 80; with a
 * session multiplier of 1.2 → 96. If the 60 was carried: fresh 50 × 1.2 = 60, and
 * 100 × (1 − 0.4 × 0.4) = 84.
 */
export function combine (all: readonly Contribution[], multiplier: SessionMultiplier, thresholds: Thresholds, carried: (c: Contribution) => boolean = NOTHING_CARRIED): ScoreExplanation {
  // A policy that fired in old and new text counts once, with the contribution that
  // weighs more once the multiplier has scaled the fresh ones (a tie goes to the fresh).
  const weighs = (c: Contribution): number => carried(c) ? c.contribution : c.contribution * multiplier.value
  const strongest = new Map<string, Contribution>()
  for (const c of all) {
    const prev = strongest.get(c.policyId)
    if (prev === undefined || weighs(c) > weighs(prev) || (weighs(c) === weighs(prev) && carried(prev) && !carried(c))) strongest.set(c.policyId, c)
  }
  const used = [...strongest.values()].sort(byContributionThenId)
  const baseScore = noisyOr(used)
  const fresh = Math.min(100, noisyOr(used.filter(c => !carried(c))) * multiplier.value)
  const old = noisyOr(used.filter(carried))
  const score = baseScore === 0 ? 0 : round2(100 * (1 - (1 - old / 100) * (1 - fresh / 100)))
  return {
    score,
    baseScore,
    sessionMultiplier: multiplier.value,
    sessionReason: multiplier.value === 1 ? null : multiplier.reason,
    decision: decide(score, thresholds),
    contributions: used,
  }
}

const NOTHING_CARRIED = (): boolean => false

/** 100 × (1 − Π(1 − cᵢ/100)) over contributions already reduced to one per policy. */
function noisyOr (cs: readonly Contribution[]): number {
  let remaining = 1
  for (const c of cs) remaining *= 1 - clamp(c.contribution) / 100
  return round2(100 * (1 - remaining))
}

export function decide (score: number, t: Thresholds): Decision {
  if (score >= t.block) return 'block'
  if (score >= t.flag) return 'flag'
  return 'allow'
}

/**
 * A session whose recent turns were flagged or blocked gets its new findings scaled up:
 * an attacker who was stopped once and keeps probing should not get a fresh start each
 * turn. Decays with distance in turns, so an old incident stops counting.
 */
export function sessionMultiplierOf (session: SessionView, maxBoost: number, decayTurns: number): SessionMultiplier {
  if (session.recent.length === 0 || maxBoost <= 0) return { value: 1, reason: null }
  const last = session.totalActions
  let pressure = 0
  let incidents = 0
  for (const a of session.recent) {
    if (a.decision === 'allow') continue
    const age = last - a.turn
    if (age >= decayTurns) continue
    const strength = a.decision === 'block' ? 1 : 0.5
    pressure = Math.max(pressure, strength * (1 - age / decayTurns))
    incidents++
  }
  if (pressure === 0) return { value: 1, reason: null }
  const value = round2(1 + maxBoost * pressure)
  return { value, reason: `${incidents} flagged or blocked turn(s) in the last ${decayTurns} turns of this session` }
}

export function clamp (risk: number): number {
  return risk < 0 ? 0 : risk > 100 ? 100 : risk
}

export function round2 (n: number): number {
  return Math.round(n * 100) / 100
}

function byContributionThenId (a: Contribution, b: Contribution): number {
  return b.contribution - a.contribution || (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0)
}
