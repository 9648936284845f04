import { LEXICON } from '../lexicon.js'
import { T_LEET } from '../traits.js'
import type { Decoder } from './types.js'

// Leetspeak: digits and symbols standing in for letters ("1gn0r3 pr3v10u5"). A token
// mixing letters with such characters is folded back; '1' and '|' may be i or l, '6' b or
// g, '2' r or z, so up to 2^MAX_AMBIGUOUS spellings are tried and the first English one
// kept. The text is decoded when the folding produces English: two lexicon words, or one
// of four letters or more. Technical tokens (mp3, k8s, sha256, i18n) fold to nothing
// English and are left alone. In a heavily folded text, short all-digit tokens that fold
// to English words ("70" → "to", "4" → "a") are folded too.

const OPTIONS: ReadonlyMap<number, readonly string[]> = new Map([
  ['0', ['o']], ['1', ['i', 'l']], ['2', ['r', 'z']], ['3', ['e']], ['4', ['a']], ['5', ['s']], ['6', ['b', 'g']],
  ['7', ['t']], ['8', ['b']], ['9', ['g']], ['@', ['a']], ['$', ['s']], ['|', ['l', 'i']], ['!', ['i']],
].map(([k, v]) => [(k as string).charCodeAt(0), v as readonly string[]]))

const MAX_AMBIGUOUS = 4
const MAX_TOKEN = 40
const HEAVY = 3
/** Tokens folded per text; the fold tries up to 16 spellings, so this bounds the work on hostile input. */
const MAX_FOLDS = 2048

function isLetter (c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}

function isTokenChar (c: number): boolean {
  return isLetter(c) || OPTIONS.has(c)
}

interface Fold { readonly start: number, readonly end: number, readonly text: string, readonly hit: boolean, readonly digits: boolean }

export const leetspeak: Decoder = {
  needs: T_LEET,
  find (text, lower, _ctx, out) {
    const folds: Fold[] = []
    let hits = 0
    let strong = false
    const n = lower.length
    let i = 0
    while (i < n && folds.length < MAX_FOLDS) {
      if (!isTokenChar(lower.charCodeAt(i))) { i++; continue }
      let from = i
      let letters = 0
      while (i < n) {
        const c = lower.charCodeAt(i)
        if (isLetter(c)) letters++
        else if (!OPTIONS.has(c)) break
        i++
      }
      if (letters === i - from) continue // a plain word, the common case: nothing sliced
      if (isEscapeBody(lower, from)) continue
      let to = i
      // Sentence punctuation and table bars around a word are not part of it.
      while (to > from && (lower.charCodeAt(to - 1) === 0x21 || lower.charCodeAt(to - 1) === 0x7c)) to--
      while (from < to && (lower.charCodeAt(from) === 0x7c || lower.charCodeAt(from) === 0x24)) from++
      if (to - from < 1 || to - from > MAX_TOKEN || letters === to - from) continue
      const token = lower.slice(from, to)
      const folded = fold(token)
      if (letters === 0) {
        if (token.length <= 3 && LEXICON.has(folded)) folds.push({ start: from, end: to, text: folded, hit: true, digits: true })
        continue
      }
      const hit = LEXICON.has(folded)
      if (hit) { hits++; if (folded.length >= 4) strong = true }
      folds.push({ start: from, end: to, text: folded, hit, digits: false })
    }
    if (hits < 2 && !strong) return
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

/** "%6e", "\\x6e", "&#110", "#ff00aa", "0x6e": digits and letters of an escape or a number, not a word. */
function isEscapeBody (lower: string, from: number): boolean {
  const p = lower.charCodeAt(from - 1)
  if (p === 0x25 || p === 0x23 || p === 0x26 || p === 0x5c) return true
  if ((p === 0x78 || p === 0x75) && lower.charCodeAt(from - 2) === 0x5c) return true
  return lower.charCodeAt(from) === 0x30 && lower.charCodeAt(from + 1) === 0x78
}

/** The first spelling of `token` that is an English word, else the one using first options. */
function fold (token: string): string {
  const ambiguous: number[] = []
  for (let k = 0; k < token.length; k++) {
    const o = OPTIONS.get(token.charCodeAt(k))
    if (o !== undefined && o.length > 1 && ambiguous.length < MAX_AMBIGUOUS) ambiguous.push(k)
  }
  const variants = 1 << ambiguous.length
  let fallback = ''
  for (let v = 0; v < variants; v++) {
    let s = ''
    let a = 0
    for (let k = 0; k < token.length; k++) {
      const c = token.charCodeAt(k)
      const o = OPTIONS.get(c)
      if (o === undefined) { s += token[k]; continue }
      const pick = ambiguous[a] === k ? (v >> a++) & 1 : 0
      s += o[pick] ?? o[0]
    }
    if (LEXICON.has(s)) return s
    if (v === 0) fallback = s
  }
  return fallback
}
