import type { Segment } from '../../../types.js'
import { foldedOf, forEachMatch, type Span } from '../match/text.js'
import { LANGUAGES, type LangCode, type Lexicon } from './languages.js'
import { indexTerms, isWordCode, wordStarts, type IndexedClass } from './term-index.js'

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
}

interface CompiledLexicon<K extends string> {
  readonly classes: ReadonlyMap<K, IndexedClass>
  /**
   * Entries by the numeric code of their key's first two letters (or first letter for
   * one-letter keys, see codeOf). Numbers hash without allocation, so the per-word cost
   * is one or two Map lookups and a startsWith per candidate.
   */
  readonly buckets: ReadonlyMap<number, readonly Entry<K>[]>
  readonly hasSingles: boolean
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
const compiledCache = new WeakMap<object, Map<string, CompiledLexicon<string>>>()

function compile<K extends string> (lexicon: Lexicon<K>, langs: readonly LangCode[]): CompiledLexicon<K> {
  let byLangs = compiledCache.get(lexicon)
  if (byLangs === undefined) {
    byLangs = new Map()
    compiledCache.set(lexicon, byLangs)
  }
  const cacheKey = langs.join(',')
  const hit = byLangs.get(cacheKey)
  if (hit !== undefined) return hit as CompiledLexicon<K>
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
  const buckets = new Map<number, Entry<K>[]>()
  let hasSingles = false
  for (const cls of new Set([...words.keys(), ...chars.keys()])) {
    const indexed = indexTerms(words.get(cls) ?? [], chars.get(cls) ?? [])
    classes.set(cls, indexed)
    for (const [key, re] of indexed.byKey) {
      const code = codeOf(key.charCodeAt(0), key.length > 1 ? key.charCodeAt(1) : -1)
      if (key.length === 1) hasSingles = true
      const list = buckets.get(code)
      if (list === undefined) buckets.set(code, [{ key, cls, re }])
      else list.push({ key, cls, re })
    }
  }
  const compiled: CompiledLexicon<K> = { classes, buckets, hasSingles }
  if (byLangs.size >= MAX_CONFIGS) byLangs.clear()
  byLangs.set(cacheKey, compiled as CompiledLexicon<string>)
  return compiled
}

interface SegmentWords {
  readonly starts: Int32Array
  /** The text has Han, kana or Hangul, so `chars` terms are worth running. */
  readonly cjk: boolean
}

const wordsCache = new WeakMap<Segment, SegmentWords>()
const resultCache = new WeakMap<Segment, Map<object, ClassSpans<string>>>()
const CJK = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/

function wordsOf (seg: Segment): SegmentWords {
  let w = wordsCache.get(seg)
  if (w === undefined) {
    const f = foldedOf(seg)
    w = { starts: wordStarts(f), cjk: CJK.test(f) }
    wordsCache.set(seg, w)
  }
  return w
}

/**
 * All matches of every class of a lexicon in one segment. Cached per segment and
 * compiled lexicon, so policies sharing a lexicon (instruction-override and
 * indirect-injection both use the override terms) scan it once per request.
 */
export function lexiconSpans<K extends string> (lexicon: Lexicon<K>, langs: readonly LangCode[], seg: Segment): ClassSpans<K> {
  const compiled = compile(lexicon, langs)
  let perSeg = resultCache.get(seg)
  if (perSeg === undefined) {
    perSeg = new Map()
    resultCache.set(seg, perSeg)
  }
  const cached = perSeg.get(compiled)
  if (cached !== undefined) return cached as ClassSpans<K>

  const f = foldedOf(seg)
  const { starts, cjk } = wordsOf(seg)
  const found = new Map<K, Span[]>()
  const push = (cls: K, start: number, end: number): void => {
    const list = found.get(cls)
    if (list === undefined) found.set(cls, [{ start, end }])
    else if (list.length < MAX_PER_CLASS) list.push({ start, end })
  }
  const tryBucket = (bucket: readonly Entry<K>[] | undefined, s: number): void => {
    if (bucket === undefined) return
    for (const e of bucket) {
      if (!f.startsWith(e.key, s) || (found.get(e.cls)?.length ?? 0) >= MAX_PER_CLASS) continue
      e.re.lastIndex = s
      const m = e.re.exec(f)
      if (m !== null) push(e.cls, s, s + m[0].length)
    }
  }
  const { buckets, hasSingles } = compiled
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] ?? 0
    const first = f.charCodeAt(s)
    const second = f.charCodeAt(s + 1)
    if (isWordCode(second)) tryBucket(buckets.get(codeOf(first, second)), s)
    if (hasSingles) tryBucket(buckets.get(codeOf(first, -1)), s)
  }
  for (const [cls, indexed] of compiled.classes) {
    if (indexed.fallback !== null) forEachMatch(indexed.fallback, f, MAX_PER_CLASS, m => { push(cls, m.index, m.index + m[0].length) })
    if (indexed.chars !== null && cjk) forEachMatch(indexed.chars, f, MAX_PER_CLASS, m => { push(cls, m.index, m.index + m[0].length) })
  }
  for (const list of found.values()) list.sort((a, b) => a.start - b.start || b.end - a.end)
  const result: ClassSpans<K> = {
    get: (cls: K) => found.get(cls) ?? NONE,
    has: (cls: K) => found.has(cls),
  }
  perSeg.set(compiled, result as ClassSpans<string>)
  return result
}

/** A one-class lexicon from plain lists, for fixed vocabularies that have no language split. */
export function termList (words: readonly string[], chars: readonly string[] = []): Lexicon<'term'> {
  return { en: { term: { words, chars } } }
}

const EN_ONLY: readonly LangCode[] = ['en']

/** Spans of a fixed term list (see termList) in a segment. */
export function termSpans (list: Lexicon<'term'>, seg: Segment): readonly Span[] {
  return lexiconSpans(list, EN_ONLY, seg).get('term')
}
