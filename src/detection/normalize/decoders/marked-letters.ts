import { englishDictionary } from '../dictionary.js'
import { wordsOrRun } from '../glued-words.js'
import { T_LETTERS } from '../traits.js'
import type { Decoder } from './types.js'

// A question hidden letter by letter in the words of a puzzle: one letter of each word
// marked by brackets, "(h)appy (o)wl (w)ater (t)ea (o)ak …" spells "how to …", the
// decomposition-and-reconstruction jailbreak, which asks the model to read the marked
// letters and answer what they spell without writing it out. The marked letters are read
// in order; a sentence end, a line of its own or a marked gap ("( )", "(_)") is a word
// gap, and a stretch without gaps is split back into words as Morse is (glued-words.ts).
// Honest text marks single letters too ("file(s)", "item(s)"), a few per text and far
// apart: a stretch needs MIN_MARKED marked words with at most one unmarked word between
// neighbours.

const MIN_MARKED = 8
/** Unmarked words allowed between two marked ones of one stretch. */
const MAX_UNMARKED = 1
// A word with one bracketed letter in it, or a bracketed gap. Sticky, tried at each word
// start, so each attempt is bounded: a longer word is consumed in pieces.
const MARKED = /[\p{L}\p{N}'-]{0,32}[([](\p{L}|\s|_)[)\]][\p{L}\p{N}'-]{0,32}/uy
const WORD = /[^\s()[\]]{1,64}/uy

export const markedLetters: Decoder = {
  needs: T_LETTERS,
  find (text, _lower, ctx, out) {
    if (count(text, '(') + count(text, '[') < MIN_MARKED) return
    let found = 0
    let letters = ''
    let marked = 0
    let unmarked = 0
    let start = -1
    let end = -1
    const close = (): void => {
      if (marked >= MIN_MARKED && found < ctx.maxPayloads) {
        const words = spelled(letters)
        if (words !== null) { out.push({ encoding: 'marked-letters', text: words, start, end }); found++ }
      }
      letters = ''; marked = 0; unmarked = 0; start = -1
    }
    let i = 0
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c === 0x20 || c === 0x09) { i++; continue }
      if (c === 0x0a || c === 0x2e || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x2c) {
        // Sentence punctuation and line ends separate the hidden words.
        if (start >= 0 && !letters.endsWith(' ')) letters += ' '
        i++
        continue
      }
      MARKED.lastIndex = i
      const m = MARKED.exec(text)
      if (m !== null) {
        const letter = m[1] as string
        letters += /\s|_/.test(letter) ? ' ' : letter.toLowerCase()
        if (start < 0) start = i
        marked++
        unmarked = 0
        i += m[0].length
        end = i
        continue
      }
      WORD.lastIndex = i
      const w = WORD.exec(text)
      i += w === null ? 1 : w[0].length
      if (start >= 0 && ++unmarked > MAX_UNMARKED) close()
    }
    close()
  },
}

/**
 * The marked letters as words, or null when they spell none: an enumeration's labels
 * ("(a) apples (b) bananas …") give "abcdefgh", which no word covers.
 */
function spelled (letters: string): string | null {
  const dictionary = englishDictionary()
  let known = 0
  const words = letters.split(' ').filter(w => w.length > 0).map(w => {
    const split = w.length > 1 && !dictionary.has(w, 0, w.length) ? wordsOrRun(w) : w
    if (split !== w || w.length === 1 || dictionary.has(w, 0, w.length)) known += w.length
    return split
  })
  return known * 2 >= letters.replace(/ /g, '').length ? words.join(' ') : null
}

function count (text: string, ch: string): number {
  let n = 0
  for (let at = text.indexOf(ch); at >= 0 && n < MIN_MARKED; at = text.indexOf(ch, at + 1)) n++
  return n
}
