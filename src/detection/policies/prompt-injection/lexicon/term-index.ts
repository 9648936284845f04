/**
 * Compiles lexicon fragments into a word-start index, so a lexicon of hundreds of terms
 * costs one pass over the words of a segment instead of one regex alternation per class.
 *
 * Why: a single alternation of ~200 fragments behind a word-boundary lookbehind costs
 * ~90 ns per character even once V8 has tiered it up (the engine tries every
 * alternative at every word start). Most words of ordinary text start no term at all,
 * so we key each fragment by the first (up to 4) letters of its literal prefix and only
 * run the few fragments whose key matches the word, as sticky regexes anchored there.
 *
 * Worked example: 'ignor(?:e|es|ed|ing)' has literal prefix 'ignor', key 'igno'; the
 * word "ignored" looks up 'igno', 'ign', 'ig', 'i' and runs that fragment at its start.
 * Fragments whose first word cannot be known (a leading class or group that does not
 * expand into literals) fall back to a global regex over the text.
 */

export interface IndexedClass {
  /** Sticky regexes by 1–4 letter key; each already carries the trailing word edge. */
  readonly byKey: ReadonlyMap<string, RegExp>
  /**
   * Keys that are a whole first word in every fragment under them ("i" of "i am …", "to"
   * of "to whom …"): the regex can only match where the text's word is exactly the key,
   * so a longer word ("is", "it", "today") is skipped without running it.
   */
  readonly wholeWord: ReadonlySet<string>
  /**
   * `byKey` as the word walk runs it (lexicon/scan.ts): a whole first word's fragments
   * that go on with a space and a literal second word are keyed by both ("the de" for
   * "the developers? (?:has|have) …"), the rest by the first word alone. Measured on
   * prose: "the" starts ~100 fragments across the lexicons, and their one regex cost
   * ~2.4 µs at each of the ~24 "the"s of a kilobyte, most of the walk's time; keyed by
   * the next word's first letters almost none of them runs.
   */
  readonly walk: ReadonlyMap<string, RegExp>
  /** Global regex for fragments that could not be keyed, or null. */
  readonly fallback: RegExp | null
  /** Global regex for `chars` terms (matched anywhere), or null. */
  readonly chars: RegExp | null
}

// Letters of the scripts the lexicons cover, as UTF-16 ranges. Unicode property escapes
// (\p{L}) would be simpler, but V8 spends ~2 ms compiling each regex that uses them, and
// a lexicon compiles hundreds of small sticky regexes: seconds of cold start per worker.
// Folded text is lower-case, so only lower-case Latin is listed. Devanagari and Bengali
// are one range; their dandas and the Arabic-script punctuation are folded to ASCII
// (match/text.ts), so they end a word.
const LETTERS = 'a-z\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u0530-\\u05ff\\u0600-\\u06ff\\u0900-\\u09ff\\u0e00-\\u0e7f\\u1e00-\\u1eff\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af'
const WORD_EDGE_BEFORE = `(?<![${LETTERS}0-9_])`
const WORD_EDGE_AFTER = `(?![${LETTERS}0-9_])`

/**
 * Rewrites the property escapes lexicon fragments use into the plain ranges above:
 * \p{L} becomes [ranges] outside a character class and the bare ranges inside one
 * ("[\p{L}-]" → "[a-z…-]"); \p{M} inside a class is dropped (the ranges include the
 * combining marks of the scripts covered); \p{N} becomes 0-9.
 */
function desugar (frag: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < frag.length; i++) {
    const c = frag.charAt(i)
    if (c === '\\') {
      const esc = frag.slice(i, i + 5)
      if (esc === '\\p{L}') { out += inClass ? LETTERS : `[${LETTERS}]`; i += 4; continue }
      if (esc === '\\p{M}') { out += inClass ? '' : `[${LETTERS}]`; i += 4; continue }
      if (esc === '\\p{N}') { out += inClass ? '0-9' : '[0-9]'; i += 4; continue }
      out += frag.slice(i, i + 2)
      i++
      continue
    }
    if (c === '[') inClass = true
    else if (c === ']') inClass = false
    out += c
  }
  return out
}

/** Letters of a word's start that key its fragments. */
export const KEY_LEN = 4
const META = new Set(['\\', '(', ')', '[', ']', '{', '}', '?', '*', '+', '|', '.', '^', '$'])

export function indexTerms (words: readonly string[], chars: readonly string[]): IndexedClass {
  const keyed = new Map<string, string[]>()
  const partWord = new Set<string>()
  const fallback: string[] = []
  for (const frag of new Set(words.map(desugar))) {
    for (const variant of expandLeading(frag)) {
      const k = keyOf(variant)
      // A one-letter key that need not be the whole word ("s.introduire": s, then any
      // character) would run its regex at every word starting with that letter; the
      // fallback runs once per text, behind the literal gate (checks/literal-gate.ts).
      if (k === null || (k.key.length === 1 && !k.whole)) { fallback.push(variant); continue }
      if (!k.whole) partWord.add(k.key)
      const list = keyed.get(k.key)
      if (list === undefined) keyed.set(k.key, [variant])
      else list.push(variant)
    }
  }
  const compiled = (list: readonly string[]): RegExp => new RegExp('(?:' + longestFirst(list).join('|') + ')' + WORD_EDGE_AFTER, 'y')
  const byKey = new Map<string, RegExp>()
  for (const [key, list] of keyed) byKey.set(key, compiled(list))
  const walk = new Map<string, RegExp>()
  for (const [key, list] of keyed) {
    const split = partWord.has(key) ? null : byNextWord(key, list)
    if (split === null) {
      walk.set(key, byKey.get(key) as RegExp)
      continue
    }
    if (split.rest.length > 0) walk.set(key, compiled(split.rest))
    for (const [next, frags] of split.deep) walk.set(`${key} ${next}`, compiled(frags))
  }
  return {
    byKey,
    walk,
    wholeWord: new Set([...keyed.keys()].filter(k => !partWord.has(k))),
    fallback: fallback.length === 0 ? null : new RegExp(WORD_EDGE_BEFORE + '(?:' + longestFirst(fallback).join('|') + ')' + WORD_EDGE_AFTER, 'g'),
    chars: chars.length === 0 ? null : new RegExp('(?:' + longestFirst([...new Set(chars.map(desugar))]).join('|') + ')', 'g'),
  }
}

/**
 * The fragments of a whole-word key split by the first two letters of their second
 * word, where each (every variant of its second word) is a space and then at least two
 * literal letters; the others stay under the key alone. Null when none splits.
 */
function byNextWord (key: string, frags: readonly string[]): { readonly rest: string[], readonly deep: Map<string, string[]> } | null {
  const rest: string[] = []
  const deep = new Map<string, string[]>()
  for (const frag of frags) {
    const after = frag.slice(key.length + 1)
    const split = frag.startsWith(key) && frag.charAt(key.length) === ' ' && !'?*+{'.includes(after.charAt(0) || '?')
      ? expandLeading(after).map(v => ({ v, k: keyOf(v) }))
      : null
    if (split === null || split.some(({ k }) => k === null || k.key.length < 2)) {
      rest.push(frag)
      continue
    }
    for (const { v, k } of split) {
      const next = (k as { key: string }).key.slice(0, 2)
      const list = deep.get(next)
      if (list === undefined) deep.set(next, [`${key} ${v}`])
      else list.push(`${key} ${v}`)
    }
  }
  return deep.size === 0 ? null : { rest, deep }
}

/**
 * One global regex for a class's terms, for a lexicon that should not join the shared
 * word walk (lexicon/scan.ts): every lexicon there is walked on every segment, so a
 * lexicon read on a few segments only (tool definitions) would slow down all the others.
 */
export function termRegexOf (words: readonly string[], chars: readonly string[]): RegExp | null {
  const parts: string[] = []
  if (words.length > 0) parts.push(WORD_EDGE_BEFORE + '(?:' + longestFirst(words.map(desugar)).join('|') + ')' + WORD_EDGE_AFTER)
  if (chars.length > 0) parts.push('(?:' + longestFirst(chars.map(desugar)).join('|') + ')')
  return parts.length === 0 ? null : new RegExp(parts.join('|'), 'g')
}

/**
 * The literal text a fragment must start with, truncated to the first word's first
 * letters; `whole` when that is the entire first word and what the fragment requires
 * next cannot be a word character (so the text's word must end right there).
 */
function keyOf (frag: string): { readonly key: string, readonly whole: boolean } | null {
  let lit = ''
  let stop = frag.length
  for (let i = 0; i < frag.length; i++) {
    const c = frag.charAt(i)
    if (META.has(c)) {
      // A quantifier makes the previous literal character optional.
      if ((c === '?' || c === '*' || c === '{') && lit.length > 0) {
        lit = lit.slice(0, -1)
        stop = i - 1
      } else stop = i
      break
    }
    lit += c
  }
  const first = /^[\p{L}\p{M}\p{N}_]+/u.exec(lit)
  if (first === null) return null
  const word = first[0]
  const whole = word.length <= KEY_LEN && (lit.length > word.length ? !isWordCode(lit.charCodeAt(word.length)) : nonWordNext(frag, stop, 0))
  return { key: word.slice(0, KEY_LEN), whole }
}

/**
 * True when whatever the fragment requires at `at` is a character that is not a word
 * character: the end of the fragment (the compiled regex adds a word edge there), an
 * escaped punctuation mark or \s, or a group each of whose alternatives starts so.
 * Anything optional or uncertain answers false.
 */
function nonWordNext (frag: string, at: number, depth: number): boolean {
  if (at >= frag.length) return true
  if (depth > MAX_DEPTH) return false
  const c = frag.charAt(at)
  let end: number
  let nonWord: boolean
  if (c === '\\') {
    const e = frag.charAt(at + 1)
    end = at + 2
    nonWord = e === 's' || (e !== '' && !/[A-Za-z0-9]/.test(e) && !isWordCode(e.charCodeAt(0)))
  } else if (frag.startsWith('(?:', at)) {
    const close = closingParen(frag, at)
    if (close < 0) return false
    end = close + 1
    nonWord = splitTopLevel(frag.slice(at + 3, close)).every(alt => alt !== '' && nonWordNext(alt, 0, depth + 1))
  } else if (META.has(c)) return false
  else {
    end = at + 1
    nonWord = !isWordCode(frag.charCodeAt(at))
  }
  const q = frag.charAt(end)
  return nonWord && q !== '?' && q !== '*' && q !== '{'
}

/**
 * Expands the first group, optional character or small class of a fragment's leading
 * literal run, while the first word is shorter than a key, into literal-led variants,
 * so each variant gets a longer key (and often a whole-word one): "(?:your|the) rules" → ["your rules", "the rules"]; "an? (?:ai|bot)"
 * → ["an (?:ai|bot)", "a (?:ai|bot)"] → …; "do(?:es)? not" → ["does not", "do not"];
 * "[وف]?x" → ["وx", "فx", "x"]. The variants match exactly what the fragment matches.
 * Nested groups are split at their top level and expanded again, up to MAX_VARIANTS per
 * fragment; anything else is returned unchanged (a leading one ends up in the fallback
 * matcher).
 */
function expandLeading (frag: string, depth = 0): string[] {
  if (depth > MAX_DEPTH) return [frag]
  let at = 0
  while (at < frag.length && !META.has(frag.charAt(at))) at++
  if (at >= frag.length) return [frag]
  const prefix = frag.slice(0, at)
  // Only while the first word, and so the key, is still open: past it, variants would
  // share the key and only lengthen its regex (one alternative per variant instead of
  // one group that irregexp matches once).
  const literal = frag.charAt(at) === '?' ? prefix.slice(0, -1) : prefix
  if (literal.length >= KEY_LEN || !/^[\p{L}\p{M}\p{N}_]*$/u.test(literal)) return [frag]
  const again = (variants: readonly string[]): string[] => {
    const out: string[] = []
    for (const v of variants) out.push(...expandLeading(v, depth + 1))
    return out.length > MAX_VARIANTS ? [frag] : out
  }
  // "x?": with and without the character.
  if (frag.charAt(at) === '?' && at > 0) {
    const rest = frag.slice(at + 1)
    return again([prefix + rest, prefix.slice(0, -1) + rest])
  }
  if (frag.startsWith('(?:', at)) {
    const close = closingParen(frag, at)
    if (close < 0) return [frag]
    const after = frag.charAt(close + 1)
    const optional = after === '?'
    if (after !== '' && '*+{'.includes(after)) return [frag]
    const rest = frag.slice(close + (optional ? 2 : 1))
    const variants = splitTopLevel(frag.slice(at + 3, close)).map(a => prefix + a + rest)
    if (optional) variants.push(prefix + rest)
    return again(variants)
  }
  const cls = /^\[([^\]\\^-]{1,8})\](\?)?/.exec(frag.slice(at))
  if (cls !== null && !'*+{'.includes(frag.charAt(at + cls[0].length) || '.')) {
    const rest = frag.slice(at + cls[0].length)
    const variants = [...(cls[1] ?? '')].map(ch => prefix + ch + rest)
    if (cls[2] === '?') variants.push(prefix + rest)
    return again(variants)
  }
  return [frag]
}

const MAX_VARIANTS = 64
const MAX_DEPTH = 3

/** Index of the ')' closing the group opened at `open`, honouring escapes and classes. */
function closingParen (s: string, open: number): number {
  let depth = 0
  let inClass = false
  for (let i = open; i < s.length; i++) {
    const c = s.charAt(i)
    if (c === '\\') { i++; continue }
    if (inClass) { if (c === ']') inClass = false; continue }
    if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return -1
}

/** Splits a group body at its top-level '|'. */
function splitTopLevel (body: string): string[] {
  const out: string[] = []
  let depth = 0
  let inClass = false
  let from = 0
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i)
    if (c === '\\') { i++; continue }
    if (inClass) { if (c === ']') inClass = false; continue }
    if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) { out.push(body.slice(from, i)); from = i + 1 }
  }
  out.push(body.slice(from))
  return out
}

function longestFirst (list: readonly string[]): string[] {
  return [...new Set(list)].sort((a, b) => b.length - a.length)
}

/** Word starts of a folded text: positions where a letter/digit run begins (not Han/kana). */
export function wordStarts (text: string): Int32Array {
  const out: number[] = []
  let prevWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const word = isWordCode(code)
    if (word && !prevWord) out.push(i)
    prevWord = word
  }
  return Int32Array.from(out)
}

/** Letters and digits of the covered scripts (not Han/kana, which have no word breaks), and '_'. */
export function isWordCode (code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f
  if (code >= 0x2000 && code <= 0x206f) return false
  if (code >= 0x3000 && code <= 0x30ff) return false
  if (code >= 0x3400 && code <= 0x9fff) return false
  if (code >= 0xff00 && code <= 0xff20) return false
  if (code >= 0xd800 && code <= 0xdfff) return false
  return code !== 0xa0 && code !== 0xab && code !== 0xbb && code !== 0xbf && code !== 0xa1 && code !== 0xd7 && code !== 0xf7
}
