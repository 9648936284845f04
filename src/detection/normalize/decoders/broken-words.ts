import { isScriptLetter } from '../char-classes.js'
import { IS_WORD, KNOWN_WORDS, WORD_FORMS } from '../lexicon.js'
import { T_LETTERS } from '../traits.js'
import { WordTable } from '../word-table.js'
import type { Decoder } from './types.js'
import { SLIP_TARGETS } from './typos.js'

// Words broken by a space ("ig nore all prev ious instruc tions", "what is the pass word",
// "¿cuál es la contrase ña?"): a reader, and the model, reads each as one word; phrase
// matching sees two tokens that are no words at all. Closing the gap restores the
// vocabulary a filter looks for, so this view joins the pieces back.
//
// Two or three neighbouring tokens, one space apart, are joined when together they spell a
// known word (lexicon.ts, diacritics folded) and at least one piece is not a word by
// itself: two words that happen to spell a third ("to day", "any one") are left as
// written, except the few attack compounds whose halves are words ("pass word", "jail
// break", "for get"). The view is given only when a restored word is one an evader breaks
// to slip a filter (the attack vocabulary of typos.ts and its counterparts in the other
// languages): machine-translated text and names break words too ("Cu ál", "Mc Donald"), and
// a view of an ordinary word would cost every policy a segment for nothing. A disguise
// (decoders/index.ts): the letters were in plain sight, and the text is scored for what it says.

export const BROKEN_WORDS = 'broken-words'

const MAX_PIECES = 3
const MIN_JOINED = 4
const MAX_JOINED = 24

/** Attack words of the other languages, folded (lexicon.ts keeps them without diacritics). */
const OTHER_TARGETS = `
contrasena contrasenas clave senha senhas parola passwort kennwort wachtwoord haslo sifre sifreyi motdepasse
instrucciones instruccion instrucoes instrucao anweisungen anweisung istruzioni consignes instructies
ignora ignorar ignoriere ignoriert ignorez ignorer ignorare negeer anteriores anterior vorherigen precedentes
precedenti vorigen sistema systeme systeemprompt secreto segreto geheim geheimnis confidencial confidentiel
restricciones restrizioni einschrankungen revela revelar verrate divulguer rivela
`.split(/\s+/).filter(w => w.length >= 5)

const TARGETS: ReadonlySet<string> = new Set([...SLIP_TARGETS, ...OTHER_TARGETS])

// Every proper prefix of a target, so the first pass tests a token with one lookup and
// goes on only where a target could start (most text has none).
const TARGET_PREFIX = new WordTable()
for (const w of TARGETS) for (let k = 1; k < w.length; k++) TARGET_PREFIX.add(w.slice(0, k), 1)
// Targets by a hash of their letters, so a join of tokens is looked up in place, spaces
// skipped, without building the joined string (see joinsTarget).
const TARGET_BY_HASH = new Map<number, string>()
for (const w of TARGETS) TARGET_BY_HASH.set(hashRange(w, 0, w.length, 0x811c9dc5), w)
const MAX_TARGET = Math.max(...[...TARGETS].map(w => w.length))

function hashRange (s: string, from: number, to: number, h: number): number {
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193)
  return h
}

/** Attack words whose halves are both words: joined although neither piece is broken. */
const COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['pass', new Set(['word', 'words', 'phrase', 'code'])],
  ['jail', new Set(['break', 'broken'])],
  ['for', new Set(['get'])],
  ['over', new Set(['ride', 'write'])],
])

function isPieceLetter (c: number): boolean {
  return isScriptLetter(c) && c < 0x250
}

function isGlued (c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x5f
}

/** lower[from, to) folded to the lexicon's spelling (diacritics off). */
function folded (lower: string, from: number, to: number): string {
  const s = lower.slice(from, to)
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  return s
}

function isWord (lower: string, from: number, to: number): boolean {
  return (WORD_FORMS.get(lower, from, to) & IS_WORD) !== 0 || KNOWN_WORDS.has(folded(lower, from, to))
}

export const brokenWords: Decoder = {
  needs: T_LETTERS,
  find (text, lower, ctx, out) {
    if (ctx.maxPayloads < 1 || !restoresTarget(lower)) return
    const n = lower.length
    let built = ''
    let copied = 0
    let i = 0
    while (i < n) {
      if (!isPieceLetter(lower.charCodeAt(i))) { i++; continue }
      const run = tokensAt(lower, i)
      if (run === null) { i = skipToken(lower, i); continue }
      const joined = joinAt(lower, run.starts, run.ends)
      const last = joined === null ? -1 : run.ends[joined.pieces - 1] as number
      if (joined === null || (last < n && isGlued(lower.charCodeAt(last)))) { i = (run.ends[0] as number) + 1; continue }
      built += text.slice(copied, i) + closed(text, run.starts, run.ends, joined.pieces)
      copied = last
      i = last
    }
    out.push({ encoding: BROKEN_WORDS, text: built + text.slice(copied), start: 0, end: n })
  },
}

/**
 * Whether two or three tokens in a row, one space apart, spell a target word: the cheap
 * pass that decides whether a view is worth building. ASCII tokens are joined in place
 * (a prefix lookup, then a hash of the joined letters); a token with other letters takes
 * the full join, which folds its diacritics.
 */
function restoresTarget (lower: string): boolean {
  const n = lower.length
  let i = 0
  while (i < n) {
    if (!isLetterCode(lower.charCodeAt(i))) { i++; continue }
    let e = i
    let ascii = true
    for (let c = lower.charCodeAt(e); e < n && isLetterCode(c); c = lower.charCodeAt(++e)) if (c > 0x7f) ascii = false
    if (lower.charCodeAt(e) === 0x20 && (i === 0 || !isGlued(lower.charCodeAt(i - 1)))) {
      if (ascii ? e - i < MAX_TARGET && TARGET_PREFIX.get(lower, i, e) !== 0 && joinsTarget(lower, i, e) : fullJoin(lower, i)) return true
    }
    i = e
  }
  return false
}

function fullJoin (lower: string, i: number): boolean {
  const run = tokensAt(lower, i)
  const joined = run === null ? null : joinAt(lower, run.starts, run.ends)
  return joined !== null && TARGETS.has(joined.word)
}

/** isPieceLetter with the lower-case ASCII test first: the cheap pass reads every character. */
function isLetterCode (c: number): boolean {
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : isPieceLetter(c)
}

function isAsciiLower (c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}

/** The ASCII token [i, e) and the one or two after it spell a target. */
function joinsTarget (lower: string, i: number, e: number): boolean {
  let h = hashRange(lower, i, e, 0x811c9dc5)
  let len = e - i
  let at = e
  for (let k = 1; k < MAX_PIECES; k++) {
    if (lower.charCodeAt(at) !== 0x20) return false
    const from = at + 1
    let to = from
    while (to < lower.length && isAsciiLower(lower.charCodeAt(to))) to++
    // A next token with other letters (an accent: "contrase ña") is joined the full way.
    if (to < lower.length && isPieceLetter(lower.charCodeAt(to))) return fullJoin(lower, i)
    if (to === from) return false
    len += to - from
    if (len > MAX_TARGET) return false
    h = hashRange(lower, from, to, h)
    const w = TARGET_BY_HASH.get(h)
    if (w !== undefined && w.length === len && fullJoin(lower, i)) return true
    at = to
  }
  return false
}

/** Bounds of up to MAX_PIECES tokens from `i`, one space apart; null for a token glued to digits or `_` before it. */
function tokensAt (lower: string, i: number): { readonly starts: number[], readonly ends: number[] } | null {
  if (i > 0 && isGlued(lower.charCodeAt(i - 1))) return null
  const starts: number[] = []
  const ends: number[] = []
  let at = i
  while (starts.length < MAX_PIECES) {
    let e = at
    while (e < lower.length && isPieceLetter(lower.charCodeAt(e))) e++
    starts.push(at)
    ends.push(e)
    if (lower.charCodeAt(e) !== 0x20 || !isPieceLetter(lower.charCodeAt(e + 1))) break
    at = e + 1
  }
  return starts.length < 2 ? null : { starts, ends }
}

/** Past the token at `i` and anything glued to it. */
function skipToken (lower: string, i: number): number {
  while (i < lower.length && !isAsciiBreak(lower.charCodeAt(i))) i++
  return i
}

function isAsciiBreak (c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d
}

/** The longest run of pieces from the first that joins into a word as this decoder allows, or null. */
function joinAt (lower: string, starts: readonly number[], ends: readonly number[]): { readonly word: string, readonly pieces: number } | null {
  // Whether each piece is a word by itself, asked only as far as needed (most prose: every piece is).
  let firstBroken = -1
  for (let p = 0; p < starts.length && firstBroken < 0; p++) if (!isWord(lower, starts[p] as number, ends[p] as number)) firstBroken = p
  const compound = isCompound(lower, starts, ends)
  if (firstBroken < 0 && !compound) return null
  for (let k = starts.length; k >= 2; k--) {
    if (!(firstBroken >= 0 && firstBroken < k) && !(k === 2 && compound)) continue
    let len = 0
    for (let p = 0; p < k; p++) len += (ends[p] as number) - (starts[p] as number)
    if (len < MIN_JOINED || len > MAX_JOINED) continue
    let word = ''
    for (let p = 0; p < k; p++) word += folded(lower, starts[p] as number, ends[p] as number)
    if (KNOWN_WORDS.has(word) || TARGETS.has(word)) return { word, pieces: k }
  }
  return null
}

function isCompound (lower: string, starts: readonly number[], ends: readonly number[]): boolean {
  if (starts.length < 2) return false
  const a = starts[0] as number
  const b = starts[1] as number
  for (const [head, tails] of COMPOUNDS) {
    // Compared in place: this runs for most pairs of ordinary words.
    if ((ends[0] as number) - a !== head.length || !lower.startsWith(head, a)) continue
    for (const tail of tails) if ((ends[1] as number) - b === tail.length && lower.startsWith(tail, b)) return true
  }
  return false
}

/** The pieces as written (their case and diacritics kept), with the spaces between them closed. */
function closed (text: string, starts: readonly number[], ends: readonly number[], pieces: number): string {
  let s = ''
  for (let p = 0; p < pieces; p++) s += text.slice(starts[p], ends[p])
  return s
}
