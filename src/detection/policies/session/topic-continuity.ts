/**
 * Whether this turn keeps to the subject of earlier user turns: they share a content
 * word (by its first four letters, so "aimbots"/"aimbot" and "help desks"/"helpdesk"
 * meet). A crescendo walks one subject from harmless to harmful; a conversation that
 * jumps to a new subject in its last turn is a single request, not a build-up.
 * Function words, which any two turns share, are left out. Texts are read up to a cap.
 */

const STEM = 4
const MAX_CHARS = 2000
const MAX_WORDS = 400
const WORD = /\p{L}{4,24}/gu

// Frequent words of four letters or more that carry no subject (English and the most
// common ones of the other Latin-script languages), by stem: every entry is STEM letters.
const FUNCTION_STEMS: ReadonlySet<string> = new Set([
  'what', 'that', 'this', 'with', 'have', 'from', 'they', 'them', 'will', 'your', 'abou', 'woul', 'ther', 'whic', 'when', 'make', 'like', 'into', 'then', 'than',
  'some', 'more', 'does', 'just', 'know', 'want', 'need', 'also', 'been', 'were', 'here', 'only', 'over', 'such', 'very', 'most', 'much', 'many', 'each', 'othe',
  'thes', 'thos', 'wher', 'coul', 'shou', 'bein', 'afte', 'befo', 'peop', 'thin', 'real', 'plea', 'okay', 'good', 'best', 'work', 'used', 'usin',
  'give', 'tell', 'show', 'help', 'writ', 'mean', 'kind', 'type', 'ways', 'step', 'even', 'well', 'back', 'time', 'year', 'onto', 'upon',
  'como', 'para', 'pero', 'esto', 'esta', 'este', 'pour', 'dans', 'avec', 'sont', 'mais', 'dass', 'eine', 'wird', 'sind', 'oder', 'wenn', 'werd',
])

function stemsOf (text: string): Set<string> {
  const out = new Set<string>()
  WORD.lastIndex = 0
  const slice = text.slice(0, MAX_CHARS).toLowerCase()
  let m: RegExpExecArray | null
  let n = 0
  while ((m = WORD.exec(slice)) !== null && n++ < MAX_WORDS) {
    const stem = m[0].slice(0, STEM)
    if (!FUNCTION_STEMS.has(stem)) out.add(stem)
  }
  WORD.lastIndex = 0
  return out
}

/** Some content word of `now` appeared in an earlier user turn. */
export function keepsToSubject (now: string, earlier: readonly string[]): boolean {
  const mine = stemsOf(now)
  if (mine.size === 0) return false
  for (const text of earlier) for (const s of stemsOf(text)) if (mine.has(s)) return true
  return false
}

/**
 * How many of the latest earlier turns (`earlier` is oldest first) carry this turn's
 * subject: walking back from the turn just before this one, a turn joins while it shares
 * a content word with this turn or with a turn already joined, or when the turn after it
 * refers back to it (a connective or a pronoun: "and the exact amounts?"), and the walk
 * stops at the first that does neither. The turn just before always joins: this turn is
 * the one that asks, and it need not repeat its subject. Unrelated turns further back (a long session
 * that changed subject) are no build-up of this one.
 */
export function subjectThread (now: string, earlier: readonly string[]): number {
  if (earlier.length === 0) return 0
  const thread = stemsOf(now)
  let n = 0
  // Whether the turn after the one examined refers back to it: `now` may always.
  let refers = true
  for (let i = earlier.length - 1; i >= 0; i--) {
    const text = earlier[i] as string
    const stems = stemsOf(text)
    if (!refers && !shares(thread, stems)) break
    for (const s of stems) thread.add(s)
    refers = refersBack(text)
    n++
  }
  return n
}

// A turn that leans on the one before: opens with a connective, or names its subject by
// a pronoun ("why were the early ones so dangerous?", "and how was it made?"). "ok" and
// "now" are left out: they open a change of subject as often as a follow-up.
const CONNECTIVE = /^\W{0,4}(?:and|then|but|also|what about|how about)\b/i
const PRONOUN = /\b(?:it|its|they|them|those|these|ones|such)\b/i

export function refersBack (text: string): boolean {
  const head = text.slice(0, MAX_CHARS)
  return CONNECTIVE.test(head) || PRONOUN.test(head)
}

function shares (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const s of b) if (a.has(s)) return true
  return false
}
