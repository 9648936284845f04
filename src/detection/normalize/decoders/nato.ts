import { wordsOrRun } from '../glued-words.js'
import { T_LETTERS } from '../traits.js'
import type { Decoder } from './types.js'

// Text spelled in the NATO phonetic alphabet ("India Golf November Oscar Romeo Echo …"):
// a run of at least MIN_WORDS code words in a row is read back as letters. A '/' or '|'
// between code words is a word gap; a run written without gaps (each letter a code word,
// as encoders of public jailbreak probes write it) is split back into words. Prose
// holds a few code words ("Delta", "Golf", "Victor") but not eight in a row.

const MIN_WORDS = 8
const CODE_WORDS: Readonly<Record<string, string>> = {
  alfa: 'a', alpha: 'a', bravo: 'b', charlie: 'c', delta: 'd', echo: 'e', foxtrot: 'f', golf: 'g', hotel: 'h', india: 'i',
  juliett: 'j', juliet: 'j', kilo: 'k', lima: 'l', mike: 'm', november: 'n', oscar: 'o', papa: 'p', quebec: 'q', romeo: 'r',
  sierra: 's', tango: 't', uniform: 'u', victor: 'v', whiskey: 'w', whisky: 'w', xray: 'x', 'x-ray': 'x', yankee: 'y', zulu: 'z',
}
const WORD = Object.keys(CODE_WORDS).sort((a, b) => b.length - a.length).join('|')
// Code words separated by spaces, commas, dots, dashes, '/' or '|': a fixed alternation
// repeated with a bounded separator, linear in the text.
const RUN = new RegExp(`(?<![a-z])(?:${WORD})(?:[ ,.\\-/|]{1,3}(?:${WORD})){${MIN_WORDS - 1},}(?![a-z])`, 'g')
const TOKEN = new RegExp(`${WORD}|[/|]`, 'g')
const CODE_WORD = new Set(Object.keys(CODE_WORDS))
const LONGEST = 8

/**
 * True when the text has MIN_WORDS words in a row that could be code words, judged by a
 * character loop (a word's length, then a Set lookup only for words of code-word length).
 * Every prose text reaches this decoder; the run regex costs ~9 ns a character on prose,
 * this loop a fraction of that, and a text without such a streak skips the regex.
 */
function hasStreak (lower: string): boolean {
  let streak = 0
  let start = -1
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0x20
    // A hyphen is a separator, except inside "x-ray".
    const letter = (c >= 0x61 && c <= 0x7a) || (c === 0x2d && start >= 0 && i - start === 1 && lower.charCodeAt(start) === 0x78)
    if (letter) { if (start < 0) start = i; continue }
    if (start >= 0) {
      const len = i - start
      if (len >= 4 && len <= LONGEST && CODE_WORD.has(lower.slice(start, i))) { if (++streak >= MIN_WORDS) return true } else streak = 0
      start = -1
    } else if (c !== 0x20 && c !== 0x2c && c !== 0x2e && c !== 0x2f && c !== 0x7c && c !== 0x0a) streak = 0
  }
  return false
}

export const nato: Decoder = {
  needs: T_LETTERS,
  find (_text, lower, ctx, out) {
    if (!hasStreak(lower)) return
    let found = 0
    for (const m of lower.matchAll(RUN)) {
      if (found >= ctx.maxPayloads) return
      let letters = ''
      let gaps = 0
      for (const t of m[0].matchAll(TOKEN)) {
        const word = t[0]
        if (word === '/' || word === '|') {
          if (!letters.endsWith(' ')) letters += ' '
          gaps++
        } else letters += CODE_WORDS[word] ?? ''
      }
      const text = gaps > 0 ? letters.trim() : wordsOrRun(letters)
      out.push({ encoding: 'nato', text, start: m.index, end: m.index + m[0].length })
      found++
    }
  },
}
