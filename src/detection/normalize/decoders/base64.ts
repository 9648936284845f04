import { bytesToText } from '../text-quality.js'
import { T_LONG_RUN } from '../traits.js'
import { gluedToEscape } from './glue.js'
import { reverseText, rot13 } from '../lexicon.js'
import type { Decoder, Payload } from './types.js'

// Standard and URL-safe base64, padded or not, and MIME/PEM style line-wrapped blobs
// (full lines whose length is a multiple of 4, joined across single newlines).
// Candidates need both letter cases (base64 of text always has them; words, paths and
// hex ids usually do not) and must not mix the two alphabets. What decodes must read as
// text (text-quality.ts), so images, keys and hashes are dropped here.

const ALNUM = 1
const STD = 2 // + /
const SAFE = 3 // - _
const CLASS = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) CLASS[c] = ALNUM
}
CLASS[0x2b] = STD; CLASS[0x2f] = STD; CLASS[0x2d] = SAFE; CLASS[0x5f] = SAFE

const MIN_WRAPPED_LINE = 16

function classOf (c: number): number {
  return c < 128 ? CLASS[c] as number : 0
}

export const base64: Decoder = {
  needs: T_LONG_RUN,
  find (text, _lower, ctx, out) {
    const n = text.length
    let found = 0
    let twistedLeft = MAX_TWISTED_CHARS
    let i = 0
    while (i < n && found < ctx.maxPayloads) {
      if (classOf(text.charCodeAt(i)) === 0) { i++; continue }
      let j = i
      let lineStart = i
      let lines: string[] | null = null
      let upper = false; let lower = false; let std = false; let safe = false
      for (;;) {
        while (j < n) {
          const c = text.charCodeAt(j)
          const k = classOf(c)
          if (k === 0) break
          if (k === STD) std = true
          else if (k === SAFE) safe = true
          else if (c >= 0x41 && c <= 0x5a) upper = true
          else if (c >= 0x61 && c <= 0x7a) lower = true
          j++
        }
        const line = j - lineStart
        if (text.charCodeAt(j) === 0x0a && line >= MIN_WRAPPED_LINE && line % 4 === 0 && classOf(text.charCodeAt(j + 1)) !== 0) {
          (lines ??= []).push(text.slice(lineStart, j))
          j++
          lineStart = j
          continue
        }
        break
      }
      let end = j
      while (end < n && end - j < 2 && text.charCodeAt(end) === 0x3d) end++
      const body = lines === null ? text.slice(i, end) : lines.join('') + text.slice(lineStart, end)
      if (body.length >= ctx.minLength && upper && lower && !(std && safe) && !gluedToEscape(text, i, end)) {
        let decoded = decode(body)
        // A blob on a line of its own, with a word on the next line ("…cmRz\nDecoded:"),
        // was joined to that word as if line-wrapped: without the last line it may decode.
        if (decoded === null && lines !== null) {
          const wrapped = lines.join('')
          decoded = decode(wrapped)
          if (decoded !== null) end = lineStart - 1
        }
        if (decoded !== null) { out.push({ encoding: 'base64', text: decoded, start: i, end }); found++ } else if (body.length <= MAX_TWISTED && body.length <= twistedLeft) {
          twistedLeft -= body.length
          const twisted = untwisted(text, i, end, body)
          if (twisted !== null) { out.push(twisted); found++ }
        }
      }
      i = end > i ? end : i + 1
    }
  },
}

/**
 * A blob that is no base64 as written may be base64 reversed ("=g2chJG…", padding first)
 * or rot13'd: a word game played on the encoding. When the blob undone that way decodes
 * to text, the undone blob is the payload, so the chain reads reversed>base64 or
 * rot13>base64. Only blobs up to this length are tried (an image or a key fails the text
 * check three times over otherwise).
 */
const MAX_TWISTED = 4096
/**
 * Characters of blobs tried that way per text: each try decodes the blob twice more, so
 * a text of many long blobs that are no base64 would otherwise cost three decodes per
 * character. Ordinary text holds one or two such blobs; junk ahead of a twisted payload
 * can use this up, and the payload then stays undecoded (it is still an unreadable blob).
 */
export const MAX_TWISTED_CHARS = 4 * MAX_TWISTED

function untwisted (text: string, start: number, end: number, body: string): Payload | null {
  let lead = 0
  while (lead < 2 && text.charCodeAt(start - lead - 1) === 0x3d) lead++
  const reversed = reverseText(body) + '='.repeat(lead)
  if (decode(reversed) !== null) return { encoding: 'reversed', text: reversed, start: start - lead, end }
  const turned = rot13(body)
  if (decode(turned) !== null) return { encoding: 'rot13', text: turned, start, end }
  return null
}

function decode (body: string): string | null {
  const text = bytesToText(Buffer.from(body, 'base64'))
  if (text !== null) return text
  // Padding fixes the length mod 4, so a padded run that is not a multiple of 4 carries
  // that many stray leading characters (a word glued to the blob): try once without them.
  const skew = body.length % 4
  if (body.endsWith('=') && skew !== 0) return bytesToText(Buffer.from(body.slice(skew), 'base64'))
  return null
}
