import { timingSafeEqual } from 'node:crypto'
import type { Auth } from '../config/config.js'
import { hashKey, OPEN_TENANT } from '../config/api-key.js'

export type AuthResult = { readonly ok: true, readonly tenant: string } | { readonly ok: false }

const OPEN: AuthResult = Object.freeze({ ok: true, tenant: OPEN_TENANT })
const BEARER = /^Bearer[ \t]+(\S{1,512})[ \t]*$/i

/**
 * Checks "Authorization: Bearer <key>". The presented key is hashed and compared against
 * every configured hash with timingSafeEqual, without an early exit, so neither the
 * position of a match nor a prefix match shows in the timing. The tenant is the key's
 * label, or derived from its hash: the raw key is never stored or logged.
 */
export function authenticate (auth: Auth, header: string): AuthResult {
  if (auth.mode === 'open') return OPEN
  const m = BEARER.exec(header)
  if (m === null) return { ok: false }
  const presented = hashKey(m[1] as string)
  let tenant: string | null = null
  for (const k of auth.keys) {
    if (timingSafeEqual(k.hash, presented)) tenant = k.tenant
  }
  return tenant === null ? { ok: false } : { ok: true, tenant }
}
