import { mayMatch } from './literal-gate.js'

/**
 * Upper bound on matches examined per regex per segment. A hostile message can hold
 * thousands of candidate values; past this many the policy has all the evidence it
 * needs and the rest would only cost time. The cost: a count-based risk (bulk PII)
 * saturates at this number, which is far above every bulk threshold.
 */
export const MAX_MATCHES_PER_SEGMENT = 512

/**
 * The matches of a module-level global regex in `text`, at most `limit`. Runs exec on
 * the shared instance and resets lastIndex (evaluation is synchronous, so nothing can
 * interleave); `matchAll` would clone the regex on every call.
 *
 * Memoized by (regex, text) for texts of 64+ characters: chat clients resend the whole
 * conversation every turn and plain segments are reused across requests
 * (normalize/plain-memo.ts), so the same string comes back and only new text is scanned.
 * Matches are a pure function of the two, so results never change. The memo is bounded:
 * past MEMO_MAX_ENTRIES texts or MEMO_MAX_CHARS characters it is dropped whole (a cold request or two, never unbounded).
 */
export function matchesIn (re: RegExp, text: string, limit: number = MAX_MATCHES_PER_SEGMENT): readonly RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesIn needs a global regex: ${re.source.slice(0, 40)}`)
  if (text.length < MEMO_MIN_CHARS) return scan(re, text, limit).matches
  let byText = memo.get(re)
  if (byText === undefined) {
    byText = new Map()
    memo.set(re, byText)
  }
  const hit = byText.get(text)
  if (hit !== undefined && (hit.complete || hit.matches.length >= limit)) {
    return hit.matches.length > limit ? hit.matches.slice(0, limit) : hit.matches
  }
  const found = scan(re, text, limit)
  if (hit === undefined) {
    memoEntries++
    memoChars += text.length
    if (memoEntries > MEMO_MAX_ENTRIES || memoChars > MEMO_MAX_CHARS) {
      memo.clear()
      byText.clear()
      memo.set(re, byText)
      memoEntries = 1
      memoChars = text.length
    }
  }
  byText.set(text, found)
  return found.matches
}

interface Scanned {
  readonly matches: readonly RegExpExecArray[]
  /** Every match of the text is in `matches` (the limit did not cut the scan short). */
  readonly complete: boolean
}

const MEMO_MIN_CHARS = 64
const MEMO_MAX_ENTRIES = 100_000
// Characters of the texts held (a text is counted once per regex that keeps it, which
// over-counts shared strings: the bound is conservative). 4 M ≈ 8 MB of string data.
const MEMO_MAX_CHARS = 4_000_000
const memo = new Map<RegExp, Map<string, Scanned>>()
let memoEntries = 0
let memoChars = 0

const NOTHING: Scanned = Object.freeze({ matches: Object.freeze([]), complete: true })

function scan (re: RegExp, text: string, limit: number): Scanned {
  if (!mayMatch(re, text)) return NOTHING
  const matches: RegExpExecArray[] = []
  re.lastIndex = 0
  let complete = true
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    if (matches.length >= limit) { complete = false; break }
    if (m[0].length === 0) re.lastIndex++
    matches.push(m)
  }
  re.lastIndex = 0
  return { matches: Object.freeze(matches), complete }
}

// The start of a list item: a line that opens with "3.", "b)", "-", "*" or "•".
const ITEM_START = /\n[ \t]{0,3}(?:\d{1,3}[.)]|[a-z][.)]|[-*•])[ \t]/g
// The boundary between two objects of a JSON array ("}, {"), or a line that opens with
// its author in brackets, as tickets and chat exports write them ("[Client] …",
// "[Internal note – L1] …"): what one author wrote is no part of another's request.
const RECORD_START = /\}\s{0,8},\s{0,8}\{|\n[ \t]{0,3}\[[^\]\n]{1,40}\][ \t]/g

/**
 * The text around [start, end), clipped to `before`/`after` characters and to the
 * enclosing paragraph: words from an unrelated paragraph must not complete a pattern.
 * With `listItem`, also to the enclosing item of a numbered or bulleted list: each item
 * of a checklist is an instruction of its own ("3. Send your bank details to HR … 5.
 * Forward suspicious e-mails to security@…" names no data to send to that address).
 * With `record`, also to the enclosing object of a JSON array (`…}, {…`): each record of
 * a tool result (one e-mail, one review, one event) is a document of its own, so an
 * address in one e-mail's header and a password named in the next are not one send.
 */
export function windowAround (text: string, start: number, end: number, before: number, after: number, unit: 'paragraph' | 'list-item' | 'record' = 'paragraph'): { readonly text: string, readonly offset: number } {
  const from = Math.max(0, start - before)
  const to = Math.min(text.length, end + after)
  // Search only inside the window: lastIndexOf on the whole text would make each call
  // cost the length of the message.
  const head = text.slice(from, start)
  const tail = text.slice(end, to)
  const breakBefore = head.lastIndexOf('\n\n')
  const breakAfter = tail.indexOf('\n\n')
  let a = breakBefore === -1 ? from : from + breakBefore + 2
  let b = breakAfter === -1 ? to : end + breakAfter
  if (unit === 'record') [a, b] = withinUnit(RECORD_START, text, a, start, end, b, 1)
  if (unit === 'list-item' && text.includes('\n', a) && text.lastIndexOf('\n', b) >= a) [a, b] = withinUnit(ITEM_START, text, a, start, end, b, 0)
  return { text: text.slice(a, b), offset: a }
}

/**
 * Narrows [a, b) to the unit around [start, end) whose starts `re` (global) finds: from
 * just past the last start before `start` (its separator's first character) to the first
 * one after `end` (plus `keep` characters of it). Scans only the two pieces of the
 * window, and directly: they are new every call, so the (regex, text) memo of matchesIn
 * would only fill up with them.
 */
function withinUnit (re: RegExp, text: string, a: number, start: number, end: number, b: number, keep: number): [number, number] {
  const head = text.slice(a, start)
  let from = a
  re.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(head)) !== null) from = a + m.index + 1
  re.lastIndex = 0
  const next = re.exec(text.slice(end, b))
  re.lastIndex = 0
  return [from, next === null ? b : end + next.index + keep]
}

/** True when `re` (non-global) matches within `radius` characters before `start`. */
export function precededBy (text: string, start: number, radius: number, re: RegExp): boolean {
  if (re.global || re.sticky) throw new Error('precededBy needs a non-global regex')
  return re.test(text.slice(Math.max(0, start - radius), start))
}

/** True when `re` (non-global) matches within `radius` characters after `end`. */
export function followedBy (text: string, end: number, radius: number, re: RegExp): boolean {
  if (re.global || re.sticky) throw new Error('followedBy needs a non-global regex')
  return re.test(text.slice(end, end + radius))
}

// A sentence ends at . ! ? (Latin or CJK) before white space, or at a line break.
const SENTENCE_BREAK_G = /[.!?。！？]\s|\n/g

/** Where the last sentence of `text` starts: just past its last sentence end or line break (0 when none). */
export function lastSentenceStart (text: string): number {
  let at = 0
  for (const m of text.matchAll(SENTENCE_BREAK_G)) at = m.index + m[0].length
  return at
}

// A prohibition: "NEVER run DROP…", "Do not add dependencies without asking the user".
// "Don't hesitate / forget to …" urges the act instead.
const PROHIBITION = /(?:^|[^\p{L}])(?:never|do not|don't|dont|must not|mustn't|should not|shouldn't|may not|cannot|can't|avoid|under no circumstances|nunca|jamais|niemals|nie)(?![\p{L}])(?!\s(?:hesitate|forget|fail|wait|stop)(?![\p{L}]))/iu

/** The last sentence of `head` (the text right before some act) forbids what follows it. */
export function prohibitedBefore (head: string): boolean {
  return PROHIBITION.test(head.slice(lastSentenceStart(head)))
}
