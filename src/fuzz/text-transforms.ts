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

export function base32 (text: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let out = ''
  let acc = 0
  let bits = 0
  for (const b of Buffer.from(text, 'utf8')) {
    acc = (acc << 8) | b
    bits += 8
    while (bits >= 5) { out += alphabet[(acc >> (bits - 5)) & 31]; bits -= 5 }
    acc &= (1 << bits) - 1
  }
  if (bits > 0) out += alphabet[(acc << (5 - bits)) & 31]
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=')
}

/** Base85 in the RFC 1924 alphabet (git binary patches, Python's b85encode). */
export function base85 (text: string): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'
  const bytes = Buffer.from(text, 'utf8')
  let out = ''
  for (let i = 0; i < bytes.length; i += 4) {
    const len = Math.min(4, bytes.length - i)
    let v = 0
    for (let k = 0; k < 4; k++) v = v * 256 + (bytes[i + k] ?? 0)
    const digits: string[] = []
    for (let k = 0; k < 5; k++) { digits.unshift(alphabet[v % 85] as string); v = Math.floor(v / 85) }
    out += digits.slice(0, len + 1).join('')
  }
  return out
}

/** UUencode, 45 bytes a line, without the begin/end frame (as Python's b2a_uu writes each line). */
export function uuencode (text: string): string {
  const bytes = Buffer.from(text, 'utf8')
  const lines: string[] = []
  for (let i = 0; i < bytes.length; i += 45) {
    const chunk = bytes.subarray(i, i + 45)
    let line = String.fromCharCode(32 + chunk.length)
    for (let j = 0; j < chunk.length; j += 3) {
      const n = ((chunk[j] ?? 0) << 16) | ((chunk[j + 1] ?? 0) << 8) | (chunk[j + 2] ?? 0)
      for (const shift of [18, 12, 6, 0]) {
        const v = (n >> shift) & 63
        line += v === 0 ? '`' : String.fromCharCode(32 + v)
      }
    }
    lines.push(line)
  }
  return lines.join('\n')
}

/** Atbash: a ↔ z, b ↔ y, either case. */
export function atbash (text: string): string {
  return text.replace(/[A-Za-z]/g, c => String.fromCharCode(c <= 'Z' ? 155 - c.charCodeAt(0) : 219 - c.charCodeAt(0)))
}

const MORSE: Readonly<Record<string, string>> = {
  a: '.-', b: '-...', c: '-.-.', d: '-..', e: '.', f: '..-.', g: '--.', h: '....', i: '..', j: '.---', k: '-.-', l: '.-..', m: '--',
  n: '-.', o: '---', p: '.--.', q: '--.-', r: '.-.', s: '...', t: '-', u: '..-', v: '...-', w: '.--', x: '-..-', y: '-.--', z: '--..',
  0: '-----', 1: '.----', 2: '..---', 3: '...--', 4: '....-', 5: '.....', 6: '-....', 7: '--...', 8: '---..', 9: '----.',
}

/** Morse code, letters apart by a space, words by ' / '; characters Morse lacks are dropped. */
export function morse (text: string): string {
  return text.toLowerCase().split(/\s+/).map(w => [...w].map(c => MORSE[c]).filter(m => m !== undefined).join(' ')).filter(w => w.length > 0).join(' / ')
}

const NATO = 'Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu'.split(' ')

/** Each letter as its NATO code word, with no word gaps (as public probe encoders write it). */
export function nato (text: string): string {
  return [...text.toLowerCase()].filter(c => c >= 'a' && c <= 'z').map(c => NATO[c.charCodeAt(0) - 97]).join(' ')
}

/** ASCII letters, digits and punctuation as their fullwidth forms (U+FF01–FF5E). */
export function fullwidth (text: string): string {
  return text.replace(/[!-~]/g, c => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
}

const COMBINING = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0308', '\u030a', '\u030b', '\u0316', '\u0317', '\u0323', '\u0324', '\u0334', '\u0335', '\u0336', '\u0346', '\u034a', '\u0352']

/** Zalgo: two to four combining marks stacked on every letter. */
export function zalgo (text: string, rng: Rng): string {
  return text.replace(/[A-Za-z]/g, c => {
    let out = c
    for (let k = 2 + pickIndex(rng, 3); k > 0; k--) out += COMBINING[pickIndex(rng, COMBINING.length)]
    return out
  })
}
