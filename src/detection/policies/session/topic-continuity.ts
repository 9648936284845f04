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
