import { Packr } from 'msgpackr'
import type { SessionState } from './state.js'

// Hot caches hold each session packed (msgpack with msgpackr records: each field name
// once per session, not once per action) instead of as live objects. Measured with
// `npm run perf:sessions`: a session of 20 actions is ~0.7 KB packed against ~9.7 KB of
// heap as objects (an object, two arrays and boxed numbers per action). The price is an
// unpack per turn and a pack per recorded turn, tens of microseconds against the
// milliseconds detection takes. Each packed state is its own buffer, copied out of
// msgpackr's reusable one, so the cache retains exactly its bytes and no shared slab.
//
// Process-local only: nothing packed here is ever stored outside the process (Redis holds
// the versioned entry format of redis/codec.ts).

const packr = new Packr({ useRecords: true, moreTypes: false })

export type PackedState = Uint8Array

export function packState (s: SessionState): PackedState {
  return new Uint8Array(packr.pack(s))
}

export function unpackState (p: PackedState): SessionState {
  return packr.unpack(p) as SessionState
}

/** Retained size for the byte bound: the bytes plus the typed array, its ArrayBuffer and the cache entry (measured). */
export function packedBytes (p: PackedState): number {
  return p.byteLength + 400
}
