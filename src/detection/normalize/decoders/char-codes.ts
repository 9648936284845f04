import { bytesToText } from '../text-quality.js'
import { T_HEX_PAIRS } from '../traits.js'
import type { Decoder } from './types.js'

// Characters written as numbers: 8-bit binary octets ("01001001 01100111") and decimal
// ASCII codes ("104 116 116 112", "chr() these"). A run needs six octets or eight codes,
// every one a printable ASCII value, separated by spaces or commas; the bytes must then
// read as text. Both patterns repeat a fixed-shape unit with a bounded separator: linear.
// Tokens of two or three digits set the hex-pairs trait, so prose never reaches them.

const BINARY_RUN = /(?<![\d])(?:[01]{8}[ ,]{1,2}){5,}[01]{8}(?![\d])/g
const CODE = '(?:3[2-9]|[4-9]\\d|1[01]\\d|12[0-6])'
const DECIMAL_RUN = new RegExp(`(?<![\\d.,])(?:${CODE}[ ,]{1,2}){7,}${CODE}(?![\\d.])`, 'g')
const DIGIT_RUN = /\d+/g
const LETTER_OR_SPACE_G = /[A-Za-z ]/g
// A list of scores or sizes in the printable range decodes to symbol soup; words do not.
const MIN_LETTER_SHARE = 0.6

function decode (run: string, radix: 2 | 10): string | null {
  const values = run.match(DIGIT_RUN) ?? []
  const text = bytesToText(Uint8Array.from(values, v => Number.parseInt(v, radix)))
  if (text === null) return null
  return (text.match(LETTER_OR_SPACE_G)?.length ?? 0) >= MIN_LETTER_SHARE * text.length ? text : null
}

export const charCodes: Decoder = {
  needs: T_HEX_PAIRS,
  find (text, _lower, ctx, out) {
    let found = 0
    for (const [re, radix, encoding] of [[BINARY_RUN, 2, 'binary'], [DECIMAL_RUN, 10, 'charcode']] as const) {
      for (const m of text.matchAll(re)) {
        if (found >= ctx.maxPayloads) return
        const decoded = decode(m[0], radix)
        if (decoded === null) continue
        out.push({ encoding, text: decoded, start: m.index, end: m.index + m[0].length })
        found++
      }
    }
  },
}
