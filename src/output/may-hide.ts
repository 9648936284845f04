import { DECODERS } from '../detection/normalize/decoders/index.js'
import { traitsOf } from '../detection/normalize/traits.js'

// The normalizer pass (decoding, invisible characters, homoglyphs) is the costly part of
// scanning a window, so text it could not change skips it. The gate is the normalizer's
// own: a non-ASCII character (invisibles, homoglyphs, tags) or a trait some decoder needs
// (traits.ts). A narrower hand-written gate here would let a canary or a secret through
// in any encoding it forgot (spaced hex pairs, char codes, morse, rot13).
const NON_ASCII = /[^\x00-\x7f]/
const ANY_DECODER = DECODERS.reduce((mask, d) => mask | d.needs, 0)

/** Whether `text` could hold something only the normalizer reveals. */
export function mayHide (text: string, minEncodedLength: number): boolean {
  return NON_ASCII.test(text) || (traitsOf(text, minEncodedLength) & ANY_DECODER) !== 0
}
