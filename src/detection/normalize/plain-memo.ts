import type { Role, Segment } from '../types.js'
import type { CleanResult } from './clean-text.js'

/**
 * Chat clients resend the whole conversation with every turn, so a session of n turns
 * would clean and scan its first message n times. Everything policies derive from a
 * segment (folded text, word starts, lexicon spans, SQL views, marks) is cached in
 * WeakMaps keyed by the Segment object; handing out the *same* plain Segment for the same
 * message makes all of those caches hit, and only the new turn costs a scan.
 *
 * Results cannot change: a plain segment is a pure function of (message index, role,
 * original length, scanned text), which is exactly the key. Bounded by entries and by
 * characters held (least recently used first out), per thread. The cost: cross-request
 * reuse means a message already seen is evaluated in less time than a new one; that
 * difference (tens of microseconds) is far below network jitter, and it is per worker
 * thread, so it reveals nothing that the response itself does not.
 */
export interface PlainEntry {
  readonly seg: Segment
  readonly clean: CleanResult
}

// The bound counts the message text, but each entry also keeps everything derived from
// it (folded and lower-case copies, lexicon walks, spans, decoder results, policy
// signals): measured at ~100 bytes of heap per memoized character. At 4 M characters a
// shard's heap settled 430 MB above its working set; 1 M characters (~100 MB) still
// holds the resent history of a few hundred active conversations.
const MAX_ENTRIES = 4_096
const MAX_CHARS = 1_000_000
// Short messages cost little to clean; keying them would cost more than it saves.
const MIN_CHARS = 64
const MAX_PLACES = 16

// Keyed by the text itself (no concatenated key: that would copy every message on every
// request), then by where it stood; the outer map's order is least-recently-used first.
const entries = new Map<string, Map<string, PlainEntry>>()
let heldChars = 0

export function memoizedPlain (index: number, role: Role, originalLength: number, scanned: string, build: () => PlainEntry): PlainEntry {
  if (scanned.length < MIN_CHARS || scanned.length > MAX_CHARS / 8) return build()
  const where = `${index}\u0000${role}\u0000${originalLength}`
  let byPlace = entries.get(scanned)
  if (byPlace !== undefined) {
    entries.delete(scanned)
    entries.set(scanned, byPlace)
    const hit = byPlace.get(where)
    if (hit !== undefined) return hit
  } else {
    byPlace = new Map()
    entries.set(scanned, byPlace)
    heldChars += scanned.length
  }
  const made = build()
  // One text at many positions (a repeated paste) keeps only its latest few.
  if (byPlace.size >= MAX_PLACES) byPlace.clear()
  byPlace.set(where, made)
  while (entries.size > MAX_ENTRIES || heldChars > MAX_CHARS) {
    const oldest = entries.keys().next().value as string
    entries.delete(oldest)
    heldChars -= oldest.length
  }
  return made
}

/** Held entries and characters, for tests and the memory benchmark. */
export function plainMemoStats (): { readonly entries: number, readonly chars: number } {
  return { entries: entries.size, chars: heldChars }
}
