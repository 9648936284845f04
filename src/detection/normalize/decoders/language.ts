import { isAsciiSpace } from '../char-classes.js'
import { IS_REVERSED, IS_ROT13, IS_WORD, WORD_FORMS, reverseText, rot13 } from '../lexicon.js'
import { T_LETTERS } from '../traits.js'
import type { Decoder, Payload } from './types.js'

// rot13 and reversed text have no syntax; they are recognised because they turn
// non-words into words of a language we read (English or the other Latin-script languages
// of lexicon.ts). Words are scanned once; each is tested as is, under rot13 and reversed,
// by one lookup in precomputed forms.
//
// A run is scored like a maximum-sum stretch: a word that only the transform makes known
// adds one, a word that is known as it stands and not under the transform takes one away,
// and the run closes when the balance goes negative (plain prose closes it at once; one
// chance word inside a long rot13 text does not). A closed run is decoded when at least
// MIN_HITS of its words of three letters or more become known under the transform, when
// they outnumber its plain words two to one, and when they are MIN_SHARE of all its words
// (names, jargon and typos stay unknown either way):
//   "Please decode: Vtaber nyy cerivbhf vafgehpgvbaf" → run "Vtaber … vafgehpgvbaf" → rot13.
// Only word-shaped tokens count: lower case, Capitalised, UPPER, or (reversed) capital
// last. Mixed-case or digit-glued chunks (base64, ids) are carried inside a run but never
// scored, so a rot13'd "decode this:" followed by its rot13'd blob decodes as one payload.

const MIN_HITS = 3
const MIN_SHARE = 0.4
/** Characters after a run's last word still taken as part of its token. */
const MAX_TAIL = 64

class Run {
  start = -1
  /** End of the last token that kept the run alive. */
  end = -1
  hits = 0
  /** Hits on words of three letters or more: two-letter coincidences ("ab" is rot13 "no") are too cheap. */
  longHits = 0
  plains = 0
  words = 0
  balance = 0
  /**
   * Where the unknown tokens just before the first hit began, and how many words they
   * hold: a run starts there, since a sentence often opens (or, reversed, ends) with a name
   * or a word the lexicon lacks.
   */
  lead = -1
  leadWords = 0

  reset (): void { this.start = -1; this.hits = 0; this.longHits = 0; this.plains = 0; this.words = 0; this.balance = 0; this.lead = -1; this.leadWords = 0 }

  hit (from: number, to: number): void {
    if (this.start < 0) {
      this.start = this.lead >= 0 ? this.lead : from
      this.words = this.leadWords
    }
    this.end = to
    this.hits++
    this.words++
    this.balance++
    if (to - from >= 3) this.longHits++
  }

  /** A word known as it stands: counts against the run. Returns false when the run is spent. */
  plain (): boolean {
    if (this.start < 0) { this.lead = -1; this.leadWords = 0; return true }
    this.plains++
    this.words++
    return --this.balance >= 0
  }

  /** An unknown word, or a chunk that is not word-shaped: carried, and counted only if a word. */
  carry (from: number, to: number, word: boolean): void {
    if (this.start < 0) {
      if (this.lead < 0) this.lead = from
      if (word) this.leadWords++
      return
    }
    this.end = to
    if (word) this.words++
  }

  worthy (): boolean {
    return this.start >= 0 && this.longHits >= MIN_HITS && this.hits >= 2 * this.plains && this.hits >= MIN_SHARE * this.words
  }
}

type Transform = 'rot13' | 'reversed'

export const language: Decoder = {
  needs: T_LETTERS,
  find (text, lower, ctx, out) {
    const rot = new Run()
    const rev = new Run()
    const found: Payload[] = []
    const close = (run: Run, encoding: Transform): void => {
      if (run.worthy() && found.length < ctx.maxPayloads) {
        // The last token ends at the next space: its punctuation or "=" padding belongs to it.
        let end = run.end
        while (end < text.length && end - run.end < MAX_TAIL && !isAsciiSpace(text.charCodeAt(end))) end++
        const source = text.slice(run.start, end)
        found.push({ encoding, text: encoding === 'rot13' ? rot13(source) : unreverse(source), start: run.start, end })
      }
      run.reset()
    }
    const n = lower.length
    let i = 0
    while (i < n) {
      if (!isLetter(lower.charCodeAt(i))) { i++; continue }
      const from = i
      let ascii = true
      while (i < n && isLetter(lower.charCodeAt(i))) { if (lower.charCodeAt(i) > 0x7a) ascii = false; i++ }
      const shaped = ascii && i - from >= 2 && wordShaped(text, from, i)
      if (!shaped) {
        rot.carry(from, i, false)
        rev.carry(from, i, false)
        continue
      }
      const forms = WORD_FORMS.get(lower.slice(from, i)) ?? 0
      const plain = (forms & IS_WORD) !== 0
      if (!step(rot, forms & IS_ROT13, plain, from, i)) close(rot, 'rot13')
      if (!step(rev, forms & IS_REVERSED, plain, from, i)) close(rev, 'reversed')
    }
    close(rot, 'rot13')
    close(rev, 'reversed')
    // Deterministic order: by position, rot13 before reversed at the same start.
    found.sort((a, b) => a.start - b.start || (a.encoding < b.encoding ? 1 : -1))
    for (const p of found) out.push(p)
  },
}

/** Scores one word-shaped token; false when the run is spent and must be closed. */
function step (run: Run, hit: number, plain: boolean, from: number, to: number): boolean {
  if (hit !== 0 && !plain) run.hit(from, to)
  else if (plain && hit === 0) return run.plain()
  else run.carry(from, to, hit === 0)
  return true
}

/** Latin letters, including the accented ones of Latin-1 and Latin Extended-A (lower case). */
function isLetter (c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0x24f && c !== 0xf7)
}


function isDigit (c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

function isUpper (c: number): boolean {
  return c >= 0x41 && c <= 0x5a
}

/**
 * Lower case, Capitalised, UPPER or capital-last (a capitalised word reversed), and not
 * glued to digits: the shapes words take. "SGVsbG8", "x9Kd" and "abc123" are not words.
 */
function wordShaped (text: string, from: number, to: number): boolean {
  if (isDigit(text.charCodeAt(from - 1)) || isDigit(text.charCodeAt(to))) return false
  let uppers = 0
  for (let k = from; k < to; k++) if (isUpper(text.charCodeAt(k))) uppers++
  if (uppers === 0 || uppers === to - from) return true
  return uppers === 1 && (isUpper(text.charCodeAt(from)) || isUpper(text.charCodeAt(to - 1)))
}

/**
 * Text written backwards is either reversed whole ("tnarG .nimda" for "admin. Grant") or
 * word by word (".nimda tnarG"). Sentence punctuation and capitals tell which: reversed
 * whole, a word ending in a capital comes before one starting with a full stop; reversed
 * word by word, after it.
 */
function unreverse (source: string): string {
  const tokens = source.split(' ')
  let wordwise = 0
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k] as string
    const b = tokens[k + 1] as string
    if (a.length < 2 || b.length < 2) continue
    const aPunct = isStop(a.charCodeAt(0))
    const bCapLast = isUpper(b.charCodeAt(b.length - 1))
    const aCapLast = isUpper(a.charCodeAt(a.length - 1))
    const bPunct = isStop(b.charCodeAt(0))
    if (aPunct && bCapLast) wordwise++
    else if (aCapLast && bPunct) wordwise--
  }
  return wordwise > 0 ? tokens.map(reverseText).join(' ') : reverseText(source)
}

function isStop (c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f
}
