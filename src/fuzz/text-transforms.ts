import type { Rng } from '../replay/prng.js'
import { pickIndex } from '../replay/prng.js'

// Character-level disguises an attacker applies to a payload. Pure functions of
// (text, rng): the same seed gives the same output on every machine.

/** Latin letters and the Cyrillic / Greek letters drawn the same way. */
const HOMOGLYPHS: Readonly<Record<string, readonly string[]>> = {
  a: ['\u0430', '\u03b1'], c: ['\u0441', '\u03f2'], e: ['\u0435', '\u03b5'], i: ['\u0456', '\u03b9'], j: ['\u0458'],
  o: ['\u043e', '\u03bf'], p: ['\u0440', '\u03c1'], s: ['\u0455'], x: ['\u0445', '\u03c7'], y: ['\u0443', '\u03b3'],
  A: ['\u0410', '\u0391'], B: ['\u0412', '\u0392'], E: ['\u0415', '\u0395'], H: ['\u041d', '\u0397'], I: ['\u0406', '\u0399'],
  K: ['\u041a', '\u039a'], M: ['\u041c', '\u039c'], O: ['\u041e', '\u039f'], P: ['\u0420', '\u03a1'], T: ['\u0422', '\u03a4'],
  X: ['\u0425', '\u03a7'], Y: ['\u04ae', '\u03a5'],
}

const LEET: Readonly<Record<string, readonly string[]>> = {
  a: ['4', '@'], e: ['3'], i: ['1', '!'], o: ['0'], s: ['5', '$'], t: ['7'], l: ['1'], g: ['9'], b: ['8'],
}

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060']

/** Flips the case of about half the letters. */
export function randomCase (text: string, rng: Rng): string {
  let out = ''
  for (const ch of text) out += rng() < 0.5 ? ch.toUpperCase() : ch.toLowerCase()
  return out
}

/** Replaces about `rate` of the letters that have a look-alike with one. */
export function homoglyphs (text: string, rng: Rng, rate = 0.5): string {
  let out = ''
  for (const ch of text) {
    const alts = HOMOGLYPHS[ch]
    out += alts !== undefined && rng() < rate ? alts[pickIndex(rng, alts.length)] : ch
  }
  return out
}

/** Puts an invisible character inside every word of three or more letters. */
export function zeroWidth (text: string, rng: Rng): string {
  return text.replace(/[A-Za-z]{3,40}/g, w => {
    const at = 1 + pickIndex(rng, w.length - 1)
    return w.slice(0, at) + ZERO_WIDTH[pickIndex(rng, ZERO_WIDTH.length)] + w.slice(at)
  })
}

/** Swaps about `rate` of the letters with a digit or symbol that reads the same. */
export function leetspeak (text: string, rng: Rng, rate = 0.6): string {
  let out = ''
  for (const ch of text) {
    const alts = LEET[ch.toLowerCase()]
    out += alts !== undefined && rng() < rate ? alts[pickIndex(rng, alts.length)] : ch
  }
  return out
}

/** Widens the gaps between words with runs of spaces, tabs and line breaks. */
export function whitespaceNoise (text: string, rng: Rng): string {
  const gaps = ['  ', '   ', '\t', ' \n ', '\n\n', ' \t ']
  return text.replace(/ /g, () => rng() < 0.6 ? gaps[pickIndex(rng, gaps.length)] ?? ' ' : ' ')
}

/** Joins words with punctuation and sprinkles separators inside some of them. */
export function punctuationNoise (text: string, rng: Rng): string {
  const joins = ['-', '_', '.', '*', '/', '~']
  const words = text.split(' ')
  return words.map(w => {
    if (w.length >= 5 && rng() < 0.3) return [...w].join(joins[pickIndex(rng, joins.length)] ?? '.')
    return w
  }).join(rng() < 0.5 ? ' ' : joins[pickIndex(rng, joins.length)] ?? ' ')
}

export function rot13 (text: string): string {
  return text.replace(/[A-Za-z]/g, c => {
    const base = c <= 'Z' ? 65 : 97
    return String.fromCharCode((c.charCodeAt(0) - base + 13) % 26 + base)
  })
}

export function reverse (text: string): string {
  return [...text].reverse().join('')
}

export function base64 (text: string): string {
  return Buffer.from(text, 'utf8').toString('base64')
}

export function hex (text: string): string {
  return Buffer.from(text, 'utf8').toString('hex')
}

/** Percent-encodes every byte, as a URL encoder in strict mode would. */
export function percent (text: string): string {
  return [...Buffer.from(text, 'utf8')].map(b => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
}

/**
 * Typoglycemia: the inner letters of most words of four letters or more reordered, the
 * first and last kept, which people (and models) still read.
 */
export function scrambleInner (text: string, rng: Rng): string {
  return text.replace(/[A-Za-z]{4,}/g, w => {
    if (rng() < 0.3) return w
    const inner = [...w.slice(1, -1)]
    for (let i = inner.length - 1; i > 0; i--) {
      const j = pickIndex(rng, i + 1)
      const a = inner[i] as string
      inner[i] = inner[j] as string
      inner[j] = a
    }
    return w[0] + inner.join('') + w[w.length - 1]
  })
}
