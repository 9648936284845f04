import { memoSlot } from '../../segment-memo.js'
import type { Segment } from '../../types.js'

const UPPER_G = /[A-Z]/g
const LOWER_LETTER = /[a-z]/

// Inline comments used as whitespace ("UNION/**/SELECT") and MySQL version comments
// ("/*!50000UNION*/"): blanked with spaces of the same length, so offsets still point
// into the segment text and evidence stays exact.
const INLINE_COMMENT = /\/\*!?\d{0,6}[^*\n]{0,60}?\*\/|\/\*!\d{0,6}/g
const VIEW = memoSlot<string>()

/**
 * The segment text with inline comments blanked and everything lower-cased for keyword
 * matching. Cached per segment object: several SQL policies read the same view.
 * Worked example: "1'/**\/UNION/**\/SELECT" → "1'    union    select".
 */
export function sqlView (seg: Segment): string {
  const cached = VIEW.get(seg)
  if (cached !== undefined) return cached
  const lower = seg.text.toLowerCase()
  // toLowerCase can change length for a few characters (e.g. 'İ'); the view must keep
  // offsets, so fall back to an ASCII-only lower-casing when it does.
  const base = lower.length === seg.text.length ? lower : seg.text.replace(UPPER_G, c => c.toLowerCase())
  const view = base.includes('/*') ? base.replace(INLINE_COMMENT, m => ' '.repeat(m.length)) : base
  return VIEW.set(seg, view)
}

/** Cheap test that a segment may hold SQL syntax at all: most traffic holds none. */
export function maySql (seg: Segment): boolean {
  const l = seg.lower
  return l.includes('select') || l.includes(' or ') || l.includes(' and ') || l.includes('union') || l.includes(';') ||
    l.includes('--') || l.includes('sleep') || l.includes('waitfor') || l.includes('benchmark') || l.includes('#') ||
    l.includes('/*') || l.includes("'or") || l.includes('"or') || l.includes('||') || l.includes('xp_') || l.includes('load_file') ||
    l.includes('outfile') || l.includes('dumpfile') || l.includes('utl_') || l.includes('substr') || l.includes('case when')
}

// Asking how to defend against injection, or showing it in a lesson.
const EDUCATIONAL = /\b(?:prevent(?:s|ing|ion)?|protect(?:ing)? against|defen[cs]es? against|defend(?:ing)? against|mitigat\w{0,5}|sanitiz\w{0,5}|saniti[sz]e|escap(?:e|ing) (?:user )?input|parameteri[sz]ed|prepared statements?|bind (?:variables|parameters)|what is (?:an? )?sql injection|how does (?:an? )?sql injection|explain|example of (?:an? )?(?:sql )?injection|owasp|is (?:this|my) (?:code|query) (?:safe|vulnerable)|vulnerab\w{0,6}|security review|regex to (?:detect|block)|waf rules?|detect(?:ing|ion)? (?:of )?sql injection|unit tests?|test cases?)\b/
// Asking for the payload to be executed, forwarded or echoed downstream: no discount.
export const EXECUTE = /\b(?:run|execute|exec|submit|enter|type|paste|inject|echo|send|pass) (?:(?:this|the following|the|that|it|exactly|now)\s){0,3}(?:query|statement|sql|command|payload|input|string|value|exactly|verbatim|into)\b/

/**
 * Multiplier for a payload found in an educational context (0.55) or 1. The cost is
 * named: prefixing "how do I prevent SQL injection?" lowers a payload's risk by almost
 * half, so a lone payload dressed as a lesson is flagged rather than blocked; a request
 * to run the payload removes the discount.
 */
export function contextFactor (view: string): number {
  if (!EDUCATIONAL.test(view)) return 1
  return EXECUTE.test(view) ? 1 : 0.55
}

/**
 * The quote that opens a payload breaks out of a string literal, so inside the payload
 * text it is unbalanced: "admin' OR '1'='1" holds an odd number of quotes before the OR.
 * A quote closing a value in ordinary SQL ("name = 'x' OR …") is balanced.
 * Counts `quote` characters on the same line from the line start up to and including
 * `at` (the payload's quote), apostrophes inside words excluded.
 */
export function unbalancedBefore (view: string, at: number, quote: string): boolean {
  // Look back at most 400 characters, so the cost per call is bounded whatever the line.
  const from0 = Math.max(0, at - 400)
  const nl = view.slice(from0, at).lastIndexOf('\n')
  const from = nl === -1 ? from0 : from0 + nl + 1
  let n = 0
  for (let i = from; i <= at; i++) {
    if (view[i] !== quote) continue
    const prev = view[i - 1] ?? ' '
    const next = view[i + 1] ?? ' '
    // "don't", "it's": an apostrophe between letters is not a quote.
    if (LOWER_LETTER.test(prev) && LOWER_LETTER.test(next)) continue
    n++
  }
  return n % 2 === 1
}
