import { createHash } from 'node:crypto'

// How a gateway API key becomes an identity. Only hashes are kept after load; the tenant
// id is what logs, limits and session keys use, so the raw key never leaves the config.

export function hashKey (key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest()
}

/** "key-" + the first 8 bytes of the key's SHA-256 in hex. */
export function tenantOf (keyHash: Buffer): string {
  return `key-${keyHash.subarray(0, 8).toString('hex')}`
}

/** The tenant of every request when the gateway runs without keys. */
export const OPEN_TENANT = 'default'
