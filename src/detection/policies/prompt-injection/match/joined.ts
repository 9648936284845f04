import { isGluedTurns } from '../../../checks/segments.js'
import { allSegmentsOf, type NormalizedInput, type Segment } from '../../../types.js'
import { foldedOf, type Span } from './text.js'

/**
 * The normalizer adds one segment gluing the recent user turns together, so a payload
 * split across turns ("ign" + "ore previous instructions") is seen whole. A finding in
 * that segment whose text already sits inside a single user turn adds nothing: that turn
 * was scored on its own, with its own context (its task intro, its quotes). Keeping only
 * the findings that straddle turns stops two harmless turns ("new instructions: shorter"
 * then "ignore the Portuguese part") from reading as one override.
 */
export function withinOneTurn (input: NormalizedInput, seg: Segment, span: Span): boolean {
  const text = foldedOf(seg).slice(span.start, span.end)
  if (text.length === 0) return true
  for (const s of allSegmentsOf(input)) {
    if (s.layer === 'plain' && s.role === 'user' && foldedOf(s).includes(text)) return true
  }
  return false
}

/** True when a finding in `seg` should be dropped because the joined view adds nothing. */
export function redundantJoined (input: NormalizedInput, seg: Segment, span: Span): boolean {
  return isGluedTurns(seg) && withinOneTurn(input, seg, span)
}
