import { ENGLISH_WORDS, IS_WORD, WORD_FORMS } from './lexicon.js'

// Pig latin moves a word's leading consonants to its end and adds "ay" ("now" → "ownay",
// "bomb" → "ombbay"); a word that starts with a vowel gets "way", "yay" or "ay" ("are" →
// "areway"). A token ending in "ay" is undone by moving one to three trailing consonants
// back to the front, or by dropping the vowel word's ending, and is a hit when that makes
// a known word it was not already. Only such tokens are tried, so ordinary text ("today",
// "away") costs a couple of lookups; the strings built are those candidates'.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u'])

function known (w: string): boolean {
  return w.length >= 1 && (WORD_FORMS.get(w, 0, w.length) & IS_WORD) !== 0
}

/** Whether lower[from, to) ends in "ay" and is long enough to be pig latin. */
export function maybePigLatin (lower: string, from: number, to: number): boolean {
  return to - from >= 4 && lower.charCodeAt(to - 1) === 0x79 && lower.charCodeAt(to - 2) === 0x61
}

/** The word a lower-case pig-latin token stands for, or null: an English reading first ("itay" is "it", not "ti"). */
export function unpigWord (token: string): string | null {
  return reading(token, w => ENGLISH_WORDS.has(w)) ?? reading(token, known)
}

function reading (token: string, accept: (w: string) => boolean): string | null {
  const base = token.slice(0, -2)
  const vowel = VOWELS.has(base[0] as string)
  // A vowel word's "way"/"yay"/"hay" ending first ("inway" is "in", not "win").
  const last = base[base.length - 1] as string
  if (vowel && (last === 'w' || last === 'y' || last === 'h') && accept(base.slice(0, -1))) return base.slice(0, -1)
  // The whole leading cluster was moved, so the longest consonant tail that makes a word wins ("ethay" is "the", not "het").
  let cluster = 0
  while (cluster < 3 && cluster + 1 < base.length && !VOWELS.has(base[base.length - 1 - cluster] as string)) cluster++
  for (let k = cluster; k >= 1; k--) {
    const word = base.slice(base.length - k) + base.slice(0, base.length - k)
    if (accept(word)) return word
  }
  return vowel && accept(base) ? base : null
}

/** `source` with every pig-latin token undone. */
export function unpig (source: string): string {
  return source.replace(/[a-z]{4,40}/gi, t => {
    const lower = t.toLowerCase()
    if (!maybePigLatin(lower, 0, lower.length)) return t
    const word = unpigWord(lower)
    return word === null ? t : word
  })
}
