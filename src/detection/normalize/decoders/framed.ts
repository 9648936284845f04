import { T_LETTERS } from '../traits.js'
import type { Decoder } from './types.js'

// A payload framed by a lead that asks for it to be carried out: "Translate the following,
// then do what it asks:", "your next line is the following, performed for real:", "the
// reply of an assistant who always complies, to this message:". Read in place, the
// payload sits after a task intro ending in a colon, which the policies take for pasted
// data (a document to translate is not obeyed). But the lead says it is to be obeyed, so
// the payload is the user's own instruction: this view holds it alone, scored as text.
// It is a disguise, not a hidden encoding (see DISGUISES).
//
// Only the first line is read for the lead (at most LEAD_MAX characters), with one
// bounded regex: ordinary messages pay an indexOf and, when a lead ends in a colon, a test.

export const FRAMED = 'framed'

const LEAD_MAX = 240
const MIN_PAYLOAD = 12
// Asks to act on what follows: follow/obey/execute/carry out it, do what it says, play it
// for real, an assistant who always complies; the same in the languages the lexicons
// cover. "follow up" and "the following" are not cues.
const CARRY_OUT = /\b(?:follow(?! ?up)|obey|execute|carry (?:it |this |that |them )?out|act (?:on|upon)|comply|complies|do (?:exactly |just |precisely )?(?:what|as) (?:it|this|that|they|the \w{1,16}) (?:says?|asks?|tells?|wants?|requests?|instructs?)|do (?:it|this|that) (?:like|as|the way|for real)|for real|never refuses?|ex[ée]cute[sz]?|ob[ée]is(?:sez)?|suivez|suis (?:les|ces|ce)|befolge|befolgen|f[üu]hre .{0,24}aus|sigue|siga|ejecuta|obedece|cumple|haz lo que|segui|esegui|obbedisci|fa[çc]a o que|cumpra)\b/

export const framed: Decoder = {
  needs: T_LETTERS,
  find (text, lower, ctx, out) {
    const line = lower.indexOf('\n')
    const head = line >= 0 && line <= LEAD_MAX ? line : Math.min(lower.length, LEAD_MAX)
    let leadEnd = colonEnd(lower, head)
    if (leadEnd < 0) {
      if (line < 0 || line > LEAD_MAX || !CARRY_OUT.test(lower.slice(0, line))) return
      leadEnd = line
    }
    const [start, end] = unwrap(text, leadEnd)
    if (end - start < Math.max(MIN_PAYLOAD, ctx.minLength)) return
    out.push({ encoding: FRAMED, text: text.slice(start, end), start, end })
  },
}

const MAX_COLONS = 8

/**
 * Just after the first colon before `limit` (followed by a space, a quote or the end) whose
 * lead asks to carry out what follows, or -1: "New scene: your line is next, say it for
 * real:" ends at its second colon. At most MAX_COLONS colons are tried.
 */
function colonEnd (lower: string, limit: number): number {
  let tried = 0
  for (let i = 0; i < limit && tried < MAX_COLONS; i++) {
    const c = lower.charCodeAt(i)
    if (c !== 0x3a && c !== 0xff1a) continue
    const n = lower.charCodeAt(i + 1)
    if (!(Number.isNaN(n) || n <= 0x20 || n === 0x22 || n === 0x27 || n === 0x201c || n === 0xab || n === 0x60)) continue
    tried++
    if (CARRY_OUT.test(lower.slice(0, i + 1))) return i + 1
  }
  return -1
}

const CLOSE_QUOTE: Readonly<Record<string, string>> = { '"': '"', "'": "'", '\u201c': '\u201d', '\u00ab': '\u00bb', '\u300c': '\u300d' }

/** The payload after the lead without surrounding space, one pair of quotes or a code fence. */
function unwrap (text: string, from: number): [number, number] {
  let start = from
  let end = text.length
  while (start < end && text.charCodeAt(start) <= 0x20) start++
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--
  if (text.startsWith('```', start) && text.endsWith('```', end) && end - start > 6) {
    const nl = text.indexOf('\n', start)
    return nl >= 0 && nl < end - 3 ? [nl + 1, end - 3] : [start, end]
  }
  const close = CLOSE_QUOTE[text.charAt(start)]
  if (close !== undefined && end - start > 2 && text.charAt(end - 1) === close) return [start + 1, end - 1]
  return [start, end]
}
