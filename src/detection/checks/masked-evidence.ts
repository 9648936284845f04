import { evidenceOf, maskValue } from '../evidence.js'
import type { Evidence, Segment } from '../types.js'

const HAS_DIGIT = /\d/
const HAS_LETTER = /[A-Za-z]/
const ANY_DIGIT = /\d/g

const LONG_VALUE = 48

/**
 * Masks a sensitive value for display. Long values (PEM blocks, JWTs) keep only their
 * edges and their length, so the excerpt stays short and still tells an operator what
 * kind of value it was.
 */
export function redactValue (value: string): string {
  if (value.length <= LONG_VALUE) return maskValue(value)
  return `${value.slice(0, 4)}${'*'.repeat(8)}[${value.length} chars]${'*'.repeat(4)}${value.slice(-2)}`
}

// What else in an excerpt could be sensitive: digit runs (cards, SSNs, phones, account
// numbers), e-mail addresses and token-like words (letters mixed with digits, including
// the cut-off tail of a token at the excerpt's edge). The window around a match often
// holds the neighbouring record of a CSV dump, so the context is scrubbed as well.
const DIGIT_RUN = /\d(?:[ .-]?\d){5,}/g
const EMAIL_LIKE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}/g
const TOKEN_LIKE = /[A-Za-z0-9_+/=-]{12,}/g

export function scrubExcerpt (excerpt: string): string {
  return excerpt
    .replace(EMAIL_LIKE, maskValue)
    .replace(TOKEN_LIKE, m => HAS_DIGIT.test(m) && HAS_LETTER.test(m) ? maskValue(m) : m)
    .replace(DIGIT_RUN, m => m.replace(ANY_DIGIT, '#'))
}

/**
 * Evidence for a sensitive value: the value itself is masked, then the whole excerpt is
 * scrubbed of anything else that looks like a value. The cost is a less readable
 * excerpt; the gain is that logs and API answers never carry the data they report.
 */
export function maskedEvidence (seg: Segment, start: number, end: number): Evidence {
  const ev = evidenceOf(seg, start, end, redactValue)
  return { ...ev, excerpt: scrubExcerpt(ev.excerpt) }
}
