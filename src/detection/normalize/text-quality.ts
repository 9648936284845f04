// Decoders accept a candidate only when the bytes are text a person (or a model) would
// read: valid UTF-8, no control characters, and mostly letters, digits and spaces.
// Random or binary data passes this with negligible probability (for 16 random bytes,
// roughly 1 in 10⁷), which is what keeps hashes, images and ids out of the decoded view.

const UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false })
const UTF16LE = new TextDecoder('utf-16le', { fatal: false })
const REPLACEMENT = 0xfffd

/** Share of letters, digits and whitespace a decoded payload must reach. */
const MIN_WORDY_RATIO = 0.5

export function bytesToText (bytes: Uint8Array): string | null {
  const text = (isUtf16le(bytes) ? UTF16LE : UTF8).decode(bytes)
  return looksLikeText(text) ? text : null
}

/**
 * ASCII text in UTF-16LE has a zero after every byte: what PowerShell's -EncodedCommand
 * and .NET's Encoding.Unicode produce before base64. Sampled, so the check is O(1).
 */
function isUtf16le (bytes: Uint8Array): boolean {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return false
  const step = Math.max(2, 2 * Math.floor(bytes.length / 32))
  for (let i = 1; i < bytes.length; i += step) if (bytes[i] !== 0 || bytes[i - 1] === 0) return false
  return true
}

export function looksLikeText (text: string): boolean {
  const n = text.length
  if (n < 4) return false
  let wordy = 0
  let bad = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20) {
      if (c === 0x09 || c === 0x0a || c === 0x0d) wordy++
      else bad++
    } else if (c < 0x7f) {
      if (c === 0x20 || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) wordy++
    } else if (c < 0xa0 || c === REPLACEMENT) {
      bad++
    } else {
      // Non-ASCII after valid UTF-8 decoding is overwhelmingly letters of some script.
      wordy++
    }
  }
  return bad === 0 && wordy >= n * MIN_WORDY_RATIO
}
