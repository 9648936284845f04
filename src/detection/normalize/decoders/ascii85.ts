import { bytesToText } from '../text-quality.js'
import { T_LONG_RUN } from '../traits.js'
import type { Decoder } from './types.js'

// Ascii85 (btoa / Adobe, with or without the <~ ~> frame) and Base85 (RFC 1924's
// alphabet, which git's binary patches and Python's b85encode use): the same arithmetic,
// five characters per four bytes, over two alphabets. The 'z' shorthand (four zero
// bytes) never occurs in text, so it is not part of the alphabet here. Ascii85's alphabet is '!'..'u', so
// any long token of code or a URL can look like a candidate; requiring punctuation in the
// token and a readable decode keeps those out, at the cost of one decode per such token.

const MIN_RUN = 20
const MAX_GROUP = 0xffffffff

/** Digit values of each alphabet by character code; -1 outside it. */
const ASCII85 = new Int8Array(128).fill(-1)
for (let c = 0x21; c <= 0x75; c++) ASCII85[c] = c - 0x21
const BASE85 = new Int8Array(128).fill(-1)
Array.from('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~').forEach((ch, v) => { BASE85[ch.charCodeAt(0)] = v })

function digitOf (alphabet: Int8Array, c: number): number {
  return c < 128 ? alphabet[c] as number : -1
}

function isAlnum (c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

export const ascii85: Decoder = scanner('ascii85', ASCII85)
export const base85: Decoder = scanner('base85', BASE85)

function scanner (encoding: string, alphabet: Int8Array): Decoder {
  return {
    needs: T_LONG_RUN,
    find (text, _lower, ctx, out) {
      const n = text.length
      const minRun = Math.max(MIN_RUN, ctx.minLength)
      let found = 0
      let i = 0
      while (i < n && found < ctx.maxPayloads) {
        if (digitOf(alphabet, text.charCodeAt(i)) < 0) { i++; continue }
        let j = i
        let punctuation = 0
        while (j < n && digitOf(alphabet, text.charCodeAt(j)) >= 0) {
          if (!isAlnum(text.charCodeAt(j))) punctuation++
          j++
        }
        if (j - i >= minRun && punctuation >= 2) {
          const decoded = decode(alphabet, text, i, j)
          if (decoded !== null) { out.push({ encoding, text: decoded, start: i, end: j }); found++ }
        }
        i = j
      }
    },
  }
}

function isControl (b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f
}

function decode (alphabet: Int8Array, text: string, from: number, to: number): string | null {
  const bytes = new Uint8Array(Math.ceil((to - from) / 5) * 4)
  let k = 0
  let group = 0
  let digits = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    group = group * 85 + digitOf(alphabet, c)
    if (++digits === 5) {
      if (group > MAX_GROUP) return null
      const b0 = group >>> 24; const b1 = (group >>> 16) & 0xff; const b2 = (group >>> 8) & 0xff; const b3 = group & 0xff
      // Most candidates are code or URLs, which decode to control bytes within a group or two.
      if (isControl(b0) || isControl(b1) || isControl(b2) || isControl(b3)) return null
      bytes[k++] = b0; bytes[k++] = b1; bytes[k++] = b2; bytes[k++] = b3
      group = 0
      digits = 0
    }
  }
  if (digits >= 2) {
    // A final partial group is padded with the highest digit (84: 'u', '~') and yields digits - 1 bytes.
    for (let d = digits; d < 5; d++) group = group * 85 + 84
    if (group > MAX_GROUP) return null
    const tail = [group >>> 24, (group >>> 16) & 0xff, (group >>> 8) & 0xff]
    for (let d = 0; d < digits - 1; d++) bytes[k++] = tail[d] as number
  }
  return bytesToText(bytes.subarray(0, k))
}
