import { isHangul, isKanaOrHan } from '../../../normalize/cjk.js'
import { COMMON_OTHER } from '../../../normalize/common-words.js'
import { ENGLISH_WORDS } from '../../../normalize/lexicon.js'
import type { Segment } from '../../../types.js'
import { foldedOf, forEachMatch } from './text.js'

/**
 * A coarse reading of what language a turn is written in: English, another Latin-script
 * language we read, or a non-Latin script. Enough to tell that a user answered an English
 * system prompt in Indonesian or Hindi (a way round a topic restriction the operator
 * wrote in English); not a language identifier. `unknown` when the text is too short or
 * too mixed to say.
 */
export type TextLanguage = 'en' | 'latin-other' | 'devanagari' | 'bengali' | 'cyrillic' | 'greek' | 'hebrew' | 'arabic' | 'thai' | 'cjk' | 'hangul' | 'unknown'

const WORD = /\p{L}{2,30}/gu
const MAX_WORDS = 60
const MAX_CHARS = 600
const MIN_WORDS = 3

function scriptOf (code: number): TextLanguage | null {
  if (code >= 0x0900 && code <= 0x097f) return 'devanagari'
  if (code >= 0x0980 && code <= 0x09ff) return 'bengali'
  if (code >= 0x0370 && code <= 0x03ff) return 'greek'
  if (code >= 0x0590 && code <= 0x05ff) return 'hebrew'
  if (code >= 0x0e00 && code <= 0x0e7f) return 'thai'
  if (code >= 0x0400 && code <= 0x04ff) return 'cyrillic'
  if (code >= 0x0600 && code <= 0x06ff) return 'arabic'
  if (isKanaOrHan(code)) return 'cjk'
  if (isHangul(code)) return 'hangul'
  return null
}

export function languageOf (seg: Segment): TextLanguage {
  const f = foldedOf(seg)
  const n = Math.min(f.length, MAX_CHARS)
  let latin = 0
  let other = 0
  let script: TextLanguage | null = null
  for (let i = 0; i < n; i++) {
    const c = f.charCodeAt(i)
    if (c >= 0x61 && c <= 0x7a) { latin++; continue }
    const s = c >= 0x0370 ? scriptOf(c) : null
    if (s !== null) { other++; script = s }
  }
  if (script !== null && other > latin) return script
  let en = 0
  let foreign = 0
  let words = 0
  forEachMatch(WORD, f.slice(0, n), MAX_WORDS, m => {
    words++
    if (ENGLISH_WORDS.has(m[0])) en++
    else if (COMMON_OTHER.has(m[0])) foreign++
  })
  if (words < MIN_WORDS) return 'unknown'
  if (en * 2 >= words && en > foreign) return 'en'
  if (foreign > en) return 'latin-other'
  return 'unknown'
}

/** The user turn is written in a different language from the system prompt. */
export function switchesLanguage (system: TextLanguage, user: TextLanguage): boolean {
  return system !== 'unknown' && user !== 'unknown' && system !== user
}
