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

// A payload reported as observed — in a log, an alert, traffic that came in — and asked
// about: what it was trying to do, whether it is an attack, whether it worked. Both are
// needed: a log word alone is what an attacker's cover story would say, a question alone
// ("what does admin'-- do?") asks for the payload's workings.
const OBSERVED = /\b(?:(?:waf|ids|ips|siem|firewall|nginx|apache|iis|access|error|server|web ?server|audit|security|app(?:lication)?|request|auth|login) ?logs?|logs? (?:line|entry|entries|excerpt|shows?|showed|says)|(?:in|from|through) (?:our|my|the) logs?|(?:waf|ids|siem|firewall|security|cloudflare|modsecurity) (?:alert|event|hit|block|rule hit|flagged|blocked|caught)s?|(?:saw|seeing|seen|noticed|spotted|found|caught|got|received|getting|logged|blocked) (?:this|these|that|those|a|an|some|lots of|a lot of|a bunch of|weird|odd|strange|suspicious) ?(?:\p{L}{1,12} )?(?:requests?|payloads?|strings?|entries|lines|traffic|attempts?|hits|inputs?|queries|submissions?))\b/u
const ASKED = /\b(?:what (?:was|were|is|are|does|did|do) (?:this|that|it|they|these|those|the (?:request|payload|attacker|string|input|entry|line|query|bot|client))(?: \p{L}{1,12}){0,3} (?:trying|try|attempting|meant|supposed|doing|do|mean|after)|what (?:does|did) (?:this|that|it) (?:do|mean)|(?:is|was) (?:this|that|it) (?:an? )?(?:attack|malicious|dangerous|sql ?injection|injection attempt|(?:real )?threat|something to worry about|exploit)|should (?:i|we) (?:be )?(?:worr(?:y|ied)|concerned)|(?:were|are) we (?:attacked|hacked|breached|compromised|under attack)|did (?:it|this|that|they) (?:work|succeed|get (?:in|through))|how (?:worried|concerned)|what (?:kind|type|sort) of (?:attack|request|payload)|decode (?:this|what)|explain (?:this|what))/u

/** The educational or analysis context of a payload, and its multiplier. */
export interface SqlContext {
  /** 0.55 in an educational or analysis context, else 1. */
  readonly factor: number
  /** Said in the reason when the factor applies. */
  readonly label: string | null
}

/**
 * Multiplier for a payload found in an educational context, or asked about as observed
 * traffic (0.55), or 1. The cost is named: prefixing "how do I prevent SQL injection?"
 * (or "our WAF logged this, was it an attack?") lowers a payload's risk by almost half,
 * so a lone payload dressed as a lesson or a log is flagged rather than blocked; a
 * request to run the payload removes the discount.
 */
export function sqlContext (view: string): SqlContext {
  const label = EDUCATIONAL.test(view) ? 'in an educational context' : OBSERVED.test(view) && ASKED.test(view) ? 'asked about as observed traffic' : null
  return label === null || EXECUTE.test(view) ? { factor: 1, label: null } : { factor: 0.55, label }
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
