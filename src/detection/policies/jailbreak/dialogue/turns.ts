import type { Span } from '../../prompt-injection/match/text.js'

/**
 * Finds a dialogue written inside one message: lines that open with a short speaker
 * label ("User:", "A:", "H:", "input:", "Пользователь:", "ユーザー：") and inline pairs
 * ("EN: … -> DE: …"). Labels are not looked up in a list: any two labels that alternate
 * make a dialogue, so a persona name or another language's "assistant" counts the same.
 * One pass over at most MAX_LINES lines; no regex.
 */

export interface Turn {
  /** Folded label without digits or markup ("q1" → "q"); '' for an answer slot opened by a trailing arrow. */
  readonly label: string
  /** Where the label starts. */
  readonly start: number
  /** Where the turn's content starts and ends (trimmed of nothing: offsets into the text). */
  readonly content: Span
}

export interface Dialogue {
  /** The label that speaks first in each exchange (the fabricated "user"). */
  readonly asker: string
  /** The label that answers (the fabricated "assistant"). */
  readonly answerer: string
  /** Completed asker → answerer exchanges. */
  readonly pairs: number
  readonly asks: readonly Span[]
  /** Answers with some content; an empty last answer slot is the open end, not an answer. */
  readonly answers: readonly Span[]
  /** The dialogue ends on a request left for the model: an unanswered ask, an empty answer slot, or text after the last turn. */
  readonly openEnd: boolean
  /** Text before the first turn and after the last (the framing the user wrote around it). */
  readonly before: Span
  readonly after: Span
  /** From the first turn to the end of the last. */
  readonly span: Span
}

const MAX_LINES = 2000
const MAX_TURNS = 256
const MAX_LABEL = 24
const MAX_LABEL_WORDS = 3
const MAX_LEAD = 8
// Characters that may wrap a label: markdown bold, list bullets, brackets, quote marks.
const LEAD = new Set([' ', '\t', '>', '*', '#', '-', '_', '[', '(', '<', '"', "'", '•'])
const TRAIL = new Set(['*', ']', ')', '>', '_', '"', "'"])
const COLONS = new Set([':', '：'])
const ARROWS = ['->', '=>', '→']
// Lines like "Note: …" or "https://…" that look like labels but never speak.
const NOT_SPEAKERS = new Set(['http', 'https', 'ftp', 'mailto', 'note', 'nb', 'ps', 'tip', 'warning', 'important', 'step', 'example', 'examples', 'e.g', 'i.e', 'date', 'time', 'subject', 're', 'fwd', 'cc', 'to', 'from', 'title', 'source', 'url', 'link'])

/** Every labelled turn of `text` (folded), in order. */
export function findTurns (text: string): Turn[] {
  const turns: Turn[] = []
  let lineStart = 0
  for (let n = 0; n < MAX_LINES && lineStart <= text.length && turns.length < MAX_TURNS; n++) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl === -1 ? text.length : nl
    const head = labelAt(text, lineStart, lineEnd)
    if (head !== null) {
      const inline = inlineAnswer(text, head.contentStart, lineEnd)
      turns.push({ label: head.label, start: head.start, content: { start: head.contentStart, end: inline?.start ?? lineEnd } })
      if (inline !== null) turns.push(inline.turn)
    } else if (!isBlank(text, { start: lineStart, end: lineEnd })) {
      // An unlabelled line continues the last turn.
      const last = turns[turns.length - 1]
      if (last !== undefined) turns[turns.length - 1] = { ...last, content: { start: last.content.start, end: lineEnd } }
    }
    if (nl === -1) break
    lineStart = nl + 1
  }
  return turns
}

/**
 * The two labels that alternate most, as a dialogue, when they exchange at least
 * `minPairs` times; otherwise null.
 */
export function dialogueOf (text: string, turns: readonly Turn[], minPairs: number): Dialogue | null {
  if (turns.length < minPairs * 2 - 1) return null
  // Count ordered transitions a→b between consecutive turns with different labels.
  const counts = new Map<string, number>()
  let best = ''
  let bestCount = 0
  for (let i = 1; i < turns.length; i++) {
    const a = turns[i - 1]?.label ?? ''
    const b = turns[i]?.label ?? ''
    if (a === b || a === '') continue
    // A trailing arrow opens an answer slot for whoever answers; it counts for every pair.
    const key = `${a}\u0000${b}`
    const c = (counts.get(key) ?? 0) + 1
    counts.set(key, c)
    if (c > bestCount) { best = key; bestCount = c }
  }
  if (bestCount === 0) return null
  const [x = '', y = ''] = best.split('\u0000')
  // Of the pair (x, y), the asker is whichever of them speaks first.
  const first = turns.find(t => t.label === x || t.label === y)
  const asker = first?.label ?? x
  const answerer = asker === x ? y : x
  const own = turns.filter(t => t.label === asker || t.label === answerer || t.label === '')
  let pairs = 0
  const asks: Span[] = []
  const answers: Span[] = []
  for (let i = 0; i < own.length; i++) {
    const t = own[i]
    if (t === undefined) continue
    if (t.label === asker) {
      asks.push(t.content)
      const next = own[i + 1]
      if (next !== undefined && next.label !== asker && !isBlank(text, next.content)) pairs++
    } else if (!isBlank(text, t.content)) {
      answers.push(t.content)
    }
  }
  if (pairs < minPairs) return null
  const firstTurn = own[0]
  const lastTurn = own[own.length - 1]
  if (firstTurn === undefined || lastTurn === undefined) return null
  const last = lastTurn.label === asker ? lastTurn : withoutTrailer(text, lastTurn, answers)
  if (last !== lastTurn) answers[answers.length - 1] = last.content
  const tail = trailingText(text, last.content)
  const openEnd = last.label === asker || isBlank(text, last.content) || tail !== null
  const end = tail?.start ?? last.content.end
  return {
    asker,
    answerer,
    pairs,
    asks,
    answers,
    openEnd,
    before: { start: 0, end: firstTurn.start },
    after: { start: end, end: text.length },
    span: { start: firstTurn.start, end },
  }
}

function labelAt (text: string, from: number, lineEnd: number): { label: string, start: number, contentStart: number } | null {
  let i = from
  const leadEnd = Math.min(lineEnd, from + MAX_LEAD)
  while (i < leadEnd && LEAD.has(text.charAt(i))) i++
  const start = i
  let words = 1
  let label = ''
  const limit = Math.min(lineEnd, start + MAX_LABEL)
  for (; i < limit; i++) {
    const ch = text.charAt(i)
    if (COLONS.has(ch)) break
    if (TRAIL.has(ch)) {
      // "**User:**" or "[User]:" close the label before the colon.
      let j = i
      while (j < limit && TRAIL.has(text.charAt(j))) j++
      if (j < lineEnd && COLONS.has(text.charAt(j))) { i = j; break }
      return null
    }
    if (ch === ' ') {
      if (++words > MAX_LABEL_WORDS) return null
      label += ' '
      continue
    }
    if (isDigit(ch)) continue
    if (!isLabelChar(ch)) return null
    label += ch
  }
  if (i >= limit || !COLONS.has(text.charAt(i))) return null
  label = label.trim()
  if (label.length === 0 || NOT_SPEAKERS.has(label)) return null
  // "http://…" and times ("10:30") are not labels.
  if (text.charAt(i + 1) === '/' || isDigit(text.charAt(i + 1))) return null
  let c = i + 1
  while (c < lineEnd && TRAIL.has(text.charAt(c))) c++
  return { label, start, contentStart: c }
}

/** "input: X -> output: Y" or a trailing "input: X ->": the answer on the same line. */
function inlineAnswer (text: string, from: number, lineEnd: number): { start: number, turn: Turn } | null {
  let at = -1
  let len = 0
  for (const a of ARROWS) {
    const k = text.indexOf(a, from)
    if (k !== -1 && k < lineEnd && (at === -1 || k < at)) { at = k; len = a.length }
  }
  if (at === -1) return null
  const afterArrow = at + len
  if (isBlank(text, { start: afterArrow, end: lineEnd })) {
    return { start: at, turn: { label: '', start: at, content: { start: lineEnd, end: lineEnd } } }
  }
  const head = labelAt(text, afterArrow, lineEnd)
  if (head === null) return null
  return { start: at, turn: { label: head.label, start: head.start, content: { start: head.contentStart, end: lineEnd } } }
}

/**
 * The normalizer collapses blank lines, so a request written after the last answer reads
 * as more lines of it. When the last answer runs longer than every earlier one, the
 * lines past that length are the text after the dialogue.
 */
function withoutTrailer (text: string, last: Turn, answers: readonly Span[]): Turn {
  let longest = 0
  for (let i = 0; i < answers.length - 1; i++) {
    const a = answers[i]
    if (a !== undefined) longest = Math.max(longest, lineCount(text, a))
  }
  if (longest === 0 || lineCount(text, last.content) <= longest) return last
  let end = last.content.start
  for (let k = 0; k < longest; k++) {
    const nl = text.indexOf('\n', end + 1)
    if (nl === -1 || nl >= last.content.end) return last
    end = nl
  }
  return { ...last, content: { start: last.content.start, end } }
}

function lineCount (text: string, s: Span): number {
  let n = 1
  for (let i = text.indexOf('\n', s.start); i !== -1 && i < s.end; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Non-blank text after the end of the last turn, or null. */
function trailingText (text: string, last: Span): Span | null {
  const rest = { start: last.end, end: text.length }
  return isBlank(text, rest) ? null : rest
}

function isBlank (text: string, s: Span): boolean {
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false
  }
  return true
}

function isDigit (ch: string): boolean {
  return ch >= '0' && ch <= '9'
}

function isLabelChar (ch: string): boolean {
  return ch === '-' || ch === '_' || ch === '.' || ch === "'" || /\p{L}/u.test(ch)
}
