import { encode } from 'base2048'
import { bytesToText } from '../text-quality.js'
import { T_NON_ASCII } from '../traits.js'
import type { Decoder } from './types.js'

// Base2048 (qntm's): eleven bits per character, drawn from letters of many scripts (Latin,
// Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai, Tibetan, …), with
// eight characters of a second repertoire that carry the last one to three bits. It hides
// a text in what looks like a scramble of alphabets, which is its tell: a run of letters
// from three or more Unicode blocks at once, where a word of any language keeps to one.
//
// The repertoires are read from the reference encoder at load (each 11-bit value encoded
// and its character kept), so no table is copied here. Decoding is done here rather than
// by the library's decode, which signals a string that is no Base2048 by throwing: for a
// scanner that is the common case, not an error.

const BITS = 11
/** Characters of a run worth decoding: Base2048 of a 14-byte text. */
const MIN_RUN = 10
/** Unicode blocks (code point >> 7) a run must mix; a word keeps to one or two. */
const MIN_BLOCKS = 3

/**
 * Per UTF-16 code unit (every character of the repertoires is in the Basic Multilingual
 * Plane): its 11-bit value, (value | FINAL) for the final-character repertoire, -1 when
 * it is none. A typed array, since every character of non-Latin text is looked up.
 */
const VALUE = new Int16Array(0x10000).fill(-1)
const FINAL = 1 << 12
for (let z = 0; z < 1 << BITS; z++) {
  // Two bytes are sixteen bits: the first character carries the top eleven, which are z.
  VALUE[encode(Uint8Array.of(z >> 3, (z & 7) << 5)).charCodeAt(0)] = z
}
for (let z = 0; z < 8; z++) {
  // Ten bytes are 80 bits, seven characters and three bits over: the last character
  // carries those three (here z) from the final repertoire.
  const bytes = new Uint8Array(10)
  bytes[9] = z
  const s = encode(bytes)
  VALUE[s.charCodeAt(s.length - 1)] = z | FINAL
}

function isCandidate (c: number): boolean {
  return (VALUE[c] as number) >= 0
}

export const base2048: Decoder = {
  needs: T_NON_ASCII,
  find (text, _lower, ctx, out) {
    forEachPayload(text, ctx.maxPayloads, (start, end, decoded) => { out.push({ encoding: 'base2048', text: decoded, start, end }) })
  },
}

/**
 * Where a text holds Base2048 that decodes to text: confusables.ts leaves these stretches
 * unfolded, since folding their Cyrillic and Greek letters to Latin would destroy them
 * before this decoder reads them (a word that decodes to text is no homoglyph disguise).
 */
export function base2048Spans (text: string): readonly (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = []
  forEachPayload(text, Number.POSITIVE_INFINITY, (start, end) => { spans.push([start, end]) })
  return spans
}

function forEachPayload (text: string, max: number, found: (start: number, end: number, decoded: string) => void): void {
  const n = text.length
  let count = 0
  let i = 0
  while (i < n && count < max) {
    if (!isCandidate(text.charCodeAt(i))) { i++; continue }
    let j = i
    let blocks = 0
    let seen = -1
    let nonAscii = 0
    while (j < n && isCandidate(text.charCodeAt(j))) {
      const c = text.charCodeAt(j)
      if (c >= 0x80) nonAscii++
      // Blocks counted as they change: a run that mixes scripts changes often.
      if (c >> 7 !== seen) { seen = c >> 7; blocks++ }
      j++
    }
    if (j - i >= MIN_RUN && nonAscii * 2 >= j - i && blocks >= MIN_BLOCKS) {
      const decoded = decode(text, i, j)
      if (decoded !== null) { found(i, j, decoded); count++ }
    }
    i = j
  }
}

function decode (text: string, from: number, to: number): string | null {
  const bytes = new Uint8Array(Math.floor((to - from) * BITS / 8))
  let k = 0
  let acc = 0
  let bits = 0
  for (let i = from; i < to; i++) {
    const v = VALUE[text.charCodeAt(i)] as number
    const final = (v & FINAL) !== 0
    // A final-repertoire character anywhere but last: not Base2048.
    if (final && i !== to - 1) return null
    const width = final ? 3 : BITS
    for (let b = width - 1; b >= 0; b--) {
      acc = (acc << 1) | ((v >> b) & 1)
      if (++bits === 8) { bytes[k++] = acc; acc = 0; bits = 0 }
    }
  }
  // The encoder pads the last character with one-bits.
  if (acc !== (1 << bits) - 1) return null
  return bytesToText(bytes.subarray(0, k))
}
