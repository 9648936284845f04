import type { Segment } from './types.js'

/**
 * Derived views of a segment (folded text, lexicon walk, SQL view, decoder results),
 * computed by whichever policy asks first and kept on the segment itself, so they live
 * exactly as long as it does: one request for most segments, many for the plain segments
 * that normalize/plain-memo.ts reuses across a session's resent history.
 *
 * Why not one WeakMap per view: a request creates tens of segments, and V8 processes
 * WeakMap (ephemeron) entries specially in every collection; with short-lived keys that
 * made garbage collection ~30% of the CPU of a small request. Here the views hang off one
 * array per segment under a private symbol, which the collector treats as plain data.
 *
 * Each caller takes its own typed slot at module load (`memoSlot<string>()`); slots
 * cannot collide, and a segment nobody asked about carries nothing.
 */
const BAG: unique symbol = Symbol('infershield.segment-memo')

type WithBag = Segment & { [BAG]?: unknown[] }

export interface MemoSlot<T> {
  get (seg: Segment): T | undefined
  set (seg: Segment, value: T): T
}

let slots = 0

export function memoSlot<T> (): MemoSlot<T> {
  const i = slots++
  return {
    get: (seg) => (seg as WithBag)[BAG]?.[i] as T | undefined,
    set (seg, value) {
      bagOf(seg)[i] = value
      return value
    },
  }
}

function bagOf (seg: Segment): unknown[] {
  const s = seg as WithBag
  let bag = s[BAG]
  if (bag === undefined) {
    // Not enumerable: `{ ...seg, text }` (a segment derived with other text, e.g. the
    // allowlist's blanked copy) must start without the original's views.
    bag = []
    Object.defineProperty(s, BAG, { value: bag, enumerable: false, writable: false, configurable: false })
  }
  return bag
}

/**
 * The same segment at another message index, sharing every view derived from it: a
 * client that drops its oldest turns to stay within a context window resends each
 * message one or two places earlier than before, and its text, role and derived views
 * have not changed. Only a slot whose value names the message (the engine's kept policy
 * results, whose evidence does) has to tell the two apart.
 */
export function placedAt (seg: Segment, messageIndex: number): Segment {
  const placed: Segment = { ...seg, messageIndex }
  Object.defineProperty(placed, BAG, { value: bagOf(seg), enumerable: false, writable: false, configurable: false })
  return placed
}
