import { isAsciiLetter } from '../char-classes.js'
import { T_LETTERS } from '../traits.js'
import type { Decoder } from './types.js'

// rAnDoM cAsE: letters flipped between upper and lower case at random. Policies match on
// the lower-cased text, but the word-based decoders only read word-shaped tokens (lower,
// Capitalised or UPPER), so rot13, backwards or word-reversed text under case noise went
// unread, as did the few checks that look at case. When enough of the words are neither
// lower, Capitalised nor UPPER, the text is also given in lower case.
// A word is noisy when a small letter is followed by two capitals ("tHROugh") or by a
// capital that ends the word ("coulD"): camelCase ("getUserById", "iPhone") does neither.

/** Noisy words (of three letters or more) needed, and their least share of such words. */
const MIN_NOISY = 4
const MIN_SHARE = 0.4

export const caseNoise: Decoder = {
  needs: T_LETTERS,
  find (text, lower, ctx, out) {
    if (ctx.maxPayloads < 1 || !mayBeNoisy(text)) return
    let words = 0
    let noisy = 0
    const n = text.length
    let i = 0
    while (i < n) {
      if (!isAsciiLetter(text.charCodeAt(i))) { i++; continue }
      const from = i
      let lowerSeen = false
      let run = 0
      let flagged = false
      while (i < n && isAsciiLetter(text.charCodeAt(i))) {
        if (text.charCodeAt(i) <= 0x5a) {
          // Two capitals after a small letter ("tHROugh"), or a capital ending the word after one ("coulD").
          if (lowerSeen && (++run >= 2 || !isAsciiLetter(text.charCodeAt(i + 1)))) flagged = true
        } else {
          lowerSeen = true
          run = 0
        }
        i++
      }
      // Letters glued to digits or to the symbols of base64 and identifiers are no word.
      if (i - from < 3 || isGlue(text.charCodeAt(from - 1)) || isGlue(text.charCodeAt(i))) continue
      words++
      if (flagged) noisy++
    }
    if (noisy < MIN_NOISY || noisy < MIN_SHARE * words) return
    out.push({ encoding: 'case-noise', text: lower, start: 0, end: n })
  },
}

/**
 * Whether the text has MIN_NOISY places where a small letter is directly followed by a
 * capital. A noisy word has one: its first capital after a small letter follows a small
 * letter. Prose capitalises word starts only, so most texts have none and are not walked
 * word by word (this check costs under half of that walk, measured on chat text).
 */
function mayBeNoisy (text: string): boolean {
  let places = 0
  let small = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (small && c >= 0x41 && c <= 0x5a && ++places >= MIN_NOISY) return true
    small = c >= 0x61 && c <= 0x7a
  }
  return false
}

function isGlue (c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f || c === 0x3d || c === 0x5f || c === 0x5c || c === 0x25
}
