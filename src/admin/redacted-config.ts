import type { Config } from '../config/config.js'

/** The running config as an operator may see it: no keys, hashes or tokens. */
export function redactedConfig (c: Config): unknown {
  return {
    ...c,
    auth: c.auth.mode === 'open' ? { mode: 'open' } : { mode: 'keys', keys: c.auth.keys.length, tenants: [...new Set(c.auth.keys.map(k => k.tenant))].sort() },
    upstream: { ...c.upstream, apiKey: c.upstream.apiKey === '' ? '' : '[redacted]' },
    admin: { token: c.admin.token === '' ? '' : '[redacted]' },
  }
}
