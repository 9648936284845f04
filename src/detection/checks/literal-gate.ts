import { hasNonAscii, requiredLiterals } from './regex-literals.js'

/**
 * Skips running a regex over a text that holds none of the literals the regex cannot
 * match without (checks/regex-literals.ts). Most policy regexes look for vocabulary that
 * ordinary text lacks; one pass of an Aho–Corasick automaton over the text finds which
 * of every gated regex's literals it contains, and each regex then costs a few bit tests
 * instead of a scan. The answer is only ever "cannot match" or "may match", so a match
 * is never lost: the literal sets are conservative, the automaton folds case (and the
 * two non-ASCII characters that case-fold to ASCII letters), and presence in a text is
 * computed on that very string. A literal with non-ASCII characters (the CJK and Korean
 * lexicons) is not put in the automaton: it counts as present when the text has a
 * character in each 256-character block its non-ASCII characters come from, so English
 * text skips those regexes outright.
 *
 * Regexes are gated the first time they run. Their literals join the automaton when it
 * is next rebuilt (after the pending literals reach a quarter of the built ones, so a
 * thread rebuilds a handful of times while it warms up); until then they simply run.
 */

/** Shorter texts are cheaper to scan than to gate. */
const MIN_TEXT = 96
/** Texts whose presence is kept (per thread; the policies of one request ask about the same few dozen). */
const PRESENCE_ENTRIES = 512
/**
 * Characters of the texts kept as keys: the cache holds each text itself, so without
 * this 512 long messages would pin tens of megabytes. One request's texts fit well inside.
 */
export const PRESENCE_CHARS = 1 << 21

interface Gate {
  /** ASCII literals, by id in the automaton. */
  readonly ids: Int32Array
  /** The automaton must hold every literal up to this id to answer for this gate (-1: none). */
  readonly maxId: number
  /** Literals with non-ASCII characters: the blocks (code >> 8) each needs, as a bitset. */
  readonly wide: readonly Uint32Array[]
}

interface Automaton {
  /** Literals it holds: ids 0 … size − 1. */
  readonly size: number
  readonly classes: Uint8Array
  readonly width: number
  readonly delta: Int32Array
  readonly outStart: Int32Array
  readonly outIds: Int32Array
  /** Classes of ſ (U+017F) and K (U+212A), which match s and k under the i and u flags. */
  readonly longS: number
  readonly kelvin: number
}

interface Presence {
  readonly size: number
  readonly bits: Uint32Array
  /** Blocks of 256 BMP characters (code >> 8) the text has a character in. */
  readonly blocks: Uint32Array
}

const literalIds = new Map<string, number>()
const literals: string[] = []
const gates = new WeakMap<RegExp, Gate | null>()
let automaton: Automaton | null = null
let presence = new Map<string, Presence>()
let presenceChars = 0
// The text asked about last: a policy asks about one text for several regexes in a row,
// and an identity check is cheaper than the Map's hash and compare.
let lastText: string | null = null
let lastPresence: Presence | null = null
let enabled = true
let stats = { gated: 0, skipped: 0 }

/** False when `re` cannot match `text`; true when it may. */
export function mayMatch (re: RegExp, text: string): boolean {
  if (!enabled || text.length < MIN_TEXT) return true
  let gate = gates.get(re)
  if (gate === undefined) {
    gate = gateOf(re)
    gates.set(re, gate)
  }
  if (gate === null) return true
  const p = presenceOf(text)
  if (p === null || gate.maxId >= p.size) return true
  stats.gated++
  const bits = p.bits
  const ids = gate.ids
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number
    if (((bits[id >>> 5] as number) & (1 << (id & 31))) !== 0) return true
  }
  for (const need of gate.wide) if (covers(p.blocks, need)) return true
  stats.skipped++
  return false
}

/**
 * `re.test(text)` behind the gate, for a regex without the g or y flag (whose lastIndex
 * would carry state): a whole-text test of a long alternation costs a scan of the text
 * even when it holds none of the words.
 */
export function gatedTest (re: RegExp, text: string): boolean {
  return mayMatch(re, text) && re.test(text)
}

function covers (have: Uint32Array, need: Uint32Array): boolean {
  // Bitwise results are signed 32-bit: test for a missing bit, not for equality with the unsigned word.
  for (let k = 0; k < need.length; k++) if (((need[k] as number) & ~(have[k] as number)) !== 0) return false
  return true
}

function blocksOf (lit: string): Uint32Array {
  const need = new Uint32Array(8)
  for (let i = 0; i < lit.length; i++) {
    const c = lit.charCodeAt(i)
    if (c >= 0x80) need[c >>> 13] = (need[c >>> 13] as number) | (1 << ((c >>> 8) & 31))
  }
  return need
}

/**
 * Runs `fn` with gating off (every regex runs) and restores it: for tests and benchmarks
 * that compare results and cost with and without the gate.
 */
export function withoutLiteralGate<T> (fn: () => T): T {
  const was = enabled
  enabled = false
  try {
    return fn()
  } finally {
    enabled = was
  }
}

/** Gate checks answered by the automaton, and how many of them skipped the regex. */
export function literalGateStats (): { readonly gated: number, readonly skipped: number } {
  return { ...stats }
}

/**
 * Gates `regexes` and builds the automaton now, rather than as they are first used: for
 * tests that check the gate's answers (a gate is idle until the automaton holds it).
 */
export function primeLiteralGate (regexes: readonly RegExp[]): void {
  for (const re of regexes) if (!gates.has(re)) gates.set(re, gateOf(re))
  automaton = buildAutomaton(literals)
  clearPresence()
}

function clearPresence (): void {
  presence = new Map()
  presenceChars = 0
  lastText = null
  lastPresence = null
}

/** Texts and characters the presence cache holds now: for tests of its bounds. */
export function literalGateCacheSize (): { readonly entries: number, readonly chars: number } {
  return { entries: presence.size, chars: presenceChars }
}

export function resetLiteralGateStats (): void {
  stats = { gated: 0, skipped: 0 }
}

function gateOf (re: RegExp): Gate | null {
  const lits = requiredLiterals(re)
  if (lits === null) return null
  const ascii = lits.filter(l => !hasNonAscii(l))
  const ids = new Int32Array(ascii.length)
  let maxId = -1
  ascii.forEach((lit, k) => {
    let id = literalIds.get(lit)
    if (id === undefined) {
      id = literals.length
      literals.push(lit)
      literalIds.set(lit, id)
    }
    ids[k] = id
    maxId = Math.max(maxId, id)
  })
  return { ids, maxId, wide: lits.filter(hasNonAscii).map(blocksOf) }
}

function presenceOf (text: string): Presence | null {
  const built = automaton?.size ?? 0
  if (literals.length > built && (built === 0 || literals.length - built >= built / 4)) {
    automaton = buildAutomaton(literals)
    clearPresence()
  }
  const a = automaton
  if (a === null) return null
  if (text === lastText) return lastPresence
  // First in, first out: the texts of one request are asked about within a few
  // milliseconds, so recency order would buy nothing for its two Map updates per hit.
  const hit = presence.get(text)
  if (hit !== undefined) return remember(text, hit)
  const made = scanText(a, text)
  if (text.length > PRESENCE_CHARS) return remember(text, made)
  presence.set(text, made)
  presenceChars += text.length
  // Oldest first, until both the entry and the character bounds hold.
  while (presence.size > PRESENCE_ENTRIES || presenceChars > PRESENCE_CHARS) {
    const oldest = presence.keys().next().value as string
    presence.delete(oldest)
    presenceChars -= oldest.length
  }
  return remember(text, made)
}

function remember (text: string, p: Presence): Presence {
  lastText = text
  lastPresence = p
  return p
}

function scanText (a: Automaton, text: string): Presence {
  const bits = new Uint32Array((a.size + 31) >>> 5)
  const blocks = new Uint32Array(8)
  const { classes, width, delta, outStart, outIds, longS, kelvin } = a
  let s = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    let cls = 0
    if (c < 0x80) cls = classes[c] as number
    else {
      blocks[c >>> 13] = (blocks[c >>> 13] as number) | (1 << ((c >>> 8) & 31))
      if (c === 0x17f) cls = longS
      else if (c === 0x212a) cls = kelvin
    }
    s = delta[s * width + cls] as number
    const from = outStart[s] as number
    const to = outStart[s + 1] as number
    for (let k = from; k < to; k++) {
      const id = outIds[k] as number
      bits[id >>> 5] = (bits[id >>> 5] as number) | (1 << (id & 31))
    }
  }
  return { size: a.size, bits, blocks }
}

/** Exported for tests: the automaton's answer for a list of literals, compared there with `includes`. */
export function presentLiterals (lits: readonly string[], text: string): string[] {
  const a = buildAutomaton(lits)
  const p = scanText(a, text)
  return lits.filter((_, id) => ((p.bits[id >>> 5] as number) & (1 << (id & 31))) !== 0)
}

function buildAutomaton (lits: readonly string[]): Automaton {
  // Character classes: 0 for every character no literal has; A–Z share a–z's.
  const classes = new Uint8Array(0x80)
  let width = 1
  for (const lit of lits) {
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i)
      if (classes[c] === 0) classes[c] = width++
    }
  }
  for (let c = 0x41; c <= 0x5a; c++) classes[c] = classes[c + 0x20] as number
  // The trie, then breadth-first failure links folded into a full transition table.
  const next: Map<number, number>[] = [new Map()]
  const ends: number[][] = [[]]
  lits.forEach((lit, id) => {
    let s = 0
    for (let i = 0; i < lit.length; i++) {
      const cls = classes[lit.charCodeAt(i)] as number
      let t = (next[s] as Map<number, number>).get(cls)
      if (t === undefined) {
        t = next.length
        next.push(new Map())
        ends.push([])
        ;(next[s] as Map<number, number>).set(cls, t)
      }
      s = t
    }
    ;(ends[s] as number[]).push(id)
  })
  const states = next.length
  const delta = new Int32Array(states * width)
  const fail = new Int32Array(states)
  const outputs: number[][] = ends.map(e => e.slice())
  const queue: number[] = []
  for (let cls = 0; cls < width; cls++) {
    const t = (next[0] as Map<number, number>).get(cls)
    if (t !== undefined) {
      delta[cls] = t
      queue.push(t)
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q] as number
    const f = fail[s] as number
    ;(outputs[s] as number[]).push(...(outputs[f] as number[]))
    for (let cls = 0; cls < width; cls++) {
      const t = (next[s] as Map<number, number>).get(cls)
      if (t === undefined) delta[s * width + cls] = delta[f * width + cls] as number
      else {
        delta[s * width + cls] = t
        fail[t] = delta[f * width + cls] as number
        queue.push(t)
      }
    }
  }
  const outStart = new Int32Array(states + 1)
  for (let s = 0; s < states; s++) outStart[s + 1] = (outStart[s] as number) + (outputs[s] as number[]).length
  const outIds = new Int32Array(outStart[states] as number)
  for (let s = 0; s < states; s++) outIds.set(outputs[s] as number[], outStart[s] as number)
  return { size: lits.length, classes, width, delta, outStart, outIds, longS: classes[0x73] as number, kelvin: classes[0x6b] as number }
}
