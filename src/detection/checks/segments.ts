import { DISGUISES, isKeptView, JOINED } from '../normalize/index.js'
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
 * Segments a session's later requests hand out again with their derived views (see
 * normalize/plain-memo.ts): the plain messages, the joined windows around turn
 * boundaries, and the decoded views of either (normalize `isKeptView`). A decomposed
 * policy's result is kept on these (engine `decomposed`).
 */
export function isKeptAcrossRequests (seg: Segment): boolean {
  return seg.layer === 'plain' || isGluedTurns(seg) || isKeptView(seg)
}

/**
 * Steps of a segment's chain that hid its text: the encodings, without the joined view's
 * reassembly and the disguises (a JSON value, a framed payload), which only unwrap text
 * that was in plain sight. 0 for a plain segment and for a view that only unwrapped.
 */
export function hiddenLayers (seg: Segment): number {
  let n = 0
  for (const e of seg.encodings) if (hidesText(e)) n++
  return n
}

/** Whether a step of a chain hid its text (see hiddenLayers). */
export function hidesText (encoding: string): boolean {
  return encoding !== JOINED && !DISGUISES.has(encoding)
}
