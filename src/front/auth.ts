import { timingSafeEqual } from 'node:crypto'
import type { Auth } from '../config/config.js'
import { hashKey, OPEN_TENANT, tenantOf } from '../config/api-key.js'

export type AuthResult = { readonly ok: true, readonly tenant: string } | { readonly ok: false }

const OPEN: AuthResult = Object.freeze({ ok: true, tenant: OPEN_TENANT })
const BEARER = /^Bearer[ \t]+(\S{1,512})[ \t]*$/i

/**
 * Checks "Authorization: Bearer <key>". The presented key is hashed and compared against
 * every configured hash with timingSafeEqual, without an early exit, so neither the
 * position of a match nor a prefix match shows in the timing. The tenant is derived from
 * the key hash: the raw key is never stored or logged.
 */
export function authenticate (auth: Auth, header: string): AuthResult {
  if (auth.mode === 'open') return OPEN
  const m = BEARER.exec(header)
  if (m === null) return { ok: false }
  const presented = hashKey(m[1] as string)
  let match: Buffer | null = null
  for (const h of auth.keyHashes) {
    if (timingSafeEqual(h, presented)) match = h
  }
  return match === null ? { ok: false } : { ok: true, tenant: tenantOf(match) }
}
