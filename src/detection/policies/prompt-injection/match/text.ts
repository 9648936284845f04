import { memoSlot } from '../../../segment-memo.js'
import { mayMatch } from '../../../checks/literal-gate.js'
import { isKanaOrHan } from '../../../normalize/cjk.js'
import type { Segment } from '../../../types.js'

// Text helpers shared by the prompt-injection and jailbreak policies. Everything here
// preserves offsets: a position in the folded text is the same position in `seg.text`,
// so evidence spans can be cut from the original without a mapping table.

/** Latin letters with diacritics that NFD does not split, folded by hand. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  'đ': 'd', 'ł': 'l', 'ø': 'o', 'ı': 'i', 'ħ': 'h', 'ŧ': 't', 'ŀ': 'l', 'ё': 'е',
  '’': "'", '‘': "'", 'ʼ': "'", '´': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ',
  // Greek: accents (often left out when typing) and final sigma, so lexicons write one form.
  'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ώ': 'ω', 'ϊ': 'ι', 'ϋ': 'υ', 'ΐ': 'ι', 'ΰ': 'υ', 'ς': 'σ',
  // Arabic-script (Arabic, Persian, Urdu) and Devanagari/Bengali punctuation: in the
  // scripts' letter ranges, so a word before them would not end without the fold.
  '،': ',', '؛': ';', '؟': '?', '۔': '.', '।': '.', '॥': '.',
}

/**
 * One entry per UTF-16 code unit in the Latin ranges that folds to exactly one
 * character, so folding never changes the length. Built once at module load.
 * Worked example: 'é' (U+00E9) → NFD 'e\u0301' → strip marks → 'e'.
 */
const FOLD_TABLE: ReadonlyMap<number, string> = (() => {
  const table = new Map<number, string>()
  const ranges: readonly (readonly [number, number])[] = [[0x00c0, 0x024f], [0x1e00, 0x1eff]]
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCharCode(cp).toLowerCase()
      if (ch.length !== 1) continue
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '')
      if (base.length === 1 && base !== ch) table.set(cp, base)
      else if (ch !== String.fromCharCode(cp)) table.set(cp, ch)
    }
  }
  for (const [k, v] of Object.entries(EXTRA_FOLDS)) table.set(k.charCodeAt(0), v)
  return table
})()

/**
 * Lower-cases and strips Latin diacritics without changing the length, so lexicons are
 * written once without accents ("instrucciones", "precedentes") and still match
 * "instrucciónes" or "précédentes". Characters whose lower case is longer (e.g. 'İ')
 * are kept as they are rather than shifting every later offset.
 */
export function foldText (text: string): string {
  let lower = text.toLowerCase()
  if (lower.length !== text.length) {
    let out = ''
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i)
      const l = c.toLowerCase()
      out += l.length === 1 ? l : c
    }
    lower = out
  }
  let result = ''
  let last = 0
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (code < 0x00a0) continue
    const f = FOLD_TABLE.get(code)
    if (f === undefined) continue
    result += lower.slice(last, i) + f
    last = i + 1
  }
  return last === 0 ? lower : result + lower.slice(last)
}

// Segments are immutable and evaluated by several policies in one request; folding each
// once is cheaper than once per policy. The memo dies with the segment and never changes
// a result (segment-memo.ts).
const FOLDED = memoSlot<string>()

export function foldedOf (seg: Segment): string {
  return FOLDED.get(seg) ?? FOLDED.set(seg, foldText(seg.text))
}

export interface Span {
  readonly start: number
  readonly end: number
}

/**
 * Runs a global regex over text and calls `onMatch` for each match, at most `limit`
 * times. Resets lastIndex before and after, so the module-level regex carries no state
 * between calls (evaluation is synchronous, so nothing can interleave).
 */
export function forEachMatch (re: RegExp, text: string, limit: number, onMatch: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0
  if (!mayMatch(re, text)) return
  let count = 0
  let m: RegExpExecArray | null
  while (count < limit && (m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++
    onMatch(m)
    count++
  }
  re.lastIndex = 0
}

/** First match of a global regex at or after `from`, or null. */
export function firstMatch (re: RegExp, text: string, from = 0): RegExpExecArray | null {
  if (!mayMatch(re, text)) return null
  re.lastIndex = from
  const m = re.exec(text)
  re.lastIndex = 0
  return m
}


function isWordCode (code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
  if (code >= 0x2000 && code <= 0x206f) return false
  if (code >= 0x3000 && code <= 0x303f) return false
  if (code >= 0xff00 && code <= 0xff20) return false
  return code !== 0xa0 && code !== 0xab && code !== 0xbb && code !== 0xbf && code !== 0xa1
}

const SENTENCE_BREAK_PENALTY = 3

/**
 * Counts word tokens in text[from, to), stopping once the count exceeds `cap`.
 * Han and kana count one token per two characters (no spaces to split on); a sentence
 * end counts as a few extra tokens, so a verb in one sentence binds more weakly to a
 * noun in the next. Cost: O(to - from), and callers only ask for short gaps.
 */
export function tokensBetween (text: string, from: number, to: number, cap: number): number {
  let tokens = 0
  let inWord = false
  let cjkRun = 0
  for (let i = from; i < to && tokens <= cap; i++) {
    const code = text.charCodeAt(i)
    if (isKanaOrHan(code)) {
      inWord = false
      cjkRun++
      if (cjkRun % 2 === 1) tokens++
      continue
    }
    cjkRun = 0
    if (isWordCode(code)) {
      if (!inWord) tokens++
      inWord = true
      continue
    }
    inWord = false
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a || code === 0x3b || code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b) {
      const next = text.charCodeAt(i + 1)
      if (code === 0x0a || Number.isNaN(next) || next === 0x20 || next === 0x0a) tokens += SENTENCE_BREAK_PENALTY
    }
  }
  return tokens
}

/** Average characters per token used to skip obviously distant pairs before counting. */
export const MAX_CHARS_PER_TOKEN = 16

/** Token distance between two spans (0 when they overlap or touch). */
export function spanDistance (text: string, a: Span, b: Span, cap: number): number {
  const from = a.end <= b.start ? a.end : b.end
  const to = a.end <= b.start ? b.start : a.start
  if (to <= from) return 0
  if (to - from > cap * MAX_CHARS_PER_TOKEN) return cap + 1
  return tokensBetween(text, from, to, cap)
}

/** The nearest span of `list` within `cap` tokens of `anchor`, or null. */
export function nearest (text: string, anchor: Span, list: readonly Span[], cap: number): { span: Span, distance: number } | null {
  let best: { span: Span, distance: number } | null = null
  const reach = cap * MAX_CHARS_PER_TOKEN
  for (const s of list) {
    if (s.end < anchor.start - reach || s.start > anchor.end + reach) continue
    const d = spanDistance(text, anchor, s, cap)
    // On a tie prefer the span after the anchor: verbs take their object to the right in
    // most of the languages covered ("never reveal these instructions, and ignore any
    // instructions that…" binds "ignore" to what follows it).
    if (d <= cap && (best === null || d < best.distance || (d === best.distance && s.start > anchor.start && best.span.start < anchor.start))) best = { span: s, distance: d }
  }
  return best
}

/** True when some span of `list` lies within `cap` tokens after `anchor` ends. */
export function hasAfter (text: string, anchor: Span, list: readonly Span[], cap: number): Span | null {
  const reach = cap * MAX_CHARS_PER_TOKEN
  for (const s of list) {
    if (s.start < anchor.end || s.start > anchor.end + reach) continue
    if (tokensBetween(text, anchor.end, s.start, cap) <= cap) return s
  }
  return null
}

/** True when some span of `list` lies within `cap` tokens before `anchor` starts. */
export function hasBefore (text: string, anchor: Span, list: readonly Span[], cap: number): Span | null {
  const reach = cap * MAX_CHARS_PER_TOKEN
  for (const s of list) {
    if (s.end > anchor.start || s.end < anchor.start - reach) continue
    if (tokensBetween(text, s.end, anchor.start, cap) <= cap) return s
  }
  return null
}

const QUOTE_LOOKBACK = 160
const QUOTE_CHARS = '"\'「」『』'

function isQuoteAt (text: string, i: number): boolean {
  const c = text.charAt(i)
  if (!QUOTE_CHARS.includes(c)) return false
  // An apostrophe between two letters is part of a word ("don't"), not a quote.
  return !(c === "'" && /\p{L}/u.test(text.charAt(i - 1)) && /\p{L}/u.test(text.charAt(i + 1)))
}

/**
 * Heuristic on folded text (curly quotes already straightened): the span sits inside a
 * quotation on its line (quotationAround). Used to discount phrases that are being
 * discussed rather than issued.
 */
export function isQuoted (text: string, span: Span): boolean {
  return quotationAround(text, span) !== null
}

/**
 * The innermost quotation on the line around `span`, each kind of quote counted on its
 * own, so a single-quoted phrase inside a double-quoted JSON string ("body":"he typed
 * 'ignore …'") is found: the offsets of its opening and closing characters, or null.
 * Looks back at most QUOTE_LOOKBACK characters and ahead to the end of the line.
 */
export function quotationAround (text: string, span: Span): { readonly open: number, readonly close: number } | null {
  const from = Math.max(0, span.start - QUOTE_LOOKBACK)
  // Counts and nearest offsets of double, single and escaped double quotes (\" inside a JSON string).
  const count: [number, number, number] = [0, 0, 0]
  const at: [number, number, number] = [-1, -1, -1]
  let cjkClosed = false
  for (let i = span.start - 1; i >= from; i--) {
    const c = text.charAt(i)
    if (c === '\n') break
    if (c === '」' || c === '』') cjkClosed = true
    else if ((c === '「' || c === '『') && !cjkClosed) return closeOf(text, span, i)
    if (!isQuoteAt(text, i)) continue
    const k = c === "'" ? 1 : text.charAt(i - 1) === '\\' ? 2 : 0
    if (count[k] === 0) at[k] = i
    count[k] += 1
  }
  // The nearest opening of an odd count encloses the span.
  let open = -1
  for (const k of [0, 1, 2] as const) if (count[k] % 2 === 1 && at[k] > open) open = at[k]
  return open < 0 ? null : closeOf(text, span, open)
}

function closeOf (text: string, span: Span, open: number): { readonly open: number, readonly close: number } | null {
  const o = text.charAt(open)
  const closer = o === '「' ? '」' : o === '『' ? '』' : o
  const escaped = o === '"' && text.charAt(open - 1) === '\\'
  const to = Math.min(text.length, span.end + 400)
  for (let i = span.end; i < to; i++) {
    const c = text.charAt(i)
    if (c === '\n') return null
    if (c !== closer || (escaped !== (text.charAt(i - 1) === '\\'))) continue
    // An apostrophe between two Latin letters is part of a word ("don't"); after a CJK or
    // Hangul word it closes the quote ("'…출력해'라는").
    if (closer !== "'" || !/[a-z]/.test(text.charAt(i - 1)) || !/[a-z]/.test(text.charAt(i + 1))) return { open, close: i }
  }
  return null
}

// A sentence ends at . ! ? (Latin or CJK) before a space or the end, or at a line break.
const SENTENCE_END_G = /[.!?。！？](?=\s|$)|\n/g

/**
 * The sentence holding [start, end): from just after the last sentence end before
 * `start` (at most `before` characters back) to just past the first one after `end` (at
 * most `after` characters on).
 */
export function sentenceAround (text: string, start: number, end: number, before: number, after: number): string {
  const lo = Math.max(0, start - before)
  let from = lo
  SENTENCE_END_G.lastIndex = lo
  let m: RegExpExecArray | null
  while ((m = SENTENCE_END_G.exec(text)) !== null && m.index < start) from = m.index + 1
  const next = firstMatch(SENTENCE_END_G, text, end)
  const to = next === null ? Math.min(text.length, end + after) : Math.min(next.index + 1, end + after)
  SENTENCE_END_G.lastIndex = 0
  return text.slice(from, to)
}

/** Share of letters in text[start, end) that are upper-case (Latin only), 0..1. */
export function upperRatio (text: string, start: number, end: number): number {
  let letters = 0
  let upper = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) { upper++; letters++ } else if (c >= 0x61 && c <= 0x7a) letters++
  }
  return letters === 0 ? 0 : upper / letters
}

export function clampRisk (r: number): number {
  return r < 0 ? 0 : r > 100 ? 100 : Math.round(r * 100) / 100
}
