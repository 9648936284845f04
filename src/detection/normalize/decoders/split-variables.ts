import { T_LETTERS } from '../traits.js'
import type { Decoder } from './types.js'

// Payload splitting inside one message: the request is cut into quoted strings bound to
// names and the text asks for their sum ("a = 'how to synth'; b = 'esize …'; answer
// a + b", "p1 = 'https://', p2 = 'px.' … ![](p1+p2+p3)"). No piece reads as anything;
// the sum does. The view is the line holding the join with the sum written in its place
// (a name with no quoted value becomes a `{name}` slot, the data to be filled in), so the
// words around it ("answer … in detail", a markdown image) are read with it.
//
// Joins read: `a + b + c` (quoted literals allowed between names), concat(a, b),
// a.concat(b), "".join([a, b]), [a, b].join(''), `${a}${b}`, "combine/concatenate/join
// a and b", "a followed by b". With none of these but a request to put the pieces
// together after two or more assignments, the values are joined in the order assigned.
// Only names bound to quoted strings count, and a join needs two of them: arithmetic
// (`total = a + b`) and code that concatenates one literal with variables stay out.
//
// Ordinary code assigns strings and adds them, so code pays for a scan and gets a view
// now and then; the view is the code's own string (`base + "/users"`) and scores nothing,
// and views are capped per text. Prose pays for one regex pass: the other regexes run
// only when the text holds two quotes right after `=`, `:` or "is".

/** Encoding label of a string put together from named pieces. */
export const ASSEMBLED = 'assembled'

const PART_NAME = String.raw`(?:part|piece|chunk|segment|fragment|half|string|word|var|variable|teil|parte) ?\d{1,2}`
const NAME = String.raw`(?:${PART_NAME}|[a-z_]\w{0,15})`
const LITERAL = String.raw`"[^"\n]{0,80}"|'[^'\n]{0,80}'`
// A name bound to a quoted string: JS/Python (`let a = "…"`, `s1='…'`), JSON/YAML
// (`"a": "…"`, `a: '…'`), prose (`X is "…"`, `Part 1: "…"`).
const ASSIGN = new RegExp(String.raw`(?<![\w.$])["']?(${NAME})["']?\s{0,2}(?::=|[:=]|\sis\s)\s{0,2}(?:"([^"\n]{0,200})"|'([^'\n]{0,200})'|\x60([^\x60\n]{0,200})\x60|\u201c([^\u201d\n]{0,200})\u201d)`, 'gi')
// `a + b`, `p1+p2+p3`, `a + " " + b`: two or more terms joined with '+'.
const PLUS = new RegExp(String.raw`(?<![\w.$'"])(?:${NAME}|${LITERAL})(?:\s{0,2}\+\s{0,2}(?:${NAME}|${LITERAL})){1,24}(?![\w'"])`, 'gi')
// concat(a, b), strcat(a, b), "".join([a, b]), a.concat(b), [a, b].join('')
const CALL = new RegExp(String.raw`(?:\b(?:concat|strcat|join|combine|merge)\s?\(\s{0,2}[[(]?\s{0,2}|(?<![\w.$])(${NAME})\.concat\(\s{0,2}|\[\s{0,2}(?=(?:${NAME})\s{0,2},))((?:${NAME}|${LITERAL})(?:\s{0,2},\s{0,2}(?:${NAME}|${LITERAL})){0,24})`, 'gi')
// "combine a and b", "concatenate x, y and z", "join part 1 with part 2", "a followed by b".
const PROSE = new RegExp(String.raw`\b(?:(?:combine|concatenate|concat|join|merge|glue|append|put together)(?: the (?:strings?|variables?|values?|parts?))?\s{1,2}(${NAME}(?:\s?,\s?${NAME}){0,23},?\s(?:and|with|to|\+|&)\s(?:then\s)?${NAME})|(${NAME}(?:\s(?:followed by|then)\s${NAME}){1,23}))\b`, 'gi')
// A request to put the pieces together, in order, when no join names them.
const COMBINE = /\b(?:combine|concatenate|concat|join|merge|glue|put (?:them |it |these |those |all |the \w{1,12} )?together|assemble|stitch|one after (?:the )?other|in (?:that |the same )?order)\b/i
const PROSE_GAP = /\s?,\s?|\s(?:and|with|to|\+|&)\s(?:then\s)?|\s(?:followed by|then)\s/i
/** After a list: `].join(sep)`, the separator a literal of up to three characters. */
const LIST_JOIN = /^\s{0,2}\]\s?\.join\(\s?(?:"([^"\n]{0,3})"|'([^'\n]{0,3})')?/
/** Before a call: `" ".` of `" ".join(`. */
const SEP_BEFORE = /(?:"([^"\n]{0,3})"|'([^'\n]{0,3})')\.$/
const TEMPLATE = /\$\{\s?([a-z_]\w{0,15})\s?\}/gi

const MAX_ASSIGNMENTS = 48
const MAX_JOINS = 8
/** Views per text: each is scanned by every policy. */
const MAX_VIEWS = 4
/** Characters of the line kept on each side of the join. */
const CONTEXT = 400
/** Quotes right after `=`, `:` or "is" needed before any regex runs. */
const MIN_BOUND_QUOTES = 2

interface Join {
  readonly start: number
  readonly end: number
  readonly names: readonly string[]
  readonly sep: string
  /** Asked for in words ("combine a and b"): whether the pieces carry their own spaces is a guess. */
  readonly prose: boolean
}

export const splitVariables: Decoder = {
  needs: T_LETTERS,
  find (text, _lower, ctx, out) {
    if (ctx.maxPayloads < 1) return
    for (const view of assembledViews(text)) {
      if (out.length >= ctx.maxPayloads) return
      out.push({ encoding: ASSEMBLED, text: view.text, start: view.start, end: view.end })
    }
  },
}

/** The views of `text` with its named pieces summed where it joins them (at most MAX_VIEWS). */
export function assembledViews (text: string): { text: string, start: number, end: number }[] {
  if (!mayBindStrings(text)) return []
  const values = new Map<string, string>()
  let firstAssign = -1
  let lastAssign = 0
  let assigns = 0
  /** End of each assignment, in text order. */
  const ends: number[] = []
  ASSIGN.lastIndex = 0
  for (let m = ASSIGN.exec(text); m !== null && assigns < MAX_ASSIGNMENTS; m = ASSIGN.exec(text), assigns++) {
    values.set(keyOf(m[1] as string), m[2] ?? m[3] ?? m[4] ?? m[5] ?? '')
    if (firstAssign < 0) firstAssign = m.index
    lastAssign = m.index + m[0].length
    ends.push(lastAssign)
  }
  if (values.size < 2) return []
  const joins = joinsIn(text, values)
  const views: { text: string, start: number, end: number }[] = []
  const seen = new Set<string>()
  const add = (v: string, start: number, end: number): void => {
    if (views.length < MAX_VIEWS && !seen.has(v)) { seen.add(v); views.push({ text: v, start, end }) }
  }
  // One view per line: every join of the line written back, so the view holds no join left to read again.
  for (let k = 0; k < joins.length;) {
    const first = joins[k] as Join
    const [line, to] = lineAround(text, first.start, first.end)
    // The line from the last assignment before the join: the pieces as written are no part of the sum's sentence.
    const from = Math.max(line, lastBefore(ends, first.start))
    const glued: string[] = []
    const spaced: string[] = []
    let copied = from
    let prose = false
    for (; k < joins.length && (joins[k] as Join).end <= to; k++) {
      const j = joins[k] as Join
      const parts = j.names.map(n => values.get(n) ?? literalOf(n) ?? `{${n}}`)
      glued.push(text.slice(copied, j.start), parts.join(j.sep))
      spaced.push(text.slice(copied, j.start), j.prose && gluesAny(parts) ? parts.join(' ') : parts.join(j.sep))
      prose ||= j.prose && gluesAny(parts)
      copied = j.end
    }
    if (k < joins.length && (joins[k] as Join).start < to) k++
    add(glued.join('') + text.slice(copied, to), Math.min(from, firstAssign), to)
    if (prose) add(spaced.join('') + text.slice(copied, to), Math.min(from, firstAssign), to)
  }
  if (joins.length === 0) {
    // Pieces assigned, then a request to put them together: in the order they were given.
    const cue = COMBINE.exec(text.slice(lastAssign))
    if (cue === null) return views
    const [from, to] = lineAround(text, lastAssign + cue.index, lastAssign + cue.index)
    const parts = [...values.values()]
    add(parts.join('') + '\n' + text.slice(Math.max(from, lastAssign), to), firstAssign, to)
    // Pieces written as words ("how to make", "a pipe bomb") are glued back with a space.
    if (gluesAny(parts)) add(parts.join(' ') + '\n' + text.slice(Math.max(from, lastAssign), to), firstAssign, to)
  }
  return views
}

/** The joins of the text that sum two or more names bound to strings, in text order. */
function joinsIn (text: string, values: ReadonlyMap<string, string>): Join[] {
  const joins: Join[] = []
  const take = (start: number, end: number, terms: readonly string[], sep = '', prose = false): void => {
    if (joins.length >= MAX_JOINS || joins.some(j => j.start < end && start < j.end)) return
    const names = terms.map(t => t.trim()).map(t => literalOf(t) === null ? keyOf(t) : t)
    if (names.filter(n => values.has(n)).length >= 2) joins.push({ start, end, names, sep, prose })
  }
  if (text.includes('+')) {
    PLUS.lastIndex = 0
    for (let m = PLUS.exec(text); m !== null && joins.length < MAX_JOINS; m = PLUS.exec(text)) take(m.index, m.index + m[0].length, splitTerms(m[0], '+'))
  }
  if (text.includes('(') || text.includes('[')) {
    CALL.lastIndex = 0
    for (let m = CALL.exec(text); m !== null && joins.length < MAX_JOINS; m = CALL.exec(text)) {
      const list = splitTerms(m[2] as string, ',')
      const end = m.index + m[0].length
      if (m[0].charAt(0) === '[') {
        // `[a, b].join(sep)`: a list is a join only when joined.
        const after = LIST_JOIN.exec(text.slice(end, end + 16))
        if (after !== null) take(m.index, end + after[0].length, list, after[1] ?? after[2] ?? '')
        continue
      }
      // `" ".join([a, b])`: the separator is the literal before the call.
      const before = SEP_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index))
      take(before === null ? m.index : m.index - before[0].length, end, m[1] === undefined ? list : [m[1], ...list], before?.[1] ?? before?.[2] ?? '')
    }
  }
  if (text.includes('${')) {
    TEMPLATE.lastIndex = 0
    // Consecutive `${a}${b}` (any text between) on one line form one join, written back slot by slot.
    // Line start of the current run (-1 is the first line's, so none yet is -2).
    let line = -2
    let slots: Slot[] = []
    for (let m = TEMPLATE.exec(text); m !== null; m = TEMPLATE.exec(text)) {
      const l = text.lastIndexOf('\n', m.index)
      if (l !== line) { templateJoin(text, slots, values, joins); line = l; slots = [] }
      slots.push({ start: m.index, end: m.index + m[0].length, name: m[1] as string })
    }
    templateJoin(text, slots, values, joins)
  }
  PROSE.lastIndex = 0
  for (let m = PROSE.exec(text); m !== null && joins.length < MAX_JOINS; m = PROSE.exec(text)) {
    const list = m[1] ?? m[2] as string
    const at = m.index + m[0].length - list.length
    take(at, m.index + m[0].length, list.split(PROSE_GAP).filter(t => t.length > 0), '', true)
  }
  return joins.sort((a, b) => a.start - b.start)
}

interface Slot { readonly start: number, readonly end: number, readonly name: string }

/** A template line's `${name}` slots written with their values, as one join of its literal pieces (two or more slots bound to strings). */
function templateJoin (text: string, slots: readonly Slot[], values: ReadonlyMap<string, string>, joins: Join[]): void {
  const first = slots[0]
  const last = slots[slots.length - 1]
  if (first === undefined || last === undefined || slots.length < 2 || joins.length >= MAX_JOINS) return
  let known = 0
  const pieces: string[] = []
  let copied = first.start
  for (const slot of slots) {
    if (slot.start > copied) pieces.push(JSON.stringify(text.slice(copied, slot.start)))
    const key = keyOf(slot.name)
    if (values.has(key)) known++
    pieces.push(key)
    copied = slot.end
  }
  if (known >= 2) joins.push({ start: first.start, end: last.end, names: pieces, sep: '', prose: false })
}

/** A quoted literal term's text (JSON-quoted here or in the source), else null. */
function literalOf (term: string): string | null {
  const q = term.charAt(0)
  if ((q !== '"' && q !== "'") || term.length < 2 || term.charAt(term.length - 1) !== q) return null
  if (q === '"') {
    try { return JSON.parse(term) as string } catch { return term.slice(1, -1) }
  }
  return term.slice(1, -1)
}

/** Terms of an expression split on `sep` outside quotes. */
function splitTerms (expr: string, sep: string): string[] {
  const terms: string[] = []
  let quote = ''
  let from = 0
  for (let i = 0; i < expr.length; i++) {
    const c = expr.charAt(i)
    if (quote !== '') { if (c === quote) quote = ''; continue }
    if (c === '"' || c === "'") quote = c
    else if (c === sep) { terms.push(expr.slice(from, i)); from = i + 1 }
  }
  terms.push(expr.slice(from))
  return terms.map(t => t.trim()).filter(t => t.length > 0)
}

/** The greatest of the ascending `ends` not after `at`, else 0. */
function lastBefore (ends: readonly number[], at: number): number {
  let best = 0
  for (const e of ends) {
    if (e > at) break
    best = e
  }
  return best
}

/** Names compare without case or the space of "part 1". */
function keyOf (name: string): string {
  return name.toLowerCase().replace(/\s/g, '')
}

/** Whether two neighbouring pieces meet letter to letter. */
function gluesAny (parts: readonly string[]): boolean {
  return parts.some((p, k) => k > 0 && LETTER_END.test(parts[k - 1] as string) && LETTER_START.test(p))
}
const LETTER_END = /\p{L}$/u
const LETTER_START = /^\p{L}/u

/** The line around [start, end), at most CONTEXT characters on either side. */
function lineAround (text: string, start: number, end: number): [number, number] {
  const nl = text.lastIndexOf('\n', start - 1)
  const next = text.indexOf('\n', end)
  return [Math.max(nl + 1, start - CONTEXT), Math.min(next < 0 ? text.length : next, end + CONTEXT)]
}

/**
 * Whether MIN_BOUND_QUOTES quotes follow `=`, `:` or "is": what every assignment ASSIGN
 * reads has. Prose quotes words after verbs and prepositions, so most texts stop here,
 * after one regex pass (a character loop in script costs several times as much).
 */
function mayBindStrings (text: string): boolean {
  BOUND_QUOTE.lastIndex = 0
  let bound = 0
  while (BOUND_QUOTE.exec(text) !== null) if (++bound >= MIN_BOUND_QUOTES) return true
  return false
}
const BOUND_QUOTE = /(?:[=:]|\bis) ?["'\x60\u201c]/g
