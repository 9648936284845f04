import { evidenceOf } from '../../evidence.js'
import type { Segment, Signal } from '../../types.js'
import { contextFactor, sqlView } from './sql-text.js'

/** A payload found by one SQL policy, before the educational-context discount. */
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
  private best: (SqlHit & { readonly factor: number }) | undefined

  add (hit: SqlHit): void {
    if (hit.risk <= 0) return
    const factor = contextFactor(sqlView(hit.seg))
    if (this.best === undefined || hit.risk * factor > this.best.risk * this.best.factor) this.best = { ...hit, factor }
  }

  signals (): Signal[] {
    const b = this.best
    if (b === undefined) return []
    const risk = Math.round(b.risk * b.factor * 100) / 100
    const reason = b.factor < 1 ? `${b.reason} (in an educational context)` : b.reason
    return [{ risk, reason, evidence: evidenceOf(b.seg, b.start, b.end) }]
  }
}
