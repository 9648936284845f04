import { foldConfusables, mayNeedFolding, type FoldKind, type FoldResult, type FoldSpan } from './confusables.js'
import { isCjk } from './cjk.js'
import { RemovalPass, type HiddenMark } from './hidden-pass.js'

export type { HiddenMark } from './hidden-pass.js'

// One linear pass that removes what a reader cannot see and collapses whitespace, then
// NFKC, then confusable folding. Order matters: invisibles go first so that
// "i\u200Bg\u200Bnore" becomes one word before NFKC and folding look at it.
//
// Not every removed character is *counted*: a zero-width joiner inside an emoji sequence,
// a variation selector after an emoji, the tag letters of a subdivision flag (🏴 + "gbsct")
// and a leading BOM are ordinary text and are dropped silently. Counted characters become
// findings, which the encoding policies score.

export interface CleanResult {
  readonly text: string
  /** Counted characters per class (index = CharClass), null when none. */
  readonly counts: Int32Array | null
  /** ASCII spelled in Unicode tag characters (U+E0020–E007E), '' when none. */
  readonly tagText: string
  readonly tagAscii: number
  readonly tagOther: number
  /** Text hidden as bytes in runs of variation selectors, '' when none. */
  readonly vsText: string
  readonly marks: readonly HiddenMark[]
  readonly folds: readonly FoldSpan[]
  readonly foldCounts: ReadonlyMap<string, number> | null
}

const EMPTY_MARKS: readonly HiddenMark[] = Object.freeze([])
const EMPTY_FOLDS: readonly FoldSpan[] = Object.freeze([])

export function cleanText (raw: string): CleanResult {
  if (isCleanAscii(raw)) return plainResult(raw)
  const pass = new RemovalPass(raw)
  pass.run()
  let text = pass.text()
  let marks: readonly HiddenMark[] = pass.marks
  let wide = pass.nonAscii ? fullwidthWords(text) : null
  if (pass.nonAscii) [text, marks, wide] = nfkcKeepingMarks(text, marks, wide)
  const fold = withFullwidth(pass.nonAscii && mayNeedFolding(text) ? foldConfusables(text) : null, wide, text)
  return {
    text: fold === null ? text : fold.text,
    counts: pass.counts,
    tagText: pass.tagText,
    tagAscii: pass.tagAscii,
    tagOther: pass.tagOther,
    vsText: pass.vsText,
    marks,
    folds: fold === null ? EMPTY_FOLDS : fold.spans,
    foldCounts: fold === null ? null : fold.counts,
  }
}

function plainResult (text: string): CleanResult {
  return { text, counts: null, tagText: '', tagAscii: 0, tagOther: 0, vsText: '', marks: EMPTY_MARKS, folds: EMPTY_FOLDS, foldCounts: null }
}

/** The fast path: visible ASCII with single spaces or newlines between words needs no work. */
function isCleanAscii (s: string): boolean {
  let prevWs = true
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c > 0x20 && c < 0x7f) { prevWs = false; continue }
    if ((c === 0x20 || c === 0x0a) && !prevWs) { prevWs = true; continue }
    return false
  }
  return !prevWs || s.length === 0
}

/**
 * NFKC that keeps mark and span offsets exact: the text is normalized piecewise between
 * marks and span ends, so each still points where its character was even when NFKC
 * changes lengths before it ("ﬁ" → "fi").
 */
function nfkcKeepingMarks (text: string, marks: readonly HiddenMark[], spans: readonly FoldSpan[] | null): [string, readonly HiddenMark[], FoldSpan[] | null] {
  if (marks.length === 0 && spans === null) return [text.normalize('NFKC'), marks, spans]
  const cuts = [...marks.map(m => m.at), ...(spans ?? []).flatMap(s => [s.start, s.end])].sort((a, b) => a - b)
  const moved = new Map<number, number>()
  const out: string[] = []
  let from = 0
  let length = 0
  for (const at of cuts) {
    if (at > from) {
      const piece = text.slice(from, at).normalize('NFKC')
      out.push(piece)
      length += piece.length
      from = at
    }
    moved.set(at, length)
  }
  out.push(text.slice(from).normalize('NFKC'))
  const to = (at: number): number => moved.get(at) ?? at
  return [out.join(''), marks.map(m => ({ at: to(m.at), cls: m.cls, cp: m.cp })), spans === null ? null : spans.map(s => ({ ...s, start: to(s.start), end: to(s.end) }))]
}

/**
 * Words spelled in fullwidth Latin letters (U+FF21–FF5A), which NFKC folds to ASCII
 * without a trace: "ＡＤＭＩＮ　ＭＯＤＥ". Chinese, Japanese and Korean text writes
 * acronyms that way ("ＰＣを押す"), so a text with at least as many CJK characters as
 * fullwidth letters counts none; one Han character added to a fullwidth sentence does
 * not make it CJK text. Spans are offsets before NFKC, moved by nfkcKeepingMarks.
 */
function fullwidthWords (text: string): FoldSpan[] | null {
  let spans: FoldSpan[] | null = null
  let start = -1
  let letters = 0
  let wideLetters = 0
  let cjk = 0
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0
    if (isCjk(c)) cjk++
    const letter = (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)
    if (letter) wideLetters++
    if (letter || (start >= 0 && c >= 0xff10 && c <= 0xff19)) {
      if (start < 0) start = i
      if (letter) letters++
      continue
    }
    if (start >= 0 && letters >= 2 && (spans ??= []).length < MAX_WIDE_SPANS) spans.push({ start, end: i, kind: 'fullwidth' })
    start = -1
    letters = 0
  }
  return cjk >= wideLetters ? null : spans
}

const MAX_WIDE_SPANS = 64


/** The confusable folds with the fullwidth words added (counted and located). */
function withFullwidth (fold: FoldResult | null, wide: readonly FoldSpan[] | null, text: string): FoldResult | null {
  if (wide === null) return fold
  const counts = new Map<FoldKind, number>(fold?.counts ?? [])
  counts.set('fullwidth', wide.length)
  return { text: fold?.text ?? text, spans: [...(fold?.spans ?? []), ...wide], counts }
}
