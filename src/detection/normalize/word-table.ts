// A set of lower-case ASCII words with a few flag bits each, looked up by a stretch of a
// text rather than by a string: the key is a hash of the character codes, computed in
// place, and a hit is confirmed by comparing the characters. The table is kept at most half full. Decoders that test every
// word of a text (rot13, reversed text, Caesar shifts) therefore allocate nothing per
// word, where `map.get(text.slice(from, to))` allocates a substring each time.
//
// A lookup can also read the stretch with every letter shifted along the alphabet
// (`shift` 1–25), so one table answers "is this word a known word under Caesar shift k?"
// for all 25 shifts without a table per shift.

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
const A = 0x61
const Z = 0x7a

function shifted (c: number, shift: number): number {
  return shift !== 0 && c >= A && c <= Z ? A + (c - A + shift) % 26 : c
}

/** FNV-1a over the (shifted) character codes of text[from, to), cut to 30 bits (a small integer V8 keeps unboxed). */
function hashOf (text: string, from: number, to: number, shift: number): number {
  let h = FNV_OFFSET
  if (shift === 0) for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME)
  else for (let k = from; k < to; k++) h = Math.imul(h ^ shifted(text.charCodeAt(k), shift), FNV_PRIME)
  return h & 0x3fffffff
}

/**
 * Open addressing over typed arrays: a slot holds an entry number + 1 (0 is empty), and
 * entries keep their full hash, so a probe compares characters only when the hashes agree.
 */
export class WordTable {
  private slots = new Int32Array(1024)
  private readonly hashes: number[] = []
  private readonly words: string[] = []
  private readonly flags: number[] = []

  get size (): number {
    return this.words.length
  }

  /** Adds `bits` to the flags of `word` (lower-case). */
  add (word: string, bits: number): void {
    const k = this.find(word, 0, word.length, 0)
    if (k >= 0) { this.flags[k] = (this.flags[k] as number) | bits; return }
    if (2 * (this.words.length + 1) > this.slots.length) this.grow()
    this.words.push(word)
    this.flags.push(bits)
    this.hashes.push(hashOf(word, 0, word.length, 0))
    this.place(this.words.length - 1)
  }

  /** The flags of text[from, to) read with each letter a–z moved `shift` places on (0 = as written); 0 when absent. */
  get (text: string, from: number, to: number, shift = 0): number {
    const k = this.find(text, from, to, shift)
    return k < 0 ? 0 : this.flags[k] as number
  }

  private find (text: string, from: number, to: number, shift: number): number {
    const h = hashOf(text, from, to, shift)
    const mask = this.slots.length - 1
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const k = (this.slots[at] as number) - 1
      if (k < 0) return -1
      if (this.hashes[k] === h && sameAs(this.words[k] as string, text, from, to, shift)) return k
    }
  }

  private place (k: number): void {
    const mask = this.slots.length - 1
    let at = (this.hashes[k] as number) & mask
    while (this.slots[at] !== 0) at = (at + 1) & mask
    this.slots[at] = k + 1
  }

  private grow (): void {
    this.slots = new Int32Array(this.slots.length * 2)
    for (let k = 0; k < this.words.length; k++) this.place(k)
  }
}

function sameAs (word: string, text: string, from: number, to: number, shift: number): boolean {
  if (word.length !== to - from) return false
  if (shift === 0) return text.startsWith(word, from)
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== shifted(text.charCodeAt(from + k), shift)) return false
  return true
}

/** text with every letter (either case) moved `shift` places on along the alphabet. */
export function caesarShift (text: string, shift: number): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= A && c <= Z) out += String.fromCharCode(A + (c - A + shift) % 26)
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(0x41 + (c - 0x41 + shift) % 26)
    else out += text[i]
  }
  return out
}
