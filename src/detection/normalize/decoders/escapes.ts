import { T_BACKSLASH } from '../traits.js'
import type { Decoder } from './types.js'

// JavaScript / Python / JSON / shell escapes: \uXXXX, \u{X…}, \UXXXXXXXX, runs of \xHH and
// runs of two or more octal \ooo (printf, C strings; taken as UTF-8 bytes when they form
// valid UTF-8, as Latin-1 otherwise). "\n" and "\t" in code are not escapes of this kind
// and never trigger a decode; two escapes are needed.
// Alternatives start with different letters, the run repeats a fixed-width unit: linear.

const ESCAPE = /(?:\\x[0-9a-fA-F]{2})+|(?:\\[0-3][0-7]{2}){2,}|\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g
const OCTAL_RUN = /^\\[0-3]/
const UTF8 = new TextDecoder('utf-8', { fatal: true })
const MIN_ESCAPES = 2

export const escapes: Decoder = {
  needs: T_BACKSLASH,
  find (text, _lower, _ctx, out) {
    let count = 0
    let first = -1
    let last = -1
    for (const m of text.matchAll(ESCAPE)) {
      count += m[0].startsWith('\\x') || OCTAL_RUN.test(m[0]) ? m[0].length / 4 : 1
      if (first < 0) first = m.index
      last = m.index + m[0].length
    }
    if (count < MIN_ESCAPES) return
    const decoded = text.replace(ESCAPE, (whole, brace: string | undefined, four: string | undefined, eight: string | undefined) => {
      if (whole.startsWith('\\x')) return bytesOf(whole, 16)
      if (OCTAL_RUN.test(whole)) return bytesOf(whole, 8)
      const cp = Number.parseInt(brace ?? four ?? eight ?? '', 16)
      // Lone surrogates from \uD83D-style halves are kept as units: a following \uDE00 pairs with them.
      if (four !== undefined) return String.fromCharCode(cp)
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole
    })
    out.push({ encoding: 'escape', text: decoded, start: first, end: last })
  },
}

function bytesOf (run: string, radix: 8 | 16): string {
  const bytes = new Uint8Array(run.length / 4)
  for (let k = 0; k < bytes.length; k++) bytes[k] = radix === 16 ? Number.parseInt(run.slice(4 * k + 2, 4 * k + 4), 16) : Number.parseInt(run.slice(4 * k + 1, 4 * k + 4), 8)
  try {
    return UTF8.decode(bytes)
  } catch {
    let latin1 = ''
    for (const b of bytes) latin1 += String.fromCharCode(b)
    return latin1
  }
}
