import { T_NON_ASCII } from '../traits.js'
import type { Decoder } from './types.js'

// Unicode Braille patterns (U+2800–U+28FF) read as uncontracted English Braille: a cell's
// low six bits are its dots, so one table of 64 entries decodes every cell. The capital
// sign (dot 6) is dropped, since the policies read folded text; the number sign (dots
// 3456) makes a–j read as digits until the next space. A run needs MIN_CELLS cells, most
// of them letters: Braille art or a lone symbol in prose stays as it is.

const MIN_CELLS = 6
const FIRST = 0x2800
const LAST = 0x28ff
const CAPITAL = 0x20
const NUMBER = 0x3c

const CELLS = new Map<number, string>([
  [0x01, 'a'], [0x03, 'b'], [0x09, 'c'], [0x19, 'd'], [0x11, 'e'], [0x0b, 'f'], [0x1b, 'g'], [0x13, 'h'], [0x0a, 'i'], [0x1a, 'j'],
  [0x05, 'k'], [0x07, 'l'], [0x0d, 'm'], [0x1d, 'n'], [0x15, 'o'], [0x0f, 'p'], [0x1f, 'q'], [0x17, 'r'], [0x0e, 's'], [0x1e, 't'],
  [0x25, 'u'], [0x27, 'v'], [0x3a, 'w'], [0x2d, 'x'], [0x3d, 'y'], [0x35, 'z'],
  [0x32, '.'], [0x02, ','], [0x26, '?'], [0x16, '!'], [0x04, "'"], [0x24, '-'], [0x12, ':'], [0x06, ';'],
])
const DIGITS = 'jabcdefghi'

function isCell (c: number): boolean {
  return c >= FIRST && c <= LAST
}

export const braille: Decoder = {
  needs: T_NON_ASCII,
  find (text, _lower, ctx, out) {
    let found = 0
    let i = firstCell(text, 0)
    while (i >= 0 && i < text.length && found < ctx.maxPayloads) {
      // A run: cells, with spaces (the cleaner turned blank cells into spaces) between them.
      const start = i
      let decoded = ''
      let cells = 0
      let letters = 0
      let digits = false
      let end = i
      while (i < text.length) {
        const c = text.charCodeAt(i)
        if (c === 0x20 || c === 0x2800) {
          if (!isCell(text.charCodeAt(i + 1)) && text.charCodeAt(i + 1) !== 0x20) break
          decoded += ' '
          digits = false
          i++
          continue
        }
        if (!isCell(c)) break
        const dots = (c - FIRST) & 0x3f
        cells++
        end = i + 1
        i++
        if (dots === CAPITAL) continue
        if (dots === NUMBER) { digits = true; continue }
        const ch = CELLS.get(dots)
        if (ch === undefined) { decoded += '?'; continue }
        if (digits && ch >= 'a' && ch <= 'j') decoded += String(DIGITS.indexOf(ch))
        else {
          decoded += ch
          if (ch >= 'a' && ch <= 'z') letters++
        }
      }
      if (cells >= MIN_CELLS && letters * 2 >= cells) {
        out.push({ encoding: 'braille', text: decoded.trim(), start, end })
        found++
      }
      i = firstCell(text, Math.max(i, start + 1))
    }
  },
}

function firstCell (text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c > FIRST && c <= LAST) return i
  }
  return -1
}
