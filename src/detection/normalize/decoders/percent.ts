import { T_PERCENT } from '../traits.js'
import type { Decoder } from './types.js'

// URL percent-encoding. One escape is what every link with a space has ("a%20b"), so a
// text is decoded only when it holds two or more escapes, or one escape of a base64
// character (%2B %2F %3D: a URL-encoded base64 blob). The whole text is decoded at once
// so that a phrase with escaped words stays one phrase; the payload span runs from the
// first escape to the last. Runs of escapes are decoded as UTF-8 ("%E4%BD%A0" → "你").

const UTF8 = new TextDecoder('utf-8')

function hexValue (c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  const l = c | 0x20
  return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1
}

function escapeAt (text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x25) return -1
  const hi = hexValue(text.charCodeAt(i + 1))
  const lo = hexValue(text.charCodeAt(i + 2))
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo
}

export const percent: Decoder = {
  needs: T_PERCENT,
  find (text, _lower, _ctx, out) {
    let count = 0
    let base64Char = false
    let first = -1
    let last = -1
    for (let i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
      const b = escapeAt(text, i)
      if (b < 0) continue
      count++
      if (b === 0x2b || b === 0x2f || b === 0x3d) base64Char = true
      if (first < 0) first = i
      last = i + 3
    }
    if (count < 2 && !(count === 1 && base64Char)) return
    out.push({ encoding: 'url', text: decodeAll(text), start: first, end: last })
  },
}

function decodeAll (text: string): string {
  const parts: string[] = []
  let copied = 0
  let i = text.indexOf('%')
  while (i >= 0 && i < text.length) {
    if (escapeAt(text, i) < 0) { i = text.indexOf('%', i + 1); continue }
    const bytes: number[] = []
    const from = i
    for (let b = escapeAt(text, i); b >= 0; b = escapeAt(text, i)) { bytes.push(b); i += 3 }
    parts.push(text.slice(copied, from), UTF8.decode(Uint8Array.from(bytes)))
    copied = i
    i = text.indexOf('%', i)
  }
  parts.push(text.slice(copied))
  return parts.join('')
}
