import { randomFillSync } from 'node:crypto'

// Random ids drawn from a pool filled 4 KB at a time. A turn needs two (its append id
// and a candidate epoch); one randomBytes call each was ~5% of a turn's CPU in the
// store's profile, most of it the call into the generator, not the bytes.
const POOL_BYTES = 4096
const pool = Buffer.alloc(POOL_BYTES)
let used = POOL_BYTES

/** `bytes` random bytes (at most 64) as base64url: the same ids randomBytes(bytes) would give. */
export function randomId (bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 1 || bytes > 64) throw new RangeError(`randomId takes 1 to 64 bytes, got ${bytes}`)
  if (used + bytes > POOL_BYTES) {
    randomFillSync(pool)
    used = 0
  }
  const id = pool.toString('base64url', used, used + bytes)
  used += bytes
  return id
}
