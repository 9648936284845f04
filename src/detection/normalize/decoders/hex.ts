import { bytesToText } from '../text-quality.js'
import { T_HEX_PAIRS, T_LONG_RUN } from '../traits.js'
import { gluedToEscape } from './glue.js'
import type { Decoder } from './types.js'

// Hex bytes: "69676e6f7265", "69 67 6e", "0x69,0x67", "\x69\x67", "69:67:6e".
// A candidate starts at a token boundary, so a hex-looking tail of a longer token
// (misaligned pairs) is not decoded. Hashes, UUIDs and colours decode to bytes that
// fail the text check, or are too short to be tried (fewer than minLength/2 bytes).

const SEPARATORS = new Set([0x20, 0x2c, 0x3a, 0x2d])

function hexValue (c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  const l = c | 0x20
  return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1
}

function isAlnum (c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

export const hex: Decoder = {
  needs: T_LONG_RUN | T_HEX_PAIRS,
  find (text, _lower, ctx, out) {
    const n = text.length
    const minBytes = Math.max(4, Math.ceil(ctx.minLength / 2))
    let found = 0
    let i = 0
    while (i < n && found < ctx.maxPayloads) {
      const c = text.charCodeAt(i)
      const boundary = i === 0 || !isAlnum(text.charCodeAt(i - 1))
      if (!boundary || (hexValue(c) < 0 && c !== 0x5c)) { i++; continue }
      // First pass measures the run; bytes are only materialised for a long enough one.
      let pairs = 0
      let j = i
      let end = i
      for (;;) {
        const k = pairAt(text, j)
        if (k < 0) break
        pairs++
        end = k
        const s = text.charCodeAt(k)
        j = SEPARATORS.has(s) ? k + 1 + (s === 0x2c && text.charCodeAt(k + 1) === 0x20 ? 1 : 0) : k
      }
      if (pairs >= minBytes && !gluedToEscape(text, i, end)) {
        const decoded = bytesToText(bytesOf(text, i, pairs))
        if (decoded !== null) { out.push({ encoding: 'hex', text: decoded, start: i, end }); found++ }
      }
      i = end > i ? end : i + 1
    }
  },
}

/** End of the (optionally 0x- or \\x-prefixed) hex pair starting at `k`, or -1. */
function pairAt (text: string, k: number): number {
  const a = text.charCodeAt(k)
  if ((a === 0x30 || a === 0x5c) && (text.charCodeAt(k + 1) | 0x20) === 0x78) k += 2
  return hexValue(text.charCodeAt(k)) >= 0 && hexValue(text.charCodeAt(k + 1)) >= 0 ? k + 2 : -1
}

function bytesOf (text: string, from: number, pairs: number): Uint8Array {
  const bytes = new Uint8Array(pairs)
  let j = from
  for (let p = 0; p < pairs; p++) {
    const end = pairAt(text, j)
    bytes[p] = hexValue(text.charCodeAt(end - 2)) * 16 + hexValue(text.charCodeAt(end - 1))
    const s = text.charCodeAt(end)
    j = SEPARATORS.has(s) ? end + 1 + (s === 0x2c && text.charCodeAt(end + 1) === 0x20 ? 1 : 0) : end
  }
  return bytes
}
