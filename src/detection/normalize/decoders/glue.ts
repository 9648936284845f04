// A token glued to an escape ("SGVsbG8%3D", "%2FSGVs…") is part of an escaped string.
// Token decoders leave it to the whole-text decoder, whose output holds the token intact
// and is decoded one level down; decoding the fragment here as well would give a second,
// truncated copy of every URL-encoded blob and double the work at each nesting level.

function isHex (c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66)
}

function escapeStartsAt (text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c === 0x25) return isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))
  if (c === 0x26) return text.charCodeAt(i + 1) === 0x23 // &#
  if (c === 0x5c) { const d = text.charCodeAt(i + 1); return d === 0x75 || d === 0x78 || d === 0x55 }
  return false
}

function escapeEndsAt (text: string, end: number): boolean {
  if (end >= 3 && text.charCodeAt(end - 3) === 0x25 && isHex(text.charCodeAt(end - 2)) && isHex(text.charCodeAt(end - 1))) return true
  return end >= 1 && text.charCodeAt(end - 1) === 0x3b && text.lastIndexOf('&#', end - 1) >= Math.max(0, end - 10)
}

export function gluedToEscape (text: string, start: number, end: number): boolean {
  return escapeStartsAt(text, end) || escapeEndsAt(text, start)
}
