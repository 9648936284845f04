import { marksOf } from '../normalize/index.js'
import type { NormalizedInput, Segment } from '../types.js'

// Disguises the cleaning undid in place: the plain segment reads in clear, and only the
// normalizer's marks tell that letters were written fullwidth or as look-alikes, or
// buried under stacked combining marks (Zalgo). Nobody types a request that way by
// accident; policies that weigh concealment read these stretches as hidden.

/** Combining marks per Latin letter from which a message reads as Zalgo (an accent now and then is spelling). */
const ZALGO_DENSITY = 0.5

/**
 * The message's letters carry stacks of combining marks, which the cleaning removed:
 * counted from its findings, since each mark's place is kept only for the first few.
 */
export function isZalgo (input: NormalizedInput, seg: Segment): boolean {
  if (seg.layer !== 'plain') return false
  const stacked = input.findings.find(f => f.messageIndex === seg.messageIndex && f.detail === 'combining-marks')
  return stacked !== undefined && stacked.count >= ZALGO_DENSITY * latinLetters(seg.lower)
}

/** Whether a fold of one of `kinds` (confusables.ts: 'fullwidth', 'mixed-script', …) covers part of `span` of a plain segment. */
export function foldedWithin (seg: Segment, span: { readonly start: number, readonly end: number }, kinds: ReadonlySet<string>): boolean {
  if (seg.layer !== 'plain') return false
  return marksOf(seg)?.confusables.some(m => kinds.has(m.detail) && m.start < span.end && m.end > span.start) === true
}

/**
 * Characters the cleaning removed as hidden anywhere in a plain segment: zero-width
 * characters between letters, bidi controls, a character erased by a backspace, stray
 * combining marks, tag characters (only those the cleaning counts; a byte-order mark
 * or a Persian zero-width non-joiner is not). One such character is enough to keep a
 * word from matching a filter and invisible to whoever reads the text.
 */
export function hasHiddenCharacters (seg: Segment): boolean {
  return seg.layer === 'plain' && (marksOf(seg)?.hidden.length ?? 0) > 0
}

function latinLetters (lower: string): number {
  let n = 0
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i)
    if (c >= 0x61 && c <= 0x7a) n++
  }
  return n
}
