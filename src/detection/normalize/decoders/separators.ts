import { isAsciiLetter, isAsciiSpace } from '../char-classes.js'
import { KNOWN_WORDS } from '../lexicon.js'
import { T_LETTERS } from '../traits.js'
import type { Decoder } from './types.js'

// Punctuation noise: letters spelled apart ("i g n o r e", "i.g.n.o.r.e", "B-e-a-c-o-n")
// and words joined by punctuation ("show~me~the~latest~posts"). Both are repaired in one
// view of the whole text, so a sentence that mixes them reads whole.
//
// Spelled words: runs of single letters joined by a separator character are closed up,
// six letters or more always, three to five when they close into a known word ("s.h.o.r.t")
// but not initials ("U.S.A", "e.g."). When the first separator is not a space, another
// separator inside the run is a word gap ("a/s.h.o.r.t" is "a short"); when it is a space,
// the cleaner has already collapsed the double spaces between words, so the letters are cut
// back into words greedily by the lexicon ("ignoreallprevious" → "ignore all previous").
// The alternation of the regex repeats a fixed two-character unit: linear.
//
// Joined words: a token split on its commonest separator is split into words when it reads
// as prose: LONG_JOINED parts or more of which LONG_SHARE are known words and one a grammar word, or
// MIN_JOINED_PARTS or more, mostly known, with two grammar words ("show~me~the").
// Identifiers, paths and config keys rarely string so many words or any grammar together
// ("sync_speed_down_mbps", "AWS_SECRET_ACCESS_KEY"); tokens holding code punctuation,
// URLs and addresses are left alone.

const RUN = /(?<![A-Za-z0-9])[A-Za-z](?:[ .\-_*|~+·/][A-Za-z]){2,}(?![A-Za-z0-9])/g
const SEPARATORS = ['.', '-', '_', '*', '|', '~', '+', '·', '/']
/** Slot + 1 of each separator by char code (all below 256), 0 for any other character. */
const SEPARATOR_SLOT = new Uint8Array(256)
SEPARATORS.forEach((c, k) => { SEPARATOR_SLOT[c.charCodeAt(0)] = k + 1 })
const SEPARATOR_COUNTS = new Uint32Array(SEPARATORS.length + 1)
const LONGEST_WORD = 14
const ALWAYS_LETTERS = 6
const MIN_JOINED_PARTS = 4
const MIN_JOINED_SHARE = 0.6
const LONG_JOINED = 6
const LONG_SHARE = 0.4
/** Articles, pronouns, prepositions and conjunctions: what prose has and identifiers lack. */
const GRAMMAR: ReadonlySet<string> = new Set(`a an the to of and or in on at for with from is are be it this that me my you your we our
i not all de la le el los las les et y e und der die das den zu que en il di het een van`.split(/\s+/))
/** Characters of code and markup: a token holding one is not prose. */
const CODE_CHARS = /[=(){}[\]<>`$\\@]|:\/\//

export const separators: Decoder = {
  needs: T_LETTERS,
  find (text, _lower, ctx, out) {
    const spelled = closeSpelled(text, ctx.maxPayloads)
    const joined = splitJoined(spelled?.text ?? text)
    if (joined === null && spelled === null) return
    // Offsets are those of the spelled repairs when there are any; a joined token spans
    // the text it was found in, which the spelled repairs only shortened.
    const start = spelled?.start ?? joined?.start ?? 0
    const end = spelled?.end ?? joined?.end ?? text.length
    out.push({ encoding: joined === null ? 'spaced-letters' : 'punctuation', text: joined?.text ?? spelled?.text ?? text, start, end })
  },
}

interface Repair { readonly text: string, readonly start: number, readonly end: number }

function closeSpelled (text: string, maxRuns: number): Repair | null {
  const parts: string[] = []
  let copied = 0
  let first = -1
  let last = -1
  let found = 0
  for (const m of text.matchAll(RUN)) {
    if (found >= maxRuns) break
    const closed = closeUp(m[0])
    if (closed === null) continue
    found++
    parts.push(text.slice(copied, m.index), closed)
    copied = m.index + m[0].length
    if (first < 0) first = m.index
    last = copied
  }
  if (first < 0) return null
  parts.push(text.slice(copied))
  return { text: parts.join(''), start: first, end: last }
}

/**
 * The run with its spelled words closed up, or null when none is long or known enough.
 * A separator belongs to a spelled word when the one before or after it is the same
 * character; otherwise it is a gap between words ("a/s.h.o.r.t/s~t~o~r~y").
 */
function closeUp (run: string): string | null {
  const seps: string[] = []
  for (let k = 1; k < run.length; k += 2) seps.push(run[k] as string)
  // Words with the gaps that separated them kept: "a/short" is for splitJoined to split.
  let out = ''
  let closed = false
  let group = run[0] as string
  let groupSep = ''
  const flush = (): void => {
    const word = spelledWord(group, groupSep)
    if (word !== null) closed = true
    out += word ?? (groupSep === '' ? group : group.split('').join(groupSep))
  }
  for (let k = 0; k < seps.length; k++) {
    const sep = seps[k] as string
    const letter = run[2 * k + 2] as string
    const inGroup = sep === seps[k - 1] || sep === seps[k + 1]
    if (inGroup && (groupSep === '' || groupSep === sep)) { group += letter; groupSep = sep; continue }
    flush()
    out += sep
    group = letter
    groupSep = ''
  }
  flush()
  return closed ? out : null
}

/** Letters of one spelled group closed up, when they make a word; null otherwise. */
function spelledWord (letters: string, sep: string): string | null {
  if (sep === '' || letters.length < 3) return null
  if (letters.length >= ALWAYS_LETTERS) return sep === ' ' ? segment(letters) : letters
  return sep !== ' ' && KNOWN_WORDS.has(letters.toLowerCase()) ? letters : null
}

/** Greedy longest-match word break against the lexicon; unknown letters are kept in place. */
function segment (letters: string): string {
  const lower = letters.toLowerCase()
  const words: string[] = []
  let pending = ''
  let i = 0
  while (i < letters.length) {
    let len = Math.min(LONGEST_WORD, letters.length - i)
    while (len > 1 && !KNOWN_WORDS.has(lower.slice(i, i + len))) len--
    if (len === 1 && !KNOWN_WORDS.has(lower[i] as string)) {
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

/** Splits every whitespace-delimited token that is words joined by one punctuation character. */
function splitJoined (text: string): Repair | null {
  const parts: string[] = []
  let copied = 0
  let first = -1
  let last = -1
  const n = text.length
  let i = 0
  while (i < n) {
    if (isAsciiSpace(text.charCodeAt(i))) { i++; continue }
    const from = i
    while (i < n && !isAsciiSpace(text.charCodeAt(i))) i++
    const split = splitToken(text, from, i)
    if (split === null) continue
    parts.push(text.slice(copied, from), split)
    copied = i
    if (first < 0) first = from
    last = i
  }
  if (first < 0) return null
  parts.push(text.slice(copied))
  return { text: parts.join(''), start: first, end: last }
}

function splitToken (text: string, from: number, to: number): string | null {
  // The joining character is the commonest separator between two letters. Counted in
  // place: most tokens are plain words and must cost no allocation.
  const counts = SEPARATOR_COUNTS.fill(0)
  let sep = -1
  let best = 0
  for (let k = from + 1; k + 1 < to; k++) {
    const c = text.charCodeAt(k)
    const slot = c < 256 ? SEPARATOR_SLOT[c] as number : 0
    if (slot === 0 || !isLetterish(text.charCodeAt(k - 1)) || !isLetterish(text.charCodeAt(k + 1))) continue
    const count = (counts[slot] as number) + 1
    counts[slot] = count
    if (count > best) { best = count; sep = c }
  }
  if (best + 1 < MIN_JOINED_PARTS) return null
  const token = text.slice(from, to)
  if (CODE_CHARS.test(token)) return null
  const words = token.split(String.fromCharCode(sep))
  let known = 0
  let grammar = 0
  for (const w of words) {
    const b = bare(w)
    if (KNOWN_WORDS.has(b)) known++
    if (GRAMMAR.has(b)) grammar++
  }
  const prose = words.length >= LONG_JOINED
    ? known >= LONG_SHARE * words.length && grammar >= 1
    : known >= MIN_JOINED_SHARE * words.length && grammar >= 2
  return prose ? words.join(' ') : null
}

/** A part without the sentence punctuation around it, lower case. */
function bare (word: string): string {
  let a = 0
  let b = word.length
  while (a < b && !isAsciiLetter(word.charCodeAt(a))) a++
  while (b > a && !isAsciiLetter(word.charCodeAt(b - 1))) b--
  return word.slice(a, b).toLowerCase()
}


/** Letters, and the punctuation that ends a word before a joiner ("posts,~page"). */
function isLetterish (c: number): boolean {
  return isAsciiLetter(c) || c === 0x2c || c === 0x3a || c === 0x27 || c === 0x22 || (c >= 0x30 && c <= 0x39)
}

