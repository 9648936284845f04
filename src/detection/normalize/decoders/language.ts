import { IS_REVERSED, IS_ROT13, IS_WORD, WORD_FORMS, reverseText, rot13 } from '../lexicon.js'
import { T_LETTERS } from '../traits.js'
import type { Decoder, Payload } from './types.js'

// rot13 and reversed text have no syntax; they are recognised because they turn
// gibberish into English. Words are scanned once; each is tested as is, under rot13 and
// reversed, by one lookup in precomputed forms of the lexicon. A run is a stretch of words
// not broken by a plain English word; it is decoded when at least MIN_HITS of its words of
// three letters or more, and half of all its words, become English under the transform:
//   "Please decode: Vtaber nyy cerivbhf vafgehpgvbaf" → run "Vtaber … vafgehpgvbaf" → rot13.
// Plain English never forms such a run, since its own words break it.

const MIN_HITS = 3

class Run {
  start = -1
  end = -1
  hits = 0
  /** Hits on words of three letters or more: two-letter coincidences ("ab" is rot13 "no") are too cheap. */
  longHits = 0
  words = 0

  reset (): void { this.start = -1; this.hits = 0; this.longHits = 0; this.words = 0 }

  add (from: number, to: number, hit: boolean, ambiguous: boolean): void {
    if (this.start < 0) this.start = from
    this.end = to
    if (ambiguous) return
    this.words++
    if (hit) { this.hits++; if (to - from >= 3) this.longHits++ }
  }

  worthy (): boolean {
    return this.start >= 0 && this.longHits >= MIN_HITS && this.hits * 2 >= this.words
  }
}

export const language: Decoder = {
  needs: T_LETTERS,
  find (text, lower, ctx, out) {
    const rot = new Run()
    const rev = new Run()
    const found: Payload[] = []
    const close = (run: Run, encoding: 'rot13' | 'reversed'): void => {
      if (run.worthy() && found.length < ctx.maxPayloads) {
        const source = text.slice(run.start, run.end)
        found.push({ encoding, text: encoding === 'rot13' ? rot13(source) : reverseText(source), start: run.start, end: run.end })
      }
      run.reset()
    }
    const n = lower.length
    let i = 0
    while (i < n) {
      const c = lower.charCodeAt(i)
      if (c < 0x61 || c > 0x7a) { i++; continue }
      const from = i
      while (i < n && lower.charCodeAt(i) >= 0x61 && lower.charCodeAt(i) <= 0x7a) i++
      if (i - from < 2) continue
      const forms = WORD_FORMS.get(lower.slice(from, i)) ?? 0
      const plain = (forms & IS_WORD) !== 0
      const r = (forms & IS_ROT13) !== 0
      const v = (forms & IS_REVERSED) !== 0
      if (plain && !r) close(rot, 'rot13')
      else rot.add(from, i, r, plain && r)
      if (plain && !v) close(rev, 'reversed')
      else rev.add(from, i, v, plain && v)
    }
    close(rot, 'rot13')
    close(rev, 'reversed')
    // Deterministic order: by position, rot13 before reversed at the same start.
    found.sort((a, b) => a.start - b.start || (a.encoding < b.encoding ? 1 : -1))
    for (const p of found) out.push(p)
  },
}
