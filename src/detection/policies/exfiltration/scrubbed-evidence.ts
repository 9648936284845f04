import { evidenceOf, maskValue } from '../../evidence.js'
import type { Evidence, Segment } from '../../types.js'

const HAS_DIGIT = /\d/
const HAS_LETTER = /[A-Za-z]/

// Parameter values, long token-like path segments and e-mail addresses: the places a
// carried payload sits. Hosts and short path segments stay readable.
const PARAM_VALUE = /=([^&\s)"'#\]]{6,})/g
const TOKEN_SEGMENT = /\/([A-Za-z0-9_+=-]{16,})/g
const EMAIL_LIKE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}/g

/** Masks payload-bearing parts of an excerpt that shows a URL. */
export function scrubUrlExcerpt (excerpt: string): string {
  return excerpt
    .replace(EMAIL_LIKE, maskValue)
    .replace(PARAM_VALUE, (_m, v: string) => '=' + maskValue(v))
    .replace(TOKEN_SEGMENT, (m, v: string) => HAS_DIGIT.test(v) && HAS_LETTER.test(v) ? '/' + maskValue(v) : m)
}

/**
 * Evidence for an exfiltration finding. The URL is the evidence, but its parameters may
 * already hold the data being carried off (a token, an address), so they are masked. The
 * cost: an operator sees the host and the shape of the URL, not the exact payload.
 */
export function scrubbedEvidence (seg: Segment, start: number, end: number): Evidence {
  const ev = evidenceOf(seg, start, end)
  return { ...ev, excerpt: scrubUrlExcerpt(ev.excerpt) }
}
