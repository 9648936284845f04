// The normalizer pass (decoding, invisible characters, homoglyphs) is the costly part of
// scanning a window, and plain prose cannot hide anything from the raw pass: every
// decoder needs a run of encoding-alphabet characters at least `minEncodedLength` long
// (longer than English words), or escapes, and every character trick needs a non-ASCII
// character. Text with neither skips the pass.
const NON_ASCII = /[^\x00-\x7f]/
const ESCAPES = /[%\\&][#xuU0-9A-Fa-f]|\\[xu]|&#/

function longRun (text: string, min: number): boolean {
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const token = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2b || c === 0x2f || c === 0x3d || c === 0x5f || c === 0x2d
    run = token ? run + 1 : 0
    if (run >= min) return true
  }
  return false
}

/** Whether `text` could hold something only the normalizer reveals. */
export function mayHide (text: string, minEncodedLength: number): boolean {
  return NON_ASCII.test(text) || ESCAPES.test(text) || longRun(text, minEncodedLength)
}
