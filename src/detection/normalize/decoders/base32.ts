import { bytesToText } from '../text-quality.js'
import { T_LONG_RUN } from '../traits.js'
import { gluedToEscape } from './glue.js'
import type { Decoder } from './types.js'

// RFC 4648 base32 (upper-case A–Z, 2–7, '=' padding). Long upper-case words also match
// the alphabet; they decode to bytes that fail the text check and cost one short loop.

const VALUE = new Int8Array(128).fill(-1)
for (let c = 0x41; c <= 0x5a; c++) VALUE[c] = c - 0x41
for (let c = 0x32; c <= 0x37; c++) VALUE[c] = c - 0x32 + 26

/** Unpadded lengths mod 8 that a whole number of bytes can produce. */
const VALID_TAIL = new Set([0, 2, 4, 5, 7])

function valueOf (c: number): number {
  return c < 128 ? VALUE[c] as number : -1
}

export const base32: Decoder = {
  needs: T_LONG_RUN,
  find (text, _lower, ctx, out) {
    const n = text.length
    let found = 0
    let i = 0
    while (i < n && found < ctx.maxPayloads) {
      if (valueOf(text.charCodeAt(i)) < 0) { i++; continue }
      let j = i
      while (j < n && valueOf(text.charCodeAt(j)) >= 0) j++
      let end = j
      while (end < n && end - j < 6 && text.charCodeAt(end) === 0x3d) end++
      // A run glued to lower-case letters or other digits is part of a larger token (base64, an id).
      const glued = isAlnum(text.charCodeAt(i - 1)) || isAlnum(text.charCodeAt(end))
      if (!glued && j - i >= ctx.minLength && VALID_TAIL.has((j - i) % 8) && !gluedToEscape(text, i, end)) {
        const decoded = decode(text, i, j)
        if (decoded !== null) { out.push({ encoding: 'base32', text: decoded, start: i, end }); found++ }
      }
      i = end > i ? end : i + 1
    }
  },
}

function decode (text: string, from: number, to: number): string | null {
  const bytes = new Uint8Array(Math.floor(((to - from) * 5) / 8))
  let acc = 0
  let bits = 0
  let k = 0
  for (let i = from; i < to; i++) {
    acc = ((acc << 5) | valueOf(text.charCodeAt(i))) & 0xffff
    bits += 5
    if (bits >= 8) {
      bits -= 8
      const b = (acc >> bits) & 0xff
      if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) return null // binary: stop early
      bytes[k++] = b
    }
  }
  return bytesToText(bytes.subarray(0, k))
}

function isAlnum (c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}
