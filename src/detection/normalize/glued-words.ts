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

/** `letters` (any case, no spaces) broken into known words; null past MAX_RUN letters. */
export function breakWords (letters: string): WordBreak | null {
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
      const c = (cost[end - len] as number) + 1
      if (c < (cost[end] as number) && KNOWN_WORDS.has(lower.slice(end - len, end))) {
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

/** A decoded run without word gaps, as words when it reads as words; as it was otherwise. */
export function wordsOrRun (letters: string): string {
  const b = breakWords(letters)
  return b !== null && b.covered >= MIN_COVERED ? b.text : letters
}
