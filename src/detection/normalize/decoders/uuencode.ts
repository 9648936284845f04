import { bytesToText } from '../text-quality.js'
import { T_LONG_RUN } from '../traits.js'
import type { Decoder } from './types.js'

// UUencode: each line is a length character (' ' + bytes on the line, up to 45) and then
// four characters per three bytes, every character in ' '..'`' (a 6-bit value plus 32;
// '`' or ' ' for zero). No lower-case letter can occur in it, and the length character
// fixes how long the line is, so a line is recognised without any frame: the encoded
// stretch is the end of a line, starting at the line's start or after a space ("Encoded:
// M26=N;W)E…"), whose length agrees with its first character. Consecutive such lines join
// (the optional "begin 644 name" and "end" lines are not needed to read it).

/** Bytes a whole encoded stretch must hold: shorter ones match by chance in upper-case prose. */
const MIN_BYTES = 8
/** Trailing spaces (zero values) an editor or a chat box may have trimmed from a line. */
const TRIMMED = 3

function inRange (c: number): boolean {
  return c >= 0x20 && c <= 0x60
}

export const uuencode: Decoder = {
  needs: T_LONG_RUN,
  find (text, _lower, ctx, out) {
    const n = text.length
    let found = 0
    let lineStart = 0
    let run: Uint8Array[] | null = null
    let runStart = -1
    let runEnd = -1
    const close = (): void => {
      if (run === null) return
      const bytes = Buffer.concat(run)
      run = null
      if (bytes.length < MIN_BYTES || found >= ctx.maxPayloads) return
      const decoded = bytesToText(bytes)
      if (decoded !== null) { out.push({ encoding: 'uuencode', text: decoded, start: runStart, end: runEnd }); found++ }
    }
    while (lineStart <= n && found < ctx.maxPayloads) {
      let lineEnd = text.indexOf('\n', lineStart)
      if (lineEnd < 0) lineEnd = n
      let end = lineEnd
      if (end > lineStart && text.charCodeAt(end - 1) === 0x0d) end--
      const start = encodedStart(text, lineStart, end)
      if (start < 0) {
        close()
      } else {
        // A line joins the stretch only when it starts its line and follows a full line.
        if (run !== null && start !== lineStart) close()
        const bytes = decodeLine(text, start, end)
        if (run === null) { run = []; runStart = start }
        run.push(bytes)
        runEnd = end
        if (bytes.length < 45) close()
      }
      lineStart = lineEnd + 1
    }
    close()
  },
}

/**
 * Where the encoded end of text[from, to) starts, or -1: the last character outside the
 * alphabet bounds it, and among the starts after it (the line's start or after a space)
 * the one whose length character matches the rest of the line.
 */
function encodedStart (text: string, from: number, to: number): number {
  let low = from
  for (let i = to - 1; i >= from; i--) {
    if (!inRange(text.charCodeAt(i))) { low = i + 1; break }
  }
  for (let s = low; s < to; s++) {
    if (s > from && text.charCodeAt(s - 1) !== 0x20) continue
    const count = text.charCodeAt(s) - 0x20
    if (count < 1 || count > 45) continue
    const want = 1 + 4 * Math.ceil(count / 3)
    const have = to - s
    if (have <= want && have >= want - TRIMMED) return s
  }
  return -1
}

function decodeLine (text: string, start: number, end: number): Uint8Array {
  const count = text.charCodeAt(start) - 0x20
  const bytes = new Uint8Array(Math.ceil(count / 3) * 3)
  let k = 0
  for (let i = start + 1; k < bytes.length; i += 4) {
    const a = sextet(text, i, end); const b = sextet(text, i + 1, end); const c = sextet(text, i + 2, end); const d = sextet(text, i + 3, end)
    bytes[k++] = (a << 2) | (b >> 4)
    bytes[k++] = ((b & 15) << 4) | (c >> 2)
    bytes[k++] = ((c & 3) << 6) | d
  }
  return bytes.subarray(0, count)
}

/** The 6-bit value at i; a trimmed trailing space reads as zero. */
function sextet (text: string, i: number, end: number): number {
  return i < end ? (text.charCodeAt(i) - 0x20) & 63 : 0
}
