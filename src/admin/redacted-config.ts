import type { Config } from '../config/config.js'

/** The running config as an operator may see it: no keys, hashes or tokens. */
export function redactedConfig (c: Config): unknown {
  return {
    ...c,
    auth: c.auth.mode === 'open' ? { mode: 'open' } : { mode: 'keys', keys: c.auth.keyHashes.length },
    upstream: { ...c.upstream, apiKey: c.upstream.apiKey === '' ? '' : '[redacted]' },
    admin: { token: c.admin.token === '' ? '' : '[redacted]' },
    output: { ...c.output, canary: { ...c.output.canary, secret: c.output.canary.secret === '' ? '' : '[redacted]' } },
  }
}
