import { evidenceOf } from '../../evidence.js'
import type { Segment, Signal } from '../../types.js'
import type { NormalizedInput } from '../../types.js'
import { sqlSinkOf } from './sql-sink.js'
import { sqlContext, sqlView, type SqlContext } from './sql-text.js'

/** A payload found by one SQL policy, before the educational or analysis context discount. */
export interface SqlHit {
  readonly seg: Segment
  readonly start: number
  readonly end: number
  readonly risk: number
  readonly reason: string
}

/**
 * Keeps the strongest hit and turns it into the policy's one signal, applying the
 * educational-context factor of the segment it was found in.
 */
export class BestHit {
  private best: (SqlHit & SqlContext) | undefined

  /**
   * @param sinkBoost multiplier for every hit when the operator declared a query template
   *   that user input is pasted into (see sql-sink.ts): the payload then has a target.
   */
  constructor (private readonly sinkBoost: number = 1) {}

  add (hit: SqlHit): void {
    if (hit.risk <= 0) return
    const context = sqlContext(sqlView(hit.seg))
    if (this.best === undefined || hit.risk * context.factor > this.best.risk * this.best.factor) this.best = { ...hit, ...context }
  }

  signals (): Signal[] {
    const b = this.best
    if (b === undefined) return []
    const boosted = b.factor === 1 && this.sinkBoost > 1
    const risk = Math.min(100, Math.round(b.risk * b.factor * (boosted ? this.sinkBoost : 1) * 100) / 100)
    const reason = b.label !== null ? `${b.reason} (${b.label})` : boosted ? `${b.reason}, aimed at the query the system prompt describes` : b.reason
    // Ranked as chosen, before the boost and the cap: a decomposed policy keeps the same hit.
    return [{ risk, reason, evidence: evidenceOf(b.seg, b.start, b.end), rank: b.risk * b.factor }]
  }
}

/** Multiplier of a SQL payload in a request whose system prompt shows a query template fed by user input. */
export const SINK_BOOST = 1.15

/** A BestHit for this request, boosted when the operator declared a query template. */
export function bestHitFor (input: NormalizedInput): BestHit {
  return new BestHit(sqlSinkOf(input).template ? SINK_BOOST : 1)
}

/**
 * How a policy that reports one BestHit decomposes over segments: each segment's best
 * hit, ranked before the boost, then the strongest; the boost is a request-level fact.
 */
export const BEST_HIT_DECOMPOSES = Object.freeze({ limit: () => 1, requestContext: (input: NormalizedInput) => sqlSinkOf(input).template })
