import { evidenceOf } from '../../evidence.js'
import { marksOf } from '../../normalize/index.js'
import type { Evidence, NormalizationFinding, NormalizedInput, Segment } from '../../types.js'

// Shared by the encoding policies: normalizer findings grouped per message, evidence
// located from the normalizer's marks, and the noisy-OR used to combine components.

/** Findings of the given kinds, grouped by message index, in message order. */
export function findingsByMessage (input: NormalizedInput, kinds: ReadonlySet<NormalizationFinding['kind']>): Map<number, NormalizationFinding[]> {
  const out = new Map<number, NormalizationFinding[]>()
  for (const f of input.findings) {
    if (!kinds.has(f.kind)) continue
    let list = out.get(f.messageIndex)
    if (list === undefined) out.set(f.messageIndex, list = [])
    list.push(f)
  }
  return out
}

/** Total count of findings of one kind and detail. */
export function countOf (findings: readonly NormalizationFinding[], kind: NormalizationFinding['kind'], detail: string): number {
  let n = 0
  for (const f of findings) if (f.kind === kind && f.detail === detail) n += f.count
  return n
}

export function plainSegment (input: NormalizedInput, messageIndex: number): Segment | undefined {
  for (const s of input.segments) if (s.layer === 'plain' && s.messageIndex === messageIndex) return s
  return undefined
}

/** Where a removed hidden character of this kind and detail was, in the first segment of the message that recorded one. */
export function hiddenEvidence (input: NormalizedInput, messageIndex: number, kind: NormalizationFinding['kind'], detail: string): Evidence | null {
  for (const seg of input.segments) {
    if (seg.messageIndex !== messageIndex) continue
    const mark = marksOf(seg)?.hidden.find(m => m.kind === kind && m.detail === detail)
    if (mark !== undefined) return evidenceOf(seg, mark.at, mark.at)
  }
  const seg = plainSegment(input, messageIndex)
  return seg === undefined ? null : evidenceOf(seg, 0, 0)
}

/** The first folded word of this detail in the message. */
export function confusableEvidence (input: NormalizedInput, messageIndex: number, detail: string): Evidence | null {
  for (const seg of input.segments) {
    if (seg.messageIndex !== messageIndex) continue
    const mark = marksOf(seg)?.confusables.find(m => m.detail === detail)
    if (mark !== undefined) return evidenceOf(seg, mark.start, mark.end)
  }
  const seg = plainSegment(input, messageIndex)
  return seg === undefined ? null : evidenceOf(seg, 0, 0)
}

/** Independent components combined as 100 × (1 − Π(1 − rᵢ/100)): two 50s give 75. */
export function noisyOr (risks: readonly number[]): number {
  let remaining = 1
  for (const r of risks) remaining *= 1 - Math.min(100, Math.max(0, r)) / 100
  return Math.round(100 * (1 - remaining) * 100) / 100
}

export interface Component {
  readonly risk: number
  readonly what: string
  readonly evidence: () => Evidence | null
}

/** The strongest component names the signal; the others are listed after it. */
export function describe (components: readonly Component[]): { readonly top: Component, readonly reason: string } | null {
  const live = components.filter(c => c.risk > 0).sort((a, b) => b.risk - a.risk)
  const top = live[0]
  if (top === undefined) return null
  const rest = live.slice(1).map(c => c.what)
  return { top, reason: rest.length === 0 ? top.what : `${top.what}; also ${rest.join(', ')}` }
}
