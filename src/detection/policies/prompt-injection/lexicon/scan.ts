import { memoSlot } from '../../../segment-memo.js'
import type { Segment } from '../../../types.js'
import { foldedOf, forEachMatch, type Span } from '../match/text.js'
import { LANGUAGES, type LangCode, type Lexicon } from './languages.js'
import { KEY_LEN, indexTerms, isWordCode, wordStarts, type IndexedClass } from './term-index.js'

/** Spans found per signal class, sorted by start. Classes with no match are absent. */
export interface ClassSpans<K extends string> {
  get (cls: K): readonly Span[]
  has (cls: K): boolean
}

/** A keyed fragment group: the word must start with `key`, then `re` runs there. */
interface Entry<K extends string> {
  readonly key: string
  readonly cls: K
  readonly re: RegExp
  /** The key is a whole word in every fragment (see IndexedClass.wholeWord). */
  readonly whole: boolean
}

interface CompiledLexicon<K extends string> {
  /** Position in `registry`: the walk files spans under it. */
  readonly id: number
  readonly classes: ReadonlyMap<K, IndexedClass>
  readonly entries: readonly Entry<K>[]
  /** The global regexes run over the whole text besides the walk: unkeyed fragments, and `chars` terms (only where the text has CJK). */
  readonly scans: readonly { readonly cls: K, readonly re: RegExp, readonly cjkOnly: boolean }[]
}

/** Where a walk entry's match is filed: one lexicon's class. */
interface Target {
  readonly lex: number
  readonly cls: string
}

/** Entries of every lexicon with the same key and regex, run once for all of them. */
interface WalkEntry {
  readonly key: string
  readonly re: RegExp
  /** Every alternative needs the word at the start to be exactly the key. */
  readonly whole: boolean
  /**
   * Where each alternative's match is filed. One alternative: `re` is that entry's own
   * regex. Several (every entry sharing the key): `re` tries them all in one exec, each
   * as an optional lookahead whose capture group number `groups[i]` holds alternative
   * i's match.
   * A key like "the" or "a" starts dozens of fragments across the lexicons; one exec per
   * word instead of one per fragment removes most of the walk's cost (measured: ~19 execs
   * per word of ordinary text, 1.3% of them matching).
   */
  readonly targets: readonly (readonly Target[])[]
  readonly groups: readonly number[] | null
}

/**
 * Every compiled lexicon of this thread, indexed together, so a segment's words are
 * walked once for all of them (a request asks ~15 lexicons about each segment). Entries
 * by the numeric code of their key's first two letters (or first letter for one-letter
 * keys, see codeOf): numbers hash without allocation, so the per-word cost is one or two
 * Map lookups and a startsWith per candidate.
 */
interface WalkIndex {
  readonly version: number
  readonly buckets: ReadonlyMap<number, Bucket>
  readonly hasSingles: boolean
}

/**
 * The entries whose key starts with one pair of letters (or is one letter), split by the
 * rest of the key, so a word start only runs entries whose whole key it starts with:
 * keys of 1–2 letters in `short`, 3 letters by the third letter's code, 4 by the third
 * and fourth packed together.
 */
interface Bucket {
  readonly short: WalkEntry[]
  readonly three: Map<number, WalkEntry[]>
  readonly four: Map<number, WalkEntry[]>
  /**
   * Entries keyed by a whole first word of 1–KEY_LEN letters and the first two letters
   * of the next one (IndexedClass.walk): by the rest of the word (restCode), then the two
   * letters (codeOf). Null when no such key starts with the bucket's letters.
   */
  twoWord: Map<number, Map<number, WalkEntry[]>> | null
}

const MAX_PER_CLASS = 64
const MAX_CONFIGS = 64
const NONE: readonly Span[] = Object.freeze([])
const SINGLE = 0x10000000

// Two UTF-16 units packed into one number; a lone letter gets its own range.
function codeOf (first: number, second: number): number {
  return second < 0 ? SINGLE + first : first * 0x10000 + second
}

// Compiled once per (lexicon, language set): configurations change only on reload.
// Looked up by the identity of the language array first (policies pass their frozen
// params), then by its contents.
let compiledCache = new WeakMap<object, Map<string, CompiledLexicon<string>>>()
let byLangArray = new WeakMap<object, WeakMap<readonly LangCode[], CompiledLexicon<string>>>()
const registry: CompiledLexicon<string>[] = []
let walkIndex: WalkIndex = { version: 0, buckets: new Map(), hasSingles: false }
// A new lexicon re-indexes every key, but most keys keep their alternatives: reusing the
// regex object by its source keeps the code V8 compiled for it (a first request compiles
// ten lexicons, and each rebuild used to make every key's regex compile again).
let walkRegexes = new Map<string, RegExp>()

function compile<K extends string> (lexicon: Lexicon<K>, langs: readonly LangCode[]): CompiledLexicon<K> {
  const fast = byLangArray.get(lexicon)?.get(langs)
  if (fast !== undefined) return fast as CompiledLexicon<K>
  const cacheKey = langs.join(',')
  let compiled = compiledCache.get(lexicon)?.get(cacheKey) as CompiledLexicon<K> | undefined
  if (compiled === undefined) {
    compiled = build(lexicon, langs)
    // After build: it may have started the caches over.
    let byLangs = compiledCache.get(lexicon)
    if (byLangs === undefined) {
      byLangs = new Map()
      compiledCache.set(lexicon, byLangs)
    }
    if (byLangs.size >= MAX_CONFIGS) byLangs.clear()
    byLangs.set(cacheKey, compiled as CompiledLexicon<string>)
  }
  let arrays = byLangArray.get(lexicon)
  if (arrays === undefined) {
    arrays = new WeakMap()
    byLangArray.set(lexicon, arrays)
  }
  arrays.set(langs, compiled as CompiledLexicon<string>)
  return compiled
}

let compiles = 0

/** Lexicon configurations compiled by this thread so far: a compile after warm-up is a first request paying for one (detection/warm-up.ts). */
export function lexiconCompiles (): number {
  return compiles
}

function build<K extends string> (lexicon: Lexicon<K>, langs: readonly LangCode[]): CompiledLexicon<K> {
  compiles++
  const words = new Map<K, string[]>()
  const chars = new Map<K, string[]>()
  for (const lang of LANGUAGES) {
    if (!langs.includes(lang)) continue
    const table = lexicon[lang]
    if (table === undefined) continue
    for (const cls of Object.keys(table) as K[]) {
      const terms = table[cls]
      if (terms === undefined) continue
      if (terms.words !== undefined) words.set(cls, [...(words.get(cls) ?? []), ...terms.words])
      if (terms.chars !== undefined) chars.set(cls, [...(chars.get(cls) ?? []), ...terms.chars])
    }
  }
  const classes = new Map<K, IndexedClass>()
  const entries: Entry<K>[] = []
  for (const cls of new Set([...words.keys(), ...chars.keys()])) {
    const indexed = indexTerms(words.get(cls) ?? [], chars.get(cls) ?? [])
    classes.set(cls, indexed)
    for (const [key, re] of indexed.walk) entries.push({ key, cls, re, whole: indexed.wholeWord.has(key) })
  }
  // Reloads compile new configurations; past a bound everything compiled starts over
  // rather than growing (ids restart, so the caches that hold old ids go too; segment
  // walks restart through the version check in walkOf).
  if (registry.length >= MAX_CONFIGS * 4) {
    registry.length = 0
    compiledCache = new WeakMap()
    byLangArray = new WeakMap()
    walkRegexes = new Map()
  }
  const scans: { cls: K, re: RegExp, cjkOnly: boolean }[] = []
  for (const [cls, indexed] of classes) {
    if (indexed.fallback !== null) scans.push({ cls, re: indexed.fallback, cjkOnly: false })
    if (indexed.chars !== null) scans.push({ cls, re: indexed.chars, cjkOnly: true })
  }
  const compiled: CompiledLexicon<K> = { id: registry.length, classes, entries, scans }
  registry.push(compiled as CompiledLexicon<string>)
  walkIndex = indexAll(walkIndex.version + 1)
  return compiled
}

function indexAll (version: number): WalkIndex {
  const merged = new Map<string, { key: string, re: RegExp, whole: boolean, targets: Target[] }>()
  for (const lex of registry) {
    for (const e of lex.entries) {
      const id = `${e.key}\u0000${e.re.source}`
      const m = merged.get(id)
      if (m === undefined) merged.set(id, { key: e.key, re: e.re, whole: e.whole, targets: [{ lex: lex.id, cls: e.cls }] })
      else m.targets.push({ lex: lex.id, cls: e.cls })
    }
  }
  const byKey = new Map<string, { re: RegExp, whole: boolean, targets: Target[] }[]>()
  for (const m of merged.values()) {
    const list = byKey.get(m.key)
    if (list === undefined) byKey.set(m.key, [m])
    else list.push(m)
  }
  const buckets = new Map<number, Bucket>()
  let hasSingles = false
  for (const [key, parts] of byKey) {
    const e = walkEntry(key, parts)
    const space = key.indexOf(' ')
    const word = space > 0 ? key.slice(0, space) : key
    const code = codeOf(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : -1)
    if (word.length === 1) hasSingles = true
    let b = buckets.get(code)
    if (b === undefined) {
      b = { short: [], three: new Map(), four: new Map(), twoWord: null }
      buckets.set(code, b)
    }
    if (space > 0) {
      b.twoWord ??= new Map()
      const rest = restCode(word, 0, word.length)
      let byNext = b.twoWord.get(rest)
      if (byNext === undefined) {
        byNext = new Map()
        b.twoWord.set(rest, byNext)
      }
      const next = codeOf(key.charCodeAt(space + 1), key.charCodeAt(space + 2))
      const list = byNext.get(next)
      if (list === undefined) byNext.set(next, [e])
      else list.push(e)
      continue
    }
    if (e.key.length <= 2) b.short.push(e)
    else {
      const sub = e.key.length === 3 ? b.three : b.four
      const k = e.key.length === 3 ? e.key.charCodeAt(2) : codeOf(e.key.charCodeAt(2), e.key.charCodeAt(3))
      const list = sub.get(k)
      if (list === undefined) sub.set(k, [e])
      else list.push(e)
    }
  }
  return { version, buckets, hasSingles }
}

/** The letters of a word after its bucket's two, and its length, as one small integer. */
function restCode (text: string, start: number, length: number): number {
  return codeOf(length > 2 ? text.charCodeAt(start + 2) : 0, length > 3 ? text.charCodeAt(start + 3) : 0) * 8 + length
}

function walkEntry (key: string, parts: readonly { readonly re: RegExp, readonly whole: boolean, readonly targets: readonly Target[] }[]): WalkEntry {
  const only = parts[0]
  const whole = parts.every(p => p.whole)
  if (parts.length === 1 && only !== undefined) return { key, re: only.re, whole, targets: [only.targets], groups: null }
  // (?=A0|A1|…) first: at most word starts no alternative matches, and exec then returns
  // null instead of a match with every group empty (that array and its groups object, at
  // every word start of every segment, were a third of a request's allocation).
  // (?:(?=(…))|): try alternative I without consuming; if it fails, match nothing.
  // Numbered, not named, groups: a named group's match carries a groups object too, and
  // at ~20 matches a request those were a large part of the walk's allocation.
  const lead = `(?=${parts.map(p => `(?:${p.re.source})`).join('|')})`
  const groups: number[] = []
  let at = 1 + capturesIn(lead)
  for (const p of parts) {
    groups.push(at)
    at += 1 + capturesIn(p.re.source)
  }
  const source = lead + parts.map(p => `(?:(?=(${p.re.source}))|)`).join('')
  let re = walkRegexes.get(source)
  if (re === undefined) {
    re = new RegExp(source, 'y')
    walkRegexes.set(source, re)
  }
  return { key, re, whole, targets: parts.map(p => p.targets), groups }
}

/**
 * Capture groups in a regex source (no u or v flag: the walk's regexes have neither),
 * counted by reading it: compiling `source|` and running it on '' (every group unset)
 * gave the same count, but compiled every key's alternatives once more at each lexicon
 * compile, 70% of that compile's cost, paid by the first requests a worker served.
 */
export function capturesIn (source: string): number {
  let n = 0
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (c === 0x5c) i++ // backslash: the next character is escaped
    else if (inClass) inClass = c !== 0x5d // ]
    else if (c === 0x5b) inClass = true // [
    else if (c === 0x28) { // (
      if (source.charCodeAt(i + 1) !== 0x3f) n++ // plain group
      // (?<name>…) captures; (?<=…) and (?<!…) are lookbehinds.
      else if (source.charCodeAt(i + 2) === 0x3c && source[i + 3] !== '=' && source[i + 3] !== '!') n++
    }
  }
  return n
}

/** Spans per lexicon id, then per class, as one walk found them. */
type Walked = Map<number, Map<string, Span[]>>

interface SegmentWalk {
  readonly version: number
  readonly found: Walked
  /** The text has Han, kana, Hangul or Thai, so `chars` terms are worth running. */
  readonly cjk: boolean
}

const WALK = memoSlot<SegmentWalk>()
const RESULTS = memoSlot<Map<object, ClassSpans<string>>>()
// Thai is written without spaces too, so its terms are `chars` and need the same scan.
const CJK = /[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/

function push (found: Walked, lex: number, cls: string, start: number, end: number): void {
  let byCls = found.get(lex)
  if (byCls === undefined) {
    byCls = new Map()
    found.set(lex, byCls)
  }
  const list = byCls.get(cls)
  if (list === undefined) byCls.set(cls, [{ start, end }])
  else if (list.length < MAX_PER_CLASS) {
    // Two variants of one fragment under different keys can find the same span.
    const last = list[list.length - 1] as Span
    if (last.start !== start || last.end !== end) list.push({ start, end })
  }
}

function full (found: Walked, t: Target): boolean {
  return (found.get(t.lex)?.get(t.cls)?.length ?? 0) >= MAX_PER_CLASS
}

/** Runs entries whose key is known to start the text at `s`. */
function runEntries (entries: readonly WalkEntry[] | undefined, f: string, s: number, found: Walked): void {
  if (entries === undefined) return
  for (const e of entries) {
    // Past the end of the text charCodeAt gives NaN: the word ends there.
    if (e.whole && s + e.key.length < f.length && isWordCode(f.charCodeAt(s + e.key.length))) continue
    e.re.lastIndex = s
    const m = e.re.exec(f)
    if (m === null) continue
    if (e.groups === null) {
      const end = s + m[0].length
      for (const t of e.targets[0] as readonly Target[]) if (!full(found, t)) push(found, t.lex, t.cls, s, end)
      continue
    }
    for (let i = 0; i < e.groups.length; i++) {
      const hit = m[e.groups[i] as number]
      if (hit === undefined) continue
      for (const t of e.targets[i] as readonly Target[]) if (!full(found, t)) push(found, t.lex, t.cls, s, s + hit.length)
    }
  }
}

function runBucket (b: Bucket | undefined, f: string, s: number, found: Walked): void {
  if (b === undefined) return
  runEntries(b.short, f, s, found)
  // Past the end of the text charCodeAt gives NaN, which no key has.
  const third = f.charCodeAt(s + 2)
  if (b.three.size > 0) runEntries(b.three.get(third), f, s, found)
  if (b.four.size > 0) runEntries(b.four.get(codeOf(third, f.charCodeAt(s + 3))), f, s, found)
  if (b.twoWord !== null) runTwoWord(b.twoWord, f, s, found)
}

/** Runs the two-word entries of the word at `s`, when it is short and a space and two letters follow it. */
function runTwoWord (twoWord: Map<number, Map<number, WalkEntry[]>>, f: string, s: number, found: Walked): void {
  let length = 1
  while (length <= KEY_LEN && isWordCode(f.charCodeAt(s + length))) length++
  if (length > KEY_LEN || f.charCodeAt(s + length) !== 0x20) return
  const next = f.charCodeAt(s + length + 2)
  if (!isWordCode(next)) return
  const byNext = twoWord.get(restCode(f, s, length))
  if (byNext !== undefined) runEntries(byNext.get(codeOf(f.charCodeAt(s + length + 1), next)), f, s, found)
}

/** One walk over a segment's word starts for every lexicon known to this thread. */
function walkOf (seg: Segment): SegmentWalk {
  const index = walkIndex
  const cached = WALK.get(seg)
  if (cached !== undefined && cached.version === index.version) return cached
  const f = foldedOf(seg)
  const starts = wordStarts(f)
  const found: Walked = new Map()
  const { buckets, hasSingles } = index
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] ?? 0
    const first = f.charCodeAt(s)
    const second = f.charCodeAt(s + 1)
    if (isWordCode(second)) runBucket(buckets.get(codeOf(first, second)), f, s, found)
    if (hasSingles) runBucket(buckets.get(codeOf(first, -1)), f, s, found)
  }
  for (const byCls of found.values()) for (const list of byCls.values()) list.sort(byStartThenLonger)
  const walk: SegmentWalk = { version: index.version, found, cjk: CJK.test(f) }
  return WALK.set(seg, walk)
}

/**
 * All matches of every class of a lexicon in one segment. Cached per segment and
 * compiled lexicon, so policies sharing a lexicon (instruction-override and
 * indirect-injection both use the override terms) scan it once per request.
 *
 * The walk's own lists (sorted when the walk is made) are handed out as they are; they
 * are copied only for a class that the lexicon's whole-text regexes add to, so the usual
 * case — ordinary text, nothing found — allocates nothing but the cache entry.
 */
export function lexiconSpans<K extends string> (lexicon: Lexicon<K>, langs: readonly LangCode[], seg: Segment): ClassSpans<K> {
  const compiled = compile(lexicon, langs)
  const perSeg = RESULTS.get(seg) ?? RESULTS.set(seg, new Map())
  const cached = perSeg.get(compiled)
  if (cached !== undefined) return cached as ClassSpans<K>

  const walk = walkOf(seg)
  const walked = walk.found.get(compiled.id)
  let own: Map<string, Span[]> | null = null
  if (compiled.scans.length > 0) {
    const f = foldedOf(seg)
    for (const { cls, re, cjkOnly } of compiled.scans) {
      if (cjkOnly && !walk.cjk) continue
      forEachMatch(re, f, MAX_PER_CLASS, m => {
        own ??= new Map()
        let list = own.get(cls)
        if (list === undefined) {
          list = walked?.get(cls)?.slice() ?? []
          own.set(cls, list)
        }
        if (list.length < MAX_PER_CLASS) list.push({ start: m.index, end: m.index + m[0].length })
      })
    }
  }
  // Assigned inside the callbacks, which the compiler does not follow.
  const added = own as Map<string, Span[]> | null
  if (added !== null) for (const list of added.values()) list.sort(byStartThenLonger)
  const result: ClassSpans<K> = walked === undefined && added === null
    ? NO_SPANS
    : {
        get: (cls: K) => added?.get(cls) ?? walked?.get(cls) ?? NONE,
        has: (cls: K) => (added?.has(cls) ?? false) || (walked?.has(cls) ?? false),
      }
  perSeg.set(compiled, result as ClassSpans<string>)
  return result
}

function byStartThenLonger (a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end
}

const NO_SPANS: ClassSpans<never> = Object.freeze({ get: () => NONE, has: () => false })

/** A one-class lexicon from plain lists, for fixed vocabularies that have no language split. */
export function termList (words: readonly string[], chars: readonly string[] = []): Lexicon<'term'> {
  return { en: { term: { words, chars } } }
}

const EN_ONLY: readonly LangCode[] = ['en']

/** Spans of a fixed term list (see termList) in a segment. */
export function termSpans (list: Lexicon<'term'>, seg: Segment): readonly Span[] {
  return lexiconSpans(list, EN_ONLY, seg).get('term')
}
