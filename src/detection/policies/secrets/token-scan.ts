import { maskedEvidence } from '../../checks/masked-evidence.js'
import { matchesIn } from '../../checks/scan.js'
import { memoSlot } from '../../segment-memo.js'
import type { Segment, Signal } from '../../types.js'
import { isPlaceholderSecret, looksRandom } from './placeholder.js'

/**
 * A vendor token format. `re` is global; group 1, when present, is the random body after
 * the fixed prefix (where placeholders and entropy are judged). `needles` are lower-case
 * substrings of which one must occur in the segment for the rule to run at all, so the
 * common case (no token anywhere) costs a few `includes` calls.
 */
export interface TokenRule {
  readonly name: string
  readonly re: RegExp
  readonly needles: readonly string[]
  readonly risk: number
  /** Minimum Shannon entropy of the body; 0 to rely on the format alone. */
  readonly minEntropy: number
  /** A sandbox credential (e.g. a Stripe test key): scored with the policy's test-key risk. */
  readonly testMode?: boolean
}

export interface TokenFinding {
  readonly rule: TokenRule
  readonly seg: Segment
  readonly start: number
  readonly end: number
  readonly value: string
  readonly placeholder: boolean
}

/** A finding of one segment, without the segment: kept with the segment, which may be placed at other message indexes. */
type SegmentToken = Omit<TokenFinding, 'seg'>

// Each segment's findings per rule list, kept on the segment: resent history (plain
// segments and joined windows, which normalize/plain-memo.ts hands out again) is not
// scanned again. Without it every request ran every rule's needle test over every
// message of the history (~100 substring searches per message for the service tokens).
const FOUND = memoSlot<Map<readonly TokenRule[], readonly SegmentToken[]>>()

export function scanRules (segments: readonly Segment[], rules: readonly TokenRule[]): TokenFinding[] {
  const out: TokenFinding[] = []
  for (const seg of segments) for (const t of tokensOf(seg, rules)) out.push({ ...t, seg })
  return out
}

function tokensOf (seg: Segment, rules: readonly TokenRule[]): readonly SegmentToken[] {
  let byRules = FOUND.get(seg)
  const hit = byRules?.get(rules)
  if (hit !== undefined) return hit
  const found: SegmentToken[] = []
  for (const rule of rules) {
    if (!rule.needles.some(n => seg.lower.includes(n))) continue
    for (const m of matchesIn(rule.re, seg.text)) {
      const value = m[0]
      const body = m[1] ?? value
      const placeholder = isPlaceholderSecret(value, body) || (rule.minEntropy > 0 && !looksRandom(body, rule.minEntropy))
      found.push({ rule, start: m.index, end: m.index + value.length, value, placeholder })
    }
  }
  if (byRules === undefined) byRules = FOUND.set(seg, new Map())
  byRules.set(rules, found)
  return found
}

/**
 * One signal for the strongest real finding; the reason names every distinct kind found,
 * so an operator sees the whole picture from the one contribution the score keeps.
 */
export function strongestSignal (findings: readonly TokenFinding[], riskOf: (f: TokenFinding) => number = f => f.rule.risk): Signal[] {
  const real = findings.filter(f => !f.placeholder)
  let best: TokenFinding | undefined
  let bestRisk = -1
  for (const f of real) {
    const r = riskOf(f)
    if (r > bestRisk) { best = f; bestRisk = r }
  }
  if (best === undefined) return []
  const kinds = [...new Set(real.map(f => f.rule.name))]
  const others = kinds.filter(k => k !== best.rule.name)
  const reason = others.length === 0 ? best.rule.name : `${best.rule.name}; also ${others.join(', ')}`
  return [{ risk: bestRisk, reason, evidence: maskedEvidence(best.seg, best.start, best.end), actions: ['sensitive_read'] }]
}
