import type { Evidence, Role, Segment } from './types.js'

const EXCERPT_RADIUS = 24
const EXCERPT_MAX = 80

/**
 * "a user message", "an assistant message": where a reason says a finding is. Reasons
 * do not name the message index; the evidence does (a kept per-segment result is reused
 * when a client's context window moves the message to another index).
 */
export function roleMessage (role: Role): string {
  return `${role === 'assistant' ? 'an' : 'a'} ${role} message`
}

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
  excerpt = scrubExcerpt(excerpt.replace(/[\r\n\t]+/g, ' '))
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

// Excerpts leave the engine (403 bodies, /v1/analyze, logs), and a policy's window can
// catch values it was not looking for: an injection excerpt next to an e-mail address,
// a chain excerpt next to a key. So every excerpt is scrubbed here, whichever policy made
// it: e-mail addresses, long digit runs (cards, SSNs, phone and account numbers, also
// written with brackets or spaces: "(208) 927-4768"; not dots, which IP literals use) and long mixed letter-digit
// tokens (keys, tokens) are masked. Linear patterns: every repetition must consume a
// digit, and separators are never digits, so there is one way to match; bounded runs.
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g
const DIGIT_RUN = /\d(?:[ ()-]{0,2}\d){8,30}/g
const TOKEN = /[A-Za-z0-9_+=-]{24,400}/g
// Capability URLs (chat webhooks, pre-signed links) carry their secret in the path, often
// in segments too short or too plain to look like tokens; past the host and the first
// path segment, a URL's path is masked.
const URL_TAIL = /(https?:\/\/[^\s/]{1,253}\/[^\s/]{1,64}\/)([^\s"'<>)\]]{8,400})/g
const HAS_DIGIT = /\d/
const HAS_LETTER = /[A-Za-z]/

export function scrubExcerpt (text: string): string {
  return scrubContacts(text.replace(URL_TAIL, (_m, head: string, tail: string) => head + maskValue(tail)))
    .replace(TOKEN, t => HAS_DIGIT.test(t) && HAS_LETTER.test(t) ? maskValue(t) : t)
}

/** Masks e-mail addresses and long digit runs, leaving tokens (which may be encoded payloads) as they are. */
export function scrubContacts (text: string): string {
  return text.replace(EMAIL, maskValue).replace(DIGIT_RUN, maskValue)
}
