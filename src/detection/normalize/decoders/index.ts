import { ascii85, base85 } from './ascii85.js'
import { base2048 } from './base2048.js'
import { base32 } from './base32.js'
import { base64 } from './base64.js'
import { braille } from './braille.js'
import { caseNoise } from './case-noise.js'
import { charCodes } from './char-codes.js'
import { declared } from './declared.js'
import { escapes } from './escapes.js'
import { FRAMED, framed } from './framed.js'
import { hex } from './hex.js'
import { htmlEntities } from './html-entities.js'
import { JSON_VALUES, jsonValues } from './json-values.js'
import { language } from './language.js'
import { markedLetters } from './marked-letters.js'
import { leetspeak } from './leetspeak.js'
import { LINE_BREAKS, lineBreaks } from './line-breaks.js'
import { morse } from './morse.js'
import { nato } from './nato.js'
import { percent } from './percent.js'
import { JOINED_WORDS, separators } from './separators.js'
import { splitVariables } from './split-variables.js'
import { substitutions } from './substitutions.js'
import { TYPOS, typos } from './typos.js'
import { BROKEN_WORDS, brokenWords } from './broken-words.js'
import { uuencode } from './uuencode.js'
import type { Decoder } from './types.js'

export type { DecodeContext, Decoder, Payload } from './types.js'
export { FRAMED } from './framed.js'
export { ASSEMBLED } from './split-variables.js'
export { SUBSTITUTED } from './substitutions.js'

// Order is part of the output contract: it decides which chain a payload that decodes
// two ways is reported under (the first wins, the duplicate is dropped), and the order
// of segments. Whole-text decoders (url, html, escape) come first so that a payload
// escaped inside a sentence is decoded with its sentence. The disguises come last, so
// a payload that is also encoded is reported under its encoding; joining broken lines is
// the very last: its view is decoded again, so a payload both broken up and encoded is
// still read.
export const DECODERS: readonly Decoder[] = Object.freeze([
  percent,
  htmlEntities,
  escapes,
  base64,
  base32,
  hex,
  ascii85,
  base85,
  uuencode,
  base2048,
  morse,
  braille,
  nato,
  markedLetters,
  charCodes,
  language,
  declared,
  leetspeak,
  separators,
  caseNoise,
  typos,
  brokenWords,
  splitVariables,
  substitutions,
  jsonValues,
  framed,
  lineBreaks,
])

/**
 * Views that take a payload out of its wrapping (a JSON value, a lead asking to carry it
 * out) or its layout noise (lines joined, words joined by punctuation split, misspelled words spelled right) rather than
 * decode it: the words were in plain sight, so policies that weigh concealment
 * (obfuscated-payload, restriction-evasion, the decoded boost) do not count these steps
 * of a chain.
 */
export const DISGUISES: ReadonlySet<string> = new Set([JSON_VALUES, FRAMED, LINE_BREAKS, JOINED_WORDS, TYPOS, BROKEN_WORDS])
// Not disguises: a string summed from named pieces (`assembled`) and a text read with its
// declared code words (`substituted`). Cutting a request into variables or renaming its
// words leaves each piece in sight but the request unreadable, which is concealment on
// purpose. A benign glossary or string concatenation reads as benign text in its view,
// and concealment is scored only on what the view reveals.
