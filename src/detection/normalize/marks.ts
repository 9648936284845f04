import type { NormalizationFinding, Segment } from '../types.js'
import { CLASS_REPORT, CharClass, TAG_ASCII, TAG_OTHER } from './char-classes.js'
import type { CleanResult, HiddenMark } from './clean-text.js'
import type { FoldKind } from './confusables.js'

// Where, in a segment's text, hidden characters were removed and look-alikes folded.
// Findings carry counts only; policies that want to point at the spot (evidence) ask here.
// Kept beside the segment in a WeakMap rather than on it, so the Segment shape stays the
// shared contract and the marks are collected with the input. Cost: marks do not survive
// a copy of the input (structured clone to another thread); evidence then falls back to
// the segment start.

export interface HiddenCharMark {
  /** Offset in the segment text where the character was. */
  readonly at: number
  readonly kind: NormalizationFinding['kind']
  readonly detail: string
  readonly codePoint: number
}

export interface ConfusableMark {
  readonly start: number
  readonly end: number
  readonly detail: FoldKind
}

export interface SegmentMarks {
  readonly hidden: readonly HiddenCharMark[]
  readonly confusables: readonly ConfusableMark[]
}

const MARKS = new WeakMap<Segment, SegmentMarks>()

export function marksOf (seg: Segment): SegmentMarks | undefined {
  return MARKS.get(seg)
}

export function recordMarks (seg: Segment, clean: CleanResult): void {
  if (clean.marks.length === 0 && clean.folds.length === 0) return
  MARKS.set(seg, Object.freeze({
    hidden: Object.freeze(clean.marks.map(hiddenMark)),
    confusables: Object.freeze(clean.folds.map(f => ({ start: f.start, end: f.end, detail: f.kind }))),
  }))
}

function hiddenMark (m: HiddenMark): HiddenCharMark {
  if (m.cls === CharClass.Tag) {
    const ascii = m.cp >= 0xe0020 && m.cp <= 0xe007e
    return { at: m.at, kind: 'tag', detail: ascii ? TAG_ASCII : TAG_OTHER, codePoint: m.cp }
  }
  const report = CLASS_REPORT[m.cls] ?? { kind: 'invisible', detail: 'other' }
  return { at: m.at, kind: report.kind, detail: report.detail, codePoint: m.cp }
}

const REPORTED = Object.freeze(
  (Object.keys(CLASS_REPORT).map(Number) as CharClass[]).sort((a, b) => a - b),
)
const FOLD_ORDER: readonly FoldKind[] = ['mixed-script', 'lookalike-word', 'small-caps', 'diacritic', 'fullwidth']

/** Findings for what cleaning one segment removed or folded, in a fixed order. */
export function cleanFindings (seg: Segment, clean: CleanResult, out: NormalizationFinding[]): void {
  const base = { messageIndex: seg.messageIndex, role: seg.role }
  const counts = clean.counts
  if (counts !== null) {
    for (const cls of REPORTED) {
      const n = counts[cls] ?? 0
      const report = CLASS_REPORT[cls]
      if (n > 0 && report !== undefined) out.push({ ...base, kind: report.kind, count: n, detail: report.detail })
    }
  }
  if (clean.tagAscii > 0) out.push({ ...base, kind: 'tag', count: clean.tagAscii, detail: TAG_ASCII })
  if (clean.tagOther > 0) out.push({ ...base, kind: 'tag', count: clean.tagOther, detail: TAG_OTHER })
  if (clean.foldCounts !== null) {
    for (const kind of FOLD_ORDER) {
      const n = clean.foldCounts.get(kind) ?? 0
      if (n > 0) out.push({ ...base, kind: 'confusable', count: n, detail: kind })
    }
  }
}
