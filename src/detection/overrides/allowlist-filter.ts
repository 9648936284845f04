import type { Contribution, Evidence, Segment } from '../types.js'
import { appliesTo, lowerSameLength, type AllowRule, type Ranges } from './allowlist.js'
import type { AllowlistHit } from './types.js'

export interface Filtered {
  readonly kept: readonly Contribution[]
  readonly hits: readonly AllowlistHit[]
}

/**
 * Drops each finding whose evidence lies wholly inside text an applicable allowlist entry
 * matches, and reports it as a hit. The request is not waved through: every other finding,
 * of the same policy elsewhere or of other policies, still counts.
 *
 * Evidence names its segment by message, layer and decoding chain, which is not always
 * unique (two base64 payloads in one message). When several segments fit, the finding is
 * dropped only if its span is allowlisted in every one of them, so an allowlisted phrase
 * in one payload cannot cover an attack at the same offsets in another.
 *
 * Matches are computed only for segments a finding points at, once per entry, so an
 * allowlist costs nothing on requests without findings.
 */
export function filterAllowlisted (contributions: readonly Contribution[], segments: readonly Segment[], rules: readonly AllowRule[], maxChars: number): Filtered {
  if (rules.length === 0 || contributions.length === 0) return { kept: contributions, hits: [] }
  const cache = new Map<Segment, (Ranges | undefined)[]>()
  const rangesOf = (seg: Segment, ruleIndex: number): Ranges => {
    let perRule = cache.get(seg)
    if (perRule === undefined) cache.set(seg, perRule = new Array<Ranges | undefined>(rules.length))
    let r = perRule[ruleIndex]
    if (r === undefined) {
      const rule = rules[ruleIndex] as AllowRule
      r = perRule[ruleIndex] = rule.find(rule.ignoreCase ? lowerSameLength(seg) : seg.text, maxChars)
    }
    return r
  }
  const kept: Contribution[] = []
  const hits: AllowlistHit[] = []
  for (const c of contributions) {
    const ev = c.evidence
    const rule = ev === null ? null : coveringRule(c, ev, segments, rules, rangesOf)
    if (rule === null || ev === null) kept.push(c)
    else hits.push({ entry: rule.name, scope: rule.scope, policyId: c.policyId, category: c.category, risk: c.risk, contribution: c.contribution, evidence: ev })
  }
  return { kept, hits }
}

function coveringRule (c: Contribution, ev: Evidence, segments: readonly Segment[], rules: readonly AllowRule[], rangesOf: (seg: Segment, i: number) => Ranges): AllowRule | null {
  let candidates: Segment[] | null = null
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as AllowRule
    if (!appliesTo(rule, c.policyId, c.category, ev.role)) continue
    candidates ??= segmentsOf(ev, segments)
    if (candidates.length > 0 && candidates.every(seg => covers(rangesOf(seg, i), ev.start, ev.end))) return rule
  }
  return null
}

function segmentsOf (ev: Evidence, segments: readonly Segment[]): Segment[] {
  return segments.filter(s => s.messageIndex === ev.messageIndex && s.layer === ev.layer && s.text.length >= ev.end && sameChain(s.encodings, ev.encodings))
}

function sameChain (a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

function covers (ranges: Ranges, start: number, end: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if ((ranges[i] as number) <= start && end <= (ranges[i + 1] as number)) return true
  }
  return false
}
