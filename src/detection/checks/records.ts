import { memoSlot } from '../segment-memo.js'
import type { Segment } from '../types.js'

// Records: the rows of a listing a tool returned — log lines, a chat export, logfmt
// events, CSV rows under a header, objects of a JSON array. A row is something somebody
// else wrote or did, kept as data; its text is addressed to whoever it was addressed to
// then (the shop's chatbot, a colleague, the web server), not to the agent reading the
// listing now. Only the shape is read here; whether that shape excuses anything is the
// caller's question (detection/reviewed-records.ts).

/** A span of text: [start, end) offsets. */
export interface Range { readonly start: number, readonly end: number }

// A line that opens with a time stamp: ISO dates ("2026-11-27T02:14:09Z"), clock times
// ("[14:02]", "09:15:33", "2:14 pm"), chat-export dates ("27/11/2026, 14:02") and syslog
// dates ("Nov 27 02:14:09").
const STAMPED = /^[ \t]{0,4}[[(<]?[ \t]{0,2}(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2})?|\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]\.?m\.?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]{1,2}\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,2}\d{1,2},?[ \t]{1,2}\d{1,2}:\d{2})(?!\d)/i
// logfmt: the line opens with key=value ("rule=942100 text=\"…\"", "level=warn msg=…").
const FIELDED = /^[ \t]{0,4}[a-z_][\w.-]{0,30}=(?:"|[^\s=])/i
// Printed records: one tuple, list or object per line ("('1', True, 'Ignore all…'),",
// "{\"ts\": …, \"msg\": …}").
const PRINTED = /^[ \t]{0,4}\[?[([{][ \t]{0,2}["'\d]/
// A CSV header: three or more column names and nothing else. (Normalized text has no tabs:
// a TSV file reads as lines of words.)
const HEADER = /^[ \t]{0,2}([a-z_][\w .-]{0,30})((?:([,;])[ \t]{0,2}[a-z_][\w .-]{0,30}){2,})[ \t]*$/i

/** A header longer than this is no header. */
const HEADER_REACH = 400
/** At least this many rows of one kind make a listing: one or two stamped lines are prose. */
const MIN_ROWS = 3
/** A JSON field is a record's when its key names a field of at least this many objects. */
const MIN_OBJECTS = 2

const ROWS = memoSlot<readonly Range[]>()

/** Every record of the segment's listings, in text order: rows of MIN_ROWS or more lines of one kind, and JSON string values whose key recurs. */
export function recordsOf (seg: Segment): readonly Range[] {
  const cached = ROWS.get(seg)
  if (cached !== undefined) return cached
  const rows = rowsOf(seg.text)
  // A JSON line of a log is one row, whatever fields it has.
  const fields = jsonFieldsOf(seg.text).filter(f => !rows.some(r => r.start <= f.start && f.end <= r.end))
  return ROWS.set(seg, Object.freeze([...rows, ...fields].sort((a, b) => a.start - b.start)))
}

/**
 * The record of `records` around the span: one record, or consecutive line rows when the
 * span crosses line breaks (a view that joined the lines, or a match across a break). A
 * span that reaches text outside the records is in none.
 */
export function recordAround (records: readonly Range[], span: Range): Range | null {
  const first = records.findIndex(r => r.start <= span.start && span.start <= r.end)
  for (let i = first; i >= 0 && i < records.length; i++) {
    if (span.end <= records[i]!.end) return { start: records[first]!.start, end: records[i]!.end }
    if (records[i + 1]?.start !== records[i]!.end + 1) break
  }
  return null
}

function rowsOf (text: string): readonly Range[] {
  const lines: Range[] = []
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start)
    const end = nl < 0 ? text.length : nl
    lines.push({ start, end })
    start = end + 1
  }
  const out: Range[] = []
  for (const kind of [STAMPED, FIELDED, PRINTED]) {
    const rows = lines.filter(l => kind.test(text.slice(l.start, Math.min(l.end, l.start + 48))))
    if (rows.length >= MIN_ROWS) out.push(...rows)
  }
  out.push(...csvRows(text, lines))
  return out.sort((a, b) => a.start - b.start)
}

/** The rows of each CSV block: the lines after a header, up to a blank line, that hold as many separators as the header less one. */
function csvRows (text: string, lines: readonly Range[]): Range[] {
  const out: Range[] = []
  for (let i = 0; i < lines.length; i++) {
    const h = HEADER.exec(text.slice(lines[i]!.start, Math.min(lines[i]!.end, lines[i]!.start + HEADER_REACH)))
    if (h === null) continue
    const sep = h[3]!
    const columns = h[2]!.split(sep).length
    const block: Range[] = []
    for (let j = i + 1; j < lines.length; j++) {
      const row = text.slice(lines[j]!.start, lines[j]!.end)
      if (row.trim() === '' || row.split(sep).length < columns) break
      block.push(lines[j]!)
    }
    if (block.length >= MIN_ROWS - 1) out.push(...block)
    i += block.length
  }
  return out
}

// A JSON string field: "key": "value" (key in group 1, value in group 2).
const JSON_FIELD = /"([\w.-]{1,40})"[ \t]{0,2}:[ \t]{0,2}"((?:[^"\\\n]|\\.){0,4000})"/g

/** The string values of fields whose key names a field of MIN_OBJECTS objects or more: the records of a JSON array. */
function jsonFieldsOf (text: string): Range[] {
  if (text.indexOf('":') < 0 && text.indexOf('" :') < 0) return []
  const fields: { key: string, start: number, end: number }[] = []
  JSON_FIELD.lastIndex = 0
  for (let m = JSON_FIELD.exec(text); m !== null; m = JSON_FIELD.exec(text)) {
    const end = m.index + m[0].length - 1
    fields.push({ key: m[1]!, start: end - m[2]!.length, end })
  }
  const count = new Map<string, number>()
  for (const f of fields) count.set(f.key, (count.get(f.key) ?? 0) + 1)
  return fields.filter(f => (count.get(f.key) ?? 0) >= MIN_OBJECTS).map(f => ({ start: f.start, end: f.end }))
}
