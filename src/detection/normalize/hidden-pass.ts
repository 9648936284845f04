import { CharClass, classOfAstral, classOfBmp, isAsciiLetter, isAsciiVisible, variationSelectorByte } from './char-classes.js'
import { bytesToText } from './text-quality.js'

// The removal pass of the cleaner: one linear walk that copies visible text in slices,
// drops hidden characters (counting the deliberate ones and marking where they were),
// collapses whitespace runs to one space or one newline, and collects ASCII smuggled in
// tag characters or variation selectors.

export interface HiddenMark {
  /** Offset in the cleaned text where the character was. */
  readonly at: number
  readonly cls: CharClass
  readonly cp: number
}

const MAX_MARKS = 32
/** A run of variation selectors this long may carry bytes (one byte per selector). */
const MIN_VS_PAYLOAD = 4
const BLACK_FLAG = 0x1f3f4
const CANCEL_TAG = 0xe007f

export class RemovalPass {
  readonly raw: string
  readonly parts: string[] = []
  /** Start of the run of kept characters not yet copied into `parts`. */
  runStart = 0
  /** Length of what `parts` holds. */
  flushed = 0
  /** Whitespace waiting to be written before the next kept character: 0 none, 1 space, 2 newline. */
  ws = 0
  /** Last kept code point, -1 at the start. */
  prev = -1
  nonAscii = false
  counts: Int32Array | null = null
  marks: HiddenMark[] = []
  tagText = ''
  tagAscii = 0
  tagOther = 0
  vsText = ''

  constructor (raw: string) { this.raw = raw }

  text (): string {
    this.parts.push(this.raw.slice(this.runStart))
    return this.parts.join('')
  }

  run (): void {
    const raw = this.raw
    const n = raw.length
    let i = 0
    while (i < n) {
      const c = raw.charCodeAt(i)
      if (c > 0x20 && c < 0x7f) {
        if (this.ws !== 0) this.emitWs(i)
        this.prev = c
        i++
        continue
      }
      if (c >= 0xa0 && c < 0xd800 && classOfBmp(c) === CharClass.Normal) {
        // Letters of other scripts: the common case of non-English text, kept inline.
        if (this.ws !== 0) this.emitWs(i)
        this.nonAscii = true
        this.prev = c
        i++
        continue
      }
      if ((c === 0x20 || c === 0x0a) && this.ws === 0 && this.length(i) > 0 && isPlainVisible(raw.charCodeAt(i + 1))) {
        this.prev = c // a lone separator between words stays in the copied run
        i++
        continue
      }
      let cp = c
      let width = 1
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = raw.charCodeAt(i + 1)
        if (d >= 0xdc00 && d <= 0xdfff) { cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000; width = 2 }
      }
      const cls = width === 2 ? classOfAstral(cp) : classOfBmp(c)
      i = this.special(i, cp, width, cls)
    }
  }

  /** Handles one non-trivial character (or run) at `i`; returns the next index. */
  private special (i: number, cp: number, width: number, cls: CharClass): number {
    switch (cls) {
      case CharClass.Normal: return this.keep(i, cp, width)
      case CharClass.Space:
      case CharClass.Newline:
        this.drop(i, i + width)
        if (this.ws < 2) this.ws = cls === CharClass.Newline ? 2 : 1
        return i + width
      case CharClass.Rewrite: // U+0130 'İ' lower-cases to two units; fold it so `lower` keeps text's offsets
        this.drop(i, i + 1)
        if (this.ws !== 0) this.emitWs(i + 1)
        this.parts.push('I'); this.flushed++; this.prev = 0x49
        return i + 1
      case CharClass.Combining: return this.combining(i, cp)
      case CharClass.Tag: return this.tags(i)
      case CharClass.VariationSelector: return this.selectors(i)
      case CharClass.ZeroWidth: {
        const counted = !(i === 0 && cp === 0xfeff) && (isAsciiVisible(this.prev) || isAsciiVisible(this.nextVisible(i + width)))
        this.remove(i, i + width, cls, cp, counted)
        return i + width
      }
      case CharClass.Control: {
        if (cp === 0x1b) { const end = this.ansiEnd(i); this.remove(i, end, cls, cp, false); return end }
        // A backspace erases the character before it wherever the text is shown
        // ("instruX\bctions" reads "instructions"): both go, as the reader never sees them.
        if (cp === 0x08 && i > this.runStart && isAsciiVisible(this.raw.charCodeAt(i - 1))) {
          this.remove(i - 1, i + 1, cls, cp, true)
          this.prev = i >= 2 ? this.raw.charCodeAt(i - 2) : 0
          return i + 1
        }
        // C1 controls (U+0080–U+009F) are what UTF-8 read as Latin-1 leaves behind (mojibake): removed, not counted.
        this.remove(i, i + width, cls, cp, cp < 0x80)
        return i + width
      }
      default: // soft hyphen, bidi controls, fillers, format characters, lone surrogates
        this.remove(i, i + width, cls, cp, true)
        return i + width
    }
  }

  private keep (i: number, cp: number, width: number): number {
    if (this.ws !== 0) this.emitWs(i)
    if (cp >= 0x80) this.nonAscii = true
    this.prev = cp
    return i + width
  }

  /** Current length of the cleaned text, with the kept run ending at `i`. */
  private length (i: number): number {
    return this.flushed + (i - this.runStart)
  }

  private flush (i: number): void {
    if (i > this.runStart) {
      this.parts.push(this.raw.slice(this.runStart, i))
      this.flushed += i - this.runStart
    }
    this.runStart = i
  }

  private drop (from: number, to: number): void {
    this.flush(from)
    this.runStart = to
  }

  private emitWs (i: number): void {
    if (this.length(i) > 0) {
      this.flush(i)
      this.parts.push(this.ws === 2 ? '\n' : ' ')
      this.flushed++
    }
    this.ws = 0
  }

  private remove (from: number, to: number, cls: CharClass, cp: number, counted: boolean): void {
    const at = this.length(from)
    this.drop(from, to)
    if (counted) this.count(cls, cp, at, 1)
  }

  private count (cls: CharClass, cp: number, at: number, n: number): void {
    if (this.counts === null) this.counts = new Int32Array(16)
    this.counts[cls] = (this.counts[cls] ?? 0) + n
    if (this.marks.length < MAX_MARKS) this.marks.push({ at, cls, cp })
  }

  /** First code unit after `i` that is not a hidden character, for the zero-width neighbour rule. */
  private nextVisible (i: number): number {
    const raw = this.raw
    for (let j = i; j < raw.length && j < i + 8; j++) {
      const c = raw.charCodeAt(j)
      const cls = classOfBmp(c)
      if (cls !== CharClass.ZeroWidth && cls !== CharClass.BidiMark && cls !== CharClass.SoftHyphen) return c
    }
    return -1
  }

  /** ESC and, when it opens an ANSI colour/cursor sequence, the whole sequence: terminal output in tool results. */
  private ansiEnd (i: number): number {
    const raw = this.raw
    if (raw.charCodeAt(i + 1) !== 0x5b) return i + 1
    let j = i + 2
    while (j < raw.length && j < i + 24) {
      const c = raw.charCodeAt(j)
      if ((c >= 0x30 && c <= 0x39) || c === 0x3b || c === 0x3f) { j++; continue }
      return c >= 0x40 && c <= 0x7e ? j + 1 : j
    }
    return j
  }

  /**
   * Combining marks after a Latin letter: kept when they compose with it (NFD "é",
   * Vietnamese "ệ"), removed and counted when they do not ("i̵g̵n̵o̵r̵e̵", zalgo text), since
   * their only effect is to break the word apart for a matcher. Marks after a space
   * ("i̶g̶n̶o̶r̶e̶ ̶a̶l̶l̶" strikes the spaces through too) and stacks of three or more on a
   * letter of any script are the same noise; one or two on a Greek or Cyrillic letter
   * (stress, breathing) are kept. So are marks on ASCII punctuation and digits ("<̗", "(̂"
   * in Zalgo markup), which no script writes, except the enclosing and keycap marks of
   * U+20D0–20FF ("1⃣", "#⃣").
   */
  private combining (i: number, cp: number): number {
    const raw = this.raw
    let j = i
    while (j < raw.length && classOfBmp(raw.charCodeAt(j)) === CharClass.Combining) j++
    const ascii = isAsciiLetter(this.prev)
    const latin = ascii || isLatinLetter(this.prev)
    const onSymbol = this.prev > 0x20 && this.prev < 0x7f && !ascii && !(cp >= 0x20d0 && cp <= 0x20ff)
    const noise = this.ws !== 0 || onSymbol || (this.prev >= 0x80 && j - i >= 3)
    if (!noise && !latin) return this.keep(i, cp, 1)
    const composes = !noise && j - i <= 4 && (String.fromCodePoint(this.prev) + raw.slice(i, j)).normalize('NFC').length === 1
    if (composes) {
      this.nonAscii = true
      return j
    }
    const at = this.length(i)
    this.drop(i, j)
    this.count(CharClass.Combining, cp, at, j - i)
    return j
  }

  private tags (i: number): number {
    const raw = this.raw
    const cps: number[] = []
    let j = i
    while (j + 1 < raw.length) {
      const cp = raw.codePointAt(j) as number
      if (cp < 0xe0000 || cp > 0xe007f) break
      cps.push(cp)
      j += 2
    }
    const at = this.length(i)
    this.drop(i, j)
    if (this.prev === BLACK_FLAG && isSubdivisionFlag(cps)) return j
    let ascii = ''
    let other = 0
    for (const cp of cps) {
      if (cp >= 0xe0020 && cp <= 0xe007e) ascii += String.fromCharCode(cp - 0xe0000)
      else other++
    }
    if (ascii.length > 0) {
      this.tagText += (this.tagText.length > 0 ? ' ' : '') + ascii
      this.tagAscii += ascii.length
    }
    this.tagOther += other
    if (this.counts === null) this.counts = new Int32Array(16)
    this.counts[CharClass.Tag] = (this.counts[CharClass.Tag] ?? 0) + cps.length
    if (this.marks.length < MAX_MARKS) this.marks.push({ at, cls: CharClass.Tag, cp: cps[0] as number })
    return j
  }

  /**
   * One selector after an emoji or symbol picks its presentation and is ordinary text.
   * Runs of them carry nothing visible: they are how bytes are hidden after an emoji
   * (one selector per byte), so runs are counted and, when long enough, decoded.
   */
  private selectors (i: number): number {
    const raw = this.raw
    const bytes: number[] = []
    let j = i
    while (j < raw.length) {
      const cp = raw.codePointAt(j) as number
      const b = variationSelectorByte(cp)
      if (b < 0) break
      bytes.push(b)
      j += cp > 0xffff ? 2 : 1
    }
    const at = this.length(i)
    this.drop(i, j)
    const counted = bytes.length >= 2 || isAsciiLetter(this.prev)
    if (!counted) return j
    this.count(CharClass.VariationSelector, raw.codePointAt(i) as number, at, bytes.length)
    if (bytes.length >= MIN_VS_PAYLOAD) {
      const text = bytesToText(Uint8Array.from(bytes))
      if (text !== null) this.vsText += (this.vsText.length > 0 ? ' ' : '') + text
    }
    return j
  }
}

/** A character that is kept as is: visible ASCII, or a BMP character of no special class. */
function isPlainVisible (c: number): boolean {
  return isAsciiVisible(c) || (c >= 0xa0 && c < 0xd800 && classOfBmp(c) === CharClass.Normal)
}

/** 🏴 followed by 2–6 tag letters/digits and CANCEL TAG: the flags of England, Scotland, Wales. */
function isSubdivisionFlag (cps: readonly number[]): boolean {
  if (cps.length < 3 || cps.length > 7 || cps[cps.length - 1] !== CANCEL_TAG) return false
  for (let k = 0; k < cps.length - 1; k++) {
    const c = (cps[k] as number) - 0xe0000
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a))) return false
  }
  return true
}

/** Latin letters beyond ASCII: Latin-1, Latin Extended-A and -B, and Latin Extended Additional. */
function isLatinLetter (c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)
}
