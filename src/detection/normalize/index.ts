import type { ChatMessage, NormalizationFinding, NormalizedInput, Role, Segment } from '../types.js'
import { isAsciiSpace } from './char-classes.js'
import { cleanText, type CleanResult } from './clean-text.js'
import { DECODERS, type DecodeContext, type Payload } from './decoders/index.js'
import type { NormalizeLimits } from './limits.js'
import { cleanFindings, recordMarks } from './marks.js'
import { memoSlot, placedAt } from '../segment-memo.js'
import { memoizedPlain, type PlainEntry } from './plain-memo.js'
import { traitsOf } from './traits.js'

export { DEFAULT_LIMITS, type NormalizeLimits } from './limits.js'
export { marksOf, type ConfusableMark, type HiddenCharMark, type SegmentMarks } from './marks.js'
export { TAG_ASCII, TAG_OTHER } from './char-classes.js'
export { ASSEMBLED, DISGUISES, FRAMED, SUBSTITUTED } from './decoders/index.js'

/** Encoding label of the segment that concatenates the user turns. */
export const JOINED = 'joined'
/** Start of the detail of a 'truncated' finding raised when a chain is still decodable at maxDecodeDepth. */
export const DEPTH_LIMIT_DETAIL = 'decode depth limit'
/** Start of the detail of a 'truncated' finding raised when maxDecodedSegments ran out. */
export const SEGMENT_LIMIT_DETAIL = 'decoded segment limit'
/** How many recent user turns the joined windows reach over: a payload split into up to this many pieces is whole in one window. */
const JOINED_TURNS = 8
/** Characters a joined window keeps on each side of its turn boundary, before widening to whole tokens (see seamOf). */
export const SEAM_CHARS = 96
/** Widening past SEAM_CHARS over non-space characters that no encoding uses (CJK text has no spaces to stop at). */
const MAX_WIDEN = 64
/** Share of a cut message kept from its head; the rest comes from its tail. */
const HEAD_SHARE = 0.75

/**
 * Turns chat messages into the segments policies scan: one cleaned `plain` segment per
 * message, then `decoded` segments for every payload found (recursively, bounded), then
 * one `joined` segment reassembling the recent user turns. Pure and deterministic: the
 * same messages and limits give the same segments, in the same order.
 */
export function normalize (messages: readonly ChatMessage[], limits: NormalizeLimits): NormalizedInput {
  return new Normalizer(messages, limits).run()
}

/**
 * Normalizes one more view of a message (text put together from its pieces) on what the
 * request has left of its decoded-text budget: the view's own text and everything decoded
 * from it spend `budget`, so extra views cannot multiply a request's work. Null when the
 * view does not fit.
 */
export function normalizeView (role: Role, text: string, limits: NormalizeLimits, budget: number): NormalizedInput | null {
  const scanned = Math.min(text.length, limits.maxMessageChars)
  if (scanned > budget) return null
  return new Normalizer([{ role, content: text }], limits, budget - scanned).run()
}

const NO_CLEAN: CleanResult = cleanText('')

function plainSegment (i: number, m: ChatMessage, scanned: string): PlainEntry {
  const clean = cleanText(scanned)
  const seg: Segment = { messageIndex: i, role: m.role, layer: 'plain', encodings: [], text: clean.text, lower: clean.text.toLowerCase(), sourceStart: 0, sourceEnd: m.content.length }
  recordMarks(seg, clean)
  return { seg, clean }
}

function placeSegment (entry: PlainEntry, i: number): Segment {
  const seg = placedAt(entry.seg, i)
  recordMarks(seg, entry.clean)
  return seg
}

class Normalizer {
  private readonly messages: readonly ChatMessage[]
  private readonly limits: NormalizeLimits
  private readonly ctx: DecodeContext
  private readonly findings: NormalizationFinding[] = []
  private readonly plain: Segment[] = []
  private readonly decoded: Segment[][] = []
  private readonly seen = new SeenTexts()
  private segmentsLeft: number
  private charsLeft: number
  private segmentLimitReported = false
  private charLimitReported = false

  constructor (messages: readonly ChatMessage[], limits: NormalizeLimits, decodedChars: number = limits.maxTotalChars) {
    this.messages = messages
    this.limits = limits
    this.ctx = { minLength: limits.minEncodedLength, maxPayloads: limits.maxDecodedSegments + 1 }
    this.segmentsLeft = limits.maxDecodedSegments
    this.charsLeft = decodedChars
  }

  run (): NormalizedInput {
    const n = this.messages.length
    const scanned = this.allot()
    const cleaned: CleanResult[] = []
    for (let i = 0; i < n; i++) {
      const m = this.messages[i] as ChatMessage
      const { seg, clean } = memoizedPlain(i, `${m.role}\u0000${m.content.length}`, scanned[i] as string, () => plainSegment(i, m, scanned[i] as string), placeSegment)
      this.plain.push(seg)
      this.decoded.push([])
      this.seen.first(i, clean.text)
      cleaned.push(clean)
      cleanFindings(seg, clean, this.findings)
    }
    // The latest turn is decoded first, then the reassembled user turns, then history:
    // when the segment budget runs out, what runs out is the oldest context.
    if (n > 0) this.descend(this.plain[n - 1] as Segment, cleaned[n - 1] as CleanResult, 0, (this.messages[n - 1] as ChatMessage).content)
    this.joined()
    for (let i = n - 2; i >= 0; i--) this.descend(this.plain[i] as Segment, cleaned[i] as CleanResult, 0, (this.messages[i] as ChatMessage).content)

    const segments: Segment[] = [...this.plain]
    for (const list of this.decoded) segments.push(...list)
    // Stable sort: per message, findings keep the order in which they were found.
    const findings = this.findings.map((f, k) => [f, k] as const)
      .sort((a, b) => a[0].messageIndex - b[0].messageIndex || a[1] - b[1])
      .map(([f]) => f)
    return Object.freeze({ messages: this.messages, segments: Object.freeze(segments), findings: Object.freeze(findings) })
  }

  /**
   * Cuts every message to its share of the limits, latest message first, so padding the
   * history cannot push the current turn out of view. A cut message keeps its head and
   * its tail (an instruction appended after filler is still seen), and is reported.
   */
  private allot (): string[] {
    const { maxMessageChars, maxTotalChars } = this.limits
    const out: string[] = new Array<string>(this.messages.length)
    let remaining = maxTotalChars
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const m = this.messages[i] as ChatMessage
      const allowance = Math.max(0, Math.min(maxMessageChars, remaining))
      if (m.content.length <= allowance) {
        out[i] = m.content
        remaining -= m.content.length
        continue
      }
      out[i] = cutMiddle(m.content, allowance)
      remaining -= allowance
      const why = allowance < maxMessageChars ? 'maxTotalChars' : 'maxMessageChars'
      this.findings.push({ kind: 'truncated', messageIndex: i, role: m.role, count: m.content.length - allowance, detail: `scanned ${allowance} of ${m.content.length} characters (${why})` })
    }
    return out
  }

  /**
   * Adds the user turns glued without separators around each turn boundary, so a value or
   * payload split across turns is whole again: one `joined` segment per boundary between
   * the last JOINED_TURNS user turns (see seamOf) where a turn stops mid-sentence (see
   * endsSentence), latest first, until the text budget of one message is spent. Each
   * depends only on the turns up to its boundary, so a resent history hands out the same
   * segments (plain-memo) with everything derived from them, and a request costs only
   * the window of its own new boundary.
   */
  private joined (): void {
    const users: number[] = []
    for (let i = 0; i < this.messages.length; i++) if ((this.messages[i] as ChatMessage).role === 'user') users.push(i)
    if (users.length < 2) return
    let budget = this.limits.maxMessageChars
    for (let k = users.length - 1; k >= Math.max(1, users.length - JOINED_TURNS + 1) && budget > 0; k--) {
      const before = users.slice(Math.max(0, k - JOINED_TURNS + 1), k).map(i => (this.plain[i] as Segment).text)
      const after = (this.plain[users[k] as number] as Segment).text
      if (endsSentence(before[before.length - 1] as string, after)) continue
      const seam = seamOf(before, after, budget)
      if (seam === null) continue
      budget -= seam.text.length
      const at = users[k] as number
      const length = (this.messages[at] as ChatMessage).content.length
      const entry = memoizedPlain(at, `${JOINED}\u0000${seam.boundary}\u0000${length}`, seam.text, () => ({ seg: joinedSegment(at, seam, length), clean: NO_CLEAN }), e => placedAt(e.seg, at))
      ;(this.decoded[at] as Segment[]).push(entry.seg)
      if (gluedAcross([seam.text.slice(0, seam.boundary), seam.text.slice(seam.boundary)], this.ctx.minLength)) this.descend(entry.seg, NO_CLEAN, 0, null)
    }
  }

  /**
   * Decodes what `seg` holds and recurses into each result. `origin` is the message
   * content when `seg` is a plain segment (to locate payloads in it). Of a joined window,
   * only payloads that cross its turn boundary are new.
   */
  private descend (seg: Segment, clean: CleanResult, depth: number, origin: string | null): void {
    const boundary = seamBoundaryOf(seg)
    const kept = seg.layer === 'plain' || boundary !== undefined || isKeptView(seg)
    const { payloads, hidden } = kept ? keptPayloadsOf(seg, clean, this.ctx) : payloadsOf(seg, clean, this.ctx)
    if (payloads.length === 0) return
    if (depth >= this.limits.maxDecodeDepth) {
      this.findings.push({ kind: 'truncated', messageIndex: seg.messageIndex, role: seg.role, count: payloads.length, detail: `${DEPTH_LIMIT_DETAIL} ${this.limits.maxDecodeDepth} reached in ${seg.encodings.join('>')}` })
      return
    }
    for (let k = 0; k < payloads.length; k++) {
      const p = payloads[k] as Payload
      if (boundary !== undefined && !(p.start < boundary && p.end > boundary)) continue
      const [start, end] = k < hidden ? [seg.sourceStart, seg.sourceEnd] : this.sourceOf(seg, p, origin)
      const child = this.admit(seg, p, start, end, kept ? k : -1)
      if (child === null) {
        if (this.segmentsLeft <= 0 || this.charsLeft <= 0) return
        continue
      }
      this.descend(child[0], child[1], depth + 1, null)
    }
  }

  /** `k`: the payload's position among the kept payloads of `parent` (-1: parent is new this request), under which the view is kept. */
  private admit (parent: Segment, p: Payload, sourceStart: number, sourceEnd: number, k: number): [Segment, CleanResult] | null {
    if (this.segmentsLeft <= 0) {
      this.limitReached(parent, 'segment')
      return null
    }
    const raw = p.text.length > this.limits.maxMessageChars ? p.text.slice(0, this.limits.maxMessageChars) : p.text
    if (raw.length > this.charsLeft) {
      this.limitReached(parent, 'chars')
      return null
    }
    const view = k < 0 ? null : keptViewOf(parent, k, raw, sourceStart, sourceEnd)
    const clean = view?.clean ?? cleanText(raw)
    if (clean.text.length === 0 || !this.seen.first(parent.messageIndex, clean.text)) return null
    this.segmentsLeft--
    this.charsLeft -= clean.text.length
    const seg: Segment = view?.seg ?? {
      messageIndex: parent.messageIndex,
      role: parent.role,
      layer: 'decoded',
      encodings: [...parent.encodings, p.encoding],
      text: clean.text,
      lower: clean.text.toLowerCase(),
      sourceStart,
      sourceEnd,
    }
    if (k >= 0 && view === null) keepView(parent, k, raw, seg, clean)
    ;(this.decoded[parent.messageIndex] as Segment[]).push(seg)
    this.findings.push({ kind: 'encoded', messageIndex: seg.messageIndex, role: seg.role, count: 1, detail: seg.encodings.join('>') })
    cleanFindings(seg, clean, this.findings)
    recordMarks(seg, clean)
    return [seg, clean]
  }

  private limitReached (seg: Segment, which: 'segment' | 'chars'): void {
    if (which === 'segment' ? this.segmentLimitReported : this.charLimitReported) return
    if (which === 'segment') this.segmentLimitReported = true
    else this.charLimitReported = true
    const detail = which === 'segment'
      ? `${SEGMENT_LIMIT_DETAIL} ${this.limits.maxDecodedSegments} reached (maxDecodedSegments)`
      : `decoded text limit ${this.limits.maxTotalChars} reached (maxTotalChars)`
    this.findings.push({ kind: 'truncated', messageIndex: seg.messageIndex, role: seg.role, count: 1, detail })
  }

  /** Where a payload of a plain segment sits in the original message, when it can be found. */
  private sourceOf (seg: Segment, p: Payload, origin: string | null): [number, number] {
    if (origin === null) return [seg.sourceStart, seg.sourceEnd]
    if (origin === seg.text) return [p.start, p.end]
    // Cleaning rewrote the text, so search for the payload. The probe is bounded: indexOf
    // on a long, repetitive needle is not linear.
    const probe = seg.text.slice(p.start, Math.min(p.end, p.start + 64))
    const at = probe.length > 0 ? origin.indexOf(probe) : -1
    return at >= 0 ? [at, Math.min(origin.length, at + (p.end - p.start))] : [seg.sourceStart, seg.sourceEnd]
  }
}

/** A joined window: the text around one turn boundary, and where the boundary falls in it. */
interface Seam {
  readonly text: string
  readonly boundary: number
}

/**
 * The window around the boundary between the earlier user turns (`before`, oldest first)
 * and the later one: SEAM_CHARS of glued text on each side, widened to whole tokens so
 * no word is cut in two and an encoded payload split across the boundary is whole (over
 * encoding characters without bound, over other ones by MAX_WIDEN). It reads no turn
 * after the boundary but the later one, so a window, once made, stays the same as the
 * conversation goes on. Null when nothing of it fits in `budget`.
 */
function seamOf (before: readonly string[], after: string, budget: number): Seam | null {
  const head = after.slice(0, widenedEnd(after, Math.min(after.length, SEAM_CHARS)))
  let tail = ''
  let start = 0
  for (let k = before.length - 1; k >= 0; k--) {
    tail = (before[k] as string) + tail
    start = widenedStart(tail, Math.max(0, tail.length - SEAM_CHARS))
    if (start > 0 || tail.length - start + head.length >= budget) break
  }
  const kept = Math.min(tail.length - start, budget - head.length)
  if (kept <= 0) return null
  return { text: tail.slice(tail.length - kept) + head, boundary: kept }
}

// Sentence ends, after closing quotes, brackets and emphasis.
const SENTENCE_END = /[.!?\u3002\uff01\uff1f\u2026]["'\u2019\u201d\u00bb)\]*_]*\s*$/

/**
 * A turn that closes its sentence, followed by one that does not carry on in lower case or
 * in digits, splits nothing: each side is whole text, scanned as its own segment. A value,
 * token or sentence cut in two ends mid-way ("ssn 123-45", "aWdub3Jl", "ignore all
 * previous"), and those boundaries get a window. Most chat turns end a sentence ("…?"),
 * so most boundaries of a fresh history need none.
 */
function endsSentence (before: string, after: string): boolean {
  if (!SENTENCE_END.test(before.slice(-8))) return false
  const first = after.trimStart().charAt(0)
  return first === '' || (first === first.toUpperCase() && !(first >= '0' && first <= '9'))
}

function widenedStart (text: string, at: number): number {
  let widened = 0
  while (at > 0 && !isAsciiSpace(text.charCodeAt(at - 1)) && (isTokenChar(text.charCodeAt(at - 1)) || ++widened <= MAX_WIDEN)) at--
  return at
}

function widenedEnd (text: string, at: number): number {
  let widened = 0
  while (at < text.length && !isAsciiSpace(text.charCodeAt(at)) && (isTokenChar(text.charCodeAt(at)) || ++widened <= MAX_WIDEN)) at++
  return at
}

// Kept on the window itself, so a window placed at another index (segment-memo) keeps it.
const SEAM_AT = memoSlot<number>()

function joinedSegment (messageIndex: number, seam: Seam, contentLength: number): Segment {
  const seg: Segment = { messageIndex, role: 'user', layer: 'decoded', encodings: [JOINED], text: seam.text, lower: seam.text.toLowerCase(), sourceStart: 0, sourceEnd: contentLength }
  SEAM_AT.set(seg, seam.boundary)
  return seg
}

/** Where the turn boundary falls in a joined window (an offset into its text); undefined for any other segment. */
export function seamBoundaryOf (seg: Segment): number | undefined {
  return SEAM_AT.get(seg)
}

interface FoundPayloads {
  readonly payloads: readonly Payload[]
  /** The first `hidden` payloads came from hidden characters, not from a decoder. */
  readonly hidden: number
}

function payloadsOf (seg: Segment, clean: CleanResult, ctx: DecodeContext): FoundPayloads {
  const payloads: Payload[] = []
  if (clean.tagText.length > 0) payloads.push({ encoding: 'unicode-tags', text: clean.tagText, start: 0, end: 0 })
  if (clean.vsText.length > 0) payloads.push({ encoding: 'variation-selectors', text: clean.vsText, start: 0, end: 0 })
  const hidden = payloads.length
  const traits = traitsOf(seg.text, ctx.minLength)
  for (const d of DECODERS) if ((d.needs & traits) !== 0) d.find(seg.text, seg.lower, ctx, payloads)
  return { payloads, hidden }
}

/**
 * The decoded views of a kept segment (a plain message or joined window reused across a
 * session's requests, and, recursively, the views kept on it) are kept on it too, as the
 * same Segment objects: their text depends only on the parent's and the limits, and an
 * object that stays the same keeps every view derived from it (lexicon walks, folded
 * text, decoder results) for the next request. A fresh object each request made a
 * resent message's decoded views — line-break repairs of a long pasted text, a framed
 * JSON body, a tool definition's schema lines — cost a full scan on every request. The
 * budgets, the de-duplication and the findings stay per request.
 */
interface KeptView {
  readonly raw: string
  readonly seg: Segment
  readonly clean: CleanResult
}
const KEPT_VIEWS = memoSlot<Map<number, KeptView>>()

/**
 * What the kept views of one message may hold, in characters (their text and the raw
 * payload each was cleaned from): plain-memo.ts bounds the messages it keeps by their
 * characters, and their views ride along uncounted, so each message's views together
 * hold at most KEPT_VIEW_RATIO times its own text (a line-break repair of the whole text
 * costs twice its length: the view and the payload it was cleaned from). Past that a view
 * is made afresh each request, as before views were kept. Shared by every level of a
 * message's views.
 */
interface ViewBudget { left: number }
const KEPT_VIEW_RATIO = 4
// On a kept view: its message's budget (and the mark that its own views are kept in turn).
const KEPT_VIEW = memoSlot<ViewBudget>()
// On a plain segment or joined window: the budget its views share.
const VIEW_BUDGET = memoSlot<ViewBudget>()

/** A decoded view handed out again with a resent message (see KeptView). */
export function isKeptView (seg: Segment): boolean {
  return KEPT_VIEW.get(seg) !== undefined
}

function keptViewOf (parent: Segment, k: number, raw: string, sourceStart: number, sourceEnd: number): { readonly seg: Segment, readonly clean: CleanResult } | null {
  const v = KEPT_VIEWS.get(parent)?.get(k)
  // The payload at k is the same text under the same limits (raw compares the cut too);
  // a parent placed at another index places its views there as well.
  if (v === undefined || v.raw !== raw || v.seg.sourceStart !== sourceStart || v.seg.sourceEnd !== sourceEnd) return null
  return v.seg.messageIndex === parent.messageIndex ? v : { seg: placedAt(v.seg, parent.messageIndex), clean: v.clean }
}

function keepView (parent: Segment, k: number, raw: string, seg: Segment, clean: CleanResult): void {
  const budget = KEPT_VIEW.get(parent) ?? VIEW_BUDGET.get(parent) ?? VIEW_BUDGET.set(parent, { left: KEPT_VIEW_RATIO * parent.text.length })
  const cost = seg.text.length + raw.length
  if (cost > budget.left) return
  budget.left -= cost
  let views = KEPT_VIEWS.get(parent)
  if (views === undefined) views = KEPT_VIEWS.set(parent, new Map())
  views.set(k, { raw, seg, clean })
  KEPT_VIEW.set(seg, budget)
}

// Plain segments and the joined windows are reused across the requests of a session
// (plain-memo.ts), so what the decoders find in one is kept with it: a pure function of
// its text and the limits.
const KEPT_PAYLOADS = memoSlot<{ readonly ctx: DecodeContext, readonly found: FoundPayloads }>()

function keptPayloadsOf (seg: Segment, clean: CleanResult, ctx: DecodeContext): FoundPayloads {
  const hit = KEPT_PAYLOADS.get(seg)
  if (hit !== undefined && hit.ctx.minLength === ctx.minLength && hit.ctx.maxPayloads === ctx.maxPayloads) return hit.found
  const found = payloadsOf(seg, clean, ctx)
  KEPT_PAYLOADS.set(seg, { ctx, found })
  return found
}

/**
 * Whether some turn boundary joins two halves of an encoded-looking token: the text before
 * ends, and the text after starts, with a character of an encoding alphabet, and the token
 * they form is long enough to be tried. Ordinary turns end in punctuation or short words,
 * so most conversations skip decoding the joined text, which would otherwise scan every
 * user turn a second time. Cost: a split payload whose halves meet on punctuation (a
 * word, then "=" padding) is not reassembled; each half is still decoded on its own.
 */
function gluedAcross (parts: readonly string[], minLength: number): boolean {
  for (let k = 0; k + 1 < parts.length; k++) {
    const before = parts[k] as string
    const after = parts[k + 1] as string
    if (!isTokenChar(before.charCodeAt(before.length - 1)) || !isTokenChar(after.charCodeAt(0))) continue
    let run = 0
    for (let i = before.length - 1; i >= 0 && run < minLength && !isAsciiSpace(before.charCodeAt(i)); i--) run++
    for (let i = 0; i < after.length && run < minLength && !isAsciiSpace(after.charCodeAt(i)); i++) run++
    if (run >= minLength) return true
  }
  return false
}

const TOKEN_PUNCTUATION = new Set([0x2b, 0x2f, 0x3d, 0x5f, 0x2d, 0x25, 0x5c, 0x26, 0x23, 0x3b, 0x2e])

function isTokenChar (c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || TOKEN_PUNCTUATION.has(c)
}

/**
 * Texts are deduplicated per message: a payload repeated in one message is decoded once,
 * and rot13 of rot13 cannot loop back to the plain text; the same payload in another
 * message (another role, another turn) is still its own finding.
 *
 * One set of texts per message rather than one set of `index + text` keys: such a key is
 * a new string, copied and hashed in full for every segment, a resent message's included;
 * a text's own hash is computed once and kept on the string (and a resent message's text
 * is the same string every request, see plain-memo.ts).
 */
class SeenTexts {
  private readonly byMessage = new Map<number, Set<string>>()

  /** Records `text` for the message; false when it was recorded already. */
  first (messageIndex: number, text: string): boolean {
    let texts = this.byMessage.get(messageIndex)
    if (texts === undefined) {
      texts = new Set()
      this.byMessage.set(messageIndex, texts)
    }
    if (texts.has(text)) return false
    texts.add(text)
    return true
  }
}

/** Keeps the head and the tail of an over-long text, never splitting a surrogate pair. */
function cutMiddle (text: string, allowance: number): string {
  if (allowance <= 0) return ''
  let head = Math.floor(allowance * HEAD_SHARE)
  let tailStart = text.length - (allowance - head - 1)
  const hc = text.charCodeAt(head - 1)
  if (hc >= 0xd800 && hc <= 0xdbff) head--
  const tc = text.charCodeAt(tailStart)
  if (tc >= 0xdc00 && tc <= 0xdfff) tailStart++
  return tailStart >= text.length ? text.slice(0, head) : text.slice(0, head) + '\n' + text.slice(tailStart)
}
