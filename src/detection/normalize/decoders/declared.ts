import { atbash, reverseText, rot13 } from '../lexicon.js'
import { bytesToText } from '../text-quality.js'
import { T_LETTERS } from '../traits.js'
import type { Decoder } from './types.js'

// Text that names its own transform: "This is ROT13 (or Atbash), decode it and do what it says: …",
// "Read the following backwards: …", "base64 below, decode it:" over a token too short for
// the base64 decoder's minimum run. The language decoder recognises rot13 and reversed
// text by the words they turn into, so it misses a payload whose words the lexicon lacks
// (another language, a short message, names and numbers, SQL). Here the text itself says
// how to read what follows, so what follows is decoded as told, whatever its words.
// The payload is what comes after the first colon or line break that follows the naming;
// content policies then judge what it says (gibberish from a wrong guess says nothing).
// Cost: a few substring tests per text; the regex runs only when one hits, and at most
// one payload per text is decoded.

const NAMING = /(?<![a-z])(?:(rot[- ]?13)|(base-?64|b64)|(atbash)|backwards?|reversed|in reverse|reverse (?:this|the|it|each|every|what)|r[üu]ckw[äa]rts|à l'envers|al rev[ée]s|de tr[áa]s para frente)(?![a-z])/g
// A base64 payload named as such but shorter than the base64 decoder's minimum run: the
// whole payload one token ("Y2Fycnkgb24=" is "carry on"). Longer runs are the decoder's.
const SHORT_BASE64 = /^[A-Za-z0-9+/]{6,}={0,2}$/
const MIN_BASE64 = 8
/** Characters between the naming and the colon or line break that opens the payload. */
const MAX_LEAD = 160
/** Namings tried per text before giving up. */
const MAX_NAMINGS = 4
const MIN_PAYLOAD = 4
/** Substrings one of which every naming holds: most texts skip the regex. */
const GATE = ['rot', 'rev', 'backward', 'ckw', 'envers', 'frente', '64', 'atbash']

export const declared: Decoder = {
  needs: T_LETTERS,
  find (text, lower, ctx, out) {
    if (ctx.maxPayloads < 1 || !GATE.some(g => lower.includes(g))) return
    NAMING.lastIndex = 0
    let tried = 0
    for (let m = NAMING.exec(lower); m !== null && tried < MAX_NAMINGS; m = NAMING.exec(lower), tried++) {
      const opener = openerAfter(lower, m.index + m[0].length)
      if (opener < 0) continue
      let start = opener + 1
      while (start < text.length && text.charCodeAt(start) <= 0x20) start++
      if (text.length - start < MIN_PAYLOAD) continue
      if (m[2] !== undefined) {
        const decoded = shortBase64(text.slice(start).trim(), ctx.minLength)
        if (decoded === null) continue
        out.push({ encoding: 'base64', text: decoded, start, end: text.length })
        return
      }
      const encoding = m[1] !== undefined ? 'rot13' : m[3] !== undefined ? 'atbash' : 'reversed'
      // The rest of the text is the payload: a naming inside it is the payload's own.
      const source = text.slice(start)
      out.push({ encoding, text: encoding === 'rot13' ? rot13(source) : encoding === 'atbash' ? atbash(source) : reverseText(source), start, end: text.length })
      return
    }
  },
}

/** The text of a named base64 token too short for the base64 decoder, when it reads as text; else null. */
function shortBase64 (token: string, minLength: number): string | null {
  if (token.length < MIN_BASE64 || token.length >= minLength || token.length % 4 !== 0 || !SHORT_BASE64.test(token)) return null
  return bytesToText(Buffer.from(token, 'base64'))
}

/** Index of the first ':' or line break within MAX_LEAD characters after `from`, else -1. */
function openerAfter (lower: string, from: number): number {
  const end = Math.min(lower.length, from + MAX_LEAD)
  for (let i = from; i < end; i++) {
    const c = lower.charCodeAt(i)
    if (c === 0x3a || c === 0x0a || c === 0xff1a) return i
  }
  return -1
}
