import type { NormalizationFinding } from '../types.js'

// Every code point the cleaner removes or treats specially has one class. The BMP is a
// 64 KiB lookup table built once at module load, so classifying a character on the hot
// path is one array read; the few astral ranges are checked by comparison.

export const enum CharClass {
  Normal = 0,
  ZeroWidth = 1,
  SoftHyphen = 2,
  VariationSelector = 3,
  BidiMark = 4,
  BidiEmbedding = 5,
  BidiOverride = 6,
  BidiIsolate = 7,
  Tag = 8,
  Control = 9,
  Filler = 10,
  Format = 11,
  Space = 12,
  Newline = 13,
  Combining = 14,
  /** Characters the cleaner rewrites in place (today only U+0130, see clean-text.ts). */
  Rewrite = 15,
}

/** How each removed class is reported: finding kind and a stable detail token policies can read. */
export const CLASS_REPORT: Readonly<Partial<Record<CharClass, { readonly kind: NormalizationFinding['kind'], readonly detail: string }>>> = Object.freeze({
  [CharClass.ZeroWidth]: { kind: 'invisible', detail: 'zero-width' },
  [CharClass.SoftHyphen]: { kind: 'invisible', detail: 'soft-hyphen' },
  [CharClass.VariationSelector]: { kind: 'invisible', detail: 'variation-selector' },
  [CharClass.Control]: { kind: 'invisible', detail: 'control' },
  [CharClass.Filler]: { kind: 'invisible', detail: 'filler' },
  [CharClass.Format]: { kind: 'invisible', detail: 'format' },
  [CharClass.Combining]: { kind: 'invisible', detail: 'combining-marks' },
  [CharClass.BidiMark]: { kind: 'bidi', detail: 'mark' },
  [CharClass.BidiEmbedding]: { kind: 'bidi', detail: 'embedding' },
  [CharClass.BidiOverride]: { kind: 'bidi', detail: 'override' },
  [CharClass.BidiIsolate]: { kind: 'bidi', detail: 'isolate' },
})

/** Detail tokens of 'tag' findings. */
export const TAG_ASCII = 'ascii-smuggling'
export const TAG_OTHER = 'tag-other'

const BMP = new Uint8Array(0x10000)

function mark (from: number, to: number, cls: CharClass): void {
  BMP.fill(cls, from, to + 1)
}

mark(0x00, 0x1f, CharClass.Control)
mark(0x7f, 0x9f, CharClass.Control)
for (const c of [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0x2800]) BMP[c] = CharClass.Space
mark(0x2000, 0x200a, CharClass.Space)
for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) BMP[c] = CharClass.Newline
for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]) BMP[c] = CharClass.ZeroWidth
mark(0x2061, 0x2064, CharClass.ZeroWidth) // invisible times, separator, plus
BMP[0xad] = CharClass.SoftHyphen
mark(0xfe00, 0xfe0f, CharClass.VariationSelector)
for (const c of [0x200e, 0x200f, 0x061c]) BMP[c] = CharClass.BidiMark
mark(0x202a, 0x202c, CharClass.BidiEmbedding) // LRE, RLE, PDF
mark(0x202d, 0x202e, CharClass.BidiOverride) // LRO, RLO
mark(0x2066, 0x2069, CharClass.BidiIsolate) // LRI, RLI, FSI, PDI
for (const c of [0x115f, 0x1160, 0x3164, 0xffa0, 0x17b4, 0x17b5]) BMP[c] = CharClass.Filler
for (const c of [0x034f, 0x2065]) BMP[c] = CharClass.Format
mark(0x206a, 0x206f, CharClass.Format)
mark(0xfff9, 0xfffb, CharClass.Format)
// Lone surrogates are rewritten by the cleaner's pair check; marking the whole range
// here lets the fast path reject any string holding either half.
mark(0xd800, 0xdfff, CharClass.Format)
mark(0x0300, 0x036f, CharClass.Combining)
mark(0x1ab0, 0x1aff, CharClass.Combining)
mark(0x1dc0, 0x1dff, CharClass.Combining)
mark(0x20d0, 0x20ff, CharClass.Combining)
mark(0xfe20, 0xfe2f, CharClass.Combining)
BMP[0x0130] = CharClass.Rewrite

export function classOfBmp (code: number): CharClass {
  return BMP[code] as CharClass
}

export function classOfAstral (cp: number): CharClass {
  if (cp >= 0xe0000 && cp <= 0xe007f) return CharClass.Tag
  if (cp >= 0xe0100 && cp <= 0xe01ef) return CharClass.VariationSelector
  if (cp >= 0x1bca0 && cp <= 0x1bca3) return CharClass.Format
  return CharClass.Normal
}

/** Byte value hidden in a variation selector (the "emoji smuggling" scheme), or -1. */
export function variationSelectorByte (cp: number): number {
  if (cp >= 0xfe00 && cp <= 0xfe0f) return cp - 0xfe00
  if (cp >= 0xe0100 && cp <= 0xe01ef) return cp - 0xe0100 + 16
  return -1
}

export function isAsciiLetter (c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

/** An ASCII letter or a letter of another script (Latin-1 and beyond, outside the punctuation and symbol blocks). */
export function isScriptLetter (c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c)
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff20)
}

export function isAsciiVisible (c: number): boolean {
  return c > 0x20 && c < 0x7f
}

/** Space, tab or line break: what separates tokens once the cleaner has run. */
export function isAsciiSpace (c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d
}
