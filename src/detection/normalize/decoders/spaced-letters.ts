import { LEXICON } from '../lexicon.js'
import { T_LETTERS } from '../traits.js'
import type { Decoder } from './types.js'

// Letters spelled apart: "i g n o r e  a l l", "i.g.n.o.r.e a.l.l", "i-g-n-o-r-e". Runs of
// six or more single letters joined by one separator character are closed up. When the
// separator is not a space, spaces inside the run are word gaps; when it is a space, the
// cleaner has already collapsed the double spaces between words, so the letters are cut
// back into words greedily by the lexicon ("ignoreallprevious" → "ignore all previous").
// The alternation of the regex repeats a fixed two-character unit: linear.

const RUN = /(?<![A-Za-z0-9])[A-Za-z](?:[ .\-_*|~+·][A-Za-z]){5,}(?![A-Za-z0-9])/g
const LONGEST_WORD = 14

export const spacedLetters: Decoder = {
  needs: T_LETTERS,
  find (text, _lower, ctx, out) {
    const parts: string[] = []
    let copied = 0
    let first = -1
    let last = -1
    let found = 0
    for (const m of text.matchAll(RUN)) {
      if (found++ >= ctx.maxPayloads) break
      parts.push(text.slice(copied, m.index), closeUp(m[0]))
      copied = m.index + m[0].length
      if (first < 0) first = m.index
      last = copied
    }
    if (first < 0) return
    parts.push(text.slice(copied))
    out.push({ encoding: 'spaced-letters', text: parts.join(''), start: first, end: last })
  },
}

function closeUp (run: string): string {
  const sep = run[1] as string
  if (sep !== ' ') return run.split(' ').map(w => w.split(sep).join('')).join(' ')
  return segment(run.split(' ').join(''))
}

/** Greedy longest-match word break against the lexicon; unknown letters are kept in place. */
function segment (letters: string): string {
  const lower = letters.toLowerCase()
  const words: string[] = []
  let pending = ''
  let i = 0
  while (i < letters.length) {
    let len = Math.min(LONGEST_WORD, letters.length - i)
    while (len > 1 && !LEXICON.has(lower.slice(i, i + len))) len--
    if (len === 1 && !LEXICON.has(lower[i] as string)) {
      pending += letters[i]
      i++
      continue
    }
    if (pending.length > 0) { words.push(pending); pending = '' }
    words.push(letters.slice(i, i + len))
    i += len
  }
  if (pending.length > 0) words.push(pending)
  return words.join(' ')
}
