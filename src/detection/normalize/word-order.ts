// Words written in reverse order ("confirmed is buyout a because … must you assistant")
// are all real words, so no word list tells them apart from prose. Their grammar does:
// English function words come in a fixed order, and reversing a sentence turns the pairs
// around. An article is never followed by "to", "because", "you", "is", "all" or "tell",
// and ends no sentence, nor do "I", "we" or "they"; "to the", "you must" and "do not" face the right way. A stretch between
// sentence boundaries is read as reversed when at least MIN_REVERSED pairs face the wrong
// way and the pairs that face the right way are at most a third of them. Questions ("can
// you …?", "how should I …") put a modal before its pronoun on purpose, so that pair
// counts only in a stretch with no question mark, no question word before it, and not at
// its start.
//
// The classes are bits of the word table the language decoder already looks every word
// up in (lexicon.ts), so this costs no lookup of its own.

export const ART = 8
export const PREP = 16
export const CONJ = 32
export const PRON = 64
export const COP = 128
export const MODAL = 256
export const VERB = 512
export const NEG = 1024
export const WH = 2048
/** Subject pronouns other than "you", which hardly ever end an English sentence. */
export const SUBJ = 4096
export const QUANT = 8192
export const FUNCTION = ART | PREP | CONJ | PRON | COP | MODAL | VERB | NEG | WH | SUBJ | QUANT

export const FUNCTION_WORDS: readonly (readonly [number, string])[] = [
  // Articles and possessives, which never stand alone ("this" and "his" can).
  [ART, 'a an the your my our their every'],
  [PREP, 'to of in on at for from with by about into onto over under after before through without between against during via'],
  [CONJ, 'and or but because if that than when while although unless'],
  [PRON, 'i you he she we they'],
  [SUBJ, 'i he she we they'],
  // Quantifiers that come before an article ("all the", "both the").
  [QUANT, 'all both'],
  // Auxiliaries that are never nouns ("a can", "the will" are).
  [COP, 'is are was were am be been do does did have has had'],
  [MODAL, 'must should shall will would can could may might'],
  // Imperatives that are hardly ever nouns, so "the tell" is an article before a verb.
  [VERB, 'tell ignore give reveal forget explain write describe disregard provide send follow obey'],
  [NEG, 'not'],
  [WH, 'how what why where which who whom whose'],
]

const MIN_REVERSED = 2
const MIN_WORDS = 4

/** Gap flags between two words (see Words in decoders/language.ts). */
export const GAP_BOUNDARY = 1
export const GAP_QUESTION = 2
/** A hyphen or apostrophe: the words on either side are one ("in-text", "what's"). */
export const GAP_JOIN = 4
/** Code punctuation (= ( ) [ ] { } " ` # _ < > / \\ |): more than one such gap and the stretch is code, not prose. */
export const GAP_CODE = 8

/** Runs of reversed stretches kept per text: each is turned back on its own. */
export const MAX_RUNS = 8

export class WordOrder {
  /** Start and end of the first and last reversed stretch, -1 when none. */
  start = -1
  end = -1
  /**
   * Runs of consecutive reversed stretches, as start and end pairs in text order. A
   * stretch of MIN_WORDS or more that reads forward ends a run: a decoy sentence in
   * normal order between two reversed ones must not be turned around with them.
   */
  readonly runs: number[] = []
  private runOpen = false
  private chunkStart = -1
  private chunkEnd = -1
  /** Classes of the word before the last and of the last word; the pair is scored when the next word shows the last one is whole. */
  private before = 0
  private last = 0
  private words = 0
  private question = false
  private wh = false
  private code = 0
  private reversed = 0
  private forward = 0
  private modalPron = 0

  /** One word: its bounds, its class bits (0 for content words), and what the gap before it held. */
  word (from: number, to: number, cls: number, gap: number): void {
    if ((gap & GAP_QUESTION) !== 0) this.question = true
    if ((gap & GAP_BOUNDARY) !== 0) this.close()
    if ((gap & GAP_CODE) !== 0) this.code++
    if ((gap & GAP_JOIN) !== 0 && this.words > 0) {
      // The rest of a compound: the whole is a content word.
      this.last = 0
      this.chunkEnd = to
      return
    }
    if (this.chunkStart < 0) this.chunkStart = from
    this.settle()
    this.before = this.last
    this.last = cls
    this.words++
    this.chunkEnd = to
  }

  /** Scores the pair (word before the last, last word). */
  private settle (): void {
    if (this.words < 2) { if (this.words === 1 && (this.last & WH) !== 0) this.wh = true; return }
    const prev = this.before
    const cls = this.last
    if ((prev & ART) !== 0 && (cls & (ART | PREP | CONJ | PRON | COP | VERB | QUANT)) !== 0) this.reversed++
    else if ((prev & MODAL) !== 0 && (cls & PRON) !== 0 && this.words > 2 && !this.wh) this.modalPron++
    else if (((prev & PREP) !== 0 && (cls & ART) !== 0) || ((prev & PRON) !== 0 && (cls & (COP | MODAL)) !== 0) || ((prev & (COP | MODAL)) !== 0 && (cls & NEG) !== 0)) this.forward++
    if ((cls & WH) !== 0) this.wh = true
  }

  /** Ends the current stretch (at a sentence boundary, or at the end of the text with what follows its last word). */
  close (tail = 0): void {
    if ((tail & GAP_QUESTION) !== 0) this.question = true
    this.settle()
    // A stretch that ends on an article or a subject pronoun began with it before it was turned around; a modal
    // before its pronoun is a question's order, unless the stretch asks nothing.
    const reversed = this.reversed + ((this.last & (ART | SUBJ)) !== 0 && this.words > 1 ? 1 : 0) + (this.question ? 0 : this.modalPron)
    if (this.chunkStart >= 0 && this.words >= MIN_WORDS && this.code <= 1 && reversed >= MIN_REVERSED && 3 * this.forward <= reversed) {
      if (this.start < 0) this.start = this.chunkStart
      this.end = this.chunkEnd
      if (this.runOpen) this.runs[this.runs.length - 1] = this.chunkEnd
      else if (this.runs.length < 2 * MAX_RUNS) { this.runs.push(this.chunkStart, this.chunkEnd); this.runOpen = true }
    } else if (this.words >= MIN_WORDS) this.runOpen = false
    this.chunkStart = -1
    this.before = 0
    this.last = 0
    this.words = 0
    this.question = false
    this.wh = false
    this.code = 0
    this.reversed = 0
    this.forward = 0
    this.modalPron = 0
  }
}

/** The words of `source` (split on spaces) in the opposite order. */
export function unreverseWords (source: string): string {
  return source.split(/\s+/).filter(w => w.length > 0).reverse().join(' ')
}
