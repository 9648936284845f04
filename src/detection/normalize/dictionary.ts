import { readFileSync } from 'node:fs'
import wordListPath from 'word-list'

// A full English dictionary (~274,000 words, the `word-list` package), for the one job
// the small lexicon cannot do: splitting letters spelled without word gaps (NATO code
// words, Morse without separators) back into words. There the words that matter are the
// uncommon ones ("synthesize methamphetamine"), which the lexicon of common and attack
// words lacks, so the run broke into fragments ("s y n the size met ha mp …").
//
// Loaded on first use, since only those decoders ask, and kept packed: the file's text as
// one string and an open-addressing table of word offsets (about 5 MB), where a Set of
// the words costs some 30 MB of heap per detection thread.

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

export interface Dictionary {
  /** Whether text[from, to) (lower-case) is a word. */
  has (text: string, from: number, to: number): boolean
}

class PackedWords implements Dictionary {
  private readonly text: string
  private readonly starts: Int32Array
  private readonly slots: Int32Array

  constructor (text: string) {
    this.text = text
    let count = 1
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) count++
    this.starts = new Int32Array(count + 1)
    let k = 0
    this.starts[k++] = 0
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) this.starts[k++] = i + 1
    this.starts[k] = text.length + 1
    let size = 1
    while (size < 2 * count) size *= 2
    this.slots = new Int32Array(size)
    for (let w = 0; w < count; w++) {
      const from = this.starts[w] as number
      const to = (this.starts[w + 1] as number) - 1
      if (to <= from) continue
      let at = hashOf(text, from, to) & (size - 1)
      while (this.slots[at] !== 0) at = (at + 1) & (size - 1)
      this.slots[at] = w + 1
    }
  }

  has (text: string, from: number, to: number): boolean {
    const mask = this.slots.length - 1
    for (let at = hashOf(text, from, to) & mask; ; at = (at + 1) & mask) {
      const w = (this.slots[at] as number) - 1
      if (w < 0) return false
      const start = this.starts[w] as number
      const end = (this.starts[w + 1] as number) - 1
      if (end - start === to - from && this.same(start, text, from, to)) return true
    }
  }

  private same (start: number, text: string, from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.text.charCodeAt(start + k - from) !== text.charCodeAt(k)) return false
    return true
  }
}

function hashOf (text: string, from: number, to: number): number {
  let h = FNV_OFFSET
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME)
  return h >>> 0
}

let loaded: Dictionary | null = null

/** The English dictionary, read from the `word-list` package on first call. */
export function englishDictionary (): Dictionary {
  loaded ??= new PackedWords(readFileSync(wordListPath, 'utf8'))
  return loaded
}
