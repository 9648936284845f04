import type { Evidence, Segment } from './types.js'

const EXCERPT_RADIUS = 24
const EXCERPT_MAX = 80

/**
 * Builds evidence for a match in a segment. The excerpt is a window around the match,
 * single-lined and capped; `redact` replaces the matched value itself (for PII and
 * secrets the excerpt must never carry the value to logs or clients).
 */
export function evidenceOf (seg: Segment, start: number, end: number, redact?: (match: string) => string): Evidence {
  const from = Math.max(0, start - EXCERPT_RADIUS)
  const to = Math.min(seg.text.length, end + EXCERPT_RADIUS)
  const match = seg.text.slice(start, end)
  const shown = redact === undefined ? match : redact(match)
  let excerpt = (from > 0 ? '…' : '') + seg.text.slice(from, start) + shown + seg.text.slice(end, to) + (to < seg.text.length ? '…' : '')
  excerpt = excerpt.replace(/[\r\n\t]+/g, ' ')
  if (excerpt.length > EXCERPT_MAX) excerpt = excerpt.slice(0, EXCERPT_MAX - 1) + '…'
  return {
    messageIndex: seg.messageIndex,
    role: seg.role,
    layer: seg.layer,
    encodings: seg.encodings,
    start,
    end,
    excerpt,
  }
}

/** Keeps the first and last characters so an operator can recognise the value without learning it. */
export function maskValue (value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length)
  const keep = value.length >= 12 ? 2 : 1
  return value.slice(0, keep) + '*'.repeat(value.length - 2 * keep) + value.slice(-keep)
}
