import { COMMON_OTHER } from '../common-words.js'
import { breakWords } from '../glued-words.js'
import { ENGLISH_WORDS, IS_REVERSED, LEXICON, WORD_FORMS } from '../lexicon.js'
import { T_LEET } from '../traits.js'
import type { Decoder } from './types.js'

// Leetspeak: digits and symbols standing in for letters ("1gn0r3 pr3v10u5"). A token
// mixing letters with such characters is folded back; '1' and '|' may be i or l, '6' b or
// g, '2' r or z, so up to 2^MAX_AMBIGUOUS spellings are tried and the first English one
// kept; "(" counts as c only at the start of a word. The text is decoded when the folding
// produces words: two, one of them of three letters or more, or one of four letters or
// more (English, or another language we read; see isWord). Technical tokens (mp3, k8s, sha256, i18n) fold to nothing
// English and are left alone. In a heavily folded text, short all-digit tokens that fold
// to English words ("70" → "to", "4" → "a", "7311" → "tell") are folded too, and so is a
// contraction's ending after its apostrophe ("don'7", "wh@t'$").

/** The letters each digit or symbol can stand for, most likely first. */
export const LEET_READINGS: ReadonlyMap<number, readonly string[]> = new Map([
  ['0', ['o']], ['1', ['i', 'l']], ['2', ['r', 'z']], ['3', ['e']], ['4', ['a']], ['5', ['s']], ['6', ['b', 'g']],
  ['7', ['t']], ['8', ['b']], ['9', ['g']], ['@', ['a']], ['$', ['s']], ['|', ['l', 'i']], ['!', ['i']], ['(', ['c']],
].map(([k, v]) => [(k as string).charCodeAt(0), v as readonly string[]]))

const MAX_AMBIGUOUS = 4
/** All-digit tokens folded in a heavily folded text: up to "7311" (tell); years and counts fold to no word. */
const MAX_DIGIT_WORD = 4
/** What a contraction ends with after its apostrophe: don't, what's, I'd, I'm. */
const CONTRACTION_ENDINGS = new Set(['t', 's', 'd', 'm'])
const MAX_TOKEN = 40
const HEAVY = 3
/** Tokens folded per text; the fold tries up to 16 spellings, so this bounds the work on hostile input. */
const MAX_FOLDS = 2048

function isLetter (c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}

function isTokenChar (c: number): boolean {
  return isLetter(c) || LEET_READINGS.has(c)
}

interface Fold { readonly start: number, readonly end: number, readonly text: string, readonly hit: boolean, readonly digits: boolean }

export const leetspeak: Decoder = {
  needs: T_LEET,
  find (text, lower, _ctx, out) {
    const spaced = spacedRuns(lower)
    const folds: Fold[] = []
    let hits = 0
    let longHits = 0
    let strong = spaced.length > 0
    let next = 0
    const n = lower.length
    let i = 0
    while (i < n && folds.length < MAX_FOLDS) {
      const run = spaced[next]
      if (run !== undefined && i >= run.start) { folds.push(run); i = run.end; next++; continue }
      if (!isTokenChar(lower.charCodeAt(i))) { i++; continue }
      let from = i
      let letters = 0
      while (i < n) {
        const c = lower.charCodeAt(i)
        if (isLetter(c)) letters++
        else if (!LEET_READINGS.has(c) || (c === 0x28 && i > from)) break // "(" only opens a token
        i++
      }
      if (letters === i - from) continue // a plain word, the common case: nothing sliced
      if (isEscapeBody(lower, from) || isAddressPart(lower, from, i)) continue
      let to = i
      // "don'7", "wh@t'$": the ending of a contraction, one character after an apostrophe.
      const ending = i - from === 1 ? contractionEnding(lower, from) : null
      if (ending !== null) { folds.push({ start: from, end: to, text: ending, hit: false, digits: false }); continue }
      // Sentence punctuation and table bars around a word are not part of it.
      while (to > from && (lower.charCodeAt(to - 1) === 0x21 || lower.charCodeAt(to - 1) === 0x7c)) to--
      while (from < to && lower.charCodeAt(from) === 0x7c) from++
      let folded = foldable(lower, from, to, letters)
      // A leading "(" or "$" is a letter only when that makes a word: "(0d3" is "code" and
      // "$y$t3m" "system", but "(see" is "(see" and "$HOME" a variable.
      const lead = lower.charCodeAt(from)
      if (folded !== null && (lead === 0x28 || lead === 0x24) && !isWord(folded) && !isInflected(folded)) folded = foldable(lower, ++from, to, letters)
      if (folded === null) continue
      const token = lower.slice(from, to)
      if (letters === 0) {
        if (token.length <= MAX_DIGIT_WORD && isWord(folded)) folds.push({ start: from, end: to, text: folded, hit: true, digits: true })
        continue
      }
      const hit = isWord(folded) || isReversedWord(folded)
      if (hit) { hits++; if (folded.length >= 3) longHits++; if (folded.length >= 4) strong = true }
      folds.push({ start: from, end: to, text: folded, hit, digits: false })
    }
    // Two-letter folds alone ("4m", "b3") are units and cell names as often as words.
    if ((hits < 2 || longHits === 0) && !strong) return
    const heavy = hits >= HEAVY
    const parts: string[] = []
    let copied = 0
    let first = -1
    let last = -1
    for (const f of folds) {
      if (f.digits && !heavy) continue
      parts.push(text.slice(copied, f.start), f.text)
      copied = f.end
      if (first < 0) first = f.start
      last = f.end
    }
    parts.push(text.slice(copied))
    out.push({ encoding: 'leetspeak', text: parts.join(''), start: first, end: last })
  },
}

/** Fewest single characters of a spaced run ("1 g n 0 r 3 y 0 u r"), and the share of its folded letters known words must cover. */
const MIN_SPACED = 5
const MIN_SPACED_COVER = 0.75
const MAX_SPACED_RUNS = 64
const MIN_SPACED_WORD = 3

function wordCount (text: string): number {
  let k = 1
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x20) k++
  return k
}

/**
 * Leetspeak spelled letter by letter, one space apart ("1 g n 0 r 3   y 0 u r   r u l 3 5";
 * the cleaner has collapsed the word gaps): each character folded by its first reading, the
 * letters closed up and cut back into words. Letters spelled apart without a digit are the
 * separators decoder's; a run must mix both, and its letters must read as words, so a
 * spaced serial number or a list of grades ("A 1 B 2 C 3") stays as it is. One pass.
 */
function spacedRuns (lower: string): Fold[] {
  const out: Fold[] = []
  const n = lower.length
  let i = 0
  while (i < n && out.length < MAX_SPACED_RUNS) {
    let start = -1
    let count = 0
    let leet = 0
    let letters = ''
    let j = i
    // Tokens of one character each, separated by single spaces.
    while (j < n && isTokenChar(lower.charCodeAt(j)) && (j + 1 === n || lower.charCodeAt(j + 1) === 0x20) && (j === 0 || !isTokenChar(lower.charCodeAt(j - 1)))) {
      const c = lower.charCodeAt(j)
      if (start < 0) start = j
      if (isLetter(c)) letters += lower[j]
      else { leet++; letters += (LEET_READINGS.get(c) as readonly string[])[0] }
      count++
      j += 2
    }
    if (start >= 0 && count >= MIN_SPACED && leet > 0 && count - leet >= 2) {
      const words = breakWords(letters)
      // Words of three letters on average or longer: chance breaks of initials are short ("a i br ce").
      if (words !== null && words.covered >= MIN_SPACED_COVER && wordCount(words.text) * MIN_SPACED_WORD <= count) out.push({ start, end: start + count * 2 - 1, text: words.text, hit: true, digits: false })
    }
    i = j > i ? j : i + 1
  }
  return out
}

/**
 * Whether a fold is a word. Digit-glued identifiers fold to short words of some language
 * by chance ("s3" → "se", "b2" → "bz"), so short folds must be English: two letters only
 * from the attack vocabulary, three from common English; longer ones may be of any language.
 */
function isWord (w: string): boolean {
  if (w.length <= 2) return LEXICON.has(w)
  return ENGLISH_WORDS.has(w) || (w.length >= 4 && COMMON_OTHER.has(w))
}

/** The letter a lone digit or symbol after "letter + apostrophe" stands for as a contraction ending, else null. */
function contractionEnding (lower: string, at: number): string | null {
  const q = lower.charCodeAt(at - 1)
  if ((q !== 0x27 && q !== 0x2019) || !isLetter(lower.charCodeAt(at - 2)) || isTokenChar(lower.charCodeAt(at + 1))) return null
  for (const r of LEET_READINGS.get(lower.charCodeAt(at)) ?? []) if (CONTRACTION_ENDINGS.has(r)) return r
  return null
}

function isEnglish (w: string): boolean {
  return w.length <= 2 ? LEXICON.has(w) : ENGLISH_WORDS.has(w)
}

/** The fold of lower[from, to), or null when that is no leetspeak token. */
function foldable (lower: string, from: number, to: number, letters: number): string | null {
  if (to - from < 1 || to - from > MAX_TOKEN || letters >= to - from) return null
  return fold(lower.slice(from, to))
}

/** "%6e", "\\x6e", "&#110", "#ff00aa", "0x6e": digits and letters of an escape or a number, not a word. */
function isEscapeBody (lower: string, from: number): boolean {
  const p = lower.charCodeAt(from - 1)
  if (p === 0x25 || p === 0x23 || p === 0x26 || p === 0x5c) return true
  if ((p === 0x78 || p === 0x75) && lower.charCodeAt(from - 2) === 0x5c) return true
  return lower.charCodeAt(from) === 0x30 && lower.charCodeAt(from + 1) === 0x78
}

/**
 * "d0e@example" in "jane.d0e@example.com": an e-mail address, whose "@" is no "a" and
 * whose digits are part of a name. An "@" between word characters with a dotted name
 * around it (a domain after it, or a dotted local part before it) marks one.
 */
function isAddressPart (lower: string, from: number, to: number): boolean {
  const at = lower.indexOf('@', from)
  if (at < 0 || at >= to) return lower.charCodeAt(from - 1) === 0x40 || (lower.charCodeAt(to) === 0x40 && lower.charCodeAt(from - 1) === 0x2e)
  return at > from && (lower.charCodeAt(to) === 0x2e || lower.charCodeAt(from - 1) === 0x2e)
}

/**
 * The first spelling of `token` that is an English word, else a word of another language,
 * else a word plus an ending, else the one using first options: "7311" is "tell" before it
 * is German "teil".
 */
function fold (token: string): string {
  return spelling(token, isEnglish) ?? spelling(token, isWord) ?? spelling(token, isInflected) ?? spelling(token, isReversedWord) ?? spelling(token, () => true) as string
}

/**
 * A word of five letters or more written backwards ("7u0ht1w" is "without" reversed):
 * leetspeak over reversed text. Shorter ones come up by chance in identifiers ("e164"
 * folds to "elba").
 */
function isReversedWord (w: string): boolean {
  return w.length >= 5 && (WORD_FORMS.get(w, 0, w.length) & IS_REVERSED) !== 0
}

const ENDINGS = ['ers', 'er', 'ing', 'ed', 'es', 's', 'ly'] as const

/** A word of four letters or more followed by a common English ending: "stealer", "grabbing". */
function isInflected (w: string): boolean {
  for (const e of ENDINGS) {
    if (w.length - e.length >= 4 && w.endsWith(e) && ENGLISH_WORDS.has(w.slice(0, w.length - e.length))) return true
  }
  return false
}

/** The first spelling of `token` (ambiguous characters tried in turn) that `accept` takes. */
function spelling (token: string, accept: (w: string) => boolean): string | null {
  const ambiguous: number[] = []
  for (let k = 0; k < token.length; k++) {
    const o = LEET_READINGS.get(token.charCodeAt(k))
    if (o !== undefined && o.length > 1 && ambiguous.length < MAX_AMBIGUOUS) ambiguous.push(k)
  }
  const variants = 1 << ambiguous.length
  for (let v = 0; v < variants; v++) {
    let s = ''
    let a = 0
    for (let k = 0; k < token.length; k++) {
      const c = token.charCodeAt(k)
      const o = LEET_READINGS.get(c)
      if (o === undefined) { s += token[k]; continue }
      const pick = ambiguous[a] === k ? (v >> a++) & 1 : 0
      s += o[pick] ?? o[0]
    }
    if (accept(s)) return s
  }
  return null
}
