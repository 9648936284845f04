// Verbatim leaks of the system prompt without a canary: the answer repeats a long run of
// the prompt's own words. Compared on word shingles (k consecutive words), so spacing,
// case, punctuation and markdown around the copy do not matter, and the cost is one hash
// lookup per answer word whatever the prompt's length.

/** Words per shingle. */
export const SHINGLE_WORDS = 5
/** Shingles kept per prompt: bounds memory and set-up time for huge prompts. */
export const MAX_SHINGLES = 8192

const MAX_WORD = 256
const WORD = /[\p{L}\p{N}]+/gu

function wordsOf (text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? []
}

/** The prompt side, built once per request from its system and developer messages. */
export interface PromptShingles {
  readonly shingles: ReadonlySet<string>
  /** Shingles an answer must repeat, in one verbatim run, to count as a leak. */
  readonly threshold: number
}

/**
 * Shingles of the prompt's distinctive lines: lines of at least `minWords` words (short
 * lines such as "Be concise." are what any answer might say). Null when nothing is
 * distinctive enough to detect.
 */
export function promptShingles (promptTexts: readonly string[], minWords: number): PromptShingles | null {
  const shingles = new Set<string>()
  for (const text of promptTexts) {
    for (const line of text.split('\n')) {
      const w = wordsOf(line)
      if (w.length < minWords) continue
      for (let i = 0; i + SHINGLE_WORDS <= w.length && shingles.size < MAX_SHINGLES; i++) shingles.add(w.slice(i, i + SHINGLE_WORDS).join(' '))
    }
  }
  if (shingles.size === 0) return null
  return { shingles, threshold: minWords - SHINGLE_WORDS + 1 }
}

/**
 * The answer side: fed the answer's text in order, in pieces cut anywhere between words.
 * Reports a leak once `threshold` consecutive shingles of the answer are prompt shingles,
 * i.e. once `minWords` consecutive words were copied.
 */
export class LeakTracker {
  readonly #prompt: PromptShingles
  #window: string[] = []
  #partial = ''
  #run = 0
  #best = 0

  constructor (prompt: PromptShingles) {
    this.#prompt = prompt
  }

  /** Longest verbatim run so far, in shingles. */
  get longestRun (): number { return this.#best }
  get leaked (): boolean { return this.#best >= this.#prompt.threshold }

  /** After a leak was reported (and not blocked): count the next copy afresh. */
  reset (): void {
    this.#run = 0
    this.#best = 0
  }

  /** Feeds text; a word cut at the end of `text` is completed by the next call. */
  feed (text: string, final = false): boolean {
    const joined = this.#partial + text
    const words = wordsOf(joined)
    // A word touching the end may continue in the next piece.
    const open = !final && words.length > 0 && /[\p{L}\p{N}]$/u.test(joined)
    // Capped: a single endless "word" must not be carried forever.
    this.#partial = open ? (words.pop() as string).slice(-MAX_WORD) : ''
    for (const w of words) this.#push(w)
    return this.leaked
  }

  #push (word: string): void {
    this.#window.push(word)
    if (this.#window.length > SHINGLE_WORDS) this.#window.shift()
    if (this.#window.length < SHINGLE_WORDS) return
    if (this.#prompt.shingles.has(this.#window.join(' '))) {
      this.#run++
      if (this.#run > this.#best) this.#best = this.#run
    } else this.#run = 0
  }
}
