import type { Segment } from '../types.js'
import type { CleanResult } from './clean-text.js'

/**
 * Chat clients resend the whole conversation with every turn, so a session of n turns
 * would clean and scan its first message n times. Everything policies derive from a
 * segment (folded text, word starts, lexicon spans, SQL views, decoder results, kept
 * policy results) hangs off the Segment object (segment-memo.ts); handing out the *same*
 * plain Segment for the same message makes all of those caches hit, and only the new
 * turn costs a scan.
 *
 * The key is what the views depend on: the scanned text and a variant the caller names
 * (a message's role and original length; a joined window's boundary and the length of
 * its message, see normalize `joined`), not the message's position. A client that keeps within a context window drops its oldest
 * turns, so every resent message stands one or more places earlier than last time; keyed
 * by position too, such a session missed on every message of every request (measured on
 * the perf mix, whose sessions do this: 35% of resent characters hit). A message at a new
 * position gets a segment placed there that shares the views (segment-memo `placedAt`).
 *
 * Bounded by entries and by characters held (least recently used first out), per
 * thread. The cost: cross-request reuse means a message already seen is evaluated in
 * less time than a new one; that difference (tens of microseconds) is far below network
 * jitter, and it is per worker thread, so it reveals nothing that the response itself
 * does not.
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
// Short messages are kept too: they cost little to clean, but every segment costs the
// lexicon walk and each decomposed policy a fixed ~30 µs, and a chat history is mostly
// short turns ("thanks", "and in French?"). Keyed from 64 characters only, a resent
// history of the perf mix still re-scanned 3–4 messages a request.
// One text under many (role, length) keys, or at many positions (a repeated paste),
// keeps only its latest few.
const MAX_VARIANTS = 8
const MAX_PLACES = 4

/**
 * One message text as one role sent it: the views, and the segments placed so far, each
 * at its own messageIndex, in the order they were placed. Small arrays searched in place
 * rather than two Maps per entry: every new message makes an entry that the memo keeps
 * until it is evicted, and the Maps made up most of what each entry allocated.
 */
interface Variant {
  readonly key: string
  readonly clean: CleanResult
  readonly places: Segment[]
}

// Keyed by the text itself (no concatenated key: that would copy every message on every
// request), then by the caller's variant (at most MAX_VARIANTS); the outer map's order is
// least-recently-used first.
const entries = new Map<string, Variant[]>()
let heldChars = 0
// Finds the oldest entry. A Map keeps deleted entries as holes until it rehashes, and a
// fresh `entries.keys()` walks over every hole from the start: evicting with one cost a
// walk over up to MAX_ENTRIES holes per new message (~1.4 µs, measured), quadratic in the
// memo's size. This iterator stays where the last eviction left it; everything before it
// has been deleted (evictions take the oldest, new and touched entries go to the end), so
// its next key is the oldest, and each hole is passed once.
let oldestFirst = entries.keys()

/** `build` and `place` return a segment at message index `index`. */
export function memoizedPlain (index: number, key: string, scanned: string, build: () => PlainEntry, place: (entry: PlainEntry, index: number) => Segment): PlainEntry {
  if (scanned.length > MAX_CHARS / 8) return build()
  let variants = entries.get(scanned)
  if (variants !== undefined) {
    entries.delete(scanned)
    entries.set(scanned, variants)
    const hit = variants.find(v => v.key === key)
    if (hit !== undefined) {
      const seg = hit.places.find(s => s.messageIndex === index)
      if (seg !== undefined) return { seg, clean: hit.clean }
      const placed = place({ seg: hit.places[0] as Segment, clean: hit.clean }, index)
      if (hit.places.length >= MAX_PLACES) hit.places.length = 0
      hit.places.push(placed)
      return { seg: placed, clean: hit.clean }
    }
  } else {
    variants = []
    entries.set(scanned, variants)
    heldChars += scanned.length
  }
  const made = build()
  if (variants.length >= MAX_VARIANTS) variants.length = 0
  variants.push({ key, clean: made.clean, places: [made.seg] })
  while (entries.size > MAX_ENTRIES || heldChars > MAX_CHARS) {
    const oldest = nextOldest()
    entries.delete(oldest)
    heldChars -= oldest.length
  }
  return made
}

/** Held entries and characters, for tests and the memory benchmark. */
export function plainMemoStats (): { readonly entries: number, readonly chars: number } {
  return { entries: entries.size, chars: heldChars }
}

function nextOldest (): string {
  let next = oldestFirst.next()
  // Only an iterator that ran off the end of an empty memo is done; start a new one.
  if (next.done === true) {
    oldestFirst = entries.keys()
    next = oldestFirst.next()
  }
  return next.value as string
}
