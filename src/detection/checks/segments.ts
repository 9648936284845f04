import { LINE_BREAKS } from '../normalize/decoders/line-breaks.js'
import { JOINED_WORDS } from '../normalize/decoders/separators.js'
import { JOINED } from '../normalize/index.js'
import type { Segment } from '../types.js'

/**
 * True for the normalizer's reassembly of the recent user turns (and what was decoded
 * from it). That view exists to catch values and payloads split across turns; it is not
 * a message of the current turn, and its junctions glue the end of one turn to the start
 * of the next, so policies that count values or tag turns treat it apart.
 */
export function isJoinedView (seg: Segment): boolean {
  return seg.encodings[0] === JOINED
}

/** The glued recent user turns themselves: not decoded from them, not reassembled on request. */
export function isGluedTurns (seg: Segment): boolean {
  return seg.layer === 'decoded' && seg.encodings.length === 1 && seg.encodings[0] === JOINED
}

/**
 * Steps of a segment's chain that undid an encoding: not the joined turns, and not the
 * layout repairs (lines joined, words joined by punctuation split), which give the same
 * words the reader saw, not a hidden payload. Zero for a view that only reads the text
 * differently.
 */
export function encodingLayers (seg: Segment): number {
  let n = 0
  for (const e of seg.encodings) if (e !== JOINED && e !== LINE_BREAKS && e !== JOINED_WORDS) n++
  return n
}
