/** A decodable stretch found in a segment's text. */
export interface Payload {
  /** The decoding step, recorded in the segment's chain: 'base64', 'url', 'rot13', … */
  readonly encoding: string
  readonly text: string
  /** Offsets of the encoded source in the scanned text. */
  readonly start: number
  readonly end: number
}

export interface DecodeContext {
  readonly minLength: number
  /**
   * Payloads worth returning per decoder and text: one more than the normalizer can still
   * admit, so that a text holding more is cut by the segment budget, which reports it.
   */
  readonly maxPayloads: number
}

/**
 * A decoder scans one text and appends what it could decode. It must be linear in the
 * text, allocate only for candidates, and never append more than ctx.maxPayloads entries.
 */
export interface Decoder {
  /** Trait bits (see traits.ts), any of which makes the decoder worth running. */
  readonly needs: number
  find (text: string, lower: string, ctx: DecodeContext, out: Payload[]): void
}
