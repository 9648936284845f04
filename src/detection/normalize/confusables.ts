import { base2048Spans } from './decoders/base2048.js'
import { LEXICON } from './lexicon.js'

// Folds look-alike letters to Latin, word by word, without mangling real text in other
// scripts. A word is only rewritten when the evidence says it was built to pass as
// Latin (or, the other way round, as Cyrillic/Greek):
//   "Ignоre"  (Latin + Cyrillic о)            → "Ignore"   mixed-script
//   "раураl" between English words            → "paypal"   lookalike-word
//   "игнoрируй" (Cyrillic + Latin o)           → Cyrillic о  mixed-script
//   "сор" inside a Russian sentence            → unchanged (a real Russian word)
//   "İgnöre"                                   → "Ignore"   diacritic (when most accented words become English)
// Every mapping is one UTF-16 unit to one, so offsets in the text do not move.
// Cost: a word made only of look-alikes with no Latin neighbour (a one-word message "сор")
// is folded only when the result is an English word; in a text that also holds real
// Cyrillic or Greek words, a look-alike word must fold to English *and* touch a Latin word,
// so an attacker who adds Russian text can keep non-English look-alike words unfolded
// (mixed-script words are folded regardless).

export type FoldKind = 'mixed-script' | 'lookalike-word' | 'small-caps' | 'diacritic' | 'fullwidth'

export interface FoldSpan {
  readonly start: number
  readonly end: number
  readonly kind: FoldKind
}

export interface FoldResult {
  readonly text: string
  readonly spans: readonly FoldSpan[]
  /** Words folded per kind. */
  readonly counts: ReadonlyMap<FoldKind, number>
}

const MAX_SPANS = 32

/** Cyrillic, Greek, Armenian and Cherokee letters that pass for a Latin letter. */
const LOOKALIKE = new Map<number, string>()
/** Latin small capitals and IPA letters: no language writes words with them. */
const PHONETIC = new Map<number, string>()
/** Latin letters with diacritics → base letter, derived from NFD at load. */
const DIACRITIC = new Map<number, string>()
const LATIN_TO_CYRILLIC = new Map<number, string>()
const LATIN_TO_GREEK = new Map<number, string>()

function pairs (target: Map<number, string>, spec: string): void {
  // spec: "аa еe оo" — first character the source, second the replacement.
  for (const p of spec.split(' ')) {
    const [from, to] = Array.from(p)
    if (from !== undefined && to !== undefined) target.set(from.charCodeAt(0), to)
  }
}

pairs(LOOKALIKE, 'аa еe іi јj кk оo рp сc уy хx ѕs ԁd ӏl һh ԛq ԝw үy ѵv АA ВB ЕE КK МM НH ОO РP СC ТT ХX УY ІI ЈJ ЅS ӀI ҮY ԚQ ԜW')
// ς: NFKC (which runs first) turns the lunate sigma ϲ, a favourite stand-in for c, into it;
// likewise the lunate epsilon ϵ into ε, which passes for e as well as the Cyrillic е does.
pairs(LOOKALIKE, 'αa γy εe ϵe ιi κk νv οo ρp τt υu χx ϲc ςc ϳj ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX')
pairs(LOOKALIKE, 'օo սu հh ոn զq ցg')
pairs(LOOKALIKE, 'ᎪA ᏴB ᏟC ᎬE ᎻH ᎫJ ᏦK ᎷM ᏢP ᏚS ᎢT ᏙV ᏔW ᏃZ ᏞL')
pairs(PHONETIC, 'ɑa ɡg ɪi ʟl ɴn ʀr ʏy ᴀa ʙb ᴄc ᴅd ᴇe ɢg ʜh ᴊj ᴋk ᴍm ᴏo ᴘp ꜱs ᴛt ᴜu ᴠv ᴡw ᴢz ȷj')
pairs(LATIN_TO_CYRILLIC, 'aа cс eе oо pр xх yу AА BВ CС EЕ HН KК MМ OО PР TТ XХ YУ')
pairs(LATIN_TO_GREEK, 'oο iι uυ vν AΑ BΒ EΕ HΗ IΙ KΚ MΜ NΝ OΟ PΡ TΤ XΧ YΥ ZΖ')

for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
  for (let c = from; c <= to; c++) {
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0)
    if (base !== c && ((base >= 0x41 && base <= 0x5a) || (base >= 0x61 && base <= 0x7a))) DIACRITIC.set(c, String.fromCharCode(base))
  }
}
pairs(DIACRITIC, 'ıi łl Łl øo Øo đd Đd ħh')

// One class per BMP code unit, built once: the fold scan is then a table read per
// character, with no regex and no per-character Map lookups.
const enum K {
  Boundary = 0, Ascii = 1, Lookalike = 2, Phonetic = 3, Diacritic = 4,
  Cyrillic = 5, Greek = 6, Armenian = 7, Cherokee = 8, OtherLetter = 9,
}

/** Non-ASCII ranges that separate words (punctuation, symbols, private use). Everything else counts as a letter. */
const SEPARATORS: readonly (readonly [number, number])[] = [
  [0x80, 0xbf], [0xd7, 0xd7], [0xf7, 0xf7], [0x37e, 0x37e], [0x387, 0x387], [0x55a, 0x55f], [0x589, 0x58a],
  [0x60c, 0x60c], [0x61b, 0x61f], [0x66a, 0x66d], [0x6d4, 0x6d4], [0x964, 0x965], [0x2000, 0x2bff],
  [0x2e00, 0x2e7f], [0x3000, 0x303f], [0xd800, 0xf8ff], [0xfe10, 0xfe6f], [0xff00, 0xff20], [0xff3b, 0xff40],
  [0xff5b, 0xff65], [0xfff0, 0xffff],
]

const KIND = new Uint8Array(0x10000)
KIND.fill(K.OtherLetter, 0x80)
for (const [from, to] of SEPARATORS) KIND.fill(K.Boundary, from, to + 1)
KIND.fill(K.Cyrillic, 0x400, 0x530)
KIND.fill(K.Greek, 0x370, 0x400)
KIND.fill(K.Greek, 0x1f00, 0x2000)
KIND.fill(K.Armenian, 0x531, 0x559)
KIND.fill(K.Armenian, 0x560, 0x589)
KIND.fill(K.Cherokee, 0x13a0, 0x1400)
for (const c of DIACRITIC.keys()) KIND[c] = K.Diacritic
for (const c of PHONETIC.keys()) KIND[c] = K.Phonetic
for (const c of LOOKALIKE.keys()) KIND[c] = K.Lookalike
KIND.fill(K.Ascii, 0x41, 0x5b)
KIND.fill(K.Ascii, 0x61, 0x7b)

/** Quick gate: without one of these characters there is nothing to fold. */
const FOLD_CANDIDATE = /[\u00c0-\u02af\u0370-\u058f\u13a0-\u13ff\u1d00-\u1dbf\u1e00-\u1fff\ua730-\ua7ff]/

const enum Ctx { Latin, Native, Lookalike, Other }

interface WordInfo {
  readonly start: number
  readonly end: number
  readonly ctx: Ctx
  /** The folded word, when this word is a candidate for folding. */
  readonly folded: string | null
  readonly kind: FoldKind | null
}

export function mayNeedFolding (text: string): boolean {
  return FOLD_CANDIDATE.test(text)
}

export function foldConfusables (text: string): FoldResult | null {
  const words = unencoded(scanWords(text), text)
  const spans: FoldSpan[] = []
  const counts = new Map<FoldKind, number>()
  const parts: string[] = []
  const [left, right] = neighbours(words)
  const nativeText = words.some(w => w.ctx === Ctx.Native)
  const diacritics = diacriticVerdict(words)
  let last = 0
  for (let w = 0; w < words.length; w++) {
    const info = words[w] as WordInfo
    if (info.folded === null || info.kind === null) continue
    if (info.ctx === Ctx.Lookalike && !lookalikeInContext(left[w] as Ctx | -1, right[w] as Ctx | -1, info.folded, nativeText)) continue
    if (info.kind === 'diacritic' && !diacritics) continue
    parts.push(text.slice(last, info.start), info.folded)
    last = info.end
    counts.set(info.kind, (counts.get(info.kind) ?? 0) + 1)
    if (spans.length < MAX_SPANS) spans.push({ start: info.start, end: info.end, kind: info.kind })
  }
  if (parts.length === 0) return null
  parts.push(text.slice(last))
  return { text: parts.join(''), spans, counts }
}

/** The words outside Base2048 payloads, whose mixed scripts are the encoding, not a disguise. */
function unencoded (words: WordInfo[], text: string): WordInfo[] {
  if (!words.some(w => w.kind === 'mixed-script')) return words
  const spans = base2048Spans(text)
  if (spans.length === 0) return words
  return words.filter(w => !spans.some(([start, end]) => w.start >= start && w.end <= end))
}

/** Splits the text into words and classifies each from per-character counts; one pass. */
function scanWords (text: string): WordInfo[] {
  const words: WordInfo[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    if (KIND[text.charCodeAt(i)] === K.Boundary) { i++; continue }
    const start = i
    let ascii = 0; let look = 0; let phon = 0; let diac = 0; let native = 0; let other = 0
    let script: K = K.Boundary
    for (; i < n; i++) {
      const k = KIND[text.charCodeAt(i)] as K
      if (k === K.Boundary) break
      if (k === K.Ascii) ascii++
      else if (k === K.Lookalike) look++
      else if (k === K.Phonetic) phon++
      else if (k === K.Diacritic) diac++
      else if (k === K.OtherLetter) other++
      else { native++; script = k }
    }
    words.push(classify(text, start, i, ascii, look, phon, diac, native, other, script))
  }
  return words
}

function classify (text: string, start: number, end: number, ascii: number, look: number, phon: number, diac: number, native: number, other: number, script: K): WordInfo {
  // A word that is mostly Latin with a letter or two of another script is a Latin word
  // with intruders ("instruλtions"): fold its look-alikes to Latin rather than folding
  // its Latin letters into the intruders' script.
  if (native > 0 && ascii > 2 * native) {
    const word = text.slice(start, end)
    const folded = mapChars(word, LOOKALIKE, PHONETIC)
    return { start, end, ctx: Ctx.Latin, folded: folded === word ? null : folded, kind: 'mixed-script' }
  }
  if (native > 0) {
    const back = script === K.Cyrillic ? LATIN_TO_CYRILLIC : script === K.Greek ? LATIN_TO_GREEK : null
    const word = text.slice(start, end)
    const folded = ascii > 0 && back !== null ? mapChars(word, back, null) : null
    return { start, end, ctx: Ctx.Native, folded: folded === word ? null : folded, kind: 'mixed-script' }
  }
  if (other > 0) return { start, end, ctx: Ctx.Other, folded: null, kind: null }
  if (look > 0) {
    const folded = mapChars(text.slice(start, end), LOOKALIKE, PHONETIC)
    return ascii > 0
      ? { start, end, ctx: Ctx.Latin, folded, kind: 'mixed-script' }
      : { start, end, ctx: Ctx.Lookalike, folded, kind: 'lookalike-word' }
  }
  if (phon > 0) return { start, end, ctx: Ctx.Latin, folded: mapChars(text.slice(start, end), PHONETIC, null), kind: 'small-caps' }
  if (diac > 0) {
    const folded = mapChars(text.slice(start, end), DIACRITIC, null)
    // Three letters at least: French "à" and Portuguese "só" fold to English words and are not attacks.
    const english = folded.length >= 3 && LEXICON.has(folded.toLowerCase())
    return { start, end, ctx: Ctx.Latin, folded: english ? folded : null, kind: 'diacritic' }
  }
  return { start, end, ctx: Ctx.Latin, folded: null, kind: null }
}

function mapChars (word: string, first: ReadonlyMap<number, string>, second: ReadonlyMap<number, string> | null): string {
  let out = ''
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    out += first.get(c) ?? second?.get(c) ?? word[i]
  }
  return out
}

/**
 * A word made only of look-alikes is folded when it sits among Latin words. In a text that
 * also holds real Cyrillic/Greek words it must, in addition, fold to an English word:
 * "купить iPhone у Apple" keeps its Russian "у".
 */
function lookalikeInContext (left: Ctx | -1, right: Ctx | -1, folded: string, nativeText: boolean): boolean {
  if (left === Ctx.Native || right === Ctx.Native) return false
  const latin = left === Ctx.Latin || right === Ctx.Latin
  const english = LEXICON.has(folded.toLowerCase())
  if (nativeText) return latin && english
  return latin || english
}

/**
 * Accented words are folded only when most of them turn into English words: that is a
 * disguise ("İgnöre prevïous"). In real French or German most accented words are not
 * English once stripped ("sécurité", "très"), and the one that is ("rôle") is left alone.
 */
function diacriticVerdict (words: readonly WordInfo[]): boolean {
  let accented = 0
  let english = 0
  for (const w of words) {
    if (w.kind !== 'diacritic') continue
    accented++
    if (w.folded !== null) english++
  }
  return english * 2 > accented
}

/**
 * For each word, the context of the nearest word on each side that is not itself made of
 * look-alikes (-1 when there is none). Two linear passes, so a text of thousands of
 * look-alike words costs no more than any other text.
 */
function neighbours (words: readonly WordInfo[]): [Int8Array, Int8Array] {
  const left = new Int8Array(words.length)
  const right = new Int8Array(words.length)
  let seen = -1
  for (let i = 0; i < words.length; i++) {
    left[i] = seen
    const ctx = (words[i] as WordInfo).ctx
    if (ctx !== Ctx.Lookalike) seen = ctx
  }
  seen = -1
  for (let i = words.length - 1; i >= 0; i--) {
    right[i] = seen
    const ctx = (words[i] as WordInfo).ctx
    if (ctx !== Ctx.Lookalike) seen = ctx
  }
  return [left, right]
}
