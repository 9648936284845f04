import { wordsOrRun } from '../glued-words.js'
import { T_MORSE } from '../traits.js'
import type { Decoder } from './types.js'

// Morse code: letters as runs of dots and dashes separated by spaces, words by '/' or '|'.
// A run of at least six letters with few unknown codes is decoded. Whitespace has been
// collapsed by the cleaner, so word gaps written as several spaces are lost; '/' survives.
// A run decoded without any word gap is split back into words (glued-words.ts).

const CODES: ReadonlyMap<string, string> = new Map(Object.entries({
  '.-': 'a', '-...': 'b', '-.-.': 'c', '-..': 'd', '.': 'e', '..-.': 'f', '--.': 'g', '....': 'h', '..': 'i',
  '.---': 'j', '-.-': 'k', '.-..': 'l', '--': 'm', '-.': 'n', '---': 'o', '.--.': 'p', '--.-': 'q', '.-.': 'r',
  '...': 's', '-': 't', '..-': 'u', '...-': 'v', '.--': 'w', '-..-': 'x', '-.--': 'y', '--..': 'z',
  '-----': '0', '.----': '1', '..---': '2', '...--': '3', '....-': '4', '.....': '5', '-....': '6',
  '--...': '7', '---..': '8', '----.': '9', '.-.-.-': '.', '--..--': ',', '..--..': '?', '-.-.--': '!',
  '-..-.': '/', '---...': ':', '.----.': "'", '-....-': '-', '-.--.': '(', '-.--.-': ')', '.-..-.': '"',
  '.--.-.': '@', '-...-': '=',
}))

const MIN_LETTERS = 6
const MAX_SYMBOLS = 7

function symbolOf (c: number): string | null {
  if (c === 0x2e || c === 0xb7 || c === 0x2022) return '.'
  if (c === 0x2d || c === 0x5f || c === 0x2212 || c === 0x2013 || c === 0x2014) return '-'
  return null
}

export const morse: Decoder = {
  needs: T_MORSE,
  find (text, _lower, ctx, out) {
    const n = text.length
    let found = 0
    let runStart = -1
    let runEnd = -1
    let decoded = ''
    let letters = 0
    let unknown = 0
    const close = (): void => {
      if (runStart >= 0 && letters >= MIN_LETTERS && unknown * 10 <= letters && found < ctx.maxPayloads) {
        const text = decoded.trim()
        out.push({ encoding: 'morse', text: text.includes(' ') ? text : wordsOrRun(text), start: runStart, end: runEnd })
        found++
      }
      runStart = -1; decoded = ''; letters = 0; unknown = 0
    }
    let i = 0
    while (i < n) {
      while (i < n && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0a)) i++
      const start = i
      while (i < n && text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x0a) i++
      if (i === start) break
      const kind = tokenOf(text, start, i)
      if (kind === null) { close(); continue }
      if (runStart < 0) runStart = start
      runEnd = i
      if (kind === '/') { decoded += ' '; continue }
      const letter = CODES.get(kind)
      letters++
      if (letter === undefined) { unknown++; decoded += '?' } else decoded += letter
    }
    close()
  },
}

// Quotes and brackets around a message written in Morse ("'.-- .... .-'") belong to the
// sentence, and so does the punctuation after it, not to its first and last letters.
function isWrapper (c: number): boolean {
  return c === 0x27 || c === 0x22 || c === 0x60 || c === 0x3f || c === 0x21 || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d
}

/** '/' for a word separator, the normalized dot-dash code for a letter, null otherwise. */
function tokenOf (text: string, start: number, end: number): string | null {
  let from = start
  let to = end
  while (from < to && isWrapper(text.charCodeAt(from))) from++
  while (to > from && isWrapper(text.charCodeAt(to - 1))) to--
  if (to === from) return null
  if (to - from === 1 && (text.charCodeAt(from) === 0x2f || text.charCodeAt(from) === 0x7c)) return '/'
  if (to - from > MAX_SYMBOLS) return null
  let code = ''
  for (let i = from; i < to; i++) {
    const s = symbolOf(text.charCodeAt(i))
    if (s === null) return null
    code += s
  }
  return code
}
