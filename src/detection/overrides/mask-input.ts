import type { AnyPolicy } from '../define-policy.js'
import type { NormalizedInput, Segment } from '../types.js'
import { appliesTo, lowerSameLength, type AllowRule } from './allowlist.js'

/**
 * The input as one policy should see it once allowlisted text is set aside: every match
 * of an entry that applies to the policy (and to the segment's role) is blanked with
 * spaces. Offsets are unchanged, so evidence found in the blanked input still points at
 * the right place in the original text.
 */
export function maskAllowlisted (input: NormalizedInput, policy: AnyPolicy, rules: readonly AllowRule[], maxChars: number): NormalizedInput {
  const segments = input.segments.map(seg => {
    const applicable = rules.filter(r => appliesTo(r, policy.id, policy.category, seg.role))
    if (applicable.length === 0) return seg
    const chars = seg.text.split('')
    let changed = false
    for (const rule of applicable) {
      const ranges = rule.find(rule.ignoreCase ? lowerSameLength(seg) : seg.text, maxChars)
      for (let i = 0; i < ranges.length; i += 2) {
        for (let k = ranges[i] as number; k < (ranges[i + 1] as number); k++) chars[k] = ' '
        changed = true
      }
    }
    if (!changed) return seg
    const text = chars.join('')
    return { ...seg, text, lower: text.toLowerCase() } satisfies Segment
  })
  return { ...input, segments }
}
