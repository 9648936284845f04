import { isAsciiLetter, isAsciiSpace, isScriptLetter as isLetter } from '../char-classes.js'
import { breakWords } from '../glued-words.js'
import { KNOWN_WORDS } from '../lexicon.js'
import { T_LETTERS, T_NON_ASCII } from '../traits.js'
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
// Whole spellings: a word spelled character by character with one joiner, punctuation
// and all ("d*o*e*s*n*'*t", "k_i_d_s_,"), has the joiner at every other character; such
// runs are closed up before the letter runs are read (closeAlternating).
//
// Joined words: a token split on its commonest separator is split into words when it reads
// as prose: LONG_JOINED parts or more of which LONG_SHARE are known words and one a grammar word, or
// MIN_JOINED_PARTS or more, mostly known, with two grammar words ("show~me~the").
// Identifiers, paths and config keys rarely string so many words or any grammar together
// ("sync_speed_down_mbps", "AWS_SECRET_ACCESS_KEY"); tokens holding code punctuation,
// URLs and addresses are left alone, unless the token is a whole sentence of prose
// (LONG_JOINED parts, most of them known words, two grammar words) that merely carries a
// price or a call ("…/budget/is/$1.00", "….run.secret_get(…)"). Letters spelled with the
// joiner itself ("w*h*a*t*'*s*the*last") are closed back into their word first.
//
// Other scripts: letters are spelled apart the same way ("З.а.б.у.д.ь"), and a token of
// words of another script joined by one separator is prose: identifiers are not written
// in Cyrillic or Hangul. Short non-Latin runs (four or five letters) close up when they are
// lower case, which abbreviations are not.

/** A piece of a run with no space, slash or plus in its gaps (checked whole, one letter per two characters). */
const MIXED_PIECE = /^\p{L}(?:[.\-_*|~·]\p{L})+$/u
/** Sticky: tried only where runStart finds that a run may start (see nextRun). */
const RUN = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*|~+·/]\p{L}){2,}(?![\p{L}\p{N}])/uy
/** RUN's separator class, by char code (all below 256). */
const RUN_GAP = new Uint8Array(256)
for (const c of ' .-_*|~+·/') RUN_GAP[c.charCodeAt(0)] = 1
const SEPARATORS = ['.', '-', '_', '*', '|', '~', '+', '·', '/']
/** Slot + 1 of each separator by char code (all below 256), 0 for any other character. */
const SEPARATOR_SLOT = new Uint8Array(256)
SEPARATORS.forEach((c, k) => { SEPARATOR_SLOT[c.charCodeAt(0)] = k + 1 })
const SEPARATOR_COUNTS = new Uint32Array(SEPARATORS.length + 1)
/** Separators that a URL holds itself. */
const URL_JOINERS = './-_~+'
const ALWAYS_LETTERS = 6
const MIN_JOINED_PARTS = 4
const MIN_JOINED_SHARE = 0.6
const LONG_JOINED = 6
const LONG_SHARE = 0.4
/** Fewest letters of a lower-case spelled word of another script that closes up without the lexicon. */
const OTHER_SCRIPT_LETTERS = 4
/** Articles, pronouns, prepositions and conjunctions: what prose has and identifiers lack. */
const GRAMMAR: ReadonlySet<string> = new Set(`a an the to of and or in on at for with from is are be it this that me my you your we our
i not all de la le el los las les et y e und der die das den zu que en il di het een van`.split(/\s+/))
/** Characters of code and markup: a token holding one is not prose. */
const CODE_CHARS = /[=(){}[\]<>`$\\@]|:\/\//

/** Encoding of a view whose only repair is splitting words joined by punctuation. */
export const JOINED_WORDS = 'punctuation'

export const separators: Decoder = {
  needs: T_LETTERS | T_NON_ASCII,
  find (text, _lower, ctx, out) {
    // Whole spellings first ("d*o*e*s*n*'*t", "k_i_d_s_,"): closing them leaves the
    // letter runs below nothing to misread.
    const whole = closeAlternating(text, ctx.maxPayloads)
    const spelled = merged(text, whole, closeSpelled(whole?.text ?? text, ctx.maxPayloads))
    const joined = splitJoined(spelled?.text ?? text)
    if (joined === null && spelled === null) return
    // Offsets are those of the spelled repairs when there are any; a joined token spans
    // the text it was found in, which the spelled repairs only shortened.
    const start = spelled?.start ?? joined?.start ?? 0
    const end = spelled?.end ?? joined?.end ?? text.length
    // Labelled by the deliberate part: letters spelled apart are obfuscation, words joined
    // by punctuation alone are also how slugs and file names are written (a respelling,
    // see checks/segments.ts).
    out.push({ encoding: spelled === null ? JOINED_WORDS : 'spaced-letters', text: joined?.text ?? spelled?.text ?? text, start, end })
  },
}

interface Repair { readonly text: string, readonly start: number, readonly end: number }

/** Builds a repaired text from replacements of spans of `text`, made in order. */
class Splice {
  private readonly parts: string[] = []
  private copied = 0
  private first = -1
  constructor (private readonly text: string) {}

  /** `text[from, to)` reads `by`. */
  replace (from: number, to: number, by: string): void {
    this.parts.push(this.text.slice(this.copied, from), by)
    this.copied = to
    if (this.first < 0) this.first = from
  }

  /** The repaired text and the span of the replacements, or null when nothing was replaced. */
  result (): Repair | null {
    if (this.first < 0) return null
    return { text: this.parts.join('') + this.text.slice(this.copied), start: this.first, end: this.copied }
  }
}

/**
 * A second repair made on the text of a first: the second's text, over the span of both
 * in `text`'s offsets. The second's offsets are in the shortened text, so its start can
 * only be early and its end is moved by what the first removed: the span may be wider
 * than the repairs, never narrower.
 */
function merged (text: string, first: Repair | null, second: Repair | null): Repair | null {
  if (first === null) return second
  if (second === null) return first
  const shortened = text.length - first.text.length
  return { text: second.text, start: Math.min(first.start, second.start), end: Math.min(text.length, Math.max(first.end, second.end + shortened)) }
}

/**
 * Words spelled character by character with one joiner, punctuation included: every other
 * character is the joiner ("d*o*e*s*n*'*t", "p~e~r~m~i~s~s~i~o~n~.", "s_y_s_t_e_m___p_r_o_m_p_t"
 * is "system_prompt", the joiner spelled as itself). A run of ALWAYS_LETTERS characters or
 * more, at least half of them and three letters, is closed up; a shorter one only when its
 * letters make a known word. The run starts and ends at a boundary: a letter or digit
 * glued to its ends belongs to a word written whole ("the.c" is not spelled). One pass,
 * each character looked at a bounded number of times.
 */
function closeAlternating (text: string, maxRuns: number): Repair | null {
  const splice = new Splice(text)
  let found = 0
  const n = text.length
  let i = 0
  while (i + 2 < n && found < maxRuns) {
    const joiner = text.charCodeAt(i + 1)
    // The joiner first: most characters are followed by no joiner.
    if (!isJoiner(joiner) || isAsciiSpace(text.charCodeAt(i)) || isAsciiSpace(text.charCodeAt(i + 2))) { i++; continue }
    let j = i
    while (j + 2 < n && text.charCodeAt(j + 1) === joiner && (!isAsciiSpace(text.charCodeAt(j + 2)) || spelledSpace(text, j + 2, joiner))) j += 2
    let a = i
    let b = j
    if (a > 0 && isAlnum(text.charCodeAt(a - 1))) a += 2
    if (b + 1 < n && isAlnum(text.charCodeAt(b + 1))) b -= 2
    // A word is not spelled from a joiner of the words around it (".-n-i-m-d-a": the dot joins).
    while (a < b && isJoiner(text.charCodeAt(a))) a += 2
    const word = a < b ? spelledThrough(text, a, b) : null
    if (word !== null) {
      found++
      splice.replace(a, b + 1, word)
    }
    // The run's last character may open a run of another joiner ("a.s/t/e/p": "s" spells "step").
    i = word !== null ? b + 1 : Math.max(i + 1, j)
  }
  return splice.result()
}

/** The characters at a, a+2, …, b closed up, when they spell a word (see closeAlternating); null otherwise. */
function spelledThrough (text: string, a: number, b: number): string | null {
  let word = ''
  let letters = ''
  for (let k = a; k <= b; k += 2) {
    const c = text[k] as string
    word += c
    if (isLetter(c.charCodeAt(0))) letters += c
  }
  if (word.length >= ALWAYS_LETTERS) return letters.length >= 3 && 2 * letters.length >= word.length ? word : null
  return word.length >= 3 && letters.length >= 3 && KNOWN_WORDS.has(letters.toLowerCase()) ? word : null
}

/** The whitespace at `k` is spelled like a character: the joiner on both sides, a character after ("K~E~Y~\n~M~I"). */
function spelledSpace (text: string, k: number, joiner: number): boolean {
  return k + 2 < text.length && text.charCodeAt(k + 1) === joiner && !isAsciiSpace(text.charCodeAt(k + 2))
}

function isJoiner (c: number): boolean {
  return c < 256 && SEPARATOR_SLOT[c] !== 0
}

function isAlnum (c: number): boolean {
  return isLetter(c) || (c >= 0x30 && c <= 0x39)
}

function closeSpelled (text: string, maxRuns: number): Repair | null {
  const splice = new Splice(text)
  let found = 0
  for (let m = nextRun(text, 0); m !== null && found < maxRuns; m = nextRun(text, m.index + m[0].length)) {
    const spelled = closeUp(m[0])
    const closed = closeMixed(spelled ?? m[0]) ?? spelled
    if (closed === null) continue
    found++
    splice.replace(m.index, m.index + m[0].length, closed)
  }
  return splice.result()
}

/**
 * The next match of RUN at or after `from`, as a global search would find it. RUN is tried
 * (sticky) only where a run can start: a letter that no letter or digit precedes, then a
 * separator, a letter, a separator and a letter. Prose has few such places, and a
 * global search of RUN — a Unicode lookbehind tried at every character — cost a tenth of
 * all normalization. The test is looser than RUN (any character outside ASCII may be a
 * letter), never stricter, so the matches are the same; each place is tried once, as
 * the global search tried each.
 */
function nextRun (text: string, from: number): RegExpExecArray | null {
  for (let p = runStart(text, from); p >= 0; p = runStart(text, p + 1)) {
    RUN.lastIndex = p
    const m = RUN.exec(text)
    if (m !== null) return m
  }
  return null
}

/**
 * The first place at or after `from` where RUN may match (see nextRun); -1 when none.
 * Read from the separators: most characters are none, and each costs one lookup. A run's
 * first separator follows its first letter, one code unit after it or two (a surrogate
 * pair); the places are tried in order, the pair's first.
 */
function runStart (text: string, from: number): number {
  const n = text.length
  for (let gap = from + 1; gap < n; gap++) {
    if (!isRunGap(text.charCodeAt(gap))) continue
    if (gap - 2 >= from && letterUnits(text.charCodeAt(gap - 2)) === 2 && runsFrom(text, gap - 2, gap)) return gap - 2
    if (letterUnits(text.charCodeAt(gap - 1)) === 1 && runsFrom(text, gap - 1, gap)) return gap - 1
  }
  return -1
}

/**
 * Whether a run may start at `p`, whose letter ends at the separator `gap`: a letter and
 * another separator after it, then a letter, and no letter or digit before `p`.
 */
function runsFrom (text: string, p: number, gap: number): boolean {
  if (p + 4 >= text.length) return false
  const units = letterUnits(text.charCodeAt(gap + 1))
  if (units === 0) return false
  const gap2 = gap + 1 + units
  if (!isRunGap(text.charCodeAt(gap2)) || letterUnits(text.charCodeAt(gap2 + 1)) === 0) return false
  const before = p > 0 ? text.charCodeAt(p - 1) : 0x20
  return before >= 0x80 || !isAlnum(before)
}

/**
 * Code units of a letter that starts with `c`: 1 for an ASCII letter or a character
 * outside ASCII that may be one, 2 for a surrogate pair, 0 when none can start here
 * (ASCII that is not a letter, a trailing surrogate).
 */
function letterUnits (c: number): number {
  if (c < 0x80) return isAsciiLetter(c) ? 1 : 0
  if (c >= 0xdc00 && c <= 0xdfff) return 0
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1
}

function isRunGap (c: number): boolean {
  return c < 256 && RUN_GAP[c] === 1
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
    if (groupSep === ' ' && sep === seps[k + 1] && group.length >= 2) {
      // After one-letter words a word spelled with a separator starts here, and the letter
      // before this gap is its first: "и н-а-п-и-ш-и" is "и напиши", not "ин" and "апиши".
      const carried = group.slice(-1)
      const before = groupSep
      group = group.slice(0, -1)
      flush()
      out += before
      group = carried + letter
      groupSep = sep
      continue
    }
    flush()
    out += sep
    group = letter
    groupSep = ''
  }
  flush()
  return closed ? out : null
}

/**
 * Letters spelled with separators that change from one gap to the next ("i.g-n_o.r*e"):
 * no two neighbouring gaps agree, so closeUp formed no group, yet nobody writes short
 * words that way. Each space-delimited piece of the run made of letters and two kinds of
 * separator or more is closed up when it has ALWAYS_LETTERS letters or forms a known
 * word. Slashes and pluses are left out: they do join short words and initials
 * ("and/or", "A+B").
 */
function closeMixed (run: string): string | null {
  let changed = false
  const pieces = run.split(' ').map(piece => {
    if (piece.length < 5 || !MIXED_PIECE.test(piece)) return piece
    let letters = ''
    let kinds = ''
    for (let k = 0; k < piece.length; k++) {
      if (k % 2 === 0) letters += piece[k] as string
      else if (!kinds.includes(piece[k] as string)) kinds += piece[k] as string
    }
    if (kinds.length < 2 || (letters.length < ALWAYS_LETTERS && !KNOWN_WORDS.has(letters.toLowerCase()))) return piece
    changed = true
    return letters
  })
  return changed ? pieces.join(' ') : null
}

/** Letters of one spelled group closed up, when they make a word; null otherwise. */
function spelledWord (letters: string, sep: string): string | null {
  if (sep === '' || letters.length < 3) return null
  if (letters.length >= ALWAYS_LETTERS) return sep === ' ' ? breakWords(letters)?.text ?? letters : letters
  if (sep === ' ') return null
  if (KNOWN_WORDS.has(letters.toLowerCase())) return letters
  return letters.length >= OTHER_SCRIPT_LETTERS && letters.charCodeAt(0) >= 0x80 && letters === letters.toLowerCase() && letters !== letters.toUpperCase() ? letters : null
}

/** Splits every whitespace-delimited token that is words joined by one punctuation character. */
function splitJoined (text: string): Repair | null {
  const splice = new Splice(text)
  const n = text.length
  let i = 0
  while (i < n) {
    if (isAsciiSpace(text.charCodeAt(i))) { i++; continue }
    const from = i
    // Separators are counted on the way: a token with fewer than MIN_JOINED_PARTS - 1
    // cannot be split (splitToken needs that many of one kind), and most tokens are words.
    let separators = 0
    while (i < n) {
      const c = text.charCodeAt(i)
      if (isAsciiSpace(c)) break
      if (isJoiner(c)) separators++
      i++
    }
    if (separators < MIN_JOINED_PARTS - 1) continue
    const split = splitToken(text, from, i)
    if (split === null) continue
    splice.replace(from, i, split)
  }
  return splice.result()
}

function splitToken (text: string, from: number, to: number): string | null {
  // The joining character is the commonest separator between two letters. Counted in
  // place: most tokens are plain words and must cost no allocation, and the counts are
  // cleared only for a token that has a separator (a fill per token cost more than the
  // scan of a short word).
  let counts: Uint32Array | null = null
  let sep = -1
  let best = 0
  for (let k = from + 1; k + 1 < to; k++) {
    const c = text.charCodeAt(k)
    const slot = c < 256 ? SEPARATOR_SLOT[c] as number : 0
    if (slot === 0 || !isLetterish(text.charCodeAt(k - 1)) || !isLetterish(text.charCodeAt(k + 1))) continue
    if (counts === null) counts = SEPARATOR_COUNTS.fill(0)
    const count = (counts[slot] as number) + 1
    counts[slot] = count
    if (count > best) { best = count; sep = c }
  }
  if (best + 1 < MIN_JOINED_PARTS) return null
  const token = text.slice(from, to)
  const code = CODE_CHARS.test(token)
  const joiner = String.fromCharCode(sep)
  // A URL split on its own slashes or dots would no longer read as a link; words joined
  // by a character no URL holds ("…*to*https://host.example/new*for*the…") keep it whole.
  if (code && token.includes('://') && URL_JOINERS.includes(joiner)) return null
  // An apostrophe spelled apart with the joiner belongs to its word ("what*'*s").
  const words = closeSingles(token.replaceAll(`${joiner}'${joiner}`, "'").split(joiner))
  let known = 0
  let grammar = 0
  let other = 0
  for (const w of words) {
    const b = bare(w)
    if (KNOWN_WORDS.has(b)) known++
    if (GRAMMAR.has(b)) grammar++
    if (isOtherScriptWord(w)) other++
  }
  const n = words.length
  const prose = code
    ? n >= LONG_JOINED && known >= MIN_JOINED_SHARE * n && grammar >= 2
    : other >= MIN_JOINED_SHARE * n || (n >= LONG_JOINED
      ? known >= LONG_SHARE * n && grammar >= 1
      : known >= MIN_JOINED_SHARE * n && grammar >= 2)
  return prose ? words.join(' ') : null
}

/**
 * Closes runs of three or more one-letter parts into one word: a word spelled with the
 * joiner itself ("E*x*a*m*B*u*d*d*y*helps" → "ExamBuddy", "helps").
 */
function closeSingles (parts: string[]): string[] {
  let singles = 0
  for (const p of parts) if (p.length === 1) singles++
  if (singles < 3) return parts
  const out: string[] = []
  let run: string[] = []
  const flush = (): void => {
    if (run.length >= 3) out.push(run.join(''))
    else out.push(...run)
    run = []
  }
  for (const p of parts) {
    if (p.length === 1 && isLetter(p.charCodeAt(0))) { run.push(p); continue }
    flush()
    out.push(p)
  }
  flush()
  return out
}

/** A part made of letters of a script other than Latin (Cyrillic, Greek, Hangul, …), possibly with sentence punctuation. */
function isOtherScriptWord (w: string): boolean {
  let letters = 0
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c >= 0x370 && isLetter(c)) letters++
    else if (isAsciiLetter(c)) return false
  }
  return letters > 0
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
  return isLetter(c) || c === 0x2c || c === 0x3a || c === 0x27 || c === 0x22 || c === 0x3f || c === 0x21 || (c >= 0x30 && c <= 0x39)
}


