import { ENGLISH_WORDS } from './lexicon.js'

// Letters decoded without their word gaps ("ignoreallpreviousinstructions", as NATO
// spelling and Morse written without word separators come out) split back into words:
// the fewest known words that cover the run, by dynamic programming over the end of each
// word (at most MAX_WORD letters back), so the cost is linear in the run. A letter no known
// word covers costs UNKNOWN_COST, so a run that is mostly words keeps its odd names
// letter by letter; a run that is mostly not words is left alone.

const MAX_WORD = 18
const UNKNOWN_COST = 3
const MAX_RUN = 2000
/** Share of the letters that known words must cover for the split to be used. */
const MIN_COVERED = 0.85

/** `letters` (lower-case a–z) split into English words, or null when it does not read as words. */
export function splitGluedWords (letters: string): string | null {
  const n = letters.length
  if (n === 0 || n > MAX_RUN) return null
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY)
  const from = new Int32Array(n + 1)
  const known = new Uint8Array(n + 1)
  cost[0] = 0
  for (let end = 1; end <= n; end++) {
    // One letter nobody could place, then every known word that ends here.
    cost[end] = (cost[end - 1] as number) + UNKNOWN_COST
    from[end] = end - 1
    known[end] = 0
    for (let len = 2; len <= MAX_WORD && len <= end; len++) {
      const c = (cost[end - len] as number) + 1
      if (c < (cost[end] as number) && ENGLISH_WORDS.has(letters.slice(end - len, end))) {
        cost[end] = c
        from[end] = end - len
        known[end] = 1
      }
    }
    // Single-letter words of English.
    const one = letters.charAt(end - 1)
    if ((one === 'a' || one === 'i') && (cost[end - 1] as number) + 1 < (cost[end] as number)) {
      cost[end] = (cost[end - 1] as number) + 1
      from[end] = end - 1
      known[end] = 1
    }
  }
  const words: string[] = []
  let covered = 0
  for (let end = n; end > 0; end = from[end] as number) {
    const start = from[end] as number
    if (known[end] === 1) covered += end - start
    words.push(letters.slice(start, end))
  }
  if (covered < MIN_COVERED * n) return null
  return words.reverse().join(' ')
}
