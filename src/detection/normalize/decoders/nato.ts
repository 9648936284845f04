import { splitGluedWords } from '../glued-words.js'
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

export const nato: Decoder = {
  needs: T_LETTERS,
  find (_text, lower, ctx, out) {
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
      const text = gaps > 0 ? letters.trim() : (splitGluedWords(letters) ?? letters)
      out.push({ encoding: 'nato', text, start: m.index, end: m.index + m[0].length })
      found++
    }
  },
}
