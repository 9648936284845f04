import { englishDictionary, type Dictionary } from './dictionary.js'
import { KNOWN_WORDS } from './lexicon.js'

// Letters that arrive without their word gaps ("ignoreallpreviousinstructions": spelled
// letters closed up, NATO spelling and Morse written without word separators) split back
// into words: the fewest known words that cover the run, by dynamic programming over the
// end of each word (at most MAX_WORD letters back), so the cost is linear in the run. A
// letter no known word covers costs UNKNOWN_COST, so a run that is mostly words keeps its
// odd names whole; greedy longest-match would read "therules" as "there ules".

const MAX_WORD = 18
const UNKNOWN_COST = 3
const MAX_RUN = 2000

export interface WordBreak {
  /** The run with spaces between its words; letters no word covers stay together, in their case. */
  readonly text: string
  /** Share of the letters that known words cover (0–1). */
  readonly covered: number
}

/**
 * Words only the full dictionary knows cost a little more than the lexicon's common words,
 * and short ones more again, so "meh ow" and "api pe" lose to "me how" and "a pipe".
 */
const DICTIONARY_COST = 1.2
const SHORT_DICTIONARY_COST = 1.5

/**
 * `letters` (any case, no spaces) broken into known words; null past MAX_RUN letters.
 * With `dictionary`, its words count as known too (see DICTIONARY_COST).
 */
export function breakWords (letters: string, dictionary?: Dictionary): WordBreak | null {
  const n = letters.length
  if (n === 0 || n > MAX_RUN) return null
  const lower = letters.toLowerCase()
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY)
  const from = new Int32Array(n + 1)
  const known = new Uint8Array(n + 1)
  cost[0] = 0
  for (let end = 1; end <= n; end++) {
    // One letter nobody could place, then every known word that ends here.
    cost[end] = (cost[end - 1] as number) + UNKNOWN_COST
    from[end] = end - 1
    known[end] = 0
    for (let len = 1; len <= MAX_WORD && len <= end; len++) {
      const base = cost[end - len] as number
      if (base + 1 >= (cost[end] as number)) continue
      let c = Number.POSITIVE_INFINITY
      if (KNOWN_WORDS.has(lower.slice(end - len, end))) c = base + 1
      else if (dictionary !== undefined && len >= 2 && dictionary.has(lower, end - len, end)) c = base + (len === 2 ? SHORT_DICTIONARY_COST : DICTIONARY_COST)
      if (c < (cost[end] as number)) {
        cost[end] = c
        from[end] = end - len
        known[end] = 1
      }
    }
  }
  const words: string[] = []
  let covered = 0
  let unknownEnd = -1
  for (let end = n; end > 0; end = from[end] as number) {
    const start = from[end] as number
    if (known[end] === 1) {
      covered += end - start
      if (unknownEnd >= 0) { words.push(letters.slice(end, unknownEnd)); unknownEnd = -1 }
      words.push(letters.slice(start, end))
    } else if (unknownEnd < 0) unknownEnd = end
  }
  if (unknownEnd >= 0) words.push(letters.slice(0, unknownEnd))
  return { text: words.reverse().join(' '), covered: covered / n }
}

/** Share of a run that known words must cover for a decoder to print it as words. */
const MIN_COVERED = 0.85

/**
 * A decoded run without word gaps, as words when it reads as words; as it was otherwise.
 * Its spelling was deliberate (NATO code words, Morse), so the full dictionary is worth
 * loading for it: the words such a run hides are often uncommon ones.
 */
export function wordsOrRun (letters: string): string {
  const b = breakWords(letters, englishDictionary())
  return b !== null && b.covered >= MIN_COVERED ? b.text : letters
}
