/** Bounds on the work the normalizer does for one request. Every scan is linear in these. */
export interface NormalizeLimits {
  /** Characters of one message that are scanned; the rest is cut (head and tail kept) and reported. */
  readonly maxMessageChars: number
  /** Characters over all messages that are scanned; later messages are served first. */
  readonly maxTotalChars: number
  /** Longest decoding chain followed, e.g. 3 allows base64 > url > hex. */
  readonly maxDecodeDepth: number
  /** Decoded segments produced per call, over all messages. */
  readonly maxDecodedSegments: number
  /** Shortest base64 / base32 / hex / ascii85 run worth decoding. */
  readonly minEncodedLength: number
}

export const DEFAULT_LIMITS: NormalizeLimits = Object.freeze({
  maxMessageChars: 65_536,
  maxTotalChars: 262_144,
  maxDecodeDepth: 3,
  maxDecodedSegments: 32,
  minEncodedLength: 16,
})
