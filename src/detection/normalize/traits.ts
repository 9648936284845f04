// One pass over a text answers "which decoders could possibly find something here?", so
// ordinary prose skips every syntax decoder and pays only for the word-based ones.
// (Measured: this single loop is cheaper than the equivalent set of regex tests, whose
// "a run of 16 non-spaces" form alone costs several passes over prose.)
import { isScriptLetter } from './char-classes.js'

export const T_PERCENT = 1
export const T_AMPERSAND = 2
export const T_BACKSLASH = 4
/** A run of non-whitespace at least minEncodedLength long (base64, base32, hex, ascii85). */
export const T_LONG_RUN = 8
/** A letter next to a digit or one of @ $ | ! (leetspeak candidate). */
export const T_LEET = 16
export const T_MORSE = 32
export const T_LETTERS = 64
/** Hex pairs separated by spaces or commas never form a long run. */
export const T_HEX_PAIRS = 128
/** Line breaks inside sentences, dense enough to be layout noise rather than paragraphs or code. */
export const T_BROKEN_LINES = 256
/** A character outside ASCII (decoders that also read other scripts). */
export const T_NON_ASCII = 512
/** A quoted key and its colon (`"note":`): JSON or a JSON-like object in the text. */
export const T_JSON_KEY = 1024

const MORSE_MIN_SYMBOLS = 12
const HEX_PAIRS_MIN = 8
/** At least this many breaks between two words of one sentence (one cuts a short request: "http_post that\nto https://…")... */
const MIN_BROKEN_LINES = 1
/** ...and at most this many words per such break (ordinary paragraphs hold far more). */
const MAX_WORDS_PER_BREAK = 14

/** Single characters in a row, letters and leet characters both among them, that make a spaced leet candidate. */
const SPACED_LEET_MIN = 5
const LEETISH = new Uint8Array(128)
for (const ch of '0123456789@$|!') LEETISH[ch.charCodeAt(0)] = 1
/** Punctuation of config, code and markup lines ("key: value", "x = 1;"), whose breaks are not noise. */
const CODE_PUNCTUATION = new Uint8Array(128)
for (const ch of ':=;{}$`|#<>') CODE_PUNCTUATION[ch.charCodeAt(0)] = 1

export function traitsOf (text: string, minRun: number): number {
  let t = 0
  let run = 0
  let morse = 0
  let hexPairs = 0
  let prevLetter = false
  let prevLeet = false
  let words = 0
  let broken = 0
  let codeLine = false
  let afterQuote = false
  // Single characters spaced apart ("1 g n 0 r 3"): a run of them mixing letters and leet
  // characters is leetspeak spelled letter by letter, with no letter next to a digit.
  let singles = 0
  let singleKinds = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c <= 0x20) {
      if (run === 1) {
        const p = text.charCodeAt(i - 1)
        const kind = (p | 0x20) >= 0x61 && (p | 0x20) <= 0x7a ? 1 : p < 128 && LEETISH[p] === 1 ? 2 : 0
        if (kind === 0) singles = singleKinds = 0
        else {
          singleKinds |= kind
          if (++singles >= SPACED_LEET_MIN && singleKinds === 3) t |= T_LEET
        }
      } else if (run > 1) singles = singleKinds = 0
      if (c === 0x0a) {
        if (run > 0 && !codeLine && continuesSentence(text.charCodeAt(i - 1), text.charCodeAt(i + 1))) broken++
        codeLine = false
      }
      run = 0
      prevLetter = prevLeet = false
      continue
    }
    if (run === 0) words++
    if (c >= 0x80) t |= T_NON_ASCII
    if (c === 0x3a && afterQuote) t |= T_JSON_KEY
    afterQuote = c === 0x22
    if (++run >= minRun) t |= T_LONG_RUN
    // Letters, most of the characters, are none of the leet, code or syntax characters
    // below: they skip those tests.
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      t |= T_LETTERS
      if (prevLeet) t |= T_LEET
      prevLetter = true
      prevLeet = false
    } else {
      const leet = c < 128 && LEETISH[c] === 1
      if (leet && prevLetter) t |= T_LEET
      prevLetter = false
      prevLeet = leet
      if (c < 128 && CODE_PUNCTUATION[c] === 1) codeLine = true
      if (c === 0x25) t |= T_PERCENT
      else if (c === 0x26) t |= T_AMPERSAND
      else if (c === 0x5c) t |= T_BACKSLASH
      else if (c === 0x2e || c === 0x2d) { if (++morse >= MORSE_MIN_SYMBOLS) t |= T_MORSE }
    }
    // The run length first: it rules out almost every character without reading another.
    if ((run === 2 || (run === 4 && (text.charCodeAt(i - 2) | 0x20) === 0x78)) && isHex(c) && isHex(text.charCodeAt(i - 1))) {
      if (++hexPairs >= HEX_PAIRS_MIN) t |= T_HEX_PAIRS
    }
  }
  if (broken >= MIN_BROKEN_LINES && words <= broken * MAX_WORDS_PER_BREAK) t |= T_BROKEN_LINES
  return t
}

/**
 * A line break between these two characters cuts a sentence: it follows a word or a comma
 * (not a full stop, colon, bracket or other line-ending code punctuation) and a word
 * follows it. Breaks that end a line of code or config are not counted (CODE_PUNCTUATION).
 */
function continuesSentence (before: number, after: number): boolean {
  const wordEnd = isWordChar(before) || before === 0x2c
  return wordEnd && isWordChar(after)
}

function isWordChar (c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || isScriptLetter(c)
}

function isHex (c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66)
}
