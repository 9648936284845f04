// FNV-1a over UTF-16 code units: fast, stable across processes and versions, and good
// enough spread for picking among a handful of shards. Not a security boundary: a
// client choosing session ids that collide only hurts its own latency.
// Changing this function reshuffles every session and cools every shard's cache.
export function hash32 (s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** The shard that owns a session. Tenant is part of the key: session ids are tenant-scoped. */
export function shardOf (tenant: string, sessionId: string, shards: number): number {
  if (!(shards >= 1)) throw new RangeError(`shards must be >= 1, got ${shards}`)
  return hash32(`${tenant}:${sessionId}`) % shards
}
