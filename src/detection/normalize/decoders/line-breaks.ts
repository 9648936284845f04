import { T_BROKEN_LINES } from '../traits.js'
import type { Decoder } from './types.js'

// Whitespace noise: line breaks scattered between the words of a sentence ("ignore\nall
// previous\ninstructions") keep phrase patterns, which read within a line, from seeing the
// sentence. The view joins the lines with spaces. It is only built when such breaks are
// dense (traits.ts: breaks that cut a sentence, a handful of words per break: a short
// request cut once, or a longer text cut every few words), so
// paragraphs, lists and most code keep their lines. The view is a respelling of the text,
// not a hidden payload: policies that score obfuscation leave it out (checks/segments.ts).

export const LINE_BREAKS = 'line-breaks'

export const lineBreaks: Decoder = {
  needs: T_BROKEN_LINES,
  find (text, _lower, _ctx, out) {
    const first = text.indexOf('\n')
    if (first < 0) return
    out.push({ encoding: LINE_BREAKS, text: text.replaceAll('\n', ' '), start: first, end: text.lastIndexOf('\n') + 1 })
  },
}
