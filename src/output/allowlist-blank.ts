import type { AllowRule } from '../detection/overrides/allowlist.js'
import { lowerSameLength } from '../detection/overrides/allowlist.js'
import { answerSegment } from './answer-segment.js'

/**
 * `text` with every match of `rules` blanked by spaces (offsets kept): what a detector
 * without located findings (the verbatim prompt comparison) reads once allowlisted text
 * is set aside, as the request side's second pass does (overrides/mask-input.ts).
 */
export function blankAllowlisted (text: string, rules: readonly AllowRule[], maxChars: number): string {
  if (rules.length === 0 || text === '') return text
  const seg = answerSegment(text)
  let out = text
  for (const rule of rules) {
    const ranges = rule.find(rule.ignoreCase ? lowerSameLength(seg) : text, maxChars)
    for (let i = 0; i < ranges.length; i += 2) {
      const [start, end] = [ranges[i] as number, ranges[i + 1] as number]
      out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end)
    }
  }
  return out
}
