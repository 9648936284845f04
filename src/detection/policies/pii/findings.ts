import { maskedEvidence } from '../../checks/masked-evidence.js'
import { isJoinedView } from '../../checks/segments.js'
import type { ActionKind, Evidence, Role, Segment } from '../../types.js'

/** One identifier found in a segment, after validation. */
export interface PiiFinding {
  readonly seg: Segment
  readonly start: number
  readonly end: number
  /** Canonical form used to count distinct values across segments (digits only, lower-cased, …). */
  readonly key: string
  /** A documentation, test or fictional value: reported at no risk. */
  readonly placeholder: boolean
  /** Policy-specific strength 0..1 (context words, separators); 1 when not graded. */
  readonly strength: number
}

/**
 * Content the model read rather than content the user typed: tool results, documents in
 * system or developer messages, earlier assistant answers. PII there is data in flight,
 * which is what a later "send it somewhere" step would carry away.
 */
export function isReadRole (role: Role): boolean {
  return role !== 'user'
}

const MAX_DIRECT = 512

/**
 * Findings of the joined view of the user turns count only when no single message holds
 * them: a value split across two turns is new evidence, while "a@b.com" + "call me"
 * glued into "a@b.comcall" is an artefact of the junction.
 */
function notJoinArtifact<T extends PiiFinding> (findings: readonly T[]): (f: T) => boolean {
  const direct: string[] = []
  for (const f of findings) {
    if (!isJoinedView(f.seg) && direct.length < MAX_DIRECT) direct.push(f.seg.text.slice(f.start, f.end))
  }
  return f => {
    if (!isJoinedView(f.seg)) return true
    const raw = f.seg.text.slice(f.start, f.end)
    return !direct.some(d => raw.includes(d) || d.includes(raw))
  }
}

/** Distinct real (non-placeholder) values, keeping the strongest finding of each. */
export function distinctReal<T extends PiiFinding> (findings: readonly T[]): T[] {
  const best = new Map<string, T>()
  const keep = notJoinArtifact(findings)
  for (const f of findings) {
    if (!keep(f)) continue
    if (f.placeholder) continue
    const prev = best.get(f.key)
    if (prev === undefined || f.strength > prev.strength) best.set(f.key, f)
  }
  return [...best.values()]
}

/** The finding to show as evidence: strongest, then earliest message, then earliest offset. */
export function representative<T extends PiiFinding> (findings: readonly T[]): T | undefined {
  let pick: T | undefined
  for (const f of findings) {
    if (pick === undefined || f.strength > pick.strength ||
      (f.strength === pick.strength && (f.seg.messageIndex < pick.seg.messageIndex ||
        (f.seg.messageIndex === pick.seg.messageIndex && f.start < pick.start)))) pick = f
  }
  return pick
}

export function evidenceFor (f: PiiFinding): Evidence {
  return maskedEvidence(f.seg, f.start, f.end)
}

export interface BulkCurve {
  /** Risk of one value. */
  readonly single: number
  /** Distinct values from which the finding counts as bulk. */
  readonly bulkThreshold: number
  /** Risk at the bulk threshold. */
  readonly bulkRisk: number
  /** Distinct values at which risk reaches its maximum. */
  readonly saturation: number
  readonly maxRisk: number
}

/**
 * Risk of `n` distinct contact values. One or two are ordinary (people give their own
 * address to a support bot, documents mention a contact); below the bulk threshold the
 * risk climbs gently from `single` towards half of `bulkRisk`, then jumps at the
 * threshold and rises linearly to `maxRisk` at `saturation`.
 * Worked example with defaults (8, 5, 70, 20, 85): 1 → 8, 2 → 17, 4 → 35, 5 → 70, 20+ → 85.
 */
export function bulkRisk (n: number, c: BulkCurve): number {
  if (n <= 0) return 0
  if (n < c.bulkThreshold) {
    const steps = Math.max(1, c.bulkThreshold - 2)
    return c.single + (c.bulkRisk / 2 - c.single) * (n - 1) / steps
  }
  const span = Math.max(1, c.saturation - c.bulkThreshold)
  return Math.min(c.maxRisk, c.bulkRisk + (c.maxRisk - c.bulkRisk) * (n - c.bulkThreshold) / span)
}

/** `sensitive_read` when the data sits in content the model read, or arrives in bulk. */
export function readActions (findings: readonly PiiFinding[], bulk: boolean): readonly ActionKind[] | undefined {
  if (bulk || findings.some(f => isReadRole(f.seg.role))) return ['sensitive_read']
  return undefined
}
