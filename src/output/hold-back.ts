
// Where a window of streamed text may be cut: everything before the cut is scanned and
// sent, everything after is held for the next chunk. A cut must not split anything a
// scanner could still match once more text arrives.

/** Longest unbroken run (URL, token, encoded payload) kept whole across chunks. */
export const MAX_RUN = 8192
/** Farthest an unclosed markdown/HTML embed or PEM block is held from its opener. */
export const MAX_STRUCTURE = 4096

const PEM_BEGIN = '-----BEGIN'
const PEM_END = '-----END'
// A markdown construct is closed once its URL ended, or its bracket is followed by
// something that cannot continue it; an HTML tag once it has its '>'.
const CLOSED_BRACKET = /^!?\[[^\]\n]{0,300}\](?:\(\s{0,3}<?[^\s)>]{0,2048}[\s)>]|[^(:]|:\s{1,3}\S{1,2048}\s)/
const CLOSED_TAG = /^<[^<>]{0,400}>/

function isSpace (c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r'
}

/** Start of the unbroken run that position `cut` falls inside, or `cut` if it is a boundary. */
function runStart (text: string, cut: number): number {
  if (cut <= 0 || cut >= text.length || isSpace(text[cut]) || isSpace(text[cut - 1])) return cut
  let i = cut
  while (i > 0 && !isSpace(text[i - 1]) && cut - i < MAX_RUN) i--
  return cut - i >= MAX_RUN ? cut : i
}

/** Opener of a markdown/HTML embed or PEM block before `cut` that is not closed yet, or -1. */
function openStructure (text: string, cut: number): number {
  const from = Math.max(0, cut - MAX_STRUCTURE)
  const pem = text.lastIndexOf(PEM_BEGIN, cut - 1)
  if (pem >= from && text.indexOf(PEM_END, pem) < 0) return pem
  const bracket = text.lastIndexOf('[', cut - 1)
  const tag = text.lastIndexOf('<', cut - 1)
  const o = Math.max(bracket, tag)
  if (o < from) return -1
  const rest = text.slice(o, o + 2700)
  const closed = text[o] === '[' ? CLOSED_BRACKET.test(rest) : CLOSED_TAG.test(rest)
  if (closed) return -1
  return o > 0 && text[o] === '[' && text[o - 1] === '!' ? o - 1 : o
}

/**
 * The cut for `text` with `hold` trailing characters held back: moved left out of any
 * unbroken run, any open embed or key block, and any located finding (or allowlisted
 * value, which must stay whole to keep matching its entry) it would split.
 * `force` (the window is at its size bound) ignores open embeds and whole-window findings.
 */
export function safeCut (text: string, hold: number, located: readonly { readonly start: number, readonly end: number }[], force: boolean): number {
  let cut = text.length - hold
  if (cut <= 0) return 0
  // Forced (the window is at its bound): an open embed is no longer waited for, but a
  // cut still never splits a word or token shorter than MAX_RUN.
  cut = runStart(text, cut)
  if (!force) {
    const o = openStructure(text, cut)
    if (o >= 0) cut = o
  }
  for (let moved = true; moved && cut > 0;) {
    moved = false
    for (const f of located) {
      if (f.start < cut && f.end > cut && !(force && f.start === 0)) {
        cut = f.start
        moved = true
      }
    }
  }
  const c = text.charCodeAt(cut - 1)
  if (cut > 0 && c >= 0xd800 && c <= 0xdbff) cut--
  return cut
}
